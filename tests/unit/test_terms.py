"""The term list: variants found in pages (by line) and YAML (by field), code left alone."""

from pathlib import Path

from swan_course.content.terms import check_course, check_data, check_markdown, variants
from swan_course.content.yamlfile import load_yaml

TERMS = [{"voorkeur": "gespreksleidraad van deze cursus", "vermijd": ["gespreksleidraad van SWAN"], "waarom": "."},
         {"voorkeur": "Wmo 2015", "vermijd": ["WMO"], "waarom": "."}]


def test_a_variant_is_named_with_its_line_also_across_a_line_break():
    page = "# Titel\n\nWe volgen de gespreksleidraad\nvan SWAN in drie rondes.\n"
    errors = check_markdown(page, "docs/a.md", variants(TERMS))
    assert [str(e) for e in errors] == [
        "docs/a.md: line 3: write 'gespreksleidraad van deze cursus' instead of 'gespreksleidraad van SWAN' "
        "(see termen.yml)"]


def test_lower_case_letters_match_either_case_and_capitals_only_capitals():
    found = variants(TERMS)
    assert check_markdown("Gespreksleidraad van SWAN", "a.md", found)
    assert not check_markdown("gespreksleidraad van Swan", "a.md", found)
    assert check_markdown("de WMO-consulent", "a.md", found)
    assert not check_markdown("de Wmo 2015", "a.md", found), "a variant with capitals matches only that spelling"


def test_whole_words_only_and_code_is_not_checked():
    found = variants(TERMS)
    assert not check_markdown("WMOX en SWMO", "a.md", found)
    assert not check_markdown("Schrijf nooit `WMO`.\n\n```\nWMO\n```\n", "a.md", found)


def test_yaml_text_is_named_by_field():
    data = {"questions": [{"id": "q", "options": [{"text": "x", "feedback": "Volgens de WMO."}]}]}
    assert [e.field for e in check_data(data, "quizzes/b.yml", variants(TERMS))] == ["questions[0].options[0].feedback"]


def test_the_whole_course_is_checked(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p.md").write_text("Volgens de WMO.\n", encoding="utf-8")
    (tmp_path / "casussen").mkdir()
    (tmp_path / "casussen" / "c.yml").write_text("title: De WMO\n", encoding="utf-8")
    (tmp_path / "stellingen.yml").write_text("stellingen: []\n", encoding="utf-8")
    errors = check_course(tmp_path, tmp_path / "docs", TERMS, load_yaml)
    assert [(e.file, e.field) for e in errors] == [("docs/p.md", "line 1"), ("casussen/c.yml", "title")]
