"""A test LMS for the SCORM packages: scorm-again (a real LMS-side runtime) receives what the course reports.

Each launch serves an LMS page on 127.0.0.1 that creates the SCORM 1.2 `API` or
the SCORM 2004 `API_1484_11` with scorm-again, loads the data of an earlier
session (for a relaunch) and opens the unzipped package's launch page in an
iframe. A test then works through the course in that iframe and reads what the
LMS received. `window.lmsFault` makes the LMS refuse values or commits, as a
real LMS does when its server is away. The server is the `lms` fixture (conftest.py).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from playwright.sync_api import expect

from helpers import ROOT
from learner import answer_all, leave_by, take_eindtoets, wait_until_settled, watch_errors

SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist"
EDITIONS = ["scorm12", "scorm2004"]
RUNTIME = {"scorm12": ("scorm12.min.js", "Scorm12API", "API", "LMS"),
           "scorm2004": ("scorm2004.min.js", "Scorm2004API", "API_1484_11", "")}
# The cmi elements each edition uses for the same thing.
CMI = {"scorm12": {"location": "core.lesson_location", "status": "core.lesson_status", "exit": "core.exit",
                   "session_time": "core.session_time", "entry": "core.entry", "raw": "core.score.raw"},
       "scorm2004": {"location": "location", "status": "completion_status", "exit": "exit",
                     "session_time": "session_time", "entry": "entry", "raw": "score.raw"}}
LMS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="/scorm-again/{script}"></script>
<!-- The package's decoder of its suspend_data, to read what the LMS holds (it starts nothing here). -->
<script src="{package}assets/vendor/lz-string.min.js"></script>
<script src="{package}assets/scorm.js"></script></head>
<body>
<iframe id="sco" title="Course" style="width:1200px;height:760px;border:0"></iframe>
<script>
  var api = new {api_class}({{logLevel: 4, autocommit: false}});
  var saved = {saved};
  if (saved) api.loadFromJSON(saved, "");
  window.lms = {{initialize: 0, finish: 0, commit: 0, sets: []}};
  // "set-false", "set-throw" or "commit-false": the LMS refuses, as when its server is away.
  window.lmsFault = null;
  ["{prefix}SetValue", "{prefix}Commit"].forEach(function (name) {{
    var real = api[name].bind(api);
    api[name] = function () {{
      var setting = name === "{prefix}SetValue";
      if (window.lmsFault === "set-false" && setting) return "false";
      if (window.lmsFault === "set-throw" && setting) throw new Error("the LMS is away");
      if (window.lmsFault === "commit-false" && !setting) return "false";
      return real.apply(null, arguments);
    }};
  }});
  window.{api_name} = api;
  api.on("{prefix}{init}", function () {{ window.lms.initialize += 1; }});
  api.on("{prefix}{finish}", function () {{ window.lms.finish += 1; }});
  api.on("{prefix}Commit", function () {{ window.lms.commit += 1; }});
  api.on("{prefix}SetValue.cmi.*", function (element, value) {{ window.lms.sets.push([element, value]); }});
  window.cmi = function () {{ return JSON.parse(JSON.stringify(api.cmi)); }};
  document.getElementById("sco").src = "{package}scorm.html";
</script>
</body></html>
"""
_launches = itertools.count()
# What the LMS holds as suspend_data, read back with the package's own unpack().
READ_SUSPEND = "() => window.swanScorm.unpack(window.cmi().suspend_data)"


def get(cmi: dict, path: str):
    for part in path.split("."):
        cmi = cmi[part]
    return cmi


def learner_data(edition: str, name: str, data: dict | None = None) -> dict:
    """Saved LMS data (or none) for the learner with this LMS id."""
    data = data or {}
    if edition == "scorm12":
        return {**data, "core": {**data.get("core", {}), "student_id": name}}
    return {**data, "learner_id": name}


def resume_data(edition: str, location: str = "", suspend_data: str = "") -> dict:
    """What an LMS hands a relaunch: where the learner was, and their data."""
    if edition == "scorm12":
        return {"core": {"lesson_location": location, "entry": "resume"}, "suspend_data": suspend_data}
    return {"location": location, "entry": "resume", "suspend_data": suspend_data}


class Launch:
    """One launch of a package in the test LMS."""

    def __init__(self, lms_server, page, edition: str, saved: dict | None = None, version: str = "1.0.0",
                 wait: bool = True):
        self.page, self.edition = page, edition
        script, api_class, api_name, prefix = RUNTIME[edition]
        html = LMS_PAGE.format(script=script, api_class=api_class, api_name=api_name, prefix=prefix,
                               init="Initialize", finish="Finish" if prefix else "Terminate",
                               saved=json.dumps(saved), package=f"/content/{version}/{edition}/")
        name = f"lms-{next(_launches)}.html"
        (lms_server.pages / name).write_text(html, encoding="utf-8")
        self.errors = watch_errors(page)
        page.on("response", lambda response: self.errors.append(f"{response.status} {response.url}")
                if response.status >= 400 else None)
        self.outside = []
        page.on("request", lambda request: None if request.url.startswith(lms_server.origin)
                else self.outside.append(request.url))
        self.package_url = f"{lms_server.origin}/content/{version}/{edition}/"
        page.goto(f"{lms_server.origin}/lms/{name}")
        self.launch_page = page.frame_locator("#sco")
        self.frame = self.launch_page.frame_locator(".swan-scorm__course")
        if wait:
            expect(self.frame.get_by_role("heading", level=1).first).to_be_visible()
            wait_until_settled(self.course)

    @property
    def course(self):
        return self.page.frame(name="swan-course")

    @property
    def status(self):
        """The launch page's message line (role status)."""
        return self.launch_page.get_by_role("status", include_hidden=True).first

    def cmi(self) -> dict:
        return self.page.evaluate("window.cmi()")

    def value(self, name: str):
        return get(self.cmi(), CMI[self.edition].get(name, name))

    def suspend_items(self) -> dict:
        return self.page.evaluate(READ_SUSPEND)["items"]

    def counts(self) -> dict:
        return self.page.evaluate("({initialize: lms.initialize, finish: lms.finish, commit: lms.commit})")

    def go(self, path: str):
        """Open a course page as a learner does: a full page load inside the course frame, until it has settled."""
        self.course.goto(self.package_url + path)
        expect(self.frame.get_by_role("heading", level=1).first).to_be_visible()
        wait_until_settled(self.course)

    def next_page(self):
        leave_by(self.course, self.frame.get_by_role("link", name="Volgende").first.click)
        expect(self.frame.get_by_role("heading", level=1).first).to_be_visible()
        wait_until_settled(self.course)

    def answer_questions(self, correct: int | None = None) -> int:
        """Answer every question on the page through its form: all right, or only the first `correct`."""
        return answer_all(self.course, correct)

    def work_through_modules(self):
        """Open every page of every module and answer all its questions right."""
        course_map = self.course.evaluate("window.swanCourseMap")
        for module in course_map["modules"]:
            for module_page in module["pages"]:
                self.go(module_page["url"])
                self.answer_questions()
        return course_map

    def take_eindtoets(self, correct: int | None = None, again: bool = False) -> dict:
        """Hand in an attempt of the eindtoets (all right, or only the first `correct` items); return the summary.

        again: start a new attempt on the result screen instead of opening the page."""
        if again:
            self.course.get_by_test_id("swan-exam-again").click()
        else:
            self.go(self.course.evaluate("window.swanCourseMap.eindtoets.url"))
        assert len(take_eindtoets(self.course, correct)) >= 10
        return self.summary()

    def summary(self) -> dict:
        return self.course.evaluate("window.swanProgress.summary()")

    def wait_for(self, name: str, value: str):
        """Wait until the LMS received value for a cmi element (the course commits within seconds)."""
        path = json.dumps(CMI[self.edition].get(name, name))
        self.page.wait_for_function(
            f"() => {path}.split('.').reduce((o, k) => o[k], window.cmi()) === {json.dumps(value)}", timeout=10000)

    def wait_for_suspended(self, key: str, value):
        """Wait until the LMS holds this item in suspend_data."""
        self.page.wait_for_function(f"() => ({READ_SUSPEND})().items[{json.dumps(key)}] === {json.dumps(value)}",
                                    timeout=10000)

    def close(self):
        """The LMS closes the course, as when the learner leaves it (once the page has loaded what it loads)."""
        wait_until_settled(self.course)
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


def decision_page(site: Path) -> str:
    """A casus page with a decision point (release layout: <page>.html or <folder>/index.html)."""
    for page in sorted(site.glob("casussen/*/index.html")):
        if 'class="swan-decision"' in page.read_text(encoding="utf-8"):
            return page.relative_to(site).as_posix()
    raise AssertionError("no casus with a decision")


def reflection_page(site: Path) -> str:
    for page in sorted(site.glob("casussen/*/index.html")):
        if page.read_text(encoding="utf-8").count('class="swan-reflection"') >= 2:
            return page.relative_to(site).as_posix()
    raise AssertionError("no casus with two reflection questions")
