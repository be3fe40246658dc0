"""Quiz questions as mkdocs-quiz blocks: the YAML format is ours, the <quiz> Markdown is mkdocs-quiz's."""

from __future__ import annotations

from ..content.quizbank import BLANK
from .text import escape, one_paragraph


def render_question(bank_id: str, question: dict) -> str:
    """Return the Markdown for one question: a <quiz> block in a wrapper with a stable id."""
    body = _fill_in(question) if question["type"] == "fill-in" else _choice(question)
    anchor = f"vraag-{bank_id}-{question['id']}"
    return (f'<div class="swan-question" id="{anchor}" data-testid="{anchor}" '
            f'data-question="{bank_id}/{question["id"]}">\n<quiz>\n{body}\n</quiz>\n</div>')


def _choice(question: dict) -> str:
    lines = [escape(question["question"].strip()), ""]
    for option in question["options"]:
        mark = "x" if option.get("correct") else " "
        lines.append(f"- [{mark}] {escape(option['text'].strip())}")
        lines.append(f"    > {escape(one_paragraph(option['feedback']))}")
    lines += ["", escape(question["explanation"].strip())]
    return "\n".join(lines)


def _fill_in(question: dict) -> str:
    blank = f"[[{question['answer'].strip()}]]"
    text = BLANK.sub(lambda _: blank, escape(question["question"].strip()), count=1)
    return "\n".join([text, "", "---", "", escape(question["explanation"].strip())])
