"""Learner data: export, erase and import; tampered files; corrupted, blocked and full storage; old records."""

import json

import pytest
from playwright.sync_api import expect

from progress_helpers import answer_question

PRIVACY = "introductie/voortgang-en-privacy/"
QUESTION_PAGE = "drie-niveaus/drie-niveaus/"
REF = "drie-niveaus/koffieochtend-moeders"

THROWING_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
  });
}
"""

THROWING_METHODS = """
for (const method of ["getItem", "setItem", "removeItem", "key", "clear"]) {
  Storage.prototype[method] = function () { throw new DOMException("Access is denied", "SecurityError"); };
}
"""

FULL_STORAGE = """
Storage.prototype.setItem = function () { throw new DOMException("Quota exceeded", "QuotaExceededError"); };
"""


def _collect_errors(page) -> list[str]:
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on("console", lambda message: errors.append(f"{page.url}: {message.text}")
            if message.type == "error" else None)
    return errors


def _make_some_progress(page) -> None:
    page.goto(QUESTION_PAGE)
    answer_question(page.locator(f'[data-question="{REF}"]'), correct=False)
    page.goto("casussen/")
    page.evaluate("window.swanStore.set('reflectie:test/1', 'Mijn aantekening')")


def _export(page) -> dict:
    page.goto(PRIVACY)
    with page.expect_download() as download:
        page.get_by_test_id("swan-export").click()
    return json.loads(open(download.value.path(), encoding="utf-8").read())


def _import(page, tmp_path, content: str) -> None:
    path = tmp_path / "voortgang.json"
    path.write_text(content, encoding="utf-8")
    page.get_by_label("Voortgangsbestand").set_input_files(str(path))


def test_export_erase_import_restores_the_same_state(page, tmp_path):
    _make_some_progress(page)
    exported = _export(page)
    before = page.evaluate("window.swanStore.snapshot()")
    assert exported["data"] == before
    assert f"vraag:{REF}" in before["items"]

    other_site = "quiz_progress_/andere-cursus/pagina/"
    page.evaluate(f"localStorage.setItem('{other_site}', '{{}}')")
    page.get_by_test_id("swan-erase").click()
    page.get_by_role("button", name="Nee, niet wissen").click()
    expect(page.get_by_test_id("swan-data-message")).to_have_text("Er is niets gewist.")
    assert page.evaluate("window.swanStore.snapshot()") == before
    page.get_by_test_id("swan-erase").click()
    expect(page.get_by_test_id("swan-erase-confirm")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("swan-data-message")).to_have_text("Alles is gewist.")
    assert page.evaluate("window.swanStore.keys('')") == []
    # This course's quiz records are gone; another site on the same host keeps its own.
    assert page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('quiz_progress_'))") == [other_site]

    _import(page, tmp_path, json.dumps(exported))
    expect(page.get_by_test_id("swan-data-message")).to_have_text("Je voortgang is teruggezet.")
    assert page.evaluate("window.swanStore.snapshot().items") == before["items"]

    # The quiz widget shows the restored answer again, under any URL path.
    page.goto(QUESTION_PAGE)
    question = page.locator(f'[data-question="{REF}"]')
    expect(question.locator(".quiz-feedback")).to_be_visible()
    expect(question.locator("input[name='answer']:checked")).to_have_count(1)
    expect(question.locator("input[data-correct]")).not_to_be_checked()


@pytest.mark.parametrize("change, message", [
    (lambda f: f["data"]["items"].update({f"vraag:{REF}": {"correct": True, "antwoord": []}}), "veranderd of beschadigd"),
    (lambda f: f.update(checksum="0"), "veranderd of beschadigd"),
    (lambda f: f.update(format="iets anders"), "geen voortgangsbestand"),
    (lambda f: f["data"].update(version=99) or f.update(storeVersion=99, checksum=None), "veranderd of beschadigd"),
])
def test_a_tampered_import_is_refused_and_changes_nothing(page, tmp_path, change, message):
    _make_some_progress(page)
    exported = _export(page)
    page.evaluate("window.swanStore.set('bezocht:extra.md', true)")
    before = page.evaluate("window.swanStore.snapshot()")
    change(exported)
    _import(page, tmp_path, json.dumps(exported))
    expect(page.get_by_test_id("swan-data-message")).to_contain_text(message)
    expect(page.get_by_test_id("swan-data-message")).to_contain_text("Er is niets veranderd.")
    assert page.evaluate("window.swanStore.snapshot()") == before


def test_a_file_that_is_not_json_is_refused(page, tmp_path):
    _make_some_progress(page)
    page.goto(PRIVACY)
    before = page.evaluate("window.swanStore.snapshot()")
    _import(page, tmp_path, "dit is geen json {")
    expect(page.get_by_test_id("swan-data-message")).to_contain_text("kan niet worden gelezen")
    assert page.evaluate("window.swanStore.snapshot()") == before


def test_corrupted_storage_is_set_aside_without_a_script_error_on_any_page(page, all_pages):
    errors = _collect_errors(page)
    page.goto("")
    paths = [f"{page.evaluate('location.pathname')}{path}" for path in all_pages]
    page.evaluate("""(paths) => {
      localStorage.setItem("swan-course", "{kapot");
      for (const path of paths) localStorage.setItem("quiz_progress_" + path, "[niet, geldig");
      for (const name of ["__palette", "__tabs", "__consent", "__announce"]) {
        localStorage.setItem(location.pathname + "." + name, "{kapot");
      }
    }""", paths)
    page.goto(QUESTION_PAGE)
    expect(page.get_by_test_id("swan-storage-notice")).to_contain_text("apart gezet")
    aside = page.evaluate("JSON.parse(localStorage.getItem('swan-course-set-aside'))")
    assert aside["swan-course"]["value"] == "{kapot"
    assert any(key.startswith("quiz_progress_") for key in aside)
    for path in all_pages:
        page.goto(path)
        page.wait_for_load_state("load")
    # The page works: a question can be answered and is kept.
    page.goto(QUESTION_PAGE)
    answer_question(page.locator(f'[data-question="{REF}"]'))
    assert page.evaluate(f"window.swanStore.get('vraag:{REF}').correct") is True
    assert errors == []


@pytest.mark.parametrize("script", [THROWING_STORAGE, THROWING_METHODS], ids=["getter", "methods"])
def test_storage_that_throws_on_every_access_breaks_no_page(page, all_pages, script):
    errors = _collect_errors(page)
    page.add_init_script(script)
    for path in all_pages:
        page.goto(path)
        page.wait_for_load_state("load")
        expect(page.get_by_test_id("swan-storage-notice")).to_contain_text("niet bewaard")
    # Everything still works within the visit.
    page.goto(QUESTION_PAGE)
    answer_question(page.locator(f'[data-question="{REF}"]'))
    assert page.evaluate("window.swanStore.available") is False
    assert page.evaluate("window.swanProgress.summary().modules[1].questionsAnswered") == 1
    assert errors == []


def test_full_storage_keeps_showing_saved_progress_and_says_it_is_not_saving(page):
    _make_some_progress(page)
    errors = _collect_errors(page)
    page.add_init_script(FULL_STORAGE)
    page.goto(QUESTION_PAGE)
    expect(page.get_by_test_id("swan-storage-notice")).to_contain_text("niet bewaard")
    question = page.locator(f'[data-question="{REF}"]')
    expect(question.locator(".quiz-feedback")).to_be_visible()
    page.goto("")
    expect(page.get_by_test_id("swan-overview-drie-niveaus")).to_contain_text("Vragen beantwoord: 1 van")
    assert errors == []


def test_a_record_in_the_version_1_format_is_migrated(page):
    page.goto("")
    page.evaluate("""localStorage.setItem("swan-course", JSON.stringify(
      {version: 1, items: {"keuze:oud/stap-1": 2, "reflectie:oud/1": "Oude aantekening"}}))""")
    page.goto("casussen/")
    assert page.evaluate("window.swanStore.get('keuze:oud/stap-1')") == 2
    assert page.evaluate("window.swanStore.get('reflectie:oud/1')") == "Oude aantekening"
    stored = page.evaluate("JSON.parse(localStorage.getItem('swan-course'))")
    assert stored["version"] == 2
    assert stored["course"] == page.evaluate("window.swanCourseMap.version")
    assert stored["items"]["keuze:oud/stap-1"] == 2
    expect(page.get_by_test_id("swan-storage-notice")).to_have_count(0)


def test_a_record_from_a_newer_version_is_set_aside_not_overwritten_silently(page):
    page.goto("")
    page.evaluate("""localStorage.setItem("swan-course", JSON.stringify({version: 99, items: {"x": 1}}))""")
    page.goto("casussen/")
    expect(page.get_by_test_id("swan-storage-notice")).to_contain_text("apart gezet")
    aside = page.evaluate("JSON.parse(localStorage.getItem('swan-course-set-aside'))")
    assert json.loads(aside["swan-course"]["value"])["version"] == 99
