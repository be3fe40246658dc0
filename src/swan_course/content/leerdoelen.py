"""Leerdoelen coverage: every leerdoel a module declares is tested by enough quiz questions."""

from __future__ import annotations

from collections import Counter

from .errors import ContentError
from .modules import Module

MINIMUM = 2


def declared(modules: list[Module]) -> dict[str, tuple[Module, int]]:
    """Return {leerdoel id: (module, index in its leerdoelen list)}."""
    found: dict[str, tuple[Module, int]] = {}
    for module in modules:
        for index, goal in enumerate(module.leerdoelen):
            found.setdefault(goal["id"], (module, index))
    return found


def question_counts(banks: dict[str, dict]) -> Counter:
    """Return how many questions of all banks test each leerdoel id."""
    return Counter(q["leerdoel"] for bank in banks.values() for q in bank["questions"] if q.get("leerdoel"))


def check_coverage(modules: list[Module], banks: dict[str, dict], complete: bool = True) -> list[ContentError]:
    """Find duplicate leerdoel ids, questions naming an unknown leerdoel and leerdoelen with too few questions.

    complete is False when some quiz bank could not be read: its questions are
    missing from the counts, so 'too few questions' is not reported then.
    """
    goals = declared(modules)
    errors = _duplicates(modules) + _unknown(banks, goals)
    return errors + (_too_few(banks, goals) if complete else [])


def _duplicates(modules: list[Module]) -> list[ContentError]:
    """Find leerdoel ids declared twice, in one module or in two."""
    errors, seen = [], {}
    for module in modules:
        for index, goal in enumerate(module.leerdoelen):
            if goal["id"] in seen:
                errors.append(ContentError(module.index.path, f"leerdoelen[{index}].id",
                                           f"leerdoel id '{goal['id']}' is also declared in {seen[goal['id']]}; "
                                           "give every leerdoel its own id"))
            seen.setdefault(goal["id"], module.index.path)
    return errors


def _unknown(banks: dict[str, dict], goals: dict) -> list[ContentError]:
    """Find questions that name a leerdoel no module declares."""
    known = ", ".join(sorted(goals)) or "none declared"
    return [ContentError(f"quizzes/{bank_id}.yml", f"questions[{index}].leerdoel",
                         f"leerdoel '{question['leerdoel']}' is not declared in the front matter of any module "
                         f"(docs/<module>/index.md); known ids: {known}")
            for bank_id, bank in sorted(banks.items()) for index, question in enumerate(bank["questions"])
            if question.get("leerdoel") and question["leerdoel"] not in goals]


def _too_few(banks: dict[str, dict], goals: dict) -> list[ContentError]:
    """Find leerdoelen that fewer than MINIMUM questions test."""
    counts = question_counts(banks)
    return [ContentError(module.index.path, f"leerdoelen[{index}].id",
                         f"leerdoel '{goal_id}' is tested by {counts[goal_id]} quiz question(s); "
                         f"give at least {MINIMUM} questions 'leerdoel: {goal_id}'")
            for goal_id, (module, index) in goals.items() if counts[goal_id] < MINIMUM]


def coverage(modules: list[Module], banks: dict[str, dict]) -> dict[str, list[tuple[str, str, int]]]:
    """Return {module id: [(leerdoel id, tekst, number of questions)]} for reports."""
    counts = question_counts(banks)
    return {m.id: [(g["id"], str(g.get("tekst", "")), counts[g["id"]]) for g in m.leerdoelen] for m in modules}
