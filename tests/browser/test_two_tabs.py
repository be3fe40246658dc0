"""Two tabs of the course in one browser never lose each other's answers or notes (issue 12.6)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from learner import answer_question, feedback, questions

QUESTION_PAGE = "drie-niveaus/drie-niveaus/"
LEIDRAAD = "gespreksleidraad/"


@pytest.fixture()
def two_tabs(context, page):
    return page, context.new_page()


def test_answers_given_in_two_tabs_are_both_kept(two_tabs):
    a, b = two_tabs
    a.goto(QUESTION_PAGE)
    b.goto(QUESTION_PAGE)
    refs = [questions(a).nth(i).get_attribute("data-question") for i in range(2)]
    answer_question(questions(a).nth(0), correct=True)
    answer_question(questions(b).nth(1), correct=False)
    for tab in (a, b):
        stored = tab.evaluate("(refs) => refs.map((ref) => window.swanStore.get('vraag:' + ref))", refs)
        assert [answer and answer["correct"] for answer in stored] == [True, False]
    # The stale tab answers another question: the first two stay as they were.
    answer_question(questions(a).nth(2), correct=True)
    a.reload()
    for index in range(3):
        expect(feedback(questions(a).nth(index))).to_be_visible()
    assert a.evaluate(f"window.swanStore.get('vraag:{refs[1]}').correct") is False
    assert a.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('quiz_progress_'))") == []


def test_a_note_typed_in_another_tab_shows_and_a_click_in_a_stale_tab_keeps_it(two_tabs):
    a, b = two_tabs
    a.goto(LEIDRAAD)
    b.goto(LEIDRAAD)
    a.get_by_label("Wat is de situatie").fill("Eerste versie.")
    a.get_by_label("Wat is de situatie").blur()  # the learner goes on in the other tab
    expect(b.get_by_label("Wat is de situatie")).to_have_value("Eerste versie.")
    b.get_by_label("Wat is de situatie").fill("Nieuwere versie uit tab B.")
    # Tab A shows the newer note, in the field and in the summary.
    expect(a.get_by_label("Wat is de situatie")).to_have_value("Nieuwere versie uit tab B.")
    expect(a.get_by_test_id("samenvatting")).to_contain_text("Nieuwere versie uit tab B.")
    # A click in tab A writes only its own key.
    a.get_by_role("checkbox", name="Sociale cohesie").check()
    expect(b.get_by_role("checkbox", name="Sociale cohesie")).to_be_checked()
    a.reload()
    expect(a.get_by_label("Wat is de situatie")).to_have_value("Nieuwere versie uit tab B.")
    assert a.evaluate("window.swanStore.get('leidraad:situatie')") == "Nieuwere versie uit tab B."


def test_a_newer_note_does_not_overwrite_what_the_learner_is_typing(two_tabs):
    a, b = two_tabs
    a.goto(LEIDRAAD)
    b.goto(LEIDRAAD)
    field = a.get_by_label("Wat is de situatie")
    field.fill("Wat ik nu typ")
    expect(b.get_by_label("Wat is de situatie")).to_have_value("Wat ik nu typ")
    b.get_by_label("Wat is de situatie").fill("Tekst uit het andere tabblad")
    notice = a.get_by_test_id("swan-newer-note")
    expect(notice).to_contain_text("In een ander tabblad staat een nieuwere versie van deze aantekening.")
    expect(field).to_have_value("Wat ik nu typ")
    expect(field).to_be_focused()
    notice.get_by_role("button", name="Gebruik de nieuwere tekst").click()
    expect(field).to_have_value("Tekst uit het andere tabblad")
    expect(notice).to_have_count(0)
    expect(field).to_be_focused()

    # The other way round: keep one's own text, which then is the newest.
    b.get_by_label("Wat is de situatie").fill("Nog een versie")
    expect(notice).to_be_visible()
    notice.get_by_role("button", name="Houd mijn tekst").click()
    expect(notice).to_have_count(0)
    expect(field).to_have_value("Tekst uit het andere tabblad")
    assert a.evaluate("window.swanStore.get('leidraad:situatie')") == "Tekst uit het andere tabblad"
    # Tab B's learner is typing too: now that tab offers the newer text.
    expect(b.get_by_test_id("swan-newer-note")).to_be_visible()
    expect(b.get_by_label("Wat is de situatie")).to_have_value("Nog een versie")
