"""The gespreksleidraad page: notes kept in this browser, a summary to print, copy and download, erase, timers."""

import datetime

import pytest
from playwright.sync_api import expect

PAGE = "gespreksleidraad/"
CLOCK_START = datetime.datetime(2026, 3, 2, 9, 0)


def leidraad_keys(page) -> list[str]:
    return page.evaluate("window.swanStore.keys('leidraad:')")


def test_notes_and_checks_survive_reload_and_navigation(page):
    page.goto(PAGE)
    page.locator("#vraag-situatie").fill("Een bewoner van 80 woont alleen.")
    page.get_by_role("checkbox", name="Sociale cohesie").check()
    page.reload()
    expect(page.locator("#vraag-situatie")).to_have_value("Een bewoner van 80 woont alleen.")
    expect(page.get_by_role("checkbox", name="Sociale cohesie")).to_be_checked()
    page.goto("casussen/")
    page.goto(PAGE)
    expect(page.locator("#vraag-situatie")).to_have_value("Een bewoner van 80 woont alleen.")
    assert sorted(leidraad_keys(page)) == ["leidraad:check:conditions:sociale-cohesie", "leidraad:situatie"]


def test_markup_in_a_note_stays_text_everywhere(page):
    page.goto(PAGE)
    script = "<script>window.pwned = 1</script>"
    image = '<img src=x onerror="window.pwned = 2">'
    page.locator("#vraag-situatie").fill(script)
    page.locator("#vraag-waartoe").fill(image)
    summary = page.get_by_test_id("samenvatting")
    expect(summary).to_contain_text(script)
    expect(summary).to_contain_text(image)
    page.reload()
    expect(page.locator("#vraag-waartoe")).to_have_value(image)
    expect(page.get_by_test_id("samenvatting")).to_contain_text(image)
    assert page.locator(".swan-summary img, .swan-summary script").count() == 0
    assert page.evaluate("window.pwned") is None


def test_summary_holds_the_five_parts_with_what_was_typed(page):
    page.goto(PAGE)
    answers = {"waartoe": "Meer contact in de buurt.", "wat": "Een koffieochtend.", "met-wie": "Met de buren.",
               "volgorde": "Eerst een gesprek.", "afweging": "Hij wil zelf beslissen."}
    for qid, text in answers.items():
        page.locator(f"#vraag-{qid}").fill(text)
    page.get_by_role("checkbox", name="Groep, buurt en gemeenschap").check()
    output = page.locator(".swan-summary__output")
    expect(output.locator("h3").first).to_have_text("Verantwoording")
    terms = output.locator("dl").first.locator("dt").all_inner_texts()
    assert terms == ["Waartoe", "Wat", "Met wie", "In welke volgorde", "Op grond van welke afweging"]
    values = output.locator("dl").first.locator("dd").all_inner_texts()
    assert values == list(answers.values())
    expect(output).to_contain_text("Groep, buurt en gemeenschap")
    expect(output).to_contain_text("(nog niet ingevuld)")


@pytest.mark.parametrize("button, name, heading", [
    ("Download als tekst (.txt)", "gespreksleidraad-samenvatting.txt", "SAMENVATTING GESPREKSLEIDRAAD"),
    ("Download als Markdown (.md)", "gespreksleidraad-samenvatting.md", "# Samenvatting gespreksleidraad"),
])
def test_download_holds_the_summary(page, tmp_path, button, name, heading):
    page.goto(PAGE)
    page.locator("#vraag-wat").fill("Een koffieochtend in de flat, élke week.")
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    download = info.value
    assert download.suggested_filename == name
    target = tmp_path / name
    download.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith(heading)
    assert "Een koffieochtend in de flat, élke week." in text and "Op grond van welke afweging" in text
    expect(page.locator(".swan-summary__status")).to_contain_text("gedownload")


def test_copy_puts_the_summary_on_the_clipboard(browser, base_url):
    context = browser.new_context(base_url=base_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(PAGE)
    page.locator("#vraag-doel").fill("Sociale inclusie versterken.")
    page.get_by_role("button", name="Kopieer de samenvatting").click()
    expect(page.locator(".swan-summary__status")).to_have_text("De samenvatting staat op het klembord.")
    assert "Sociale inclusie versterken." in page.evaluate("navigator.clipboard.readText()")
    context.close()


def test_copy_without_a_clipboard_says_what_to_do(page):
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', { value: undefined });")
    page.goto(PAGE)
    page.get_by_role("button", name="Kopieer de samenvatting").click()
    expect(page.locator(".swan-summary__status")).to_contain_text("Download de samenvatting")


def test_erase_clears_every_leidraad_note_and_nothing_else(page):
    page.goto(PAGE)
    page.evaluate("window.swanStore.set('keuze:andere-casus/doel', 1)")
    page.locator("#vraag-situatie").fill("Tekst")
    page.locator("#vraag-afweging").fill("Meer tekst")
    page.get_by_role("checkbox", name="Maatschappelijk niveau").check()
    assert len(leidraad_keys(page)) == 3
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Wis alle aantekeningen").click()
    expect(page.locator(".swan-erase__status")).to_have_text("Alle aantekeningen van de gespreksleidraad zijn gewist.")
    assert leidraad_keys(page) == []
    assert page.evaluate("window.swanStore.get('keuze:andere-casus/doel')") == 1
    expect(page.locator("#vraag-situatie")).to_have_value("")
    expect(page.get_by_role("checkbox", name="Maatschappelijk niveau")).not_to_be_checked()
    expect(page.locator(".swan-summary__output")).not_to_contain_text("Meer tekst")
    page.reload()
    expect(page.locator("#vraag-afweging")).to_have_value("")


def test_erase_can_be_cancelled(page):
    page.goto(PAGE)
    page.locator("#vraag-situatie").fill("Blijft staan")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Wis alle aantekeningen").click()
    expect(page.locator(".swan-erase__status")).to_have_text("Er is niets gewist.")
    assert leidraad_keys(page) == ["leidraad:situatie"]


def test_round_timer_announces_the_end_and_does_not_move_on(page):
    # A fake clock that stands still: only run_for moves it, however long the machine takes between steps.
    page.clock.install(time=CLOCK_START)
    page.goto(PAGE)
    page.clock.pause_at(CLOCK_START + datetime.timedelta(hours=1))
    round_one = page.locator('.swan-round[data-round="doel"]')
    button = round_one.get_by_role("button", name="Start de timer (6 minuten)")
    button.click()
    status = round_one.locator(".swan-timer__status")
    expect(status).to_have_text("De timer voor ronde 1 loopt: 6 minuten.")
    expect(status).to_have_attribute("aria-live", "polite")
    page.clock.run_for("03:00")
    expect(round_one.get_by_role("timer")).to_have_text("3:00")
    page.clock.run_for("03:01")
    expect(status).to_contain_text("De 6 minuten voor ronde 1 zijn om.")
    expect(round_one.get_by_role("timer")).to_have_text("0:00")
    expect(round_one.get_by_role("button", name="Start de timer (6 minuten)")).to_be_visible()
    expect(page.locator('.swan-round[data-round="mogelijkheden"] .swan-timer__status')).to_have_text("")


def test_print_shows_the_summary_not_the_form(page):
    page.goto(PAGE)
    page.locator("#vraag-wat").fill("Een buurtgroep starten.")
    page.emulate_media(media="print")
    expect(page.locator(".swan-leidraad")).to_be_hidden()
    expect(page.locator(".swan-summary__actions")).to_be_hidden()
    expect(page.locator(".swan-summary__output")).to_be_visible()
    expect(page.locator(".swan-summary__output")).to_contain_text("Een buurtgroep starten.")


def test_the_whole_leidraad_can_be_completed_with_the_keyboard(page):
    page.goto(PAGE)
    typed, checked = set(), set()
    fields = page.locator(".swan-leidraad textarea").count()
    boxes = page.locator(".swan-leidraad input[type=checkbox]").count()
    for _ in range(400):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            return { id: e.id, tag: e.tagName, type: e.type || '', text: e.textContent.trim(),
                     inside: Boolean(e.closest('.swan-leidraad')) }; }""")
        if focused["inside"] and focused["tag"] == "TEXTAREA":
            page.keyboard.type(f"Antwoord {focused['id']}")
            typed.add(focused["id"])
        elif focused["inside"] and focused["type"] == "checkbox":
            page.keyboard.press("Space")
            checked.add(focused["id"])
        elif focused["text"] == "Download als tekst (.txt)":
            break
    assert len(typed) == fields and len(checked) == boxes
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    text = open(info.value.path(), encoding="utf-8").read()
    assert all(f"Antwoord {field}" in text for field in typed)
    assert "Sociale empowerment" in text and "Maatschappelijk niveau" in text


def test_page_does_not_scroll_sideways_on_a_phone(page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(PAGE)
    page.locator("#vraag-situatie").fill("x" * 300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_leidraad_works_from_a_file_on_disk(page, course_site):
    page.goto((course_site / "gespreksleidraad" / "index.html").as_uri())
    page.locator("#vraag-met-wie").fill("Met de huurderscommissie.")
    page.reload()
    expect(page.locator("#vraag-met-wie")).to_have_value("Met de huurderscommissie.")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als Markdown (.md)").click()
    assert "Met de huurderscommissie." in open(info.value.path(), encoding="utf-8").read()
