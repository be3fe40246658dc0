"""Markup that could run script in an author's page is named with page and line; code shows markup freely."""

import pytest

from swan_course.content.docs_check import unsafe_markup


def _lines(markdown: str) -> list[str]:
    return [f"{error.field}: {error.message.split(' (')[0]}" for error in unsafe_markup(markdown, "p.md")]


@pytest.mark.parametrize("markdown, found", [
    ("Tekst\n\n<script>alert(1)</script>\n", ["line 3: <script> is not allowed in a page"]),
    ('<p onclick="x()">Klik</p>', ["line 1: the attribute onclick= is not allowed in a page"]),
    ('<img src="a.png"\n     onerror="alert(1)">', ["line 1: the attribute onerror= is not allowed in a page"]),
    ('<a href=" JavaScript:alert(1)">x</a>', ["line 1: a javascript: link is not allowed in a page"]),
    ("[klik](javascript:alert(1))", ["line 1: a javascript: link is not allowed in a page"]),
    ("Zie [hier][r].\n\n[r]: javascript:alert(1)", ["line 3: a javascript: link is not allowed in a page"]),
    ("![x](data:image/svg+xml;base64,PHN2Zz4=)", ["line 1: a data: link is not allowed in a page"]),
    ("<vbscript:msgbox(1)>", ["line 1: a vbscript: link is not allowed in a page"]),
    ("Tekst\n{: onmouseover=\"alert(1)\" }", ["line 2: the attribute onmouseover= is not allowed in a page"]),
    ("[x](a.md){ href='javascript:alert(1)' }", ["line 1: a javascript: link is not allowed in a page"]),
])
def test_markup_that_could_run_script_is_named_with_its_line(markdown, found):
    assert _lines(markdown) == found


@pytest.mark.parametrize("markdown", [
    "```html\n<script>alert(1)</script>\n```",
    "    ~~~\n    <a href=\"javascript:x\">x</a>\n    ~~~",
    "Schrijf nooit `<script>` of `[x](javascript:y)` in een pagina.",
    "<!-- <script>alert(1)</script> -->",
    "[Movisie](https://www.movisie.nl) en [de module](../m/index.md), mail [ons](mailto:a@b.nl).",
    "## Kop {#kop .klein}\n\n<div class=\"x\" markdown>Tekst</div>\n\nDe data: komen later.",
])
def test_code_comments_and_ordinary_links_are_fine(markdown):
    assert _lines(markdown) == []


def test_line_numbers_count_from_the_first_line_of_the_page_body():
    [error] = unsafe_markup("\n\n<script></script>", "m/index.md", first_line=5)
    assert str(error).startswith("m/index.md: line 7: <script> is not allowed")
