"""YAML text is cleaned after Markdown with an allow-list; what is removed is named by file and field."""

import markdown
import pytest

from swan_course.render.sanitise import clean, finish, mark

EXTENSIONS = ["abbr", "attr_list", "md_in_html", "tables", "def_list", "admonition"]


def _page(*texts: tuple[str, str], after: str = "") -> str:
    """Convert marked YAML texts (field, Markdown) in one page run, as the build does."""
    body = "\n\n".join(mark(text, "quizzes/b.yml", field) for field, text in texts)
    return markdown.markdown(f"{body}\n\n{after}", extensions=EXTENSIONS)


@pytest.mark.parametrize("text, after, removed", [
    ("[klik][r]", "[r]: javascript:alert(1)", 'href="javascript:alert(1)" on <a>'),
    ("Tekst\n{: onmouseover=alert(1) }", "", 'onmouseover="alert(1)" on <p>'),
    ("[x](../a.md){ onfocus=alert(1) }", "", 'onfocus="alert(1)" on <a>'),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", "", 'href="data:text/html;base64,PHNjcmlwdD4=" on <a>'),
    ("![x](javascript:alert(1))", "", 'src="javascript:alert(1)" on <img>'),
    ("[x](https://example.org){ target=_blank style=color:red }", "", 'style="color:red" on <a>'),
])
def test_what_could_run_script_is_removed_and_named_with_file_and_field(text, after, removed):
    html, errors = finish(_page(("questions[3].explanation", text), after=after))
    assert [(e.file, e.field) for e in errors] == [("quizzes/b.yml", "questions[3].explanation")]
    assert removed in errors[0].message
    assert "javascript:" not in html and "onmouseover" not in html and "data:text" not in html


def test_a_reference_defined_in_another_field_is_caught_in_the_field_that_uses_it():
    _, errors = finish(_page(("questions[0].question", "[klik][r]"), ("questions[1].question", "[r]: javascript:x")))
    assert [e.field for e in errors] == ["questions[0].question"]


def test_course_markdown_stays_as_markdown_made_it_and_the_markers_go():
    text = ("Zie **dit**, [de module](../m/index.md), [bron](https://example.org/a?b=1&c=2) en SWAN.\n\n"
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- een\n- twee\n\n[mail](mailto:info@example.org)")
    page = _page(("question", text), after="*[SWAN]: Sociaal Werk op Alle Niveaus")
    html, errors = finish(page)
    assert errors == []
    assert "swan-text" not in html
    assert '<a href="../m/index.md">de module</a>' in html and 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert '<abbr title="Sociaal Werk op Alle Niveaus">SWAN</abbr>' in html
    assert '<th style="text-align:left">a</th>' in html and '<a href="mailto:info@example.org">mail</a>' in html


def test_clean_leaves_allowed_html_alone_and_lists_what_it_removes():
    assert clean('<p class="x">a <a href="#k">b</a></p>') == ('<p class="x">a <a href="#k">b</a></p>', [])
    assert clean("<p>a<script>alert(1)</script></p>")[1] == ["<script>"]
