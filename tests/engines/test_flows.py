"""The learner flows in Firefox ESR and WebKitGTK (run.mjs; Chromium runs them in tests/browser)."""

import pytest

from flow_runner import ENGINES, report


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param


def run(engine_runner, engine: str, flow: str) -> None:
    result = engine_runner(engine).run(flow)
    assert result["ok"], report(result)
    assert result["problems"]["csp"] == [], report(result)  # what the learner did stayed within the policy


def test_quiz_answers_and_feedback_survive_a_reload(engine_runner, engine):
    run(engine_runner, engine, "quiz")


def test_casus_decision_shows_its_feedback_and_survives_a_reload(engine_runner, engine):
    run(engine_runner, engine, "casus")


def test_leidraad_note_survives_a_reload_and_the_round_timer_counts(engine_runner, engine):
    run(engine_runner, engine, "leidraad")


def test_passed_eindtoets_gives_a_bewijs_van_deelname(engine_runner, engine):
    run(engine_runner, engine, "eindtoets")


def test_export_erase_and_import_bring_the_progress_back(engine_runner, engine):
    run(engine_runner, engine, "data")


def test_search_finds_a_page_and_opens_it(engine_runner, engine):
    run(engine_runner, engine, "search")
