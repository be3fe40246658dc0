"""Answering a quiz shows the option's feedback and the explanation, and survives a reload."""

import pytest
from playwright.sync_api import expect

from learner import check_button, explanation, feedback, pages_with, questions


@pytest.fixture(scope="module")
def quiz_page(course_site) -> str:
    pages = pages_with(course_site, 'type="radio" name="answer"')
    assert pages, "no page with a single-choice quiz"
    return pages[0]


def _first_single_choice(page):
    return questions(page).filter(has=page.get_by_role("radio")).first


def _option_feedback(question, option) -> str:
    """The feedback text that mkdocs-quiz shows for an option (the element after its label)."""
    return question.evaluate("(q, id) => document.getElementById(id).parentElement.lastElementChild.textContent",
                             option.get_attribute("id")).strip()


def test_wrong_answer_shows_its_feedback_and_the_explanation(page, quiz_page):
    page.goto(quiz_page)
    question = _first_single_choice(page)
    option = question.locator("input[type=radio]:not([data-correct])").first
    option.check()
    check_button(question).click()
    expect(feedback(question)).to_be_visible()
    expect(feedback(question)).to_contain_text(_option_feedback(question, option))
    expect(explanation(question)).to_be_visible()


def test_answer_survives_a_reload(page, quiz_page):
    page.goto(quiz_page)
    question = _first_single_choice(page)
    option = question.locator("input[type=radio][data-correct]")
    option.check()
    check_button(question).click()
    text = _option_feedback(question, option)
    expect(feedback(question)).to_contain_text(text)
    page.reload()
    question = _first_single_choice(page)
    expect(question.locator("input[data-correct]")).to_be_checked()
    expect(feedback(question)).to_contain_text(text)


def test_arrow_keys_do_not_submit_an_answer(page, quiz_page):
    page.goto(quiz_page)
    question = _first_single_choice(page)
    question.get_by_role("radio").first.focus()
    page.keyboard.press("ArrowDown")
    expect(question.get_by_role("radio", checked=True)).to_have_count(1)
    expect(feedback(question)).to_be_hidden()
