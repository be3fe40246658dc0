"""The real casussen together cover every level, condition, model and dilemma, and each is a full casus."""

import pytest

from helpers import ROOT
from swan_course.content.course import load_course
from swan_course.content.schemas import choices

CASUSSEN = load_course(ROOT).casussen
MIN_WORDS = 700


def words(value) -> int:
    if isinstance(value, dict):
        return sum(words(item) for item in value.values())
    if isinstance(value, list):
        return sum(words(item) for item in value)
    return len(value.split()) if isinstance(value, str) else 0


def test_there_are_at_least_ten_casussen():
    assert len(CASUSSEN) >= 10


@pytest.mark.parametrize("kind", ["levels", "conditions", "models", "dilemmas"])
def test_every_tag_is_covered_by_a_casus(kind):
    covered = {value for data in CASUSSEN.values() for value in data["tags"].get(kind, [])}
    assert covered == set(choices("casus", kind)), set(choices("casus", kind)) - covered


def test_the_casussen_come_from_several_settings():
    assert len({data["tags"]["setting"] for data in CASUSSEN.values()}) >= 6


@pytest.mark.parametrize("casus_id", sorted(CASUSSEN))
def test_each_casus_is_long_enough_and_has_two_decisions_and_reflection(casus_id):
    data = CASUSSEN[casus_id]
    assert words(data) >= MIN_WORDS
    assert sum(1 for step in data["steps"] if "decision" in step) >= 2
    assert data["reflection"] and all(item["model_answer"].strip() for item in data["reflection"])
