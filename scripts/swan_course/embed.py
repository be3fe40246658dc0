"""Quiz markers in pages: <!-- quiz: bank --> or <!-- quiz: bank/question -->."""

from __future__ import annotations

import re

from .errors import ContentError
from .quizbank import render_question

MARKER = re.compile(r"^(?P<indent>[ \t]*)<!--\s*quiz:\s*(?P<ref>[^\s>]*)\s*-->[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def embed_quizzes(page_markdown: str, banks: dict[str, dict], page: str,
                  broken: set[str] = frozenset(), first_line: int = 1) -> tuple[str, list[ContentError], list[str]]:
    """Replace each marker outside code blocks with its questions.

    Return the new Markdown, the mistakes (with line numbers) and the embedded
    question refs ('bank/question'). first_line is the file's line number of the
    first line of page_markdown (front matter comes before it).
    """
    errors: list[ContentError] = []
    embedded: list[str] = []
    lines, in_code = [], False
    for number, line in enumerate(page_markdown.split("\n"), first_line):
        in_code ^= bool(FENCE.match(line))
        match = None if in_code else MARKER.match(line)
        if not match:
            lines.append(line)
            continue
        questions, error = _resolve(match["ref"], banks, broken)
        if error:
            errors.append(ContentError(page, f"line {number}", error))
            lines.append(line)
            continue
        embedded += [f"{bank}/{question['id']}" for bank, question in questions]
        lines.append(_indent("\n\n".join(render_question(b, q) for b, q in questions), match["indent"]))
    return "\n".join(lines), errors, embedded


def _resolve(ref: str, banks: dict[str, dict], broken: set[str]) -> tuple[list[tuple[str, dict]], str | None]:
    bank_id, _, question_id = ref.partition("/")
    if bank_id in broken:
        return [], f"quiz bank '{bank_id}' is not shown because quizzes/{bank_id}.yml has mistakes"
    if bank_id not in banks:
        return [], f"quiz bank '{bank_id}' does not exist: there is no quizzes/{bank_id}.yml"
    questions = banks[bank_id]["questions"]
    if question_id:
        questions = [q for q in questions if q["id"] == question_id]
        if not questions:
            return [], f"quiz bank '{bank_id}' has no question with id '{question_id}'"
    return [(bank_id, q) for q in questions], None


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))
