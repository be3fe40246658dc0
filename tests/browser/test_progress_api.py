"""window.swanProgress.summary() and the swan:progress event: the contract with the SCORM package."""

from playwright.sync_api import expect

from learner import answer_question, feedback, pages_with, question

CAPTURE_EVENTS = """
window.__progressEvents = [];
window.addEventListener("swan:progress", (event) => window.__progressEvents.push(event.detail));
"""


def test_summary_has_the_agreed_shape_for_every_module(page):
    page.goto("")
    summary = page.evaluate("window.swanProgress.summary()")
    assert set(summary) == {"modules", "complete", "eindtoets"}
    assert summary["complete"] is False
    assert summary["eindtoets"] is None
    ids = [module["id"] for module in summary["modules"]]
    assert ids == ["introductie", "drie-niveaus", "sociale-kwaliteit", "besluitvorming", "signaleren"]
    for module in summary["modules"]:
        assert set(module) == {"id", "title", "done", "pagesVisited", "pagesTotal", "questionsAnswered",
                               "questionsCorrect", "questionsTotal"}
        assert module["pagesTotal"] > 0
        assert module["done"] is False


def test_every_page_load_fires_swan_progress_after_the_page_is_set_up(page):
    page.add_init_script(CAPTURE_EVENTS)
    page.goto("drie-niveaus/")
    page.wait_for_function("window.__progressEvents.length > 0")
    detail = page.evaluate("window.__progressEvents[0]")
    module = next(m for m in detail["modules"] if m["id"] == "drie-niveaus")
    assert module["pagesVisited"] == 1


def test_answering_a_question_updates_the_summary_and_fires_the_event(page, course_site):
    ref = "drie-niveaus/koffieochtend-moeders"
    page.add_init_script(CAPTURE_EVENTS)
    page.goto(pages_with(course_site, f'data-question="{ref}"')[0])
    page.wait_for_function("window.__progressEvents.length > 0")
    before = page.evaluate("window.__progressEvents.length")
    answer_question(question(page, ref))
    page.wait_for_function(f"window.__progressEvents.length > {before}")
    detail = page.evaluate("window.__progressEvents[window.__progressEvents.length - 1]")
    progress = next(m for m in detail["modules"] if m["id"] == "drie-niveaus")
    assert progress["questionsAnswered"] == 1
    assert progress["questionsCorrect"] == 1
    assert page.evaluate(f"window.swanStore.get('vraag:{ref}').correct") is True
    page.reload()
    expect(feedback(question(page, ref))).to_be_visible()


def test_resetting_a_page_in_the_quiz_sidebar_removes_its_answers_from_the_progress(page, course_site):
    ref = "drie-niveaus/koffieochtend-moeders"
    page.goto(pages_with(course_site, f'data-question="{ref}"')[0])
    answer_question(question(page, ref))
    page.wait_for_function(f"window.swanStore.get('vraag:{ref}') !== null")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("link", name="Opnieuw", exact=True).first.click()
    page.wait_for_function(f"window.swanStore.get('vraag:{ref}') === null")
    assert page.evaluate("window.swanProgress.summary().modules[1].questionsAnswered") == 0
    page.reload()
    expect(feedback(question(page, ref))).to_be_hidden()
