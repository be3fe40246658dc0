"""Search finds Dutch words, with the Dutch search language."""

from playwright.sync_api import expect


def test_search_finds_a_dutch_word(page):
    page.goto("")
    page.keyboard.press("/")
    query = page.get_by_role("textbox", name="Zoeken")
    expect(query).to_be_focused()
    query.fill("casussen")
    result = page.locator(".md-search-result__item").first
    expect(result).to_be_visible()
    expect(result).to_contain_text("asus")
