"""The course asks the browser to keep the learner's data, and says once how to keep a copy where it will not (12.11).

Safari may erase what a site stored after seven days without a visit. The browser's
answer is stubbed here: Chromium's own answer depends on how much the site was used.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from learner import answer_question, question

QUESTION_PAGE = "drie-niveaus/drie-niveaus/"
REF = "drie-niveaus/koffieochtend-moeders"
# navigator.storage.persist() answers `granted`; every call is counted.
STUB = """(granted) => {
  window.__persistCalls = 0;
  const answer = (value) => () => Promise.resolve(value);
  Object.defineProperty(navigator, "storage", {configurable: true, value: {
    persisted: answer(false),
    persist: () => { window.__persistCalls += 1; return Promise.resolve(granted); },
    estimate: answer({usage: 0, quota: 0}),
  }});
}"""


def _stub(page, granted) -> None:
    page.add_init_script(f"({STUB})({'true' if granted else 'false'})")


def _notice(page):
    return page.get_by_test_id("swan-persist-notice")


def test_where_the_browser_may_erase_the_learner_is_told_once_how_to_keep_a_copy(page):
    _stub(page, granted=False)
    page.goto(QUESTION_PAGE)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(_notice(page)).to_have_count(0)  # no answer or note yet: nothing to keep
    answer_question(question(page, REF))
    expect(_notice(page)).to_contain_text("Bewaar daarom af en toe een kopie in een bestand")
    assert page.evaluate("window.__persistCalls") == 1
    link = _notice(page).get_by_role("link", name="Je voortgang en je privacy")
    expect(link).to_have_attribute("href", page.url.split("drie-niveaus/")[0]
                                   + "introductie/voortgang-en-privacy/#swan-data-export")
    page.reload()
    expect(_notice(page)).to_be_visible()  # until the learner closes it
    _notice(page).get_by_role("button", name="Ik begrijp het").click()
    expect(_notice(page)).to_have_count(0)
    page.goto("")
    page.goto(QUESTION_PAGE)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(_notice(page)).to_have_count(0)


@pytest.mark.parametrize("how", ["granted", "no-api"])
def test_where_the_browser_keeps_the_data_or_cannot_be_asked(page, how):
    if how == "granted":
        _stub(page, granted=True)
    else:
        page.add_init_script("Object.defineProperty(navigator, 'storage', {configurable: true, value: undefined});")
    page.goto(QUESTION_PAGE)
    answer_question(question(page, REF))
    page.goto(QUESTION_PAGE)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    if how == "granted":
        page.wait_for_function("window.__persistCalls >= 1")
        expect(_notice(page)).to_have_count(0)
    else:
        expect(_notice(page)).to_be_visible()


def test_inside_an_lms_nothing_is_said(lms, browser):
    from lms import Launch
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(f"({STUB})(false)")
    launch = Launch(lms, page, "scorm2004")
    launch.go("drie-niveaus/drie-niveaus.html")
    answer_question(question(launch.frame, REF))
    launch.go("index.html")
    expect(launch.frame.get_by_test_id("swan-persist-notice")).to_have_count(0)
    assert launch.course.evaluate("window.__persistCalls") == 0
    context.close()
