"""Search from file:// (overrides/assets/offline-search.js) shows its results as Material's own search does:
per page, under the page's title, so sections with the same heading on different pages can be told apart."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

QUERY = "signaal"


def _search(page, site, query: str):
    page.goto((site / "introductie" / "index.html").as_uri())
    page.keyboard.press("/")
    page.get_by_role("textbox", name="Zoeken").fill(query)
    results = page.get_by_role("search").get_by_role("list").get_by_role("listitem")
    expect(results.first).to_be_visible()
    return results


# A section heading that many pages share (every module page has its "Oefenvragen"): in the index under that
# heading alone, so only the page title can tell the results apart. Casus pages are in the index by their
# opening only (render/search_index.py), so their shared headings ("Signaal") are no longer found.
SHARED_HEADING = "Oefenvragen"


def _pages_with_section(site, heading: str) -> set[str]:
    """The titles of the pages whose section `heading` is in the search index."""
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    titles = {doc["location"]: doc["title"] for doc in docs if "#" not in doc["location"]}
    return {titles[doc["location"].split("#")[0]] for doc in docs
            if "#" in doc["location"] and doc["title"] == heading}


def test_every_section_result_shows_under_its_page_title(release_dirs, page):
    site = release_dirs["web"]
    results = _search(page, site, SHARED_HEADING.lower())
    count = results.count()
    expect(page.get_by_role("search").get_by_role("status")).to_have_text(f"{count} overeenkomende documenten")
    pages_with_section = set()
    for index in range(count):
        result = results.nth(index)
        titles = result.get_by_role("heading", level=1, include_hidden=True)
        expect(titles).to_have_count(1)
        if result.get_by_role("heading", level=2, name=SHARED_HEADING, exact=True, include_hidden=True).count():
            pages_with_section.add(titles.inner_text())
    # Each page's section shows under that page's own title, as over http.
    expected = _pages_with_section(site, SHARED_HEADING)
    assert len(expected) >= 5
    assert pages_with_section == expected


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
