"""The learner's data in browser storage: one key per fact, old layouts brought over, and blocked, full,
corrupted or damaged storage that never breaks a page (issue 12.7). Every page with such storage:
test_every_page.py."""

import json

import pytest
from playwright.sync_api import expect

from broken_storage import FULL_STORAGE, THROWING_METHODS, THROWING_STORAGE
from learner import answer_question, feedback, question, watch_errors

QUESTION_PAGE = "drie-niveaus/drie-niveaus/"
REF = "drie-niveaus/koffieochtend-moeders"
QUIZ_ID = "quiz-drie-niveaus--koffieochtend-moeders"
SET_ASIDE = "JSON.parse(localStorage.getItem('swan-course-set-aside'))"


def _notice(page):
    return page.get_by_test_id("swan-storage-notice")


def _make_some_progress(page) -> None:
    page.goto(QUESTION_PAGE)
    answer_question(question(page, REF), correct=False)
    page.goto("casussen/")
    page.evaluate("window.swanStore.set('reflectie:test/1', 'Mijn aantekening')")


def _plant(page, entries: dict) -> None:
    """Put raw entries into this site's storage (a path under the site root is filled in for {site})."""
    page.evaluate("""(entries) => { for (const [key, value] of Object.entries(entries))
        localStorage.setItem(key.replace("{site}", location.pathname), value); }""", entries)


def test_each_fact_is_its_own_entry(page):
    _make_some_progress(page)
    stored = page.evaluate("Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))")
    assert json.loads(stored[f"swan:vraag:{REF}"])["correct"] is False
    assert json.loads(stored["swan:reflectie:test/1"]) == "Mijn aantekening"
    assert stored["swan-store-version"] == "3"
    assert "swan-course" not in stored
    # The quiz's own record lives only until the answer is in the store.
    assert not any(key.startswith("quiz_progress_") for key in stored)


def test_corrupted_storage_is_set_aside_and_the_question_page_keeps_working(page):
    errors = watch_errors(page)
    page.goto("")
    page.evaluate("""() => {
      localStorage.setItem("swan-course", "{kapot");
      localStorage.setItem("swan:naam", "{kapot");
      localStorage.setItem("quiz_progress_" + location.pathname + "drie-niveaus/drie-niveaus/", "[niet, geldig");
      for (const name of ["__palette", "__tabs", "__consent", "__announce"]) {
        localStorage.setItem(location.pathname + "." + name, "{kapot");
      }
    }""")
    page.goto(QUESTION_PAGE)
    expect(_notice(page)).to_contain_text("apart gezet")
    aside = page.evaluate(SET_ASIDE)
    assert aside["swan-course"]["value"] == "{kapot"
    assert aside["swan:naam"]["value"] == "{kapot"
    assert any(key.startswith("quiz_progress_") for key in aside)
    # The page works: a question can be answered and is kept.
    answer_question(question(page, REF))
    assert page.evaluate(f"window.swanStore.get('vraag:{REF}').correct") is True
    assert errors == []


DAMAGED = '{"correct": false, "antwoord": {"length": 1}}'


@pytest.mark.parametrize("where, entries, aside_key", [
    ("the old course record", {"swan-course": json.dumps(
        {"version": 2, "items": {f"vraag:{REF}": json.loads(DAMAGED), "naam": "Anna"}})}, f"swan-course vraag:{REF}"),
    ("the store", {f"swan:vraag:{REF}": DAMAGED, "swan:naam": '"Anna"'}, f"swan:vraag:{REF}"),
    ("the quiz's record", {"quiz_progress_{site}" + QUESTION_PAGE: json.dumps(
        {QUIZ_ID: {"answered": True, "correct": False, "selectedValues": {"length": 1}}}),
        "swan:naam": '"Anna"'}, "quiz_progress_"),
], ids=["old-record", "store", "quiz-record"])
def test_a_damaged_stored_answer_is_set_aside_and_the_quiz_works(page, where, entries, aside_key):
    errors = watch_errors(page)
    page.goto("")
    _plant(page, entries)
    page.goto(QUESTION_PAGE)
    expect(_notice(page)).to_contain_text("apart gezet")
    aside = page.evaluate(SET_ASIDE)
    assert any(key.startswith(aside_key) for key in aside), aside
    assert page.evaluate("window.swanStore.get('naam')") == "Anna"  # what was readable stays
    asked = question(page, REF)
    expect(feedback(asked)).to_be_hidden()
    answer_question(asked)
    assert page.evaluate(f"window.swanStore.get('vraag:{REF}').correct") is True
    page.reload()
    expect(feedback(question(page, REF))).to_be_visible()
    assert errors == []


@pytest.mark.parametrize("script", [THROWING_STORAGE, THROWING_METHODS], ids=["getter", "methods"])
def test_storage_that_throws_on_every_access_leaves_the_quiz_working_within_the_visit(page, script):
    errors = watch_errors(page)
    page.add_init_script(script)
    page.goto(QUESTION_PAGE)
    expect(_notice(page)).to_contain_text("niet bewaard")
    answer_question(question(page, REF))
    assert page.evaluate("window.swanStore.available") is False
    assert page.evaluate("window.swanProgress.summary().modules[1].questionsAnswered") == 1
    assert errors == []


def test_full_storage_keeps_showing_saved_progress_and_says_it_is_not_saving(page):
    _make_some_progress(page)
    errors = watch_errors(page)
    page.add_init_script(FULL_STORAGE)
    page.goto(QUESTION_PAGE)
    expect(_notice(page)).to_contain_text("niet bewaard")
    expect(feedback(question(page, REF))).to_be_visible()
    page.goto("")
    expect(page.get_by_test_id("swan-overview-drie-niveaus")).to_contain_text("Vragen beantwoord: 1 van")
    assert errors == []


def test_a_record_in_the_version_1_format_is_brought_over(page):
    page.goto("")
    page.evaluate("""localStorage.setItem("swan-course", JSON.stringify(
      {version: 1, items: {"keuze:oud/stap-1": 2, "reflectie:oud/1": "Oude aantekening"}}))""")
    page.goto("casussen/")
    assert page.evaluate("window.swanStore.get('keuze:oud/stap-1')") == 2
    assert page.evaluate("window.swanStore.get('reflectie:oud/1')") == "Oude aantekening"
    assert page.evaluate("localStorage.getItem('swan-course')") is None
    assert page.evaluate("localStorage.getItem('swan:keuze:oud/stap-1')") == "2"
    expect(_notice(page)).to_have_count(0)


def test_a_version_2_record_and_the_old_quiz_records_are_brought_over_losing_nothing(page):
    page.goto("")
    other = "signaleren/meldcode-eerste-stap"
    _plant(page, {
        "swan-course": json.dumps({"version": 2, "course": "1.0.0", "items": {
            f"vraag:{REF}": {"correct": True, "antwoord": ["1"]}, "bezocht:index.md": True,
            "leidraad:situatie": "Een bewoner van 80.",
            # An answer to the old eindtoets (quizzes with feedback per question): the exam mode has no use for it.
            "vraag:eindtoets/buurtmaaltijd-niveau": {"correct": True, "antwoord": ["0"]}}}),
        # An answer only the quiz's record had (the old version kept both).
        "quiz_progress_{site}signaleren/meldcode/": json.dumps({"quiz-signaleren--meldcode-eerste-stap": {
            "answered": True, "correct": False, "selectedValues": ["0"]}}),
    })
    page.goto("casussen/")
    items = page.evaluate("window.swanStore.snapshot().items")
    assert items[f"vraag:{REF}"] == {"correct": True, "antwoord": ["1"]}
    assert items[f"vraag:{other}"] == {"correct": False, "antwoord": ["0"]}
    assert items["leidraad:situatie"] == "Een bewoner van 80."
    assert "vraag:eindtoets/buurtmaaltijd-niveau" not in items
    assert page.evaluate("Object.keys(localStorage).filter((k) => k === 'swan-course' || "
                         "k.startsWith('quiz_progress_'))") == []
    expect(_notice(page)).to_have_count(0)


def test_a_record_from_a_newer_version_is_set_aside_not_overwritten_silently(page):
    page.goto("")
    page.evaluate("""localStorage.setItem("swan-course", JSON.stringify({version: 99, items: {"x": 1}}))""")
    page.goto("casussen/")
    expect(_notice(page)).to_contain_text("apart gezet")
    aside = page.evaluate(SET_ASIDE)
    assert json.loads(aside["swan-course"]["value"])["version"] == 99


def test_a_value_of_the_wrong_shape_is_refused_by_the_store(page):
    page.goto("casussen/")
    before = page.evaluate("window.swanStore.snapshot()")
    for key, value in [("vraag:a/b", {"correct": True, "antwoord": {"length": 1}}), ("keuze:a/b", "1"),
                       ("bezocht:index.md", 1), ("laatste-pagina", "https://elders.example/"), ("naam", ""),
                       ("reflectie:a/1", "x" * 20_001), ("iets:onbekends", True)]:
        assert page.evaluate("([key, value]) => window.swanStore.set(key, value)", [key, value]) is False, key
    assert page.evaluate("window.swanStore.snapshot()") == before
