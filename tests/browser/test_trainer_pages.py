"""Trainer pages: the version in the footer leads to the changelog; statements print one per sheet."""

import re

import pytest
from playwright.sync_api import expect

TRAINER_PAGES = ["voor-trainers/", "voor-trainers/casuistiekbespreking/", "voor-trainers/workshop/",
                 "voor-trainers/stellingen/", "voor-trainers/leerkring/", "voor-trainers/hosten/",
                 "wat-is-er-nieuw/"]


def test_footer_version_link_opens_the_changelog_with_the_keyboard(page):
    page.goto("voor-trainers/")
    footer = page.get_by_role("contentinfo")
    expect(footer.get_by_test_id("course-version")).to_have_text("Cursusversie 1.0.0")
    link = footer.get_by_role("link", name="Wat is er nieuw")
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/wat-is-er-nieuw/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Wat is er nieuw")
    expect(page.get_by_role("heading", name=re.compile(r"^Versie 1\.0\.0 \(")).first).to_be_visible()


@pytest.mark.parametrize("path", TRAINER_PAGES)
def test_trainer_page_fits_a_small_phone(page, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_printed_statements_show_only_the_statements_in_large_type(page):
    page.goto("voor-trainers/stellingen/")
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_hidden()
    sheets = page.locator(".swan-stelling")
    expect(sheets.first).to_be_visible()
    text_size = sheets.first.locator(".swan-stelling__tekst").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert text_size >= 48  # 40pt
    breaks = sheets.evaluate_all("els => els.map(e => getComputedStyle(e).breakAfter)")
    assert breaks[:-1] == ["page"] * (len(breaks) - 1) and breaks[-1] == "auto"


def test_statements_link_to_their_pdf(page):
    page.goto("voor-trainers/stellingen/")
    link = page.get_by_role("link", name="pdf met de stellingen")
    expect(link).to_have_attribute("href", "../stellingen.pdf")
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok and response.body().startswith(b"%PDF-")
