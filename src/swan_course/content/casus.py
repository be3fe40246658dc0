"""Casussen: the checks a schema cannot express."""

from __future__ import annotations

from .errors import ContentError

VERANTWOORDING = [("waartoe", "Waartoe"), ("wat", "Wat"), ("met_wie", "Met wie"),
                  ("volgorde", "In welke volgorde"), ("afweging", "Op grond van welke afweging")]
# The parts every casus walks through, in this order, each in exactly one step.
PARTS = [("factoren", "Factoren"), ("opties", "Opties op drie niveaus"), ("afweging", "Afweging"), ("keuze", "Keuze")]
MIN_DECISIONS = 2


def check_casus(data: dict, name: str) -> list[ContentError]:
    """Find mistakes in a schema-valid casus: step ids and best options."""
    errors = []
    seen = set()
    for index, step in enumerate(data["steps"]):
        if step["id"] in seen:
            errors.append(ContentError(name, f"steps[{index}].id", f"duplicate id '{step['id']}'"))
        seen.add(step["id"])
        if "decision" in step:
            best = sum(1 for option in step["decision"]["options"] if option.get("best"))
            if best != 1:
                errors.append(ContentError(name, f"steps[{index}].decision.options",
                                           f"mark exactly one option best: true (found {best})"))
    return errors + _check_parts(data["steps"], name)


def _check_parts(steps: list[dict], name: str) -> list[ContentError]:
    """Every part of the rounds once, in order; enough decision points."""
    errors = []
    found = [key for step in steps for key, _ in PARTS if key in step]
    expected = [key for key, _ in PARTS]
    if found != expected:
        errors.append(ContentError(name, "steps", f"the steps must hold the parts {', '.join(expected)} once each, "
                                                  f"in this order (found: {', '.join(found) or 'none'})"))
    decisions = sum(1 for step in steps if "decision" in step)
    if decisions < MIN_DECISIONS:
        errors.append(ContentError(name, "steps", f"add at least {MIN_DECISIONS} decision points "
                                                  f"(found {decisions})"))
    return errors
