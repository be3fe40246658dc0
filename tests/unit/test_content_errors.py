"""Every authoring mistake is reported with its file and field, all in one run.

Each folder in fixtures/invalid/ is a tiny course with one kind of mistake and an
expected.txt that lists the messages the author must see.
"""

import pytest

from helpers import FIXTURES, ROOT
from swan_course.content.course import load_course

INVALID = FIXTURES / "invalid"
CASES = sorted(path.name for path in INVALID.iterdir())
# Leerdoel coverage mistakes lie between files (docs/<module>/index.md and a bank):
# each file is fine on its own, so the bank is still shown.
FILE_CASES = [case for case in CASES if not case.startswith("leerdoel-")]


@pytest.mark.parametrize("case", CASES)
def test_mistake_is_reported_with_file_and_field(case):
    course = load_course(INVALID / case)
    messages = [str(error) for error in course.errors]
    for expected in (INVALID / case / "expected.txt").read_text(encoding="utf-8").splitlines():
        assert any(message.startswith(expected) for message in messages), (expected, messages)


@pytest.mark.parametrize("case", FILE_CASES)
def test_file_with_a_mistake_is_left_out(case):
    course = load_course(INVALID / case)
    assert not course.banks and not course.casussen


def test_all_mistakes_of_all_files_come_in_one_run(tmp_path):
    for case in CASES:
        for source in (INVALID / case).glob("*/*.yml"):
            target = tmp_path / source.parent.name / f"{case}-{source.name}"
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(source.read_bytes())
    files_with_errors = {error.file for error in load_course(tmp_path).errors}
    assert len(files_with_errors) == len(CASES)


def test_valid_fixture_course_has_no_mistakes():
    course = load_course(FIXTURES / "course")
    assert course.errors == []
    assert set(course.banks) == {"fixture-bank"}
    assert set(course.casussen) == {"fixture-casus"}
    assert course.glossary[0]["term"] == "SWAN"


def test_real_course_data_has_no_mistakes():
    course = load_course(ROOT)
    assert [str(error) for error in course.errors] == []
