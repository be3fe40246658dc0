"""Serve the built course on 127.0.0.1 under a sub-path, and drive it in Chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

SUB_PATH = "/cursus/swan/"
DEBIAN_CHROMIUM = Path("/usr/lib/chromium/chromium")


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site only under SUB_PATH, as an intranet web server would."""

    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__not_under_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(course_site) -> str:
    handler = functools.partial(_SubPathHandler, directory=str(course_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()


@pytest.fixture(scope="session")
def base_url(site_url) -> str:
    return site_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    args = {**browser_type_launch_args,
            "args": ["--disable-background-networking", "--disable-component-update", "--no-first-run",
                     "--disable-sync", "--disable-gpu"]}
    if DEBIAN_CHROMIUM.exists():
        args["executable_path"] = str(DEBIAN_CHROMIUM)
    return args


@pytest.fixture(scope="session")
def all_pages(course_site) -> list[str]:
    """Every page of the built course, as a URL path relative to the site root."""
    paths = (page.parent.relative_to(course_site).as_posix() for page in course_site.rglob("index.html"))
    return sorted("" if path == "." else f"{path}/" for path in paths)


def pages_with(course_site: Path, marker: str) -> list[str]:
    """The pages whose HTML contains marker, as URL paths relative to the site root."""
    found = []
    for page in sorted(course_site.rglob("index.html")):
        if marker in page.read_text(encoding="utf-8"):
            path = page.parent.relative_to(course_site).as_posix()
            found.append("" if path == "." else f"{path}/")
    return found
