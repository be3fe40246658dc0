"""Every page's browser tab says what its heading says: <title> is "<h1> - <site name>".

A nav label may be shorter (mkdocs.yml), but only in the nav: the tab, a bookmark and the
window list a screen reader offers show the page's own heading.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import yaml

from helpers import ROOT


class _Headings(HTMLParser):
    """Collect the text of <title> and of each <h1>, without the heading's permalink (¶)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.h1s, self._in, self._skip = "", [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "h1"):
            self._in = tag
            if tag == "h1":
                self.h1s.append("")
        elif self._in == "h1" and tag == "a" and "headerlink" in (dict(attrs).get("class") or ""):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None
        elif tag == "a" and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "h1" and not self._skip:
            self.h1s[-1] += data


def headings(html: str) -> tuple[str, list[str]]:
    """Return the page's <title> and the text of each <h1>, whitespace collapsed."""
    parser = _Headings()
    parser.feed(html)
    tidy = lambda text: re.sub(r"\s+", " ", text).strip()  # noqa: E731
    return tidy(parser.title), [tidy(h1) for h1 in parser.h1s]


def test_every_page_title_is_its_heading_and_the_site_name(course_site):
    site_name = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
    pages = sorted(course_site.rglob("*.html"))
    wrong = []
    for page in pages:
        title, h1s = headings(page.read_text(encoding="utf-8"))
        if len(h1s) != 1 or title != f"{h1s[0]} - {site_name}":
            wrong.append(f"{page.relative_to(course_site)}: <title> {title!r}, <h1> {h1s!r}")
    assert len(pages) > 30 and "404.html" in {page.name for page in pages}
    assert wrong == []


def test_the_course_map_names_every_page_by_its_heading(course_site):
    # "Verder waar je was: ..." on the home page links to the last page by this name.
    script = (course_site / "assets" / "course-map.js").read_text(encoding="utf-8")
    pages = json.loads(script.removeprefix("window.swanCourseMap = ").rstrip(";\n"))["pages"]
    wrong = {src: page["title"] for src, page in pages.items()
             if [page["title"]] != headings((course_site / page["url"] / "index.html").read_text(encoding="utf-8"))[1]}
    assert len(pages) > 30 and wrong == {}


def test_headings_reads_the_title_and_the_heading_without_its_permalink():
    html = ('<html><head><title>Casussen - Cursus</title></head><body><h1 id="c">Casussen <abbr title="x">en'
            '</abbr> meer<a class="headerlink" href="#c" title="Link">&para;</a></h1></body></html>')
    assert headings(html) == ("Casussen - Cursus", ["Casussen en meer"])
