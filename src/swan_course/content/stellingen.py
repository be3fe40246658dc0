"""Statements for 'stemmen met de voeten': stellingen.yml, read and checked."""

from __future__ import annotations

from pathlib import Path

from .course import load_file
from .errors import ContentError

NAME = "stellingen.yml"


def load_stellingen(root: Path) -> tuple[list[dict], list[ContentError]]:
    """Read and check stellingen.yml; return no statements when it is missing or has mistakes."""
    if not (root / NAME).exists():
        return [], []
    data, errors = load_file(root / NAME, NAME, "stellingen", _check)
    return (data["stellingen"] if data else []), errors


def _check(data: dict, name: str) -> list[ContentError]:
    """Find statement ids that are used twice."""
    seen, errors = set(), []
    for index, stelling in enumerate(data["stellingen"]):
        if stelling["id"] in seen:
            errors.append(ContentError(name, f"stellingen[{index}].id",
                                       f"'{stelling['id']}' is used twice; every statement needs its own id"))
        seen.add(stelling["id"])
    return errors
