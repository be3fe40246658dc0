"""The SCORM packages in an LMS: scorm-again (a real LMS-side runtime) receives what the course reports.

Each test serves an LMS page on 127.0.0.1 that creates the SCORM 1.2 `API` or
the SCORM 2004 `API_1484_11` with scorm-again, loads the data of an earlier
session (for a relaunch) and opens the unzipped package's launch page in an
iframe. The test then works through the course in that iframe and reads what
the LMS received.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from release_server import ReleaseServer

ROOT = Path(__file__).resolve().parents[2]
SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist"
EDITIONS = ["scorm12", "scorm2004"]
RUNTIME = {"scorm12": ("scorm12.min.js", "Scorm12API", "API", "LMSInitialize", "LMSFinish"),
           "scorm2004": ("scorm2004.min.js", "Scorm2004API", "API_1484_11", "Initialize", "Terminate")}
# The cmi elements each edition uses for the same thing.
CMI = {"scorm12": {"location": "core.lesson_location", "status": "core.lesson_status", "exit": "core.exit",
                   "session_time": "core.session_time", "entry": "core.entry", "raw": "core.score.raw"},
       "scorm2004": {"location": "location", "status": "completion_status", "exit": "exit",
                     "session_time": "session_time", "entry": "entry", "raw": "score.raw"}}
LMS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="/scorm-again/{script}"></script></head>
<body>
<iframe id="sco" title="Course" style="width:1200px;height:760px;border:0"></iframe>
<script>
  var api = new {api_class}({{logLevel: 4, autocommit: false}});
  var saved = {saved};
  if (saved) api.loadFromJSON(saved, "");
  window.{api_name} = api;
  window.lms = {{initialize: 0, finish: 0, commit: 0, sets: []}};
  api.on("{init_event}", function () {{ window.lms.initialize += 1; }});
  api.on("{finish_event}", function () {{ window.lms.finish += 1; }});
  api.on("{commit_event}", function () {{ window.lms.commit += 1; }});
  api.on("{set_event}.cmi.*", function (element, value) {{ window.lms.sets.push([element, value]); }});
  window.cmi = function () {{ return JSON.parse(JSON.stringify(api.cmi)); }};
  document.getElementById("sco").src = "{package}scorm.html";
</script>
</body></html>
"""
_launches = itertools.count()


@pytest.fixture(scope="module")
def lms(release_dirs, bumped_release_dirs, tmp_path_factory):
    assert (SCORM_AGAIN / "scorm12.min.js").is_file(), "run ./scripts/setup-env --test (npm ci) first"
    pages = tmp_path_factory.mktemp("lms")
    server = ReleaseServer({"/scorm-again/": SCORM_AGAIN, "/lms/": pages})
    for edition in EDITIONS:
        server.mount(f"/content/1.0.0/{edition}/", release_dirs[edition])
        server.mount(f"/content/2.0.0/{edition}/", bumped_release_dirs[edition])
    server.pages = pages
    yield server
    server.close()


def get(cmi: dict, path: str):
    for part in path.split("."):
        cmi = cmi[part]
    return cmi


class Launch:
    """One launch of a package in the test LMS."""

    def __init__(self, lms_server, page, edition: str, saved: dict | None = None, version: str = "1.0.0"):
        self.page, self.edition = page, edition
        script, api_class, api_name, init_event, finish_event = RUNTIME[edition]
        prefix = "LMS" if edition == "scorm12" else ""
        html = LMS_PAGE.format(script=script, api_class=api_class, api_name=api_name, init_event=init_event,
                               finish_event=finish_event, commit_event=f"{prefix}Commit",
                               set_event=f"{prefix}SetValue", saved=json.dumps(saved),
                               package=f"/content/{version}/{edition}/")
        name = f"lms-{next(_launches)}.html"
        (lms_server.pages / name).write_text(html, encoding="utf-8")
        self.errors = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        page.on("response", lambda response: self.errors.append(f"{response.status} {response.url}")
                if response.status >= 400 else None)
        self.outside = []
        page.on("request", lambda request: None if request.url.startswith(lms_server.origin)
                else self.outside.append(request.url))
        self.package_url = f"{lms_server.origin}/content/{version}/{edition}/"
        page.goto(f"{lms_server.origin}/lms/{name}")
        self.frame = page.frame_locator("#sco").frame_locator(".swan-scorm__course")
        expect(self.frame.locator("h1").first).to_be_visible()

    @property
    def course(self):
        return self.page.frame(name="swan-course")

    def cmi(self) -> dict:
        return self.page.evaluate("window.cmi()")

    def value(self, name: str):
        return get(self.cmi(), CMI[self.edition][name])

    def counts(self) -> dict:
        return self.page.evaluate("({initialize: lms.initialize, finish: lms.finish, commit: lms.commit})")

    def go(self, path: str):
        """Open a course page as a learner does: a full page load inside the course frame."""
        self.course.goto(self.package_url + path)
        expect(self.frame.locator("h1").first).to_be_visible()

    def next_page(self):
        self.frame.locator("a.md-footer__link--next").click()
        self.course.wait_for_load_state()
        expect(self.frame.locator("h1").first).to_be_visible()

    def close(self):
        """The LMS closes the course, as when the learner leaves it."""
        self.page.evaluate("document.getElementById('sco').src = 'about:blank'")
        self.page.wait_for_function("lms.finish > 0")

    def saved(self) -> dict:
        """What an LMS keeps for the next launch (the resumable part of cmi)."""
        cmi = self.cmi()
        if self.edition == "scorm12":
            core = cmi["core"]
            return {"core": {"lesson_location": core["lesson_location"], "lesson_status": core["lesson_status"],
                             "score": core["score"], "entry": "resume"},
                    "suspend_data": cmi["suspend_data"]}
        return {key: cmi[key] for key in ("location", "completion_status", "success_status", "score",
                                          "suspend_data", "progress_measure")} | {"entry": "resume"}


def _decision_page(site: Path) -> str:
    for page in sorted(site.glob("casussen/*/index.html")):
        if 'class="swan-decision"' in page.read_text(encoding="utf-8"):
            return page.relative_to(site).as_posix()
    raise AssertionError("no casus with a decision")


def _reflection_page(site: Path) -> str:
    for page in sorted(site.glob("casussen/*/index.html")):
        if page.read_text(encoding="utf-8").count('class="swan-reflection"') >= 2:
            return page.relative_to(site).as_posix()
    raise AssertionError("no casus with two reflection questions")


@pytest.mark.parametrize("edition", EDITIONS)
def test_one_session_while_the_learner_moves_and_resume_after_a_relaunch(lms, browser, release_dirs, edition):
    site = release_dirs[edition]
    first = browser.new_context()
    launch = Launch(lms, first.new_page(), edition)
    assert launch.counts()["initialize"] == 1
    assert launch.value("status") == "incomplete"
    for _ in range(3):
        launch.next_page()
    decision_page = _decision_page(site)
    launch.go(decision_page)
    decision = launch.frame.locator(".swan-decision").first
    decision.locator('input[type="radio"]').nth(1).check()
    decision.locator(".swan-decision__submit").click()
    key = "keuze:" + decision.get_attribute("data-decision")
    launch.page.wait_for_function(f"window.cmi().suspend_data.indexOf({json.dumps(key)}) !== -1")
    assert launch.value("location") == decision_page
    counts = launch.counts()
    assert counts["initialize"] == 1 and counts["finish"] == 0 and counts["commit"] >= 5

    launch.close()
    assert launch.counts() == {**launch.counts(), "initialize": 1, "finish": 1}
    assert launch.value("exit") == "suspend"
    assert launch.value("session_time") not in ("", "00:00:00", "PT0H0M0S")
    saved = launch.saved()
    assert launch.errors == [] and launch.outside == []
    first.close()

    # Another computer: nothing in the browser, everything comes from the LMS.
    second = browser.new_context()
    relaunch = Launch(lms, second.new_page(), edition, saved=saved)
    assert relaunch.course.url == relaunch.package_url + decision_page
    assert relaunch.value("entry") == "resume"
    assert relaunch.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == 1
    expect(relaunch.frame.locator(".swan-decision").first.locator('input[type="radio"]').nth(1)).to_be_checked()
    assert relaunch.errors == [] and relaunch.outside == []
    second.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_a_new_version_resumes_from_the_old_versions_data(lms, browser, release_dirs, edition):
    site = release_dirs[edition]
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition, version="1.0.0")
    decision_page = _decision_page(site)
    launch.go(decision_page)
    decision = launch.frame.locator(".swan-decision").first
    decision.locator('input[type="radio"]').first.check()
    decision.locator(".swan-decision__submit").click()
    launch.close()
    saved = launch.saved()
    context.close()

    context = browser.new_context()
    relaunch = Launch(lms, context.new_page(), edition, saved=saved, version="2.0.0")
    manifest = relaunch.page.request.get(relaunch.package_url + "imsmanifest.xml").text()
    assert 'version="2.0.0"' in manifest
    assert relaunch.course.url == relaunch.package_url + decision_page
    expect(relaunch.frame.locator(".swan-decision").first.locator('input[type="radio"]').first).to_be_checked()
    assert relaunch.errors == [] and relaunch.outside == []
    context.close()


def test_suspend_data_fits_scorm_12_by_leaving_out_the_longest_notes(lms, browser, release_dirs):
    site = release_dirs["scorm12"]
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), "scorm12")
    launch.go(_decision_page(site))
    decision = launch.frame.locator(".swan-decision").first
    decision.locator('input[type="radio"]').first.check()
    decision.locator(".swan-decision__submit").click()
    decision_key = "keuze:" + decision.get_attribute("data-decision")
    launch.go(_reflection_page(site))
    notes = launch.frame.locator(".swan-reflection textarea")
    texts = ["Lang " * 500, "Middel " * 300, "Kort."]
    for index, text in enumerate(texts):
        notes.nth(index).fill(text)
    keys = [f"reflectie:{launch.frame.locator('.swan-reflection').nth(i).get_attribute('data-reflection')}"
            for i in range(len(texts))]
    launch.page.wait_for_function("window.cmi().suspend_data.indexOf('Kort.') !== -1")
    # The learner is told, and this browser keeps every note.
    expect(launch.page.frame_locator("#sco").locator(".swan-scorm__status")).to_contain_text("notities")
    for key, text in zip(keys, texts):
        assert launch.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == text
    launch.close()
    data = launch.cmi()["suspend_data"]
    assert 0 < len(data) <= 4096
    items = json.loads(data)["i"]
    assert items[decision_key] == 0  # the first option
    assert items[keys[2]] == "Kort."
    assert items[keys[1]] == texts[1]
    assert keys[0] not in items  # the longest note is left out first
    assert launch.errors == [] and launch.outside == []
    context.close()
