"""Where questions go: quiz markers in pages, <!-- quiz: bank --> or <!-- quiz: bank/question -->."""

from __future__ import annotations

import re
from collections import Counter

from .errors import ContentError

MARKER = re.compile(r"^(?P<indent>[ \t]*)<!--\s*quiz:\s*(?P<ref>[^\s>]*)\s*-->[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")


Placed = tuple[str, int, dict]  # bank id, index of the question in the bank, the question


def resolve(ref: str, banks: dict[str, dict], broken: set[str]) -> tuple[list[Placed], str | None]:
    """Return the questions a marker's ref ('bank' or 'bank/question') names, or why it names none."""
    bank_id, _, question_id = ref.partition("/")
    if bank_id in broken:
        return [], f"quiz bank '{bank_id}' is not shown because quizzes/{bank_id}.yml has mistakes"
    if bank_id not in banks:
        return [], f"quiz bank '{bank_id}' does not exist: there is no quizzes/{bank_id}.yml"
    placed = [(bank_id, index, q) for index, q in enumerate(banks[bank_id]["questions"])
              if not question_id or q["id"] == question_id]
    if not placed:
        return [], f"quiz bank '{bank_id}' has no question with id '{question_id}'"
    return placed, None


def placement_errors(banks: dict[str, dict], embedded: list[str]) -> list[ContentError]:
    """Find questions on no page or on several: each question is embedded on exactly one page."""
    counts = Counter(embedded)
    errors = []
    for bank_id, bank in banks.items():
        for index, question in enumerate(bank["questions"]):
            seen = counts[f"{bank_id}/{question['id']}"]
            if seen != 1:
                where = "on no page" if seen == 0 else f"on {seen} pages"
                errors.append(ContentError(f"quizzes/{bank_id}.yml", f"questions[{index}]", (
                    f"question '{question['id']}' is embedded {where}; embed it exactly once with "
                    f"<!-- quiz: {bank_id}/{question['id']} -->")))
    return errors
