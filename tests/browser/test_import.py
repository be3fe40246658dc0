"""Export, erase and import of the learner's data: an import is all or nothing, and says why it refuses (issue 12.8)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from learner import (answer_question, canonical, checksum, feedback, import_progress, progress_file, question,
                     watch_errors)

PRIVACY = "introductie/voortgang-en-privacy/"
QUESTION_PAGE = "drie-niveaus/drie-niveaus/"
REF = "drie-niveaus/koffieochtend-moeders"
NOTHING_CHANGED = "Er is niets veranderd."


def _make_some_progress(page) -> None:
    page.goto(QUESTION_PAGE)
    answer_question(question(page, REF), correct=False)
    page.goto("casussen/")
    page.evaluate("window.swanStore.set('reflectie:test/1', 'Mijn aantekening')")


def _export(page) -> dict:
    page.goto(PRIVACY)
    with page.expect_download() as download:
        page.get_by_role("button", name="Bewaar je voortgang in een bestand").click()
    return json.loads(open(download.value.path(), encoding="utf-8").read())


def _message(page):
    return page.get_by_test_id("swan-import-message")


def _erase_message(page):
    return page.get_by_test_id("swan-erase-message")


def _stored(page) -> dict:
    """Everything the course keeps in this browser's storage."""
    return page.evaluate("""() => Object.fromEntries(Object.keys(localStorage).sort()
        .filter((key) => key.startsWith("swan") || key.startsWith("quiz_progress_"))
        .map((key) => [key, localStorage.getItem(key)]))""")


def test_export_erase_import_restores_the_same_state(page, tmp_path):
    _make_some_progress(page)
    exported = _export(page)
    before = page.evaluate("window.swanStore.snapshot()")
    assert exported["data"] == before
    assert exported["checksum"] == checksum(canonical(exported["data"]))  # the tests' own copy computes the same
    assert f"vraag:{REF}" in before["items"]

    other_site = "quiz_progress_/andere-cursus/pagina/"
    page.evaluate(f"localStorage.setItem('{other_site}', '{{}}')")
    page.get_by_test_id("swan-erase").click()
    page.get_by_role("button", name="Nee, niet wissen").click()
    expect(_erase_message(page)).to_have_text("Er is niets gewist.")
    assert page.evaluate("window.swanStore.snapshot()") == before
    page.get_by_test_id("swan-erase").click()
    expect(page.get_by_test_id("swan-erase-confirm")).to_be_focused()
    page.keyboard.press("Enter")
    expect(_erase_message(page)).to_have_text("Alles is gewist.")
    assert page.evaluate("window.swanStore.keys('')") == []
    # Nothing of this course is left; another site on the same host keeps its own.
    assert page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('swan:'))") == []
    assert page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('quiz_progress_'))") == [other_site]

    import_progress(page, tmp_path, exported)
    expect(_message(page)).to_have_text("Je voortgang is teruggezet.")
    assert page.evaluate("window.swanStore.snapshot().items") == before["items"]

    # The quiz shows the restored answer again, under any URL path.
    page.goto(QUESTION_PAGE)
    asked = question(page, REF)
    expect(feedback(asked)).to_be_visible()
    expect(asked.get_by_role("radio", checked=True)).to_have_count(1)
    expect(asked.locator("input[data-correct]")).not_to_be_checked()


def _refusals(course_version_items: dict) -> list[tuple[str, str | dict, str]]:
    """(what is wrong, the file, the words the refusal must use)."""
    good = course_version_items
    newer = progress_file(good, version=4)
    return [
        ("not JSON", "dit is geen json {", "geen voortgangsbestand"),
        ("another format", progress_file(good, format="iets anders"), "geen voortgangsbestand van deze cursus"),
        ("version as text", progress_file(good, version="2"), "beschadigd of ongeldig"),
        ("version 0", progress_file(good, version=0), "beschadigd of ongeldig"),
        ("version below 0", progress_file(good, version=-1), "beschadigd of ongeldig"),
        ("version 2.5", progress_file(good, version=2.5), "beschadigd of ongeldig"),
        ("items as a list", progress_file([["naam", "Anna"]]), "beschadigd of ongeldig"),
        ("no items", progress_file(None), "beschadigd of ongeldig"),
        ("an answer that is no text", progress_file({f"vraag:{REF}": {"correct": True, "antwoord": {"length": 1}}}),
         "beschadigd of ongeldig"),
        ("an unknown item", progress_file({**good, "iets:anders": True}), "beschadigd of ongeldig"),
        ("a page not in the course", progress_file({**good, "laatste-pagina": "//elders.example/x.md"}),
         "beschadigd of ongeldig"),
        ("changed after export", {**progress_file(good), "checksum": "0"}, "veranderd of beschadigd"),
        ("newer version", newer, "nieuwere versie"),
    ]


def test_a_refused_import_says_the_real_reason_and_changes_nothing(page, tmp_path):
    _make_some_progress(page)
    page.goto(PRIVACY)
    before = _stored(page)
    good = {"naam": "Anna", f"vraag:{REF}": {"correct": True, "antwoord": ["1"]}}
    wrong = []
    for what, file, words in _refusals(good):
        import_progress(page, tmp_path, file)
        text = _message(page).text_content()
        if words not in text or NOTHING_CHANGED not in text:
            wrong.append(f"{what}: {text}")
        assert _stored(page) == before, what
    assert wrong == []


def test_a_file_over_the_size_limit_is_refused_and_changes_nothing(page, tmp_path):
    _make_some_progress(page)
    page.goto(PRIVACY)
    before = _stored(page)
    # A valid file of 3 MB (long notes): over the limit of 2 MB, so it is not even read.
    import_progress(page, tmp_path, progress_file({f"reflectie:test-{n}/1": "y" * 19_000 for n in range(160)}))
    expect(_message(page)).to_contain_text("te groot")
    expect(_message(page)).to_contain_text(NOTHING_CHANGED)
    assert _stored(page) == before


def test_an_import_that_does_not_fit_in_storage_changes_nothing(page, tmp_path):
    _make_some_progress(page)
    page.goto(PRIVACY)
    errors = watch_errors(page)
    # Fill the browser's storage (about 5 MB) up to its last megabyte, then import a file of 1.5 MB.
    page.evaluate("""() => {
      let size = 6 * 1024 * 1024;
      while (size > 0) { try { localStorage.setItem("andere-site:vulsel", "v".repeat(size)); break; }
                         catch (error) { size -= 128 * 1024; } }
      localStorage.setItem("andere-site:vulsel", "v".repeat(size - 1024 * 1024));
    }""")
    before = _stored(page)
    items = {f"reflectie:groot-{n}/1": "z" * 15_000 for n in range(100)}
    import_progress(page, tmp_path, progress_file(items))
    expect(_message(page)).to_contain_text("kon niet worden teruggezet")
    expect(_message(page)).to_contain_text(NOTHING_CHANGED)
    assert _stored(page) == before
    assert page.evaluate("window.swanStore.get('reflectie:test/1')") == "Mijn aantekening"
    page.evaluate("localStorage.removeItem('andere-site:vulsel')")
    assert errors == []


def test_an_imported_eindtoets_result_is_marked_as_imported(page, tmp_path):
    page.goto(PRIVACY)
    result = {"score": 90, "passed": True, "datum": "2026-01-01T12:00:00.000Z"}
    import_progress(page, tmp_path, progress_file({"eindtoets:resultaat": result}))
    expect(_message(page)).to_have_text("Je voortgang is teruggezet.")
    assert page.evaluate("window.swanStore.get('eindtoets:resultaat')") == {**result, "geimporteerd": True}


@pytest.mark.parametrize("version", [1, 2, 3])
def test_files_of_every_earlier_version_are_read(page, tmp_path, version):
    page.goto(PRIVACY)
    items = {"keuze:wijkteam-regie/doel": 2, "reflectie:wijkteam-regie/1": "Oud, maar goed."}
    import_progress(page, tmp_path, progress_file(items, version=version))
    expect(_message(page)).to_have_text("Je voortgang is teruggezet.")
    assert page.evaluate("window.swanStore.snapshot().items") == items
