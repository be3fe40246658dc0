"""Serve the built course on 127.0.0.1 under a sub-path, and drive it in Chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

SUB_PATH = "/cursus/swan/"
# Web-first assertions pass as soon as the page shows what they wait for; their deadline only decides how
# long a failing one waits. Playwright's 5 s is too short on a busy two-core machine that runs two workers.
expect.set_options(timeout=20_000)
# Debian's Chromium (the machines here cannot download Playwright's own builds). Headless, as Playwright does
# with its own builds, the tests use Chromium's headless shell: the same engine without the browser's user
# interface, which opens a page in about half the time. A run with --headed shows the full browser.
DEBIAN_CHROMIUM = Path("/usr/lib/chromium/chromium")
DEBIAN_HEADLESS_SHELL = Path("/usr/lib/chromium/chromium-headless-shell")


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
def browser_type_launch_args(browser_type_launch_args, pytestconfig):
    args = {**browser_type_launch_args,
            "args": ["--disable-background-networking", "--disable-component-update", "--no-first-run",
                     "--disable-sync", "--disable-gpu"]}
    headed = pytestconfig.getoption("headed")
    executable = next((path for path in ([] if headed else [DEBIAN_HEADLESS_SHELL]) + [DEBIAN_CHROMIUM]
                       if path.exists()), None)
    if executable:
        args["executable_path"] = str(executable)
    return args


PHONE = {"width": 360, "height": 740}


@pytest.fixture
def phone(browser, base_url):
    """A page on a phone: 360 px wide, touch, high-density screen."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  base_url=base_url)
    yield context.new_page()
    context.close()


# ---- The SCORM packages in a test LMS (see lms.py) ----

@pytest.fixture(scope="session")
def lms(release_dirs, tmp_path_factory):
    """An LMS on 127.0.0.1 with both SCORM packages of this version under /content/1.0.0/<edition>/."""
    from lms import EDITIONS, SCORM_AGAIN
    from release_server import ReleaseServer
    assert (SCORM_AGAIN / "scorm12.min.js").is_file(), "run ./scripts/setup-env --test (npm ci) first"
    pages = tmp_path_factory.mktemp("lms")
    server = ReleaseServer({"/scorm-again/": SCORM_AGAIN, "/lms/": pages})
    for kind in EDITIONS:
        server.mount(f"/content/1.0.0/{kind}/", release_dirs[kind])
    server.pages = pages
    yield server
    server.close()


@pytest.fixture(scope="session")
def lms_with_next_version(lms, bumped_release_dirs):
    """The same LMS, with the packages of the next version (2.0.0) under /content/2.0.0/<edition>/."""
    from lms import EDITIONS
    for kind in EDITIONS:
        lms.mount(f"/content/2.0.0/{kind}/", bumped_release_dirs[kind])
    return lms
