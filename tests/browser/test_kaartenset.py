"""The kaartenset prints four A6 cards on each A4 page, with cutting marks, and nothing else."""

import re

from playwright.sync_api import expect

PAGE = "gespreksleidraad/kaartenset/"
A4_WIDTH_PX, A4_HEIGHT_PX = 210 / 25.4 * 96, 297 / 25.4 * 96


def test_print_media_shows_only_the_cards_four_to_an_a4_sheet(page):
    page.set_viewport_size({"width": 794, "height": 1123})
    page.goto(PAGE)
    page.emulate_media(media="print")
    expect(page.locator(".swan-cards-intro")).to_be_hidden()
    expect(page.get_by_role("banner")).to_be_hidden()
    sheets = page.locator(".swan-sheet")
    assert sheets.count() >= 5
    for index in range(sheets.count()):
        sheet = sheets.nth(index)
        box = sheet.bounding_box()
        assert abs(box["x"]) < 1 and abs(box["width"] - A4_WIDTH_PX) < 1.5 and abs(box["height"] - A4_HEIGHT_PX) < 1.5
        cards = sheet.locator(".swan-card")
        assert 1 <= cards.count() <= 4
        for card in range(cards.count()):
            card_box = cards.nth(card).bounding_box()
            assert abs(card_box["width"] - A4_WIDTH_PX / 2) < 1.5 and abs(card_box["height"] - A4_HEIGHT_PX / 2) < 1.5
            expect(cards.nth(card)).to_be_visible()
        expect(sheet.locator(".swan-sheet__mark")).to_have_count(4)
        expect(sheet.locator(".swan-sheet__mark").first).to_be_visible()


def test_pdf_has_one_a4_page_per_sheet(page):
    page.goto(PAGE)
    sheets = page.locator(".swan-sheet").count()
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == sheets
    assert all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes)


def test_cards_say_they_are_the_courses_own_questions(page):
    page.goto(PAGE)
    expect(page.locator(".swan-cards-intro")).to_contain_text("niet de teksten van de originele kaartenset")
    feet = page.locator(".swan-card__foot").all_inner_texts()
    assert feet and all("geen originele kaarttekst" in text for text in feet)


def test_every_question_of_the_leidraad_is_on_a_card(page):
    page.goto("gespreksleidraad/")
    questions = [label.strip() for label in page.locator(".swan-note > label").all_inner_texts()]
    page.goto(PAGE)
    on_cards = [text.strip() for text in page.locator(".swan-card__question").all_inner_texts()]
    assert questions and all(question in on_cards for question in questions)


def test_kaartenset_does_not_scroll_sideways_on_a_phone(page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(PAGE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
