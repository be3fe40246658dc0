"""A casus becomes a page with its rounds, decision points and reflection."""

from helpers import FIXTURES
from swan_course.content.course import load_course
from swan_course.content.schemas import choices
from swan_course.render.casus import (MATRIX_COLUMNS, SHORT_LABELS, WORDS_PER_MINUTE, reading_minutes, render_decision,
                                     render_overview, render_page)

FIXTURE = load_course(FIXTURES / "course").casussen["fixture-casus"]


def test_page_has_every_round_verantwoording_and_fiction_note():
    page = render_page("fixture-casus", FIXTURE)
    for heading in ["## De situatie", "## Ronde 1: het doel {#stap-doel", "## Ronde 3: afwegen {#stap-afweging",
                    "### Waartoe", "### Op grond van welke afweging", "## Signaal", "## Reflectievragen"]:
        assert heading in page
    assert "Deze casus is fictief" in page


def test_in_het_kort_comes_first_with_the_question_and_the_reading_time():
    page = render_page("fixture-casus", FIXTURE)
    box = page.split("\n\n!!! info")[0]
    assert '!!! abstract "In het kort"' in box and "Een bewoner woont alleen" in box
    assert "**De vraag:**" in box and "Waar begin je?" in box
    assert f"Leestijd van de hele casus: ongeveer {reading_minutes(FIXTURE)} minuten." in box


def test_reading_time_counts_every_text_of_the_casus_and_rounds_up():
    without, longer = {**FIXTURE, "situation": ""}, {**FIXTURE, "situation": "woord " * (3 * WORDS_PER_MINUTE)}
    assert reading_minutes(longer) == reading_minutes(without) + 3
    assert reading_minutes(FIXTURE) >= 1


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


def test_page_shows_every_part_and_the_keuze_after_its_decision_point():
    page = render_page("fixture-casus", FIXTURE)
    headings = ["## De situatie {#situatie", "### Factoren {#factoren", "### Opties op drie niveaus {#opties",
                "### Afweging {#afweging", "### Keuze {#keuze", "## De verantwoording", "## Terugkoppeling"]
    positions = [page.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert page.index("### Afweging") < page.index('data-decision="fixture-casus/afweging"') < page.index("### Keuze")


def test_model_answer_waits_behind_a_button_until_the_learner_tried():
    page = render_page("fixture-casus", FIXTURE)
    assert "???" not in page
    assert '<div class="swan-model__answer" id="modelantwoord-1" hidden>' in page
    assert 'aria-controls="modelantwoord-1"' in page and 'aria-expanded="false"' in page
    assert "Ik heb erover nagedacht" in page and 'aria-live="polite"' in page


def test_overview_has_a_coverage_table_with_a_column_per_kind_of_tag_and_counts():
    overview = render_overview({"fixture-casus": FIXTURE})
    assert '<caption id="dekking-titel">' in overview
    assert overview.count('<th scope="col">') == 1 + len(MATRIX_COLUMNS)
    assert ('<th scope="row"><a href="fixture-casus/index.html">Een fixture casus</a></th>'
            in overview)
    assert ('<td data-label="Niveaus"><ul class="swan-matrix__tags"><li>Individu</li><li>Groep</li>'
            '</ul></td>') in overview
    assert '<li><span>Cohesie</span> <span class="swan-matrix__count">1</span></li>' in overview
    assert '<li><span>Inclusie</span> <span class="swan-matrix__count">0</span></li>' in overview


def test_a_casus_without_a_kind_of_tag_says_so_in_its_cell():
    overview = render_overview({"fixture-casus": {**FIXTURE, "tags": {**FIXTURE["tags"], "dilemmas": []}}})
    assert ('<td data-label="Dilemma&#x27;s"><span aria-hidden="true">\u2013</span>'
            '<span class="swan-sr-only">geen</span></td>') in overview


def test_every_tag_has_a_short_label_for_the_coverage_table():
    for kind, _ in MATRIX_COLUMNS:
        assert set(choices("casus", kind)) <= set(SHORT_LABELS), kind


def test_overview_cards_carry_their_tags_and_the_filters_wait_for_the_script():
    overview = render_overview({"fixture-casus": FIXTURE})
    assert ('data-levels="individu groep" data-conditions="sociale-cohesie" '
            'data-models="beslissende-professional" data-setting="wijkteam"') in overview
    assert '<form class="swan-filter" data-testid="casus-filter" hidden>' in overview
    for kind in ("levels", "conditions", "models", "setting"):
        assert f'<select id="filter-{kind}" data-filter="{kind}">' in overview


def test_every_decision_point_is_on_the_page_once():
    page = render_page("fixture-casus", FIXTURE)
    for step in FIXTURE["steps"]:
        if "decision" in step:
            assert page.count(f' id="keuze-{step["id"]}"') == 1
