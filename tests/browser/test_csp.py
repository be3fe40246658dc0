"""The Content-Security-Policy is in force on every page, and the course itself never trips it.

Violations are collected from the start of every page and frame (tests/engines/collector.js,
as an init script): on every page under a sub-path (test_every_page.py, one visit per page),
on every page of the web release from file:// (test_release_file_url.py), and here after what
a learner does that runs the most code (a quiz, a casus decision and note, a leidraad note,
search, the eindtoets), from file:// and inside the SCORM launch page. Each place also shows
that the policy is enforced there: a script written into the page does not run.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from helpers import ROOT
from learner import answer_all, answer_question, questions, take_eindtoets
from lms import Launch, decision_page

COLLECTOR = (ROOT / "tests" / "engines" / "collector.js").read_text(encoding="utf-8")
# A script that a page's own text could carry if something let it in: the policy must stop it.
INJECT = """() => {
  const script = document.createElement("script");
  script.textContent = "window.__swanInjected = true";
  document.head.appendChild(script);
  return window.__swanInjected === true;
}"""
TAKE = "() => window.__swanEngines ? window.__swanEngines.csp.splice(0) : null"


@pytest.fixture()
def watched(context):
    """A page whose every frame records CSP violations from its start."""
    context.add_init_script(script=COLLECTOR)
    return context.new_page()


def taken(frame) -> list[dict]:
    """The violations the frame recorded since the last call (its collector must have run)."""
    found = frame.evaluate(TAKE)
    assert found is not None, f"{frame.url}: the CSP collector did not run"
    return found


def assert_enforced(frame) -> None:
    """A script written into the page does not run, and the policy reports it."""
    assert taken(frame) == []
    assert frame.evaluate(INJECT) is False, f"{frame.url}: an injected inline script ran: no policy in force"
    frame.wait_for_function("() => window.__swanEngines.csp.length > 0")
    assert [v["directive"] for v in taken(frame)] == ["script-src-elem"]


def visit_all(page, urls: list[str]) -> dict[str, list]:
    """Open every address; return {address: its violations} for the addresses that had any."""
    found = {}
    for url in urls:
        page.goto(url)
        if violations := taken(page):
            found[url] = violations
    return found


def test_the_policy_is_enforced_under_a_sub_path(watched, site_url):
    for path in ("", "casussen/wijkteam-regie/", "404.html"):
        watched.goto(site_url + path)
        assert_enforced(watched)


def test_what_a_learner_does_runs_within_the_policy(watched, site_url, course_site):
    page = watched
    page.goto(site_url + "drie-niveaus/drie-niveaus/")
    for index, question in enumerate(questions(page).all()):
        answer_question(question, correct=index % 2 == 0)  # wrong answers show feedback too
    page.reload()
    assert taken(page) == []

    page.goto(site_url + "casussen/wijkteam-regie/")
    decision = page.locator(".swan-decision").first
    decision.get_by_role("radio").first.check()
    decision.get_by_role("button", name="Bekijk de feedback").click()
    page.locator("#reflectie-1").fill("Eerst met meneer Amrani praten.")
    page.get_by_role("button", name="Ik heb erover nagedacht").first.click()
    assert taken(page) == []

    page.goto(site_url + "gespreksleidraad/")
    page.locator("#vraag-situatie").fill("Een bewoner van 80 woont alleen.")
    page.get_by_role("checkbox", name="Sociale cohesie").check()
    page.reload()
    expect(page.locator("#vraag-situatie")).to_have_value("Een bewoner van 80 woont alleen.")
    assert taken(page) == []

    page.keyboard.press("/")
    page.get_by_role("textbox", name="Zoeken").press_sequentially("signaleren")
    expect(page.get_by_role("search").get_by_role("article").first).to_be_visible(timeout=20_000)
    assert taken(page) == []

    page.goto(site_url + "eindtoets/")
    assert len(take_eindtoets(page)) >= 10  # the answer key comes in as a script at hand-in
    assert taken(page) == []
    page.goto(site_url + "bewijs-van-deelname/")
    page.goto(site_url + "introductie/voortgang-en-privacy/")
    assert taken(page) == []


def test_the_web_release_keeps_the_policy_from_file_urls(watched, release_dirs):
    site = release_dirs["web"]
    assert visit_all(watched, [(site / "404.html").as_uri()]) == {}
    page = watched
    page.goto((site / "index.html").as_uri())
    assert_enforced(page)
    page.keyboard.press("/")
    page.get_by_role("textbox", name="Zoeken").press_sequentially("signaleren")
    expect(page.get_by_role("search").get_by_role("article").first).to_be_visible(timeout=20_000)
    page.goto((site / "drie-niveaus" / "drie-niveaus.html").as_uri())
    answer_all(page)
    assert taken(page) == []


def test_the_scorm_launch_page_and_the_course_in_it_keep_the_policy(lms, watched, release_dirs):
    launch = Launch(lms, watched, "scorm2004")
    for _ in range(3):
        launch.next_page()
    launch.go(decision_page(release_dirs["scorm2004"]))
    decision = launch.frame.locator(".swan-decision").first
    decision.get_by_role("radio").first.check()
    decision.get_by_role("button", name="Bekijk de feedback").click()
    launch.go("drie-niveaus/drie-niveaus.html")
    launch.answer_questions()
    assert launch.errors == []  # before the probe below, whose blocked script Chromium logs as an error
    launch_page = next(frame for frame in watched.frames if frame.url.endswith("/scorm.html"))
    for frame in (launch_page, launch.course):
        assert_enforced(frame)
