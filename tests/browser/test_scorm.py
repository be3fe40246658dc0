"""The SCORM packages in an LMS: one session, resume, a new version, and suspend_data within SCORM 1.2's limit.

The test LMS (lms.py) runs scorm-again, a real LMS-side runtime. What is reported
about completion and the eindtoets is in test_scorm_results.py; what the course
does with data and locations from the LMS, and with LMS errors, in test_scorm_trust.py.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from lms import EDITIONS, Launch, decision_page, learner_data, reflection_page

# n pseudo-random letters: text that barely compresses.
NOISE = """([n, seed]) => Array.from({length: n}, () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return String.fromCharCode(97 + (seed >> 8) % 26);
}).join("")"""
LZ_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$")


def choose(launch, option: int) -> str:
    """Choose an option (by its value: the order is new on every visit) at the first decision point; return its key."""
    decision = launch.frame.locator(".swan-decision").first
    decision.locator(f'input[type="radio"][value="{option}"]').check()
    decision.get_by_role("button", name="Bekijk de feedback").click()
    return "keuze:" + decision.get_attribute("data-decision")


OLD_FORMAT_ITEMS = {"keuze:wijkteam-regie/doel": 1,
                    "reflectie:wijkteam-regie/1": "Eerst met Anna praten, daarna met de buren. Café ☕",
                    "vraag:drie-niveaus/koffieochtend-moeders": {"correct": True, "antwoord": ["1"]},
                    "bezocht:drie-niveaus/index.md": True}
# OLD_FORMAT_ITEMS as the course's own LZW wrote them into suspend_data before lz-string (version 1.0.0).
OLD_FORMAT = ("z:PYiOwiHQyFgiOkDgBrMp1PRlHUJER3NJqNZ0MphNotORlM5pMoviJkN5lNkDGJ9PsGjhmNhlMZ0j8QHUAicVi8Zjcdj8hmgiGMDER"
              "FMpyOZ0EBtMtHIJuNxhEBwORhi5uFggMhhMJyp1IpVXMogMR1jhuFwgIZhMzDVIgcSYSoilMGO1SMJnmcAMhyj4tNxpO0YOpznsKN5mM0"
              "fN5jNFUMgtNskMlEOcRMZvOUcmEDOhyOplgxhNx0O5vy5kgZbn4iLsplQiMRlPWKxl4EV6vl-wBhwWEERpN2SPAuNunHWcz2tPo")


@pytest.mark.parametrize("edition", EDITIONS)
def test_one_session_while_the_learner_moves_and_resume_after_a_relaunch(lms, browser, release_dirs, edition):
    first = browser.new_context()
    launch = Launch(lms, first.new_page(), edition)
    assert launch.counts()["initialize"] == 1
    assert launch.value("status") == "incomplete"
    for _ in range(3):
        launch.next_page()
    casus = decision_page(release_dirs[edition])
    launch.go(casus)
    key = choose(launch, 1)
    launch.wait_for_suspended(key, 1)
    assert launch.value("location") == casus
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
    assert relaunch.course.url == relaunch.package_url + casus
    assert relaunch.value("entry") == "resume"
    assert relaunch.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == 1
    expect(relaunch.frame.locator(".swan-decision").first.locator('input[type="radio"][value="1"]')).to_be_checked()
    assert relaunch.errors == [] and relaunch.outside == []
    second.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_a_new_version_resumes_from_the_old_versions_data(lms_with_next_version, browser, release_dirs, edition):
    lms = lms_with_next_version
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition, version="1.0.0")
    casus = decision_page(release_dirs[edition])
    launch.go(casus)
    choose(launch, 0)
    launch.close()
    saved = launch.saved()
    context.close()

    context = browser.new_context()
    relaunch = Launch(lms, context.new_page(), edition, saved=saved, version="2.0.0")
    manifest = relaunch.page.request.get(relaunch.package_url + "imsmanifest.xml").text()
    assert 'version="2.0.0"' in manifest
    assert relaunch.course.url == relaunch.package_url + casus
    expect(relaunch.frame.locator(".swan-decision").first.locator('input[type="radio"][value="0"]')).to_be_checked()
    assert relaunch.errors == [] and relaunch.outside == []
    context.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_suspend_data_of_the_earlier_format_is_still_read(lms, browser, edition):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition, saved={"suspend_data": OLD_FORMAT})
    stored = launch.course.evaluate("window.swanStore.snapshot().items")
    assert {key: stored[key] for key in OLD_FORMAT_ITEMS} == OLD_FORMAT_ITEMS
    # Written back in the current format.
    launch.go("drie-niveaus/index.html")
    launch.page.wait_for_function("() => !window.cmi().suspend_data.startsWith('z:')")
    assert {key: launch.suspend_items()[key] for key in OLD_FORMAT_ITEMS} == OLD_FORMAT_ITEMS
    assert launch.errors == [] and launch.outside == []
    context.close()


def test_suspend_data_fits_scorm_12_by_leaving_out_the_longest_notes(lms, browser, release_dirs):
    site = release_dirs["scorm12"]
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), "scorm12")
    launch.go(decision_page(site))
    decision_key = choose(launch, 0)
    launch.go(reflection_page(site))
    reflections = launch.frame.locator(".swan-reflection")
    # Notes that barely compress (random letters), as long notes can be.
    texts = [launch.course.evaluate(NOISE, [n, seed]) for n, seed in ((3000, 1), (2000, 2))] + ["Kort."]
    for index, text in enumerate(texts):
        reflections.nth(index).get_by_role("textbox").fill(text)
    keys = [f"reflectie:{reflections.nth(i).get_attribute('data-reflection')}" for i in range(len(texts))]
    launch.wait_for_suspended(keys[2], "Kort.")
    # The learner is told, and this browser keeps every note.
    expect(launch.status).to_contain_text("notities")
    for key, text in zip(keys, texts):
        assert launch.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == text
    launch.close()
    data = launch.cmi()["suspend_data"]
    assert 0 < len(data) <= 4096
    items = launch.suspend_items()
    assert items[decision_key] == 0  # the first option
    assert items[keys[2]] == "Kort."
    assert items[keys[1]] == texts[1]
    assert keys[0] not in items  # the longest note is left out first
    assert launch.errors == [] and launch.outside == []
    context.close()


@pytest.fixture()
def launch_page_without_lms(lms, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{lms.origin}/content/1.0.0/scorm12/scorm.html")
    page.wait_for_function("window.LZString && window.swanStore")
    yield page
    assert errors == []


def test_without_an_lms_the_course_still_opens_and_says_so(launch_page_without_lms):
    page = launch_page_without_lms
    expect(page.get_by_role("status")).to_contain_text("geen leeromgeving")
    expect(page.frame_locator(".swan-scorm__course").get_by_role("heading", level=1).first).to_be_visible()


SNAPSHOT = """(notes) => {
  const items = {"laatste-pagina": "eindtoets.md", "eindtoets:resultaat": {score: 83, passed: true}};
  ["drie-niveaus", "sociale-kwaliteit", "besluitvorming", "signaleren"].forEach((module, m) => {
    for (let q = 0; q < 40; q += 1) {
      items[`vraag:${module}/vraag-over-iets-${q}`] = {correct: q % 3 > 0, antwoord: [String(q % 4)]};
      items[`bezocht:${module}/pagina-${q}.md`] = true;
    }
  });
  notes.forEach((note, n) => { items[`reflectie:casus-${n}/1`] = note; });
  return {version: 3, items: items};
}"""


def test_suspend_data_is_compressed_with_lz_string_and_read_back_exactly(launch_page_without_lms):
    page = launch_page_without_lms
    result = page.evaluate(f"""() => {{
      const snapshot = ({SNAPSHOT})(["Café, één idee ☕ 😀 " + "x".repeat(200), "kort"]);
      const plain = JSON.stringify(snapshot).length;
      const packed = swanScorm.pack(snapshot, 4096);
      return {{plain, text: packed.text, dropped: packed.dropped,
               back: swanScorm.unpack(packed.text), snapshot}};
    }}""")
    assert result["plain"] > 4096 * 3
    assert result["text"].startswith("lz:") and len(result["text"]) <= 4096
    assert set(result["text"][3:]) <= LZ_ALPHABET
    assert result["dropped"] == []
    assert result["back"] == result["snapshot"]


def test_small_suspend_data_stays_plain_json(launch_page_without_lms):
    page = launch_page_without_lms
    packed = page.evaluate("swanScorm.pack({version: 3, items: {'keuze:a/b': 1, 'reflectie:a/1': 'één'}}, 4096)")
    assert json.loads(packed["text"]) == {"v": 3, "i": {"keuze:a/b": 1, "reflectie:a/1": "één"}}
    for junk in ("niet van ons", "z:!!", "lz:!!", "lz:", "[1,2]", '{"v":3,"i":[1]}'):
        assert page.evaluate("(text) => swanScorm.unpack(text)", junk) is None, junk


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
    shared = browser.new_context()  # one team computer: the same browser storage for both learners
    first = Launch(lms, shared.new_page(), edition, saved=learner_data(edition, "anna"))
    casus = decision_page(release_dirs[edition])
    first.go(casus)
    key = choose(first, 1)
    first.wait_for_suspended(key, 1)
    first.close()
    annas_data = first.saved()
    first.page.close()

    second = Launch(lms, shared.new_page(), edition, saved=learner_data(edition, "bram"))
    assert second.course.evaluate(f"window.swanStore.get({json.dumps(key)})") is None
    second.go(casus)
    expect(second.frame.locator(".swan-decision").first.get_by_role("radio", checked=True)).to_have_count(0)
    assert second.course.evaluate("window.swanProgress.summary().modules.every(m => m.pagesVisited <= 1)")

    # The first learner again, on the same computer: the LMS brings back her own data.
    third = Launch(lms, shared.new_page(), edition, saved=learner_data(edition, "anna", annas_data))
    assert third.course.evaluate(f"window.swanStore.get({json.dumps(key)})") == 1
    assert second.errors == [] and third.errors == []
    shared.close()
