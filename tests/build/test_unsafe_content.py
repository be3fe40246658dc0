"""Text that tries to run script: the strict build names every place, and no built page can run it."""

import os
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers import FIXTURES, MKDOCS, build

UNSAFE = FIXTURES / "unsafe"


@pytest.fixture(scope="module")
def strict(tmp_path_factory) -> str:
    result = build(UNSAFE / "mkdocs.yml", tmp_path_factory.mktemp("strict"))
    assert result.returncode != 0
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def lenient_site(tmp_path_factory) -> Path:
    """The same course built without --strict, as `mkdocs serve` would show it."""
    site = tmp_path_factory.mktemp("lenient")
    result = subprocess.run([*MKDOCS, "build", "--no-strict", "-f", str(UNSAFE / "mkdocs.yml"), "-d", str(site)],
                            capture_output=True, text=True, cwd=UNSAFE, check=False,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.mark.parametrize("place, removed", [
    ("quizzes/onveilig.yml: questions[0].question", 'href="javascript:alert(1)" on <a>'),
    ("quizzes/onveilig.yml: questions[0].options[0].text", 'onmouseover="alert(1)" on <a>'),
    ("quizzes/onveilig.yml: questions[1].explanation", 'href="data:text/html;base64,'),
    ("casussen/onveilig.yml: situation", 'href="javascript:alert(1)" on <a>'),
    ("casussen/onveilig.yml: steps[0].decision.options[0].feedback", 'href="javascript:alert(2)" on <a>'),
    ("begrippen.yml: [0].uitleg", 'href="vbscript:msgbox(1)" on <a>'),
])
def test_the_strict_build_names_file_and_field_of_what_it_removed(strict, place, removed):
    lines = [line for line in strict.splitlines() if f"{place}: removed what course text may not contain" in line]
    assert len(lines) == 1 and removed in lines[0], strict


@pytest.mark.parametrize("line, message", [
    (5, "the attribute onclick= is not allowed in a page"),
    (7, "a javascript: link is not allowed in a page"),
    (7, "a data: link is not allowed in a page"),
    (9, "<script> is not allowed in a page"),
])
def test_the_strict_build_names_the_page_and_line_of_script_in_a_page(strict, line, message):
    assert f"geplakt.md: line {line}: {message}" in strict


def test_code_in_a_page_may_show_script_markup(strict):
    assert "geplakt.md: line 11" not in strict and "geplakt.md: line 14" not in strict


def test_no_page_made_from_data_can_run_the_script(lenient_site):
    # Pages in docs/ are the editors' own HTML: they are checked (above), not rewritten.
    pages = [page for page in lenient_site.rglob("*.html") if "geplakt" not in page.parts]
    assert len(pages) >= 3
    for page in pages:
        assert _ScriptRisks.of(page.read_text(encoding="utf-8")) == [], page
    question = (lenient_site / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in question  # raw HTML in YAML text shows as text


class _ScriptRisks(HTMLParser):
    """Event handler attributes and links or sources with a script or data URL."""

    URLS = ("href", "src", "action", "formaction", "xlink:href")

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.found

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            url = "".join((value or "").split()).lower()
            if name.startswith("on") or (name in self.URLS and url.startswith(("javascript:", "vbscript:", "data:"))):
                self.found.append(f"<{tag} {name}={value!r}>")
