"""A first visit asks for few files: one stylesheet and one script of the course on every page.

Each file a page loads carries the hash of its content in its name (a host may let browsers keep
it for a year), exists in the site, and the sources that went into a bundle are not served under
their own names unless a launch page loads them by name (render/assets.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from swan_course.render import assets

LOADED = re.compile(r'<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"')
# What every page loads: Material's stylesheets and script, and the course's two bundles.
EVERY_PAGE = [r"assets/stylesheets/main\.[0-9a-f]{8}\.min\.css", r"assets/stylesheets/palette\.[0-9a-f]{8}\.min\.css",
              r"assets/swan\.[0-9a-f]{8}\.css", r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js",
              r"assets/swan\.[0-9a-f]{8}\.js"]


def loaded(site: Path, page: Path) -> list[str]:
    """The stylesheets and scripts a page loads, as paths in the site."""
    html = page.read_text(encoding="utf-8")
    base = "/" + page.parent.relative_to(site).as_posix() + "/"
    return [urljoin(base.replace("//", "/"), css or js).lstrip("/") for css, js in LOADED.findall(html)]


def test_every_page_loads_one_stylesheet_and_one_script_of_the_course(course_site):
    for page in sorted(course_site.rglob("index.html")):
        files = loaded(course_site, page)
        name = page.relative_to(course_site).as_posix()
        assert all(any(re.fullmatch(pattern, f) for f in files) for pattern in EVERY_PAGE), name
        # Besides those, only the hashed files of its kind (casus, leidraad, progress widgets).
        kinds = [f for f in files if not any(re.fullmatch(pattern, f) for pattern in EVERY_PAGE)]
        assert all(re.fullmatch(r"assets/[a-z0-9-]+\.[0-9a-f]{8}\.(css|js)", f) for f in kinds), f"{name}: {kinds}"


def test_introductie_asks_for_five_files_on_a_first_visit(course_site):
    files = loaded(course_site, course_site / "introductie" / "index.html")
    assert len(files) == 5 and all(any(re.fullmatch(p, f) for f in files) for p in EVERY_PAGE)


def test_every_file_a_page_loads_exists_and_carries_the_hash_of_its_content(course_site):
    seen = {f for page in course_site.rglob("*.html") for f in loaded(course_site, page)}
    assert any("casus." in f for f in seen) and any("progress-pages." in f for f in seen)
    for path in seen:
        assert (course_site / path).is_file(), path
        if path.startswith("assets/") and not path.startswith(("assets/stylesheets/", "assets/javascripts/")):
            stem, digest, suffix = path.rsplit(".", 2)
            assert assets.hashed(f"{stem}.{suffix}", (course_site / path).read_text(encoding="utf-8")) == path


def test_what_went_into_a_bundle_is_served_only_where_a_launch_page_loads_it(course_site):
    styles, scripts = assets.every_page()
    kinds = [path for paths in assets.BY_PATH.values() for path in paths] + assets.WIDGETS
    for source in [*styles, *scripts, *kinds]:
        served = (course_site / source).is_file()
        assert served == (source in assets.LAUNCH_PAGE_FILES), source
    for source in assets.LAUNCH_PAGE_FILES:
        assert (course_site / source).is_file(), source


def test_the_script_bundle_runs_its_parts_in_the_listed_order(course_site):
    bundle = next((course_site / "assets").glob("swan.*.js")).read_text(encoding="utf-8")
    parts = re.findall(r"^/\* (assets/\S+) \*/$", bundle, re.MULTILINE)
    assert parts == assets.every_page()[1]
