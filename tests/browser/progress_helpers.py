"""Helpers for the progress tests: answer the quiz questions on a page."""

from playwright.sync_api import expect


def answer_question(question, correct: bool = True) -> None:
    """Answer one mkdocs-quiz question through its form, right or wrong."""
    blank = question.locator("input.quiz-blank-input")
    if blank.count():
        blank.fill(blank.get_attribute("data-answer") if correct else "fout antwoord")
    elif correct:
        for option in question.locator("input[data-correct]").all():
            option.check()
    else:
        question.locator("input[name='answer']:not([data-correct])").first.check()
    question.get_by_role("button", name="Controleer").click()
    expect(question.locator(".quiz-feedback")).to_be_visible()


def answer_all(page, correct: bool = True) -> int:
    """Answer every question on the page; return how many there were."""
    questions = page.locator(".swan-question").all()
    for question in questions:
        answer_question(question, correct)
    return len(questions)
