"""The real course builds with --strict, no internal link or anchor is broken, and search gives no answers away."""

import json
import re
import subprocess
import sys
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
    pages = " ".join(page.read_text(encoding="utf-8") for page in course_site.rglob("index.html"))
    # Questions, feedback and explanations; option texts may also be phrases of the course text.
    found = re.findall(r'<div class="quiz-question"[^>]*>(.*?)</div>'
                       r'|<div class="answer-feedback hidden">(.*?)</div>|<section class="content hidden">(.*?)</section>',
                       pages, re.S)
    quiz_texts = [plain(text) for groups in found for text in groups if text]
    assert len(quiz_texts) > 500
    assert [text for text in quiz_texts if len(text) > 30 and text in indexed] == []
    assert "Elke module begint met leerdoelen en een schatting van de studietijd" in indexed
    assert "swan-question-" not in pages  # every question is back in its page
