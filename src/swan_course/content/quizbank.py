"""Quiz banks: the checks a schema cannot express, and rendering to mkdocs-quiz blocks.

The YAML format is ours; the <quiz> Markdown below is mkdocs-quiz's. Keeping the
translation in this one module keeps the content independent of the plugin.
"""

from __future__ import annotations

import re

from .errors import ContentError

BLANK = re.compile(r"_{3,}")


def check_bank(data: dict, name: str) -> list[ContentError]:
    """Find mistakes in a schema-valid bank: ids, correct answers, blanks."""
    errors = []
    seen: dict[str, int] = {}
    for index, question in enumerate(data["questions"]):
        where = f"questions[{index}]"
        if question["id"] in seen:
            errors.append(ContentError(name, f"{where}.id",
                                       f"duplicate id '{question['id']}' (also questions[{seen[question['id']]}])"))
        seen.setdefault(question["id"], index)
        errors += _check_question(question, name, where)
    return errors


def _check_question(question: dict, name: str, where: str) -> list[ContentError]:
    """Find the mistakes of one question, by its type."""
    if question["type"] == "fill-in":
        return _check_fill_in(question, name, where)
    return _check_choice(question, name, where)


def _check_choice(question: dict, name: str, where: str) -> list[ContentError]:
    """Find the mistakes of a choice question: options and correct answers."""
    options = question.get("options")
    if "answer" in question:
        return [ContentError(name, f"{where}.answer", "only fill-in questions have 'answer'; mark options as correct")]
    if not options:
        return [ContentError(name, f"{where}.options", f"a {question['type']} question needs options")]
    errors = []
    correct = sum(1 for option in options if option.get("correct"))
    if correct == 0:
        errors.append(ContentError(name, f"{where}.options", "no option is marked correct: true"))
    elif question["type"] == "single" and correct > 1:
        errors.append(ContentError(name, f"{where}.options",
                                   f"a single question has exactly one correct option, not {correct}; use type: multiple"))
    elif question["type"] == "multiple" and correct < 2:
        errors.append(ContentError(name, f"{where}.options",
                                   "a multiple question needs at least two correct options; use type: single"))
    texts = [option["text"].strip() for option in options]
    for index, text in enumerate(texts):
        if text in texts[:index]:
            errors.append(ContentError(name, f"{where}.options[{index}].text", f"the same option text appears twice: '{text}'"))
    return errors


def _check_fill_in(question: dict, name: str, where: str) -> list[ContentError]:
    """Find the mistakes of a fill-in question: the answer and the one blank."""
    errors = []
    if "options" in question:
        errors.append(ContentError(name, f"{where}.options", "a fill-in question has no options; give 'answer'"))
    if "answer" not in question:
        errors.append(ContentError(name, f"{where}.answer", "this field is missing (the correct answer of the blank)"))
    elif "]" in question["answer"]:
        errors.append(ContentError(name, f"{where}.answer", "the answer may not contain ']'"))
    blanks = len(BLANK.findall(question["question"]))
    if blanks != 1:
        errors.append(ContentError(name, f"{where}.question",
                                   f"a fill-in question has exactly one blank (___), found {blanks}"))
    return errors

