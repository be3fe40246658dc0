"""Our quiz markup is mkdocs-quiz's own, apart from the documented deliberate differences.

Every question of the course is built both ways: by the swan plugin in the real
course, and by mkdocs-quiz itself from <quiz> text in a copy of the course's
pages. The two are compared element by element after normalising only the
differences render/quiz.py documents, so an upgrade of mkdocs-quiz that changes
the markup its quiz.js reads fails here. The only test that names mkdocs-quiz's
class names.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from helpers import MKDOCS, ROOT
from swan_course.content.course import load_course
from swan_course.content.placement import MARKER, resolve
from swan_course.content.quizbank import BLANK
from swan_course.render.exam import BANK as EXAM_BANK
from swan_course.render.quiz import HEADER_LINK_LABEL
from swan_course.render.text import escape, one_paragraph

COURSE = load_course(ROOT)


def quiz_text(bank_id: str, question: dict) -> str:
    """Write a question in mkdocs-quiz's documented <quiz> syntax, in a wrapper that names it."""
    inert = lambda text: escape(text.strip()).replace("[[", "[\\[")  # noqa: E731 ([[ ]] is its fill-in syntax)
    if question["type"] == "fill-in":
        blank = f"[[{question['answer'].strip()}]]"
        body = [BLANK.sub(lambda _: blank, inert(question["question"]), count=1), "", "---"]
    else:
        body = [inert(question["question"]), ""]
        for option in question["options"]:
            body += [f"- [{'x' if option.get('correct') else ' '}] {inert(option['text'])}",
                     f"    > {inert(one_paragraph(option['feedback']))}"]
    body += ["", inert(question["explanation"])]
    return "\n".join([f'<div class="swan-question" data-question="{bank_id}/{question["id"]}">', "<quiz>", *body,
                      "</quiz>", "</div>"])


@pytest.fixture(scope="module")
def theirs(tmp_path_factory) -> Path:
    """The course's pages with every question as <quiz> text, built by mkdocs-quiz alone."""
    work = tmp_path_factory.mktemp("mkdocs-quiz")
    shutil.copytree(ROOT / "docs", work / "docs")
    for page in (work / "docs").rglob("*.md"):
        lines = [_expand(line) for line in page.read_text(encoding="utf-8").split("\n")]
        page.write_text("\n".join(lines), encoding="utf-8")
    ours = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    options = next(item["mkdocs_quiz"] for item in ours["plugins"] if isinstance(item, dict) and "mkdocs_quiz" in item)
    options = {**options, "enabled_by_default": True,
               "custom_translations": {lang: str(ROOT / path) for lang, path in options["custom_translations"].items()}}
    config = {"site_name": "mkdocs-quiz", "theme": {"name": "material", "language": "nl"},
              "markdown_extensions": ours["markdown_extensions"], "plugins": [{"mkdocs_quiz": options}]}
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = subprocess.run([*MKDOCS, "build", "-q", "-f", str(work / "mkdocs.yml"), "-d", str(work / "site")],
                            capture_output=True, text=True, cwd=work, check=False,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site"


def _expand(line: str) -> str:
    match = MARKER.match(line)
    if not match:
        return line
    questions, error = resolve(match["ref"], COURSE.banks, COURSE.broken)
    assert error is None, error
    return "\n\n".join(quiz_text(bank_id, question) for bank_id, _, question in questions)


def test_every_question_is_marked_up_as_mkdocs_quiz_marks_it_up(course_site, theirs):
    ours, original = _questions(course_site, mine=True), _questions(theirs, mine=False)
    refs = {f"{bank_id}/{q['id']}" for bank_id, bank in COURSE.banks.items() for q in bank["questions"]
            if bank_id != EXAM_BANK}  # the eindtoets is an exam of its own (render/exam.py), not mkdocs-quiz markup
    assert set(ours) == set(original) == refs
    different = [ref for ref in sorted(refs) if ours[ref] != original[ref]]
    assert different == [], _first_difference(ours[different[0]], original[different[0]])


def test_the_progress_sidebar_is_mkdocs_quiz_s_own(course_site, theirs):
    page = "drie-niveaus/drie-niveaus/index.html"
    for element in ("quiz-progress-sidebar", "quiz-progress-mobile"):
        ours = _tree(_element(course_site / page, element))
        original = _tree(_element(theirs / page, element))
        if element == "quiz-progress-sidebar":  # deliberate: a named region (role) for screen readers
            original[1]["role"] = "region"
        assert ours == _without_style_attributes(original)


def _without_style_attributes(tree: list) -> list:
    """Deliberate: no style attributes (the CSP ignores them); a hidden part says `hidden` (render/quiz.py)."""
    for node in _walk(tree):
        style = node[1].pop("style", None)
        if style == "display: none;":
            node[1]["hidden"] = ""
    return tree


# ---- Normalising the deliberate differences (render/quiz.py) ----

def _normalise(tree: list, ref: str, mine: bool) -> list:
    """Bring one side's quiz to the other's conventions where render/quiz.py differs on purpose."""
    bank_id, question_id = ref.split("/")
    question = next(q for q in COURSE.banks[bank_id]["questions"] if q["id"] == question_id)
    for node in _walk(tree):
        tag, attrs = node[0], node[1]
        if tag == "form":
            for name in ("method", "action", "onsubmit"):  # method="dialog" instead of a javascript: URL
                attrs.pop(name, None)
        if mine or tag not in ("a", "div"):
            continue
        if "quiz-header-link" in attrs.get("class", ""):
            attrs["aria-label"] = HEADER_LINK_LABEL
        if attrs.get("class") == "quiz-feedback hidden":
            attrs.update(role="status", **{"aria-live": "polite"})
        if "quiz" in attrs.get("class", "").split():
            attrs.pop("data-show-correct" if question["type"] == "fill-in" else "", None)
            attrs.pop("data-shuffle-answers" if question.get("volgorde_vast") else "", None)
    if mine and question["type"] == "fill-in":
        section = next(node for node in _walk(tree) if node[0] == "section")
        assert section[2][0][1] == {"class": "swan-fill-answer"}
        del section[2][0]  # the answer as text, instead of quiz.js writing it
    return tree


def _questions(site: Path, mine: bool) -> dict[str, list]:
    """Return {bank/question: the quiz element as a tree} for every question in a built site."""
    found = {}
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        for ref, quiz in _Quizzes.of(html):
            tree = _tree(quiz)
            if not mine:
                tree = _rename(tree, tree[1]["id"], "quiz-" + ref.replace("/", "--"))
            found[ref] = _normalise(tree, ref, mine)
    return found


def _rename(tree: list, old: str, new: str) -> list:
    """Give mkdocs-quiz's numbered ids (quiz-3, quiz-3-0, ...) our stable names (quiz-bank--question)."""
    pattern = re.compile(rf"^(#?){re.escape(old)}(?=$|-)")
    for node in _walk(tree):
        for name in ("id", "for", "href", "aria-labelledby"):
            if name in node[1]:
                node[1][name] = pattern.sub(lambda m: m[1] + new, node[1][name])
    return tree


def _walk(tree: list):
    yield tree
    for child in tree[2]:
        if isinstance(child, list):
            yield from _walk(child)


def _first_difference(ours: list, original: list, path: str = "") -> str:
    if not (isinstance(ours, list) and isinstance(original, list)) or ours[:2] != original[:2] \
            or len(ours[2]) != len(original[2]):
        return f"at {path or 'the quiz'}:\n  ours:        {str(ours)[:400]}\n  mkdocs-quiz: {str(original)[:400]}"
    for index, (mine, theirs) in enumerate(zip(ours[2], original[2])):
        if mine != theirs:
            return _first_difference(mine, theirs, f"{path}/{ours[0]}[{index}]")
    return "no difference"


# ---- A small DOM: [tag, {attributes}, [children]]; text with whitespace collapsed ----

VOID = {"input", "br", "img", "hr", "meta", "link"}


def _tree(html: str) -> list:
    builder = _TreeBuilder()
    builder.feed(html)
    return _prune(builder.root[2][0])


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = ["root", {}, []]
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = [tag, {name: value or "" for name, value in attrs}, []]
        self.stack[-1][2].append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        if tag not in VOID:
            self.stack.pop()

    def handle_data(self, data):
        children = self.stack[-1][2]
        if children and isinstance(children[-1], str):
            children[-1] = re.sub(r"\s+", " ", children[-1] + data)
        else:
            children.append(re.sub(r"\s+", " ", data))


def _prune(tree: list) -> list:
    """Drop the text that is only whitespace (indentation and line breaks between elements)."""
    tree[2] = [child if isinstance(child, str) else _prune(child) for child in tree[2]
               if not isinstance(child, str) or child.strip()]
    return tree


class _Quizzes(HTMLParser):
    """Find each question wrapper's quiz element and return (ref, its HTML)."""

    @classmethod
    def of(cls, html: str) -> list[tuple[str, str]]:
        parser = cls(html)
        parser.feed(html)
        return parser.found

    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        self.lines = [0] + [m.end() for m in re.finditer("\n", html)]
        self.html, self.found, self.ref, self.start, self.depth = html, [], None, 0, 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and "data-question" in attrs:
            self.ref = attrs["data-question"]
        elif tag == "div" and self.ref and "quiz" in (attrs.get("class") or "").split() and not self.depth:
            self.start, self.depth = self._offset(), 1
        elif tag == "div" and self.depth:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
            if not self.depth:
                end = self.html.index(">", self._offset()) + 1
                self.found.append((self.ref, self.html[self.start:end]))
                self.ref = None


def _element(page: Path, element_id: str) -> str:
    """Return the HTML of the element with this id (a div or nav that holds no element of its own tag)."""
    html = page.read_text(encoding="utf-8")
    start = html.index(f'id="{element_id}"')
    start = html.rindex("<", 0, start)
    tag = re.match(r"<(\w+)", html[start:])[1]
    depth, position = 0, start
    for match in re.finditer(rf"<{tag}\b|</{tag}>", html[start:]):
        depth += 1 if match[0] != f"</{tag}>" else -1
        if depth == 0:
            position = start + match.end()
            break
    return html[start:position]
