"""The search index holds what a learner looks for and stays small (render/search_index.py)."""

from __future__ import annotations

import gzip
import json

import pytest

from helpers import ROOT
from swan_course.content.course import load_course

CASUSSEN = load_course(ROOT).casussen
# Material loads the whole index on a first visit; gzip level 6, as a compressing web server sends it.
GZIP_BUDGET = 100 * 1024


@pytest.fixture(scope="module")
def index(course_site) -> list[dict]:
    return json.loads((course_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_a_casus_is_found_by_its_opening_only(index):
    for casus_id, data in CASUSSEN.items():
        entries = [entry for entry in index if entry["location"].startswith(f"casussen/{casus_id}/")]
        assert [entry["location"] for entry in entries] == [f"casussen/{casus_id}/"], casus_id
        text = entries[0]["text"]
        assert data["kort"]["situatie"].split()[0] in text and "Deze casus gaat over" in text, casus_id
        assert data["situation"].strip()[:40] not in text, casus_id


def test_the_overview_is_found_by_its_introduction_not_by_the_cards_that_repeat_each_casus(index):
    assert [entry["location"] for entry in index if entry["location"].startswith("casussen/#")] == []
    assert any(entry["location"] == "casussen/" for entry in index)


def test_print_pages_and_the_editors_section_are_left_out_and_the_modules_are_in(index):
    pages = {entry["location"].split("#")[0] for entry in index}
    assert not pages & {"gespreksleidraad/kaartenset/", "voor-trainers/stellingen/"}
    assert not [page for page in pages if page.startswith("redactie/")]
    assert {"gespreksleidraad/", "begrippenlijst/", "signaleren/agenderen/", "voor-trainers/workshop/"} <= pages


def test_the_index_stays_within_its_budget(course_site):
    raw = (course_site / "search" / "search_index.json").read_bytes()
    assert len(gzip.compress(raw, 6)) < GZIP_BUDGET
