"""Answering a quiz shows the option's feedback and the explanation, and survives a reload."""

import pytest
from playwright.sync_api import expect

from conftest import pages_with


@pytest.fixture(scope="module")
def quiz_page(course_site) -> str:
    pages = pages_with(course_site, 'type="radio" name="answer"')
    assert pages, "no page with a single-choice quiz"
    return pages[0]


def _first_single_choice(page):
    return page.locator(".swan-question").filter(has=page.locator('input[type="radio"]')).first


def test_wrong_answer_shows_its_feedback_and_the_explanation(page, quiz_page):
    page.goto(quiz_page)
    question = _first_single_choice(page)
    option = question.locator("fieldset > div:has(input:not([data-correct]))").first
    option.locator("input").check()
    question.get_by_role("button", name="Controleer").click()
    feedback = option.locator(".answer-feedback").text_content().strip()
    expect(question.locator(".quiz-feedback")).to_be_visible()
    expect(question.locator(".quiz-feedback")).to_contain_text(feedback)
    expect(question.locator("section.content")).to_be_visible()


def test_answer_survives_a_reload(page, quiz_page):
    page.goto(quiz_page)
    question = _first_single_choice(page)
    option = question.locator("fieldset > div:has(input[data-correct])")
    option.locator("input").check()
    question.get_by_role("button", name="Controleer").click()
    feedback = option.locator(".answer-feedback").text_content().strip()
    expect(question.locator(".quiz-feedback")).to_contain_text(feedback)
    page.reload()
    question = _first_single_choice(page)
    expect(question.locator("input[data-correct]")).to_be_checked()
    expect(question.locator(".quiz-feedback")).to_contain_text(feedback)


def test_arrow_keys_do_not_submit_an_answer(page, quiz_page):
    page.goto(quiz_page)
    question = _first_single_choice(page)
    question.locator('input[type="radio"]').first.focus()
    page.keyboard.press("ArrowDown")
    expect(question.locator('input[type="radio"]:checked')).to_have_count(1)
    expect(question.locator(".quiz-feedback")).to_be_hidden()
