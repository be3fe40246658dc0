"""stellingen.yml: checked against its schema, listed on the workshop page, one per printed sheet."""

from pathlib import Path

from helpers import ROOT, unmarked
from swan_course.content.stellingen import load_stellingen
from swan_course.render.stellingen import expand_marker, render_list, render_page

STELLING = {"id": "snel", "stelling": "Ik weet snel wat ik doe & waarom.", "doorvragen": ["Waarom *snel*?"]}


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "stellingen.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_course_statements_are_valid():
    stellingen, errors = load_stellingen(ROOT)
    assert errors == []
    assert len(stellingen) >= 4
    assert all(len(stelling["stelling"]) <= 120 for stelling in stellingen)


def test_no_file_means_no_statements_and_no_mistake(tmp_path):
    assert load_stellingen(tmp_path) == ([], [])


def test_mistakes_are_named_with_file_and_field(tmp_path):
    _write(tmp_path, "stellingen:\n"
                     "  - {id: een, stelling: Een., doorvragen: [\"Waarom\"]}\n"
                     "  - {id: een, stelling: Twee., doorvragen: [\"Waarom\"]}\n"
                     "  - {id: drie, stelling: \"Regel een\\nregel twee\", doorvragen: []}\n")
    stellingen, errors = load_stellingen(tmp_path)
    messages = [str(error) for error in errors]
    assert "stellingen.yml: stellingen[2].stelling: must be one line" in messages
    assert "stellingen.yml: stellingen[2].doorvragen: needs at least 1 item(s)" in messages
    assert stellingen == []


def test_a_duplicate_id_is_refused(tmp_path):
    _write(tmp_path, "stellingen:\n"
                     "  - {id: een, stelling: Een., doorvragen: [\"Waarom\"]}\n"
                     "  - {id: een, stelling: Twee., doorvragen: [\"Waarom\"]}\n")
    stellingen, errors = load_stellingen(tmp_path)
    assert [str(error) for error in errors] == [
        "stellingen.yml: stellingen[1].id: 'een' is used twice; every statement needs its own id"]
    assert stellingen == []


def test_raw_html_in_a_statement_shows_as_text():
    markdown = render_list([{**STELLING, "stelling": "Een <script>x</script>."}])
    assert "Een &lt;script&gt;x&lt;/script&gt;." in markdown and "<script>" not in markdown


def test_the_workshop_list_has_each_statement_with_its_questions():
    markdown = unmarked(render_list([STELLING, {**STELLING, "id": "twee", "stelling": "Twee."}]))
    assert markdown.count("\n1. **") == 1 and markdown.startswith("1. **Ik weet snel wat ik doe & waarom.**")
    assert "    - Waarom *snel*?" in markdown


def test_the_printable_page_has_one_labelled_sheet_per_statement():
    page = render_page([STELLING, {**STELLING, "id": "twee", "stelling": "1 <2"}])
    assert page.count('<section class="swan-stelling"') == 2
    assert '<h2 class="swan-stelling__nummer" id="stelling-snel-kop">Stelling 1 van 2</h2>' in page
    assert 'aria-labelledby="stelling-twee-kop"' in page
    assert "Ik weet snel wat ik doe &amp; waarom." in page and "1 &lt;2" in page
    assert "(stellingen.pdf)" in page


def test_the_marker_becomes_the_list_and_needs_statements():
    markdown, errors = expand_marker("# Workshop\n\n<!-- stellingen -->\n", [STELLING], "workshop.md")
    assert errors == [] and "<!-- stellingen -->" not in markdown and "**Ik weet snel" in unmarked(markdown)
    assert expand_marker("# Geen marker\n", [], "x.md") == ("# Geen marker\n", [])
    _, [error] = expand_marker("<!-- stellingen -->", [], "voor-trainers/workshop.md")
    assert str(error) == ("voor-trainers/workshop.md: uses <!-- stellingen -->, "
                          "but stellingen.yml is missing or has mistakes")
