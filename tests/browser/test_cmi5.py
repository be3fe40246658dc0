"""The cmi5 package launched by an LMS, with ralph as the real LRS behind it.

The LMS side (launch URL, one-time fetch URL, LMS.LaunchData, learner preferences,
the "launched" statement) is TestLms in lrs_fixtures.py: ralph implements only the
statements resource. The course's statements pass through it to ralph unchanged;
every check reads them back from ralph with its read-only account.
"""

from __future__ import annotations

import zipfile

import pytest
from playwright.sync_api import expect

from lrs_fixtures import AU_ID, CMI5, CMI5_CATEGORY, LMS_ACTIVITY, TestLms, ralph, web_server  # noqa: F401
from learner import take_eindtoets

MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon"
VERB = "http://adlnet.gov/expapi/verbs/"
# Every module done, as a learner who opened all pages and answered all questions (the store keys of progress.js).
FINISH_MODULES = """() => {
  const map = window.swanCourseMap, store = window.swanStore;
  map.modules.forEach((module) => {
    module.pages.forEach((page) => store.set("bezocht:" + page.src, true));
    module.questions.forEach((ref) => store.set("vraag:" + ref, {correct: true, antwoord: ["0"]}));
  });
  return map.modules.length;
}"""
RECORD = "(key) => window.swanStore.get(key)"


@pytest.fixture(scope="module")
def lms(web_server, ralph, release_dist, tmp_path_factory):  # noqa: F811
    package = tmp_path_factory.mktemp("cmi5")
    with zipfile.ZipFile(next(release_dist.glob("*-cmi5.zip"))) as archive:
        archive.extractall(package)
    back = tmp_path_factory.mktemp("lms-pages")
    (back / "terug.html").write_text('<!doctype html><html lang="nl"><title>LMS</title><link rel="icon" href="data:,">'
                                     '<h1>Terug in de leeromgeving</h1></html>', encoding="utf-8")
    test_lms = TestLms(ralph, web_server.origin, web_server.mount("/pakket/", package),
                       web_server.mount("/leeromgeving/", back) + "terug.html")
    web_server.lms = test_lms
    yield test_lms
    web_server.lms = None


class Launch:
    """One launch of the package by the test LMS, in a browser page; every request is watched."""

    def __init__(self, lms, page, registration=None, actor=None, launch_mode="Normal"):  # noqa: F811
        self.lms, self.page = lms, page
        url, self.session = lms.launch_url(registration, actor, launch_mode)
        self.outside, self.errors = [], []
        page.on("request", lambda request: None if request.url.startswith(lms.origin)
                else self.outside.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("response", lambda response: self.errors.append(f"{response.status} {response.url}")
                if response.status >= 400 and "/lms/xapi/" not in response.url else None)
        page.on("console", lambda message: self.errors.append(message.text) if message.type in ("error", "warning")
                else None)
        page.goto(url)
        self.frame = page.frame_locator(".swan-scorm__course")
        expect(self.frame.locator("h1").first).to_be_visible()
        expect(page.get_by_role("button", name="Cursus afsluiten"), str(self.errors)).to_be_visible()

    @property
    def course(self):
        return self.page.frame(name="swan-course")

    @property
    def record_key(self) -> str:
        return "xapi:cmi5:" + self.session.registration

    def wait_until_recorded(self, condition: str):
        """Wait until the launch page recorded that the LMS has what condition names (r: the record)."""
        self.page.wait_for_function(
            f"(key) => {{ const r = window.swanStore.get(key); return Boolean(r && ({condition})); }}",
            arg=self.record_key)

    def open(self, path: str):
        self.course.goto(self.lms.package + path)
        expect(self.frame.locator("h1").first).to_be_visible()

    def finish_modules(self):
        assert self.course.evaluate(FINISH_MODULES) >= 4

    def hand_in_eindtoets(self, correct: bool):
        self.open(self.course.evaluate("window.swanCourseMap.eindtoets.url"))
        assert len(take_eindtoets(self.course, None if correct else 0)) >= 10

    def leave(self):
        self.page.get_by_role("button", name="Cursus afsluiten").click()
        self.page.wait_for_url(self.lms.return_url)


def _au_statements(statements: list[dict]) -> list[dict]:
    return [s for s in statements if s["verb"]["id"] != VERB + "launched"]


def _check_cmi5_defined(statement: dict, session) -> None:
    """The rules of cmi5 section 9 that every statement of the AU must meet."""
    context = statement["context"]
    assert statement["actor"] == session.actor
    assert statement["object"]["id"] == LMS_ACTIVITY
    assert context["registration"] == session.registration
    assert context["extensions"][CMI5 + "sessionid"] == session.id
    assert {"id": CMI5_CATEGORY} in [{"id": a["id"]} for a in context["contextActivities"]["category"]]
    assert AU_ID in [a["id"] for a in context["contextActivities"]["grouping"]]
    result = statement.get("result", {})
    has_moveon = MOVEON in [a["id"] for a in context["contextActivities"]["category"]]
    assert has_moveon == ("success" in result or "completion" in result)


def test_a_launch_reports_initialized_completed_passed_and_terminated(lms, ralph, browser):  # noqa: F811
    context = browser.new_context()
    launch = Launch(lms, context.new_page())
    launch.finish_modules()
    launch.wait_until_recorded("r.completed")
    launch.hand_in_eindtoets(correct=True)
    launch.wait_until_recorded("r.passed")
    launch.leave()
    expect(launch.page.get_by_role("heading", name="Terug in de leeromgeving")).to_be_visible()

    statements = ralph.statements(registration=launch.session.registration)
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert verbs == ["launched", "initialized", "completed", "passed", "terminated"]
    assert len({s["id"] for s in statements}) == len(statements)
    for statement in _au_statements(statements):
        _check_cmi5_defined(statement, launch.session)
    by_verb = {s["verb"]["id"].rsplit("/", 1)[1]: s for s in statements}
    assert by_verb["completed"]["result"]["completion"] is True
    assert "score" not in by_verb["completed"]["result"]
    passed = by_verb["passed"]
    assert passed["result"]["success"] is True
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 100, "min": 0, "max": 100}
    assert passed["context"]["extensions"][CMI5 + "masteryscore"] == 0.7
    for verb in ("completed", "passed", "terminated"):
        assert by_verb[verb]["result"]["duration"].startswith("PT")
    assert launch.outside == [] and launch.errors == []
    context.close()


def test_a_relaunch_continues_the_registration_and_passes_after_an_earlier_fail(lms, ralph, browser):  # noqa: F811
    context = browser.new_context()
    first = Launch(lms, context.new_page())
    first.finish_modules()
    first.hand_in_eindtoets(correct=False)
    first.wait_until_recorded("r.completed && r.failed === 0")
    first.leave()

    # The same learner opens the course again from the LMS: a new session of the same registration.
    second = Launch(lms, context.new_page(), first.session.registration, first.session.actor)
    assert second.session.id != first.session.id
    assert second.course.evaluate("window.swanProgress.summary().eindtoets.score") == 0
    # The learner does the eindtoets again and now passes (the best attempt counts).
    second.hand_in_eindtoets(correct=True)
    second.wait_until_recorded("r.passed")
    second.leave()

    statements = ralph.statements(registration=first.session.registration)
    sessions = [(s["context"]["extensions"][CMI5 + "sessionid"], s["verb"]["id"].rsplit("/", 1)[1])
                for s in statements]
    assert sessions == [(first.session.id, "launched"), (first.session.id, "initialized"),
                        (first.session.id, "completed"), (first.session.id, "failed"),
                        (first.session.id, "terminated"),
                        (second.session.id, "launched"), (second.session.id, "initialized"),
                        (second.session.id, "passed"), (second.session.id, "terminated")]
    failed = next(s for s in statements if s["verb"]["id"] == VERB + "failed")
    assert failed["result"]["success"] is False and failed["result"]["score"]["scaled"] == 0
    for statement in _au_statements(statements):
        session = first.session if statement["context"]["extensions"][CMI5 + "sessionid"] == first.session.id \
            else second.session
        _check_cmi5_defined(statement, session)
    assert first.outside == second.outside == []
    context.close()


def test_nothing_is_lost_while_the_lms_cannot_store_statements(lms, ralph, browser):  # noqa: F811
    context = browser.new_context()
    launch = Launch(lms, context.new_page())
    lms.down = True
    try:
        launch.finish_modules()
        expect(launch.page.get_by_test_id("swan-cmi5-status")).to_contain_text("even niet bereikbaar")
    finally:
        lms.down = False
    assert launch.course.evaluate(RECORD, launch.record_key)["completed"] is False
    # The next page the learner opens tries again.
    launch.open(launch.course.evaluate("window.swanCourseMap.modules[0].url"))
    launch.wait_until_recorded("r.completed")
    expect(launch.page.get_by_test_id("swan-cmi5-status")).to_be_hidden()
    launch.leave()
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in ralph.statements(registration=launch.session.registration)]
    assert verbs == ["launched", "initialized", "completed", "terminated"]
    context.close()


def test_browse_mode_sends_only_initialized_and_terminated(lms, ralph, browser):  # noqa: F811
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), launch_mode="Browse")
    expect(launch.page.get_by_test_id("swan-cmi5-status")).to_contain_text("niet doorgegeven")
    launch.finish_modules()
    launch.leave()
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in ralph.statements(registration=launch.session.registration)]
    assert verbs == ["launched", "initialized", "terminated"]
    context.close()

