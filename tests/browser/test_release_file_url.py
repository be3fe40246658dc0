"""The unzipped web release works from a file share (file://) and under any web server path.

Every request is checked: nothing may leave the package folder (file://) or the
package's sub-path (web server). No page may log a console error.
"""

from __future__ import annotations

from pathlib import Path
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.error import URLError
from urllib.parse import urldefrag, urljoin
from urllib.request import Request, urlopen

import pytest
from playwright.sync_api import expect

from course_pages import one_page_per_kind
from learner import check_button, feedback, leave_by, questions, watch_errors
from lms import decision_page
from page_checks import CSP_COLLECTOR
from release_server import ReleaseServer


def _pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html") if path.name != "404.html")


def _quiz_page(site: Path) -> str:
    for page in _pages(site):
        if 'type="radio" name="answer"' in (site / page).read_text(encoding="utf-8"):
            return page
    raise AssertionError("no page with a single-choice quiz")


class _Watch:
    """Fail every request outside `inside`, and keep console and page errors."""

    def __init__(self, page, inside: str):
        self.outside, self.errors = [], []
        self.inside = inside

        def route(route):
            url = route.request.url
            if url.startswith(self.inside) or url.startswith("data:"):
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        page.route("**/*", route)
        self.errors = watch_errors(page)

    def check(self):
        assert self.outside == []
        assert self.errors == []


@pytest.fixture()
def file_site(release_dirs, page):
    site = release_dirs["web"]
    watch = _Watch(page, site.as_uri() + "/")
    yield site, site.as_uri() + "/", watch
    watch.check()


def test_file_url_every_page_opens_without_errors_within_the_policy(file_site, page):
    site, root, _ = file_site
    pages = _pages(site)
    page.add_init_script(script=CSP_COLLECTOR)  # the CSP check of the web release rides on this one visit per page
    violations = {}
    for path in pages:
        page.goto(root + path)
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        if found := page.evaluate("() => window.__swanEngines.csp.splice(0)"):
            violations[path] = found
    assert violations == {}
    assert len(pages) > 30
    # Progress is kept from file:// too: every module page counts as visited.
    modules = page.evaluate("window.swanProgress.summary()")["modules"]
    assert modules and all(module["pagesVisited"] == module["pagesTotal"] for module in modules)


def test_file_url_navigation_follows_html_links(file_site, page):
    site, root, _ = file_site
    page.goto(root + "index.html")
    titles = []
    for _ in range(4):
        leave_by(page, page.get_by_role("link", name="Volgende").first.click)
        assert page.url.startswith(root) and page.url.split("#")[0].endswith(".html"), page.url
        titles.append(page.get_by_role("heading", level=1).first.text_content())
    assert len(set(titles)) == 4
    # The side navigation opens a page in another folder.
    leave_by(page, page.get_by_role("navigation", name="Navigatie").locator("a[href$='.html']").last.click)
    expect(page.get_by_role("heading", level=1).first).to_be_visible()


def test_file_url_search_finds_pages_and_opens_one(file_site, page):
    site, root, _ = file_site
    page.goto(root + "introductie/index.html")
    page.keyboard.press("/")
    query = page.get_by_role("textbox", name="Zoeken")
    expect(query).to_be_focused()
    query.press_sequentially("sociale kwaliteit")
    # A result per page: the page's title, then its sections that match (as Material's own search).
    results = page.get_by_role("search").get_by_role("listitem")
    expect(results.first).to_be_visible()
    expect(results.first).to_contain_text("ociale")
    # The number of results is announced to screen readers.
    meta = page.get_by_role("search").locator("[aria-live=polite]")
    expect(meta).to_contain_text("overeenkomend")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("search").get_by_role("link").first).to_be_focused()
    leave_by(page, lambda: page.keyboard.press("Enter"))
    assert page.url.startswith(root) and ".html" in page.url
    query.press_sequentially("zzqxwy")
    expect(meta).to_contain_text("Geen")
    expect(results).to_have_count(0)


def test_file_url_quiz_answer_and_casus_choice_work_and_are_kept(file_site, page):
    site, root, _ = file_site
    page.goto(root + _quiz_page(site))
    question = questions(page).filter(has=page.get_by_role("radio")).first
    question.locator("input[data-correct]").check()
    check_button(question).click()
    expect(feedback(question)).to_be_visible()
    answered = page.evaluate("window.swanProgress.summary()")["modules"]
    assert sum(module["questionsCorrect"] for module in answered) == 1
    page.reload()
    expect(questions(page).filter(has=page.get_by_role("radio")).first
           .locator("input[data-correct]")).to_be_checked()

    page.goto(root + decision_page(site))
    decision = page.locator(".swan-decision").first
    decision.locator('input[type="radio"][value="0"]').check()  # options come in a new order each visit
    decision.locator(".swan-decision__submit").click()
    page.reload()
    expect(page.locator(".swan-decision").first.locator('input[type="radio"][value="0"]')).to_be_checked()


def _opens(url: str) -> bool:
    try:
        with urlopen(Request(url, method="HEAD"), timeout=10) as response:
            return response.status == 200
    except URLError:
        return False


@pytest.fixture()
def sub_path_server(release_dirs):
    server = ReleaseServer({})
    yield server
    server.close()


def test_sub_path_has_no_broken_link_and_no_outside_request(release_dirs, sub_path_server, page):
    site = release_dirs["web"]
    base = sub_path_server.mount("/intranet/cursussen/swan/", site)
    watch = _Watch(page, base)
    pages = _pages(site)
    # Every link written into every page...
    links = {urldefrag(urljoin(base + path, href))[0] for path in pages for href in _hrefs(site / path)}
    # ...and those the scripts add, on one page of each kind (course_pages.one_page_per_kind).
    for path in one_page_per_kind(site, pages):
        response = page.goto(base + path)
        assert response.ok, path
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        links |= {urldefrag(href)[0] for href in hrefs}
    links = {link for link in links if link.startswith(sub_path_server.origin)}
    with ThreadPoolExecutor(4) as pool:
        broken = [link for link, ok in zip(sorted(links), pool.map(_opens, sorted(links))) if not ok]
    assert broken == []
    assert all(link.startswith(base) for link in links)
    assert len(links) > 30
    watch.check()


class _Hrefs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and (href := dict(attrs).get("href")):
            self.found.append(href)


def _hrefs(html: Path) -> list[str]:
    """The href of every link in a built page."""
    parser = _Hrefs()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser.found


def test_progress_of_the_old_release_is_read_by_a_new_version(release_dirs, bumped_release_dirs,
                                                              sub_path_server, page):
    old, new = release_dirs["web"], bumped_release_dirs["web"]
    prefix = "/cursus/swan/"
    base = sub_path_server.mount(prefix, old)
    watch = _Watch(page, base)
    casus = decision_page(old)
    page.goto(base + casus)
    decision = page.locator(".swan-decision").first
    decision.locator('input[type="radio"][value="1"]').check()
    decision.locator(".swan-decision__submit").click()
    stored = page.evaluate("window.swanStore.snapshot()")
    assert stored["items"]

    # The trainer puts the new version at the same place.
    sub_path_server.mount(prefix, new)
    page.goto(base + casus)
    assert page.evaluate("window.swanStore.snapshot()") == stored
    expect(page.locator(".swan-decision").first.locator('input[type="radio"][value="1"]')).to_be_checked()
    watch.check()
