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
<script src="/scorm-again/{script}"></script>
<!-- The package's decoder of its suspend_data, to read what the LMS holds (it starts nothing here). -->
<script src="{package}assets/scorm.js"></script></head>
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
# n pseudo-random letters: text that barely compresses.
NOISE = """([n, seed]) => Array.from({length: n}, () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return String.fromCharCode(97 + (seed >> 8) % 26);
}).join("")"""
# What the LMS holds as suspend_data, read back with the package's own unpack().
READ_SUSPEND = "() => window.swanScorm.unpack(window.cmi().suspend_data)"
# Answer every quiz question on a page as a learner does: choose, then press Controleer.
ANSWER_ALL = """(correct) => {
  const questions = Array.from(document.querySelectorAll(".swan-question"));
  questions.forEach((question, index) => {
    const right = correct === null || correct === undefined || index < correct;
    const radios = question.querySelectorAll('input[type="radio"]');
    const boxes = question.querySelectorAll('input[type="checkbox"]');
    if (radios.length) {
      question.querySelector(right ? 'input[type="radio"][data-correct]'
                                   : 'input[type="radio"]:not([data-correct])').click();
    }
    boxes.forEach((box) => {
      if (box.hasAttribute("data-correct") === right && !box.checked) box.click();
    });
    question.querySelectorAll(".quiz-blank-input").forEach((blank) => {
      blank.value = right ? blank.getAttribute("data-answer") : "onjuist";
      blank.dispatchEvent(new Event("input", {bubbles: true}));
    });
    question.querySelector(".quiz-button").click();
  });
  return questions.length;
}"""


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

    def answer_questions(self, correct: int | None = None) -> int:
        """Answer every question on the page through its form: all right, or only the first `correct`."""
        return self.course.evaluate(ANSWER_ALL, correct)

    def work_through_modules(self):
        """Open every page of every module and answer all its questions right."""
        course_map = self.course.evaluate("window.swanCourseMap")
        for module in course_map["modules"]:
            for module_page in module["pages"]:
                self.go(module_page["url"])
                self.answer_questions()
        return course_map

    def take_eindtoets(self, correct: int | None = None) -> dict:
        self.go(self.course.evaluate("window.swanCourseMap.eindtoets.url"))
        answered = self.answer_questions(correct)
        assert answered >= 10
        self.page.wait_for_function("() => document.querySelector('#sco').contentWindow"
                                    ".document.querySelector('.swan-scorm__course').contentWindow"
                                    ".swanProgress.summary().eindtoets !== null")
        return self.summary()

    def summary(self) -> dict:
        return self.course.evaluate("window.swanProgress.summary()")

    def wait_for(self, name: str, value: str):
        """Wait until the LMS received value for a cmi element (the course commits within seconds)."""
        path = json.dumps(CMI[self.edition][name] if name in CMI[self.edition] else name)
        self.page.wait_for_function(
            f"() => {path}.split('.').reduce((o, k) => o[k], window.cmi()) === {json.dumps(value)}", timeout=10000)

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
    launch.page.wait_for_function(f"() => ({READ_SUSPEND})().items[{json.dumps(key)}] === 1")
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
    # Notes that barely compress (random letters), as long notes can be.
    texts = [launch.course.evaluate(NOISE, [n, seed]) for n, seed in ((3000, 1), (2000, 2))] + ["Kort."]
    for index, text in enumerate(texts):
        notes.nth(index).fill(text)
    keys = [f"reflectie:{launch.frame.locator('.swan-reflection').nth(i).get_attribute('data-reflection')}"
            for i in range(len(texts))]
    launch.page.wait_for_function(f"() => ({READ_SUSPEND})().items[{json.dumps(keys[2])}] === 'Kort.'")
    # The learner is told, and this browser keeps every note.
    expect(launch.page.frame_locator("#sco").locator(".swan-scorm__status")).to_contain_text("notities")
    for key, text in zip(keys, texts):
        assert launch.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == text
    launch.close()
    data = launch.cmi()["suspend_data"]
    assert 0 < len(data) <= 4096
    items = launch.page.evaluate(READ_SUSPEND)["items"]
    assert items[decision_key] == 0  # the first option
    assert items[keys[2]] == "Kort."
    assert items[keys[1]] == texts[1]
    assert keys[0] not in items  # the longest note is left out first
    assert launch.errors == [] and launch.outside == []
    context.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_a_failed_eindtoets_is_reported_with_its_score(lms, browser, edition):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    summary = launch.take_eindtoets(correct=3)
    assert summary["eindtoets"]["passed"] is False
    score = summary["eindtoets"]["score"]
    assert 0 < score < 70
    if edition == "scorm12":
        launch.wait_for("status", "failed")
        assert launch.value("raw") == str(score)
        assert launch.cmi()["core"]["score"]["max"] == "100"
    else:
        launch.wait_for("success_status", "failed")
        assert launch.value("raw") == str(score)
        assert float(launch.cmi()["score"]["scaled"]) == pytest.approx(score / 100)
        assert launch.value("status") == "incomplete"
    launch.close()
    assert launch.errors == [] and launch.outside == []
    context.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_whole_course_is_reported_completed_and_passed_and_resumes(lms, browser, edition):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    launch.work_through_modules()
    summary = launch.take_eindtoets()
    assert summary["complete"] is True and summary["eindtoets"] == {"score": 100, "passed": True}
    if edition == "scorm12":
        launch.wait_for("status", "passed")
    else:
        launch.wait_for("status", "completed")
        launch.wait_for("success_status", "passed")
        assert float(launch.cmi()["score"]["scaled"]) == 1
        assert float(launch.cmi()["progress_measure"]) == 1
    assert launch.value("raw") == "100"
    launch.close()
    saved = launch.saved()
    size = len(saved["suspend_data"])
    print(f"{edition}: suspend_data after the whole course: {size} characters")
    if edition == "scorm12":
        assert size <= 4096
    assert launch.errors == [] and launch.outside == []
    context.close()

    # Relaunch on another computer: the course shows the same progress from the LMS data alone.
    context = browser.new_context()
    relaunch = Launch(lms, context.new_page(), edition, saved=saved)
    assert relaunch.summary() == summary
    relaunch.close()
    assert relaunch.value("status") == ("passed" if edition == "scorm12" else "completed")
    assert relaunch.errors == [] and relaunch.outside == []
    context.close()


@pytest.fixture()
def launch_page_without_lms(lms, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{lms.origin}/content/1.0.0/scorm12/scorm.html")
    yield page
    assert errors == []


def test_without_an_lms_the_course_still_opens_and_says_so(launch_page_without_lms):
    page = launch_page_without_lms
    expect(page.locator(".swan-scorm__status")).to_contain_text("geen leeromgeving")
    expect(page.frame_locator(".swan-scorm__course").locator("h1").first).to_be_visible()


SNAPSHOT = """(notes) => {
  const items = {"laatste-pagina": "eindtoets.md", "eindtoets:resultaat": {score: 83, passed: true}};
  ["drie-niveaus", "sociale-kwaliteit", "besluitvorming", "signaleren"].forEach((module, m) => {
    for (let q = 0; q < 40; q += 1) {
      items[`vraag:${module}/vraag-over-iets-${q}`] = {correct: q % 3 > 0, antwoord: [String(q % 4)]};
      items[`bezocht:${module}/pagina-${q}.md`] = true;
    }
  });
  notes.forEach((note, n) => { items[`reflectie:casus-${n}/1`] = note; });
  return {version: 2, items: items};
}"""


def test_suspend_data_is_compacted_and_read_back_exactly(launch_page_without_lms):
    page = launch_page_without_lms
    result = page.evaluate(f"""() => {{
      const snapshot = ({SNAPSHOT})(["Café, één idee ☕ 😀 " + "x".repeat(200), "kort"]);
      const plain = JSON.stringify(snapshot).length;
      const packed = swanScorm.pack(snapshot, 4096);
      return {{plain, text: packed.text, dropped: packed.dropped,
               back: swanScorm.unpack(packed.text), snapshot}};
    }}""")
    assert result["plain"] > 4096 * 3
    assert result["text"].startswith("z:") and len(result["text"]) <= 4096
    assert set(result["text"][2:]) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert result["dropped"] == []
    assert result["back"] == result["snapshot"]


def test_small_suspend_data_stays_plain_json(launch_page_without_lms):
    page = launch_page_without_lms
    packed = page.evaluate("swanScorm.pack({version: 2, items: {'keuze:a/b': 1, 'reflectie:a/1': 'één'}}, 4096)")
    assert json.loads(packed["text"]) == {"v": 2, "i": {"keuze:a/b": 1, "reflectie:a/1": "één"}}
    assert page.evaluate("swanScorm.unpack('niet van ons')") is None
    assert page.evaluate("swanScorm.unpack('z:!!')") is None


def test_when_notes_do_not_fit_the_longest_go_first_and_progress_stays(launch_page_without_lms):
    page = launch_page_without_lms
    result = page.evaluate(f"""() => {{
      // Random text barely compresses: these notes cannot all fit in 4,096 characters.
      let seed = 7;
      const noise = (n) => Array.from({{length: n}}, () => {{
        seed = (seed * 1103515245 + 12345) % 2147483648; return String.fromCharCode(97 + seed % 26); }}).join("");
      const snapshot = ({SNAPSHOT})([noise(3000), noise(2000), noise(500), noise(100)]);
      const packed = swanScorm.pack(snapshot, 4096);
      return {{length: packed.text.length, dropped: packed.dropped, back: swanScorm.unpack(packed.text), snapshot}};
    }}""")
    assert result["length"] <= 4096
    assert result["dropped"] == ["reflectie:casus-0/1", "reflectie:casus-1/1"]
    kept = {key: value for key, value in result["snapshot"]["items"].items() if key not in result["dropped"]}
    assert result["back"]["items"] == kept


@pytest.mark.parametrize("edition", EDITIONS)
def test_another_learner_on_the_same_browser_starts_fresh(lms, browser, release_dirs, edition):
    def learner(name: str, data: dict | None = None) -> dict:
        data = data or {}
        if edition == "scorm12":
            return {**data, "core": {**data.get("core", {}), "student_id": name}}
        return {**data, "learner_id": name}

    shared = browser.new_context()  # one team computer: the same browser storage for both learners
    first = Launch(lms, shared.new_page(), edition, saved=learner("anna"))
    decision_page = _decision_page(release_dirs[edition])
    first.go(decision_page)
    decision = first.frame.locator(".swan-decision").first
    decision.locator('input[type="radio"]').nth(1).check()
    decision.locator(".swan-decision__submit").click()
    key = "keuze:" + decision.get_attribute("data-decision")
    first.page.wait_for_function(f"() => ({READ_SUSPEND})().items[{json.dumps(key)}] === 1")
    first.close()
    annas_data = first.saved()
    first.page.close()

    second = Launch(lms, shared.new_page(), edition, saved=learner("bram"))
    assert second.course.evaluate(f"window.swanStore.get({json.dumps(key)})") is None
    second.go(decision_page)
    expect(second.frame.locator(".swan-decision").first.locator("input:checked")).to_have_count(0)
    assert second.course.evaluate("window.swanProgress.summary().modules.every(m => m.pagesVisited <= 1)")

    # The first learner again, on the same computer: the LMS brings back her own data.
    third = Launch(lms, shared.new_page(), edition, saved=learner("anna", annas_data))
    assert third.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == 1
    assert second.errors == [] and third.errors == []
    shared.close()
