"""The course trusts nothing that comes from the LMS, and tells the learner when the LMS does not keep their data.

suspend_data passes the store's checks before any page sees it (issue 12.1, 12.7);
the LMS location opens only a page of the course (12.5); when the LMS refuses a
value or a commit, the learner is told and the next change tries again (12.9).
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from learner import feedback, fill_in_question, question
from lms import EDITIONS, Launch, decision_page, resume_data

# Sets a flag in every window it can reach, should it ever run.
PAYLOAD = '<img src=x onerror="window.__pwned=1;parent.__pwned=1;top.__pwned=1">'
FLAGS = """() => [window, ...Array.from(window.frames)].flatMap((w) => [w, ...Array.from(w.frames)])
    .some((w) => { try { return w.__pwned !== undefined; } catch (error) { return false; } })"""


def dialogs_of(page) -> list[str]:
    seen = []
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))
    return seen


@pytest.mark.parametrize("edition", EDITIONS)
def test_suspend_data_from_the_lms_never_runs_script_and_bad_items_are_set_aside(lms, browser, release_dirs,
                                                                                 edition):
    path, ref = fill_in_question(release_dirs[edition], "**/*.html")
    items = {
        f"vraag:{ref}": {"correct": False, "antwoord": [PAYLOAD]},      # a string: kept, shown as text only
        "vraag:drie-niveaus/koffieochtend-moeders": {"correct": False, "antwoord": {"length": 1}},
        "reflectie:wijkteam-regie/1": {"html": PAYLOAD},
        "onbekend:iets": PAYLOAD,
        "keuze:wijkteam-regie/doel": 1,
    }
    saved = resume_data(edition, path, json.dumps({"v": 2, "i": items}))
    context = browser.new_context()
    page = context.new_page()
    dialogs = dialogs_of(page)
    launch = Launch(lms, page, edition, saved=saved)
    asked = question(launch.frame, ref)
    expect(feedback(asked)).to_be_visible()
    expect(asked.get_by_role("textbox", name="Antwoord").first).to_have_value(PAYLOAD)
    expect(feedback(asked).locator("img")).to_have_count(0)
    assert not page.evaluate(FLAGS) and dialogs == []
    # What fits its kind is taken over; the rest is set aside and the learner is told.
    stored = launch.course.evaluate("window.swanStore.snapshot().items")
    assert stored["keuze:wijkteam-regie/doel"] == 1
    assert not {"vraag:drie-niveaus/koffieochtend-moeders", "reflectie:wijkteam-regie/1", "onbekend:iets"} & set(stored)
    expect(launch.status).to_contain_text("apart gezet")
    aside = launch.course.evaluate("JSON.parse(localStorage.getItem('swan-course-set-aside'))")
    assert {"leeromgeving onbekend:iets", "leeromgeving reflectie:wijkteam-regie/1"} <= set(aside)
    launch.go("drie-niveaus/drie-niveaus.html")
    expect(feedback(question(launch.frame, "drie-niveaus/koffieochtend-moeders"))).to_be_hidden()
    assert not page.evaluate(FLAGS) and dialogs == []
    assert launch.errors == [] and launch.outside == []
    context.close()


BAD_LOCATIONS = ["//evil.example/x.html", "/x/y.html", "http://evil.example/x.html", "javascript:top.__pwned=1",
                 "../scorm2004/index.html", "drie-niveaus/../../elders.html", "bestaat/niet.html",
                 "index.html#<img src=x>"]


def test_the_lms_location_opens_only_a_page_of_the_course(lms, browser):
    context = browser.new_context()
    outside = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(lms.origin)
                  else (outside.append(route.request.url), route.abort()))
    for location in BAD_LOCATIONS:
        page = context.new_page()
        launch = Launch(lms, page, "scorm12", saved=resume_data("scorm12", location), wait=False)
        expect(launch.frame.get_by_role("heading", level=1).first).to_be_visible()
        assert launch.course.url == launch.package_url + "index.html", location
        assert not page.evaluate(FLAGS), location
        page.close()
    assert outside == []
    # A page of the course, with an anchor on it, is where the learner continues.
    launch = Launch(lms, context.new_page(), "scorm12",
                    saved=resume_data("scorm12", "drie-niveaus/drie-niveaus.html#oefenvragen"))
    assert launch.course.url == launch.package_url + "drie-niveaus/drie-niveaus.html#oefenvragen"
    context.close()


@pytest.mark.parametrize("edition, fault", [("scorm12", "set-false"), ("scorm2004", "set-throw"),
                                            ("scorm12", "commit-false")])
def test_when_the_lms_does_not_save_the_learner_is_told_and_the_next_change_saves_again(lms, browser,
                                                                                      release_dirs, edition, fault):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    expect(launch.status).to_be_hidden()
    casus = decision_page(release_dirs[edition])
    launch.go(casus)
    launch.page.evaluate("(fault) => { window.lmsFault = fault; }", fault)
    decisions = launch.frame.locator(".swan-decision")
    decisions.nth(0).locator('input[type="radio"][value="1"]').check()
    decisions.nth(0).get_by_role("button", name="Bekijk de feedback").click()
    expect(launch.status).to_contain_text("kon niet worden opgeslagen in de leeromgeving")
    expect(launch.status).to_be_visible()
    first_key = "keuze:" + decisions.nth(0).get_attribute("data-decision")
    # Everything stays in the browser meanwhile.
    assert launch.course.evaluate(f"window.swanStore.get({json.dumps(first_key)})") == 1

    # The LMS is back: the next change saves everything, and the message goes.
    launch.page.evaluate("window.lmsFault = null")
    decisions.nth(1).locator('input[type="radio"][value="0"]').check()
    decisions.nth(1).get_by_role("button", name="Bekijk de feedback").click()
    expect(launch.status).to_be_hidden()
    launch.wait_for_suspended(first_key, 1)
    launch.wait_for_suspended("keuze:" + decisions.nth(1).get_attribute("data-decision"), 0)
    assert launch.counts()["commit"] >= 2
    launch.close()
    assert launch.errors == [] and launch.outside == []
    context.close()
