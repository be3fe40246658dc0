"""Every page of the course passes every per-page check, in each setting a learner may meet.

Each page is opened once per setting (a desktop, a phone, storage that is damaged or
blocked) and all checks of that setting run on that one visit (page_checks.py). One
test per page and setting, so the pages spread over the test workers and a failure
names the page, the setting and each check that failed.
"""

from urllib.parse import urlparse

import pytest

from broken_storage import THROWING_METHODS, THROWING_STORAGE, damaged_storage
from course_pages import course_pages
from page_checks import (no_request_leaves_the_site, no_script_error, no_sideways_scrolling, passes_axe, run_checks,
                         storage_notice_says, tap_targets_are_large_enough, visit)

# 404.html is left out: MkDocs writes its links from the server root ("/assets/..."), for a web server that
# shows it at any path; under the sub-path these tests serve the course from, it would load nothing.
PAGES = [path for path in course_pages() if path != "404.html"]
# Storage a learner's browser may hand the course, and the words of the notice the page must show.
STORAGE = {
    "damaged": (damaged_storage, "apart gezet"),
    "blocked": (lambda site: THROWING_STORAGE, "niet bewaard"),
    "refusing": (lambda site: THROWING_METHODS, "niet bewaard"),
}


def _name(path: str) -> str:
    return path or "home"


@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_on_a_desktop(page, site_url, path):
    run_checks(visit(page, site_url, path), [no_request_leaves_the_site, no_script_error, passes_axe])


@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_on_a_phone(phone, site_url, path):
    run_checks(visit(phone, site_url, path), [no_sideways_scrolling, tap_targets_are_large_enough, no_script_error])


@pytest.mark.parametrize("storage", STORAGE)
@pytest.mark.parametrize("path", PAGES, ids=_name)
def test_with_storage_that_fails(page, site_url, path, storage):
    script, notice = STORAGE[storage]
    page.add_init_script(script(urlparse(site_url).path))
    run_checks(visit(page, site_url, path), [no_script_error, storage_notice_says(notice)])


def test_the_list_names_the_pages_of_every_kind():
    assert len(PAGES) > 30
    assert {"", "casussen/", "eindtoets/", "gespreksleidraad/"} <= set(PAGES)
