"""Search from file:// (overrides/assets/offline-search.js) shows its results as Material's own search does:
per page, under the page's title, so sections with the same heading on different pages can be told apart."""

from __future__ import annotations

import re

from playwright.sync_api import expect

QUERY = "signaal"


def _search(page, site, query: str):
    page.goto((site / "introductie" / "index.html").as_uri())
    page.keyboard.press("/")
    page.get_by_role("textbox", name="Zoeken").press_sequentially(query)
    results = page.get_by_role("search").get_by_role("list").get_by_role("listitem")
    expect(results.first).to_be_visible()
    return results


def _page_title(folder, href: str) -> str:
    """The title of the page a result (shown in folder) links to, from its <title> ("<title> - <site name>")."""
    path = (folder / href.split("#")[0]).resolve()
    title = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S)[1]
    return title.rsplit(" - ", 1)[0].replace("&#39;", "'").replace("&amp;", "&")


def test_every_section_result_shows_under_its_page_title(release_dirs, page):
    site = release_dirs["web"]
    results = _search(page, site, QUERY)
    count = results.count()
    expect(page.get_by_role("search").get_by_role("status")).to_have_text(f"{count} overeenkomende documenten")
    pages_by_section: dict[str, set[str]] = {}
    for index in range(count):
        result = results.nth(index)
        titles = result.get_by_role("heading", level=1, include_hidden=True)
        expect(titles).to_have_count(1)
        href = result.get_by_role("link", include_hidden=True).first.get_attribute("href")
        assert titles.inner_text() == _page_title(site / "introductie", href)
        for section in result.get_by_role("heading", level=2, include_hidden=True).all_inner_texts():
            pages_by_section.setdefault(section, set()).add(titles.inner_text())
    # Sections with the same heading on different pages each show under their own page's title.
    assert any(len(pages) >= 2 for pages in pages_by_section.values()), pages_by_section


def test_more_matches_of_a_page_open_from_the_keyboard(release_dirs, page):
    site = release_dirs["web"]
    results = _search(page, site, QUERY)
    item = results.filter(has_text=re.compile("extra overeenkomst")).first
    more = item.locator("summary")  # "N extra overeenkomsten op deze pagina"; a summary has no role of its own
    hidden = item.get_by_role("group").get_by_role("link", include_hidden=True)
    expect(hidden.first).to_be_hidden()
    # Arrow keys go from the search field through the shown results and the "extra" toggles only.
    for _ in range(20):
        page.keyboard.press("ArrowDown")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    expect(more).to_be_focused()
    expect(more).to_contain_text(re.compile(r"extra overeenkomst(en)? op deze pagina"))
    page.keyboard.press("Enter")
    expect(hidden.first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(hidden.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("^" + re.escape(site.as_uri()) + r"/.*\.html#"))
