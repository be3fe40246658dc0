"""The shortcuts in mkdocs-quiz give the same results with less work."""

import pytest


def test_quiz_translations_are_parsed_once_and_stay_the_same(tmp_path, monkeypatch):
    import polib
    from mkdocs_quiz.translations import TranslationManager

    from swan_course import quiz_speedups

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
    off = "import swan_course.quiz_speedups as shortcuts; shortcuts.apply = lambda: None; "
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
    from swan_course.quiz_speedups import _REACHES_OUT

    assert bool(_REACHES_OUT.search(fragment)) == alone
