"""The gespreksleidraad data file: read and checked."""

from __future__ import annotations

from pathlib import Path

from .casus import VERANTWOORDING
from .course import load_file
from .errors import ContentError

FILE = "gespreksleidraad.yml"
CHECKLISTS = ("conditions", "levels")


def load(root: Path) -> tuple[dict | None, list[ContentError]]:
    """Read and check gespreksleidraad.yml under root; (None, []) when the course has none."""
    path = root / FILE
    if not path.exists():
        return None, []
    return load_file(path, FILE, "gespreksleidraad", check)


def check(data: dict, name: str) -> list[ContentError]:
    """Find mistakes a schema cannot express: ids, minutes, the five parts, the checklists."""
    errors = _check_ids(data, name)
    minutes = sum(item["minutes"] for item in data["rounds"])
    if minutes != data["session_minutes"]:
        errors.append(ContentError(name, "rounds", f"the minutes of the rounds add up to {minutes}; "
                                                   f"make them add up to session_minutes ({data['session_minutes']})"))
    parts = [q["part"] for item in data["rounds"] for q in item["questions"] if "part" in q]
    for key, label in VERANTWOORDING:
        if parts.count(key) != 1:
            errors.append(ContentError(name, "rounds", f"give exactly one question part: {key} ({label}); "
                                                       f"found {parts.count(key)}"))
    tags = [item["checklist"]["tag"] for item in data["rounds"] if "checklist" in item]
    for tag in CHECKLISTS:
        if tags.count(tag) != 1:
            errors.append(ContentError(name, "rounds", f"give exactly one round checklist with tag: {tag}; "
                                                       f"found {tags.count(tag)}"))
    return errors


def _check_ids(data: dict, name: str) -> list[ContentError]:
    """Find round ids and question ids that are used twice."""
    errors, rounds, questions = [], set(), set()
    for r_index, item in enumerate(data["rounds"]):
        if item["id"] in rounds:
            errors.append(ContentError(name, f"rounds[{r_index}].id", f"duplicate id '{item['id']}'"))
        rounds.add(item["id"])
        for q_index, question in enumerate(item["questions"]):
            if question["id"] in questions:
                errors.append(ContentError(name, f"rounds[{r_index}].questions[{q_index}].id",
                                           f"duplicate id '{question['id']}'; question ids are unique in the file"))
            questions.add(question["id"])
    return errors
