"""The real course builds with --strict, no internal link or anchor is broken, and search gives no answers away."""

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

LYCHEE = Path(sys.executable).parent / "lychee"


def test_every_page_has_html(course_site):
    pages = list(course_site.rglob("index.html"))
    assert len(pages) > 3
    assert (course_site / "casussen" / "index.html").exists()


def test_no_broken_internal_link_or_anchor(course_site):
    # 404.html is left out: Material writes root-absolute links there, as it is
    # served at any missing URL rather than at its own place.
    pages = sorted(str(page.relative_to(course_site)) for page in course_site.rglob("*.html")
                   if page.name != "404.html")
    result = subprocess.run(
        [str(LYCHEE), "--offline", "--include-fragments", "--index-files", "index.html",
         "--no-progress", "--format", "compact", *pages],
        cwd=course_site, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"(?<!\d)0 Errors", result.stdout), result.stdout
    assert len(pages) > 20


def test_search_finds_course_text_but_no_question_feedback_or_explanation(course_site):
    def plain(html: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", html).split())

    index = json.loads((course_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = plain(" ".join(entry["text"] for entry in index["docs"]))
    texts = [text for page in course_site.rglob("index.html")
             for text in _QuestionTexts.of(page.read_text(encoding="utf-8"))]
    # Questions, feedback and explanations; option labels may also be phrases of the course text.
    assert len(texts) > 500
    assert [text for text in texts if len(text) > 30 and text in indexed] == []
    assert "Elke module begint met leerdoelen en een schatting van de studietijd" in indexed


def test_no_page_has_an_inline_handler_or_a_script_url(course_site):
    for page in course_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<[^>]+\son[a-z]+=", html), page
        assert "javascript:" not in html, page


class _QuestionTexts(HTMLParser):
    """The texts inside the questions (.swan-question), one per block element, leaving out option labels."""

    BLOCKS = {"div", "label", "section", "fieldset", "form"}

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return [" ".join(text.split()) for text in parser.texts if text.strip()]

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.in_label, self.texts = 0, False, []

    def handle_starttag(self, tag, attrs):
        if self.depth or ("class", "swan-question") in attrs:
            self.depth += tag == "div"
        self.in_label = self.in_label or tag == "label"
        if tag in self.BLOCKS:
            self.texts.append("")

    def handle_endtag(self, tag):
        self.depth -= bool(self.depth) and tag == "div"
        self.in_label = self.in_label and tag != "label"

    def handle_data(self, data):
        if self.depth and not self.in_label and self.texts:
            self.texts[-1] += data
