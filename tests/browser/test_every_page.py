"""Every page of the course passes every per-page check, in each setting a learner may meet.

Each page is opened once per setting (a desktop, a phone) and all checks of that setting
run on that one visit (page_checks.py). One test per page and setting, so the pages
spread over the test workers and a failure names the page, the setting and each check
that failed. Storage that is damaged or blocked is met by one page of each kind (the
same scripts, widgets and form fields: course_pages.one_page_per_kind): how a page
copes with it depends on its code, not on its text.
"""

from urllib.parse import urlparse

import pytest

from broken_storage import THROWING_METHODS, THROWING_STORAGE, damaged_storage
from course_pages import course_pages, one_page_per_kind
from page_checks import (no_csp_violation, no_request_leaves_the_site, no_script_error,
                         no_script_error_but_missed_probes, no_sideways_scrolling, passes_axe, run_checks,
                         storage_notice_says, tap_targets_are_large_enough, visit)

PAGES = course_pages()
# 404.html finds the course's home by asking for addresses that may not exist; the browser logs each miss
# as a console error (test_404.py checks which requests it makes), any other error still fails.
INSTEAD = {"404.html": {no_script_error: no_script_error_but_missed_probes}}
# 404.html stores nothing and so has no storage notice (test_404.py covers it where a server shows it).
NOT_STORING = {"404.html"}
# Storage a learner's browser may hand the course, and the words of the notice the page must show.
STORAGE = {
    "damaged": (damaged_storage, "apart gezet"),
    "blocked": (lambda site: THROWING_STORAGE, "niet bewaard"),
    "refusing": (lambda site: THROWING_METHODS, "niet bewaard"),
}


def _name(path: str) -> str:
    return path or "home"


def _for(path: str, checks: list) -> list:
    """The checks for a page: the given ones, with a page's own variant where it has one."""
    return [INSTEAD.get(path, {}).get(check, check) for check in checks]


@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_on_a_desktop(page, site_url, path):
    checks = [no_request_leaves_the_site, no_script_error, no_csp_violation, passes_axe]
    run_checks(visit(page, site_url, path), _for(path, checks))


@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_on_a_phone(phone, site_url, path):
    checks = [no_sideways_scrolling, tap_targets_are_large_enough, no_script_error]
    run_checks(visit(phone, site_url, path), _for(path, checks))


@pytest.mark.parametrize("storage", STORAGE)
def test_with_storage_that_fails(browser, course_site, site_url, storage):
    script, notice = STORAGE[storage]
    pages = [path for path in one_page_per_kind(course_site, PAGES) if path not in NOT_STORING]
    failures = []
    for path in pages:
        context = browser.new_context()  # storage of its own for each page
        page = context.new_page()
        page.add_init_script(script(urlparse(site_url).path))
        try:
            run_checks(visit(page, site_url, path), [no_script_error, storage_notice_says(notice)])
        except AssertionError as failure:
            failures.append(str(failure))
        finally:
            context.close()
    assert not failures, "\n".join(failures)
    assert len(pages) >= 10, pages  # the kinds: home, module, quiz, casus, overview, leidraad, eindtoets, ...


def test_the_list_names_the_pages_of_every_kind():
    assert len(PAGES) > 30
    assert {"", "casussen/", "eindtoets/", "gespreksleidraad/", "404.html"} <= set(PAGES)


def test_the_list_is_every_page_the_build_writes(course_site):
    built = {page.relative_to(course_site).as_posix() for page in course_site.rglob("*.html")}
    built = {path[:-len("index.html")] if path.endswith("index.html") else path for path in built}
    assert built == set(PAGES)
