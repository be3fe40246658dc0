"""The shortcuts in mkdocs-quiz give the same results with less work."""

import pytest


def test_quiz_translations_are_parsed_once_and_stay_the_same(tmp_path, monkeypatch):
    import polib
    from mkdocs_quiz.translations import TranslationManager

    from swan_course.mkdocs import quiz_speedups

    po = tmp_path / "nl.po"
    po.write_text('msgid "Submit"\nmsgstr "Controleer"\n', encoding="utf-8")
    before = TranslationManager("nl", po).to_dict()
    quiz_speedups.apply()
    quiz_speedups.apply()
    reads = []
    real = polib.pofile
    monkeypatch.setattr(polib, "pofile", lambda path, **options: reads.append(path) or real(path, **options))
    assert [TranslationManager("nl", po).to_dict() for _ in range(3)] == [before] * 3
    assert reads.count(str(po)) <= 1
    assert before["Submit"] == "Controleer"


@pytest.mark.parametrize("course", ["fixture", "real"])
def test_pages_are_the_same_with_and_without_the_shortcuts(tmp_path, course):
    import filecmp
    import os
    import subprocess
    import sys

    from course_build import FIXTURES, ROOT

    config = FIXTURES / "course" / "mkdocs.yml" if course == "fixture" else ROOT / "mkdocs.yml"
    off = "import swan_course.mkdocs.quiz_speedups as shortcuts; shortcuts.apply = lambda: None; "
    sites = {}
    for name, prefix in (("with", ""), ("without", off)):
        sites[name] = tmp_path / name
        code = (prefix + "from mkdocs.__main__ import cli; "
                f"cli(['build', '-q', '-f', {str(config)!r}, '-d', {str(sites[name])!r}])")
        subprocess.run([sys.executable, "-c", code], check=True, cwd=config.parent, capture_output=True,
                       env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    pages = sorted(path.relative_to(sites["with"]) for path in sites["with"].rglob("*.html"))
    assert pages and any("quiz" in (sites["with"] / page).read_text(encoding="utf-8") for page in pages)
    match, mismatch, errors = filecmp.cmpfiles(sites["with"], sites["without"], pages, shallow=False)
    assert mismatch == [] and errors == []


@pytest.mark.parametrize("fragment, alone", [
    ("Juist. Zie **signaleren** en [de module](../signaleren/index.md).", False),
    ("1. eerst\n2. dan", False),
    ("Zie [de bron][1].\n\n[1]: https://example.org", True),
    ("Tekst met een voetnoot[^1].", True),
    ("*[SWAN]: Sociaal Werk op Alle Niveaus", True),
    ("Kop\n---", True),
    ("## Kop", True),
    ("```\ncode\n```", True),
])
def test_fragments_that_could_reach_into_others_are_converted_alone(fragment, alone):
    from swan_course.mkdocs.quiz_speedups import _REACHES_OUT

    assert bool(_REACHES_OUT.search(fragment)) == alone


@pytest.mark.parametrize("fragment", [
    "| a | b |\n|---|---|\n| 1 | 2 |", "Tekst {: .klein }", "Term\n:   uitleg", "!!! note\n    Let op.",
    "??? info\n    Meer.", '=== "Tab"\n    Inhoud.', "```\ncode\n```", "*[SWAN]: Sociaal Werk", "<b>vet</b>", "# Kop",
])
def test_fragments_with_the_syntax_of_an_extension_get_the_full_converter(fragment):
    from swan_course.mkdocs.quiz_speedups import _ANY_EXTENSION_SYNTAX

    assert _ANY_EXTENSION_SYNTAX.search(fragment)


def test_without_extension_syntax_the_core_converter_gives_the_same_html_for_every_course_text():
    import markdown
    import yaml
    from course_build import ROOT

    from swan_course.content.course import load_course
    from swan_course.mkdocs.quiz_speedups import _ANY_EXTENSION_SYNTAX
    from swan_course.render.text import PLAIN, escape, one_paragraph

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names = ["toc", "tables", "fenced_code"] + [next(iter(e)) if isinstance(e, dict) else e
                                                 for e in config["markdown_extensions"]]
    configs = {next(iter(e)): next(iter(e.values())) for e in config["markdown_extensions"] if isinstance(e, dict)}
    full, core = markdown.Markdown(extensions=names, extension_configs=configs), markdown.Markdown()
    course = load_course(ROOT)
    texts = [escape(one_paragraph(text)) for bank in course.banks.values() for question in bank["questions"]
             for text in [question["question"], question["explanation"],
                          *(part for option in question.get("options", []) for part in option.values()
                            if isinstance(part, str))]]
    plain = [text for text in texts if not _ANY_EXTENSION_SYNTAX.search(text)]
    assert len(plain) > 0.9 * len(texts) > 700
    assert [text for text in plain if full.reset().convert(text) != core.reset().convert(text)] == []
    # Most texts, in quiz banks and casussen, are plain sentences, which Markdown only wraps in a paragraph.
    texts += [escape(text.strip()) for casus in course.casussen.values() for step in casus["steps"]
              if "decision" in step for option in step["decision"]["options"] for text in option.values()
              if isinstance(text, str)]
    sentences = [text for text in texts if PLAIN.fullmatch(text)]
    assert len(sentences) > 0.7 * len(texts)
    assert [text for text in sentences if full.reset().convert(text) != f"<p>{text}</p>"] == []
    assert [text for text in sentences if core.reset().convert(text) != f"<p>{text}</p>"] == []


@pytest.mark.parametrize("fragment", [
    "1. eerst", "2) dan", "- punt", "+ punt", "* punt", "> citaat", "# kop", "    code", "Zie *dit*", "a_b_c",
    "Tekst met `code`", "Zie [link](x.md)", "A & B", "tekst  ", "regel\nregel", "---", "=== tab", ": uitleg",
    "!!! let op", "??? meer", "Tekst {: .x}", "a | b", "H~2~O", "x^2^", "a\\b",
])
def test_text_with_any_markdown_meaning_is_not_taken_as_plain(fragment):
    from swan_course.render.text import PLAIN

    assert not PLAIN.fullmatch(fragment)


def test_an_extension_that_changes_plain_text_turns_the_shortcuts_off():
    from types import SimpleNamespace

    from swan_course.mkdocs.quiz_speedups import _known_extensions

    assert _known_extensions(SimpleNamespace(markdown_extensions=["toc", "tables", "fenced_code", "abbr"]))
    assert not _known_extensions(SimpleNamespace(markdown_extensions=["toc", "smarty"]))
    assert not _known_extensions(SimpleNamespace(markdown_extensions=["toc", "pymdownx.magiclink"]))
