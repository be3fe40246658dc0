"""The course's pages without a sitemap: one list for every test that visits them all.

The list is the nav of mkdocs.yml in its order, then a page per casussen/<id>.yml (the build
adds those to the nav itself), then 404.html: URL paths relative to the site root as the
built site serves them ("" for the home page, "introductie/", "eindtoets/"). A test checks
that it names exactly the HTML pages of the build, so a page the build adds cannot be missed.

The flows also need the page each one starts on; that is found in the built HTML by what the
page holds (a quiz of each kind, a decision point, a progress widget), not by its name. Tests
that need one page of each kind (the same scripts, widgets and form fields) use one_page_per_kind.

    python tests/engines/course_pages.py SITE_DIR > course.json   # for run.mjs by hand
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

# Where each flow starts: the first page (in page-list order) whose HTML holds all of these.
FLOW_MARKERS = {
    # A quiz page with a single-choice, a multiple-choice and a fill-in question (a blank with its answer).
    "quiz": ['type="radio" name="answer"', 'type="checkbox" name="answer"', 'data-answer="'],
    "casus": ['class="swan-decision"'],
    "leidraad": ['data-testid="leidraad"'],
    "privacy": ['data-swan-progress="data"'],
    "eindtoets": ['data-testid="swan-exam"'],
    "bewijs": ['data-swan-progress="bewijs"'],
}


class _AnyTagLoader(yaml.SafeLoader):
    """Read mkdocs.yml safely; tags such as !ENV or !!python/name become plain values."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _nav_files(items) -> list[str]:
    """The Markdown files of a nav (nested sections and titled entries), in order."""
    found = []
    for item in items or []:
        values = item.values() if isinstance(item, dict) else [item]
        for value in values:
            if isinstance(value, list):
                found += _nav_files(value)
            elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
                found.append(value)
    return found


def url_path(markdown: str) -> str:
    """The URL path of a docs/ file with use_directory_urls: index.md -> '', a/b.md -> 'a/b/'."""
    stem = markdown[:-len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-len("index")]
    return f"{stem}/"


def course_pages(root: Path = ROOT) -> list[str]:
    """Every page of the course: the nav in order, the casus pages, then 404.html."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    pages = [url_path(path) for path in _nav_files(config.get("nav"))]
    pages += [f"casussen/{casus.stem}/" for casus in sorted((root / "casussen").glob("*.yml"))]
    pages.append("404.html")
    return list(dict.fromkeys(pages))


def html_file(site: Path, page: str) -> Path:
    """The built file that serves a page path."""
    return site / page / "index.html" if page == "" or page.endswith("/") else site / page


def flow_pages(site: Path, pages: list[str]) -> dict[str, str]:
    """The page each flow starts on; a flow whose page is missing is named in the error."""
    texts = {page: html_file(site, page).read_text(encoding="utf-8") for page in pages}
    chosen, missing = {}, []
    for flow, markers in FLOW_MARKERS.items():
        match = next((page for page, text in texts.items() if all(marker in text for marker in markers)), None)
        if match is None:
            missing.append(f"{flow} (a page with {' and '.join(markers)})")
        chosen[flow] = match
    if missing:
        raise LookupError(f"no page in {site} for the flows: {'; '.join(missing)}")
    return chosen


# What decides how a page behaves: the scripts it loads, the kinds of data-* attribute its widgets carry (a quiz
# question, a casus decision, the eindtoets...), the kinds of form field in its content and which
# progress widgets it shows.
_SCRIPT = re.compile(r'<script[^>]*\ssrc="(?:[^"]*/)?([^"/]+?)(?:\.[0-9a-f]{8})?(?:\.min)?\.js"')
_DATA_ATTRIBUTE = re.compile(r'\s(data-[a-z-]+)=')
_FIELD = re.compile(r'<(?:input[^>]*\stype="([a-z]+)"|(textarea|select))')
_PROGRESS_WIDGET = re.compile(r'\sdata-swan-progress="([^"]*)"')


def page_kind(html: str) -> tuple:
    """What a page is made of, in the terms its scripts react to; pages of one kind run the same code paths."""
    return (frozenset(_SCRIPT.findall(html)), frozenset(_DATA_ATTRIBUTE.findall(html)),
            frozenset("".join(field) for field in _FIELD.findall(_article(html))),
            frozenset(_PROGRESS_WIDGET.findall(html)))


def _article(html: str) -> str:
    """The page's own content (the theme's search field and menu toggles are on every page)."""
    start = html.find("<article")
    return html[start:html.find("</article>", start)] if start >= 0 else html


def one_page_per_kind(site: Path, pages: list[str]) -> list[str]:
    """The first page (in page-list order) of each kind of page in the built site."""
    kinds = {}
    for page in pages:
        kinds.setdefault(page_kind(html_file(site, page).read_text(encoding="utf-8")), page)
    return list(kinds.values())


def course_json(site: Path, root: Path = ROOT) -> dict:
    """What run.mjs reads with --course: the page list and each flow's page."""
    pages = course_pages(root)
    return {"pages": pages, **flow_pages(site, pages)}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: course_pages.py SITE_DIR")
    print(json.dumps(course_json(Path(sys.argv[1])), indent=2))
