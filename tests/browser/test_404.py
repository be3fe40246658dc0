"""The 404 page works wherever the course works: under a sub-path, from file://, inside the release.

A web server shows 404.html at any address that does not exist (as nginx's error_page does), so
the page cannot rely on where it is. It must request nothing that fails, and its link must lead
to the course's home.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from axe_check import violations

SUB_PATH = "/cursus/swan/"


class _ErrorPageHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site under SUB_PATH; answer every missing address with 404.html and status 404."""

    def translate_path(self, path):
        if not path.split("?")[0].startswith(SUB_PATH):
            return str(Path(self.directory) / "__not_under_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def error_page_server(course_site):
    handler = functools.partial(_ErrorPageHandler, directory=str(course_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def responses_of(page) -> list[tuple[str, str, int]]:
    """Every answer the page gets from now on, as (method, address, status)."""
    seen = []
    page.on("response", lambda response: seen.append((response.request.method, response.url, response.status)))
    return seen


def requests_of(page) -> list[str]:
    """Every address the page asks for from now on."""
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


# A missing address, and how many folders the page asks before it finds the course: the course's own
# folder at once where the address goes through one of the course's folders or is a page at its top.
MISSING = [("bestaat-niet/", 1), ("introductie/verdwenen/", 1), ("casussen/oud/stap-2.html", 1),
           ("drie-niveaus/oud/nog-dieper/", 1), ("oud/nog/dieper/", 3)]


@pytest.mark.parametrize(("missing", "asks"), MISSING)
def test_a_missing_address_under_a_sub_path_leads_home_and_fails_nothing(page, error_page_server, missing, asks):
    asked, answered = requests_of(page), responses_of(page)
    answer = page.goto(f"{error_page_server}{SUB_PATH}{missing}")
    assert answer.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    home = page.get_by_role("link", name="Naar de startpagina van de cursus")
    expect(home).to_be_visible()
    assert home.get_attribute("href") == SUB_PATH
    # Nothing but one HEAD request for each folder it tries: the course's own folder first where the
    # address names one of its folders, else the address's own folder, then upwards.
    marker = page.locator("#swan-404").get_attribute("data-marker")
    probes = answered[1:]
    assert [url for _, url, _ in probes] == asked[1:] and {method for method, _, _ in probes} == {"HEAD"}
    assert probes[-1][1:] == (f"{error_page_server}{SUB_PATH}{marker}", 200)
    assert all(status == 404 for _, _, status in probes[:-1]) and len(probes) == asks
    home.click()
    expect(page).to_have_url(f"{error_page_server}{SUB_PATH}")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welkom bij deze cursus")


@pytest.mark.parametrize("edition", ["web", "scorm12", "scorm2004"])
def test_the_404_page_of_the_release_leads_home_from_file_urls(page, release_dirs, edition):
    site = release_dirs[edition]
    asked = requests_of(page)
    page.goto((site / "404.html").as_uri())
    home = page.get_by_role("link", name="Naar de startpagina van de cursus")
    expect(home).to_be_visible()
    assert asked[1:] == []
    home.click()
    expect(page).to_have_url((site / "index.html").as_uri())


def test_the_404_page_is_accessible(page, error_page_server):
    page.goto(f"{error_page_server}{SUB_PATH}bestaat-niet/")
    expect(page.get_by_role("link", name="Naar de startpagina van de cursus")).to_be_visible()
    assert violations(page) == []
