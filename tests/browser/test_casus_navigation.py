"""Every casus is reachable: from the overview by keyboard and by name, and from casus to casus in nav order.

The sidebar of a page lists, of the casus pages, only the one being read (content/nav.py, sidebar):
listing every casus on every page made the build grow with casussen times pages.
"""

import html
import posixpath
import re
from pathlib import Path

from playwright.sync_api import expect

from keyboard import tab

_NEXT = re.compile(r'<a href="([^"]*)" class="md-footer__link md-footer__link--next"')


def _casus_titles(course_site: Path) -> dict[str, str]:
    """{casus page path: its title (the h1)} of the built course."""
    titles = {}
    for page in sorted((course_site / "casussen").glob("*/index.html")):
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.DOTALL)
        text = re.sub(r'<a class="headerlink".*?</a>', "", heading.group(1))  # the heading's own ¶ link
        titles[f"casussen/{page.parent.name}/"] = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
    return titles


def test_the_overview_links_every_casus_by_its_title(page, course_site):
    page.goto("casussen/")
    for path, title in _casus_titles(course_site).items():
        # The coverage table and the cards both link it (the table as .../index.html, which also works from file://).
        own = re.compile("^" + re.escape(path.removeprefix("casussen/")) + "(index.html)?$")
        expect(page.locator("article").get_by_role("link", name=title, exact=True).first).to_have_attribute("href", own)


def test_the_keyboard_reaches_every_casus_from_the_overview(page, course_site):
    page.goto("casussen/")
    wanted, reached = set(_casus_titles(course_site)), set()
    for _ in range(600):
        if tab(page) is None:
            continue
        href = page.evaluate("() => document.activeElement.closest('main') ? document.activeElement.href : null")
        if href and (path := "casussen/" + href.split("/casussen/", 1)[-1]) in wanted:
            reached.add(path)
        if reached == wanted:
            break
    assert reached == wanted


def test_a_casus_page_shows_itself_and_the_overview_in_the_sidebar_but_no_other_casus(page, course_site):
    titles = _casus_titles(course_site)
    path, title = next(iter(titles.items()))
    page.goto(path)
    sidebar = page.get_by_role("navigation", name="Navigatie")
    expect(sidebar.get_by_role("link", name="Overzicht")).to_have_attribute("href", "../")
    expect(sidebar.locator("a.md-nav__link--active", has_text=title).first).to_be_visible()
    for other in set(titles.values()) - {title}:
        expect(sidebar.get_by_role("link", name=other, exact=True)).to_have_count(0)


def test_next_leads_from_the_overview_through_every_casus(course_site):
    seen, at = [], "casussen/"
    while (found := _NEXT.search((course_site / at / "index.html").read_text(encoding="utf-8"))):
        at = posixpath.normpath(posixpath.join(at, found.group(1))) + "/"
        if not at.startswith("casussen/"):
            break
        seen.append(at)
    assert len(seen) == len(set(seen)) and set(seen) == set(_casus_titles(course_site))
