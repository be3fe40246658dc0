"""A casus becomes a page with its rounds, decision points and reflection."""

from pathlib import Path

from swan_course.casus import render_decision, render_overview, render_page
from swan_course.content import load_course

FIXTURE = load_course(Path(__file__).resolve().parents[1] / "fixtures" / "course").casussen["fixture-casus"]


def test_page_has_every_round_verantwoording_and_fiction_note():
    page = render_page("fixture-casus", FIXTURE)
    for heading in ["## De situatie", "## Ronde 1: het doel {#stap-doel}", "## Ronde 3: afwegen {#stap-afweging}",
                    "### Waartoe", "### Op grond van welke afweging", "## Signaal", "## Reflectievragen"]:
        assert heading in page
    assert "Deze casus is fictief" in page


def test_tags_show_their_dutch_labels():
    page = render_page("fixture-casus", FIXTURE)
    assert "Sociaal wijkteam of buurtteam" in page and "Wie heeft de regie" in page


def test_decision_has_radio_per_option_and_hidden_feedback():
    html = render_decision("c", "doel", FIXTURE["steps"][0]["decision"])
    assert html.count('type="radio"') == 2
    assert html.count("hidden>") == 3  # two feedback blocks and the hint
    assert 'data-best="true"' in html and 'aria-live="polite"' in html


def test_markup_in_decision_text_is_shown_as_text():
    decision = {"question": "Kies", "options": [{"text": "<b>A</b>", "best": True, "feedback": "<img src=x>"},
                                                {"text": "B", "feedback": "Nee"}]}
    html = render_decision("c", "s", decision)
    assert "<b>" not in html and "<img" not in html and "&lt;img src=x&gt;" in html


def test_overview_links_every_casus():
    overview = render_overview({"fixture-casus": FIXTURE})
    assert "(fixture-casus/index.md)" in overview and 'data-testid="casus-fixture-casus"' in overview
