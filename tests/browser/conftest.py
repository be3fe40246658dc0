"""Serve the built course on 127.0.0.1 under a sub-path, and drive it in Chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from helpers import ROOT

SUB_PATH = "/cursus/swan/"
DEBIAN_CHROMIUM = Path("/usr/lib/chromium/chromium")
LZ_STRING = ROOT / "node_modules" / "lz-string" / "libs" / "lz-string.min.js"
LZ_STRING_IN_SITE = "assets/vendor/lz-string.min.js"


def with_lz_string(site: Path) -> Path:
    """Put lz-string where the SCORM launch page loads it, unless the build already did.

    TEMPORARY fixture step: the engine branch copies node_modules' lz-string.min.js
    into every build; until that is merged, the tests copy it in themselves.
    """
    target = site / LZ_STRING_IN_SITE
    if not target.exists():
        assert LZ_STRING.is_file(), "run ./scripts/setup-env --test (npm ci) first"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(LZ_STRING, target)
    return site


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
    with_lz_string(course_site)
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
        server.mount(f"/content/1.0.0/{kind}/", _package_with_lz_string(release_dirs[kind], tmp_path_factory))
    server.pages = pages
    yield server
    server.close()


@pytest.fixture(scope="session")
def lms_with_next_version(lms, bumped_release_dirs, tmp_path_factory):
    """The same LMS, with the packages of the next version (2.0.0) under /content/2.0.0/<edition>/."""
    from lms import EDITIONS
    for kind in EDITIONS:
        lms.mount(f"/content/2.0.0/{kind}/", _package_with_lz_string(bumped_release_dirs[kind], tmp_path_factory))
    return lms


def _package_with_lz_string(folder: Path, tmp_path_factory) -> Path:
    """The package itself when it holds lz-string; else a copy with it (TEMPORARY, see with_lz_string).

    A copy, because the release tests compare each package's files with its manifest.
    """
    if (folder / LZ_STRING_IN_SITE).exists():
        return folder
    copy = tmp_path_factory.mktemp(folder.name) / "package"
    shutil.copytree(folder, copy)
    return with_lz_string(copy)
