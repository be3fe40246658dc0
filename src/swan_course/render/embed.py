"""Quiz markers in pages: <!-- quiz: bank --> or <!-- quiz: bank/question -->."""

from __future__ import annotations

from ..content.errors import ContentError
from ..content.placement import FENCE, MARKER, resolve
from .quiz import QuizSettings, question_markdown


def embed_quizzes(page_markdown: str, banks: dict[str, dict], page: str, settings: QuizSettings,
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
        questions, error = resolve(match["ref"], banks, broken)
        if error:
            errors.append(ContentError(page, f"line {number}", error))
            lines.append(line)
            continue
        embedded += [f"{bank}/{question['id']}" for bank, _, question in questions]
        rendered = "\n\n".join(question_markdown(*placed, settings) for placed in questions)
        lines.append(_indent(rendered, match["indent"]))
    return "\n".join(lines), errors, embedded


def _indent(text: str, prefix: str) -> str:
    """Indent every non-empty line (a marker inside an admonition or a tab is indented)."""
    return "\n".join(prefix + line if line else line for line in text.split("\n"))
