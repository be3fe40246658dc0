"""Keyboard-only use: a whole quiz page and a whole casus, with a visible focus at every stop."""

from playwright.sync_api import expect

from conftest import pages_with
from keyboard import focused, tab, walk


def _answer_focused_question(page) -> None:
    """Answer the quiz whose first input has focus, and submit it, with keys only."""
    if focused(page, "input.quiz-blank-input"):
        page.keyboard.type("antwoord")
        page.keyboard.press("Enter")
        return
    page.keyboard.press("Space")
    while not focused(page, "button.quiz-button"):
        assert tab(page), "focus left the page before the submit button"
    page.keyboard.press("Enter")


def test_a_quiz_page_can_be_completed_with_the_keyboard(page, course_site, site_url):
    # The page with the most question types: radio, checkbox and fill-in.
    kinds = ['type="radio" name="answer"', 'type="checkbox" name="answer"', 'class="quiz-blank-input"']
    path = max(pages_with(course_site, "swan-question"),
               key=lambda p: sum(k in (course_site / p / "index.html").read_text(encoding="utf-8") for k in kinds))
    page.goto(site_url + path)
    questions = page.locator(".swan-question")
    total = questions.count()
    assert total >= 2

    def answer_unanswered(page) -> bool:
        if page.evaluate("""() => {
                const input = document.activeElement;
                const quiz = input && input.closest(".quiz");
                return Boolean(quiz && input.matches('input[name="answer"], input.quiz-blank-input')
                               && quiz.querySelector(".quiz-feedback").classList.contains("hidden"));
            }"""):
            _answer_focused_question(page)
        return page.locator(".swan-question .quiz-feedback:not(.hidden)").count() == total

    unseen_focus = walk(page, answer_unanswered)
    expect(page.locator(".swan-question .quiz-feedback:not(.hidden)")).to_have_count(total)
    expect(page.locator(".swan-question section.content:not(.hidden)")).to_have_count(total)
    assert unseen_focus == []


def test_a_casus_can_be_worked_through_with_the_keyboard(page, course_site, site_url):
    page.goto(site_url + pages_with(course_site, 'class="swan-decision"')[0])
    decisions = page.locator(".swan-decision")

    def work_through(page) -> bool:
        if focused(page, ".swan-decision input[type=radio]"):
            page.keyboard.press("ArrowDown")  # moves to and picks the next option
            page.keyboard.press("Tab")
            assert focused(page, ".swan-decision__submit")
            page.keyboard.press("Enter")
        elif focused(page, ".swan-reflection textarea"):
            page.keyboard.type("Wat ik zou doen.")
        elif focused(page, ".swan-model__toggle[aria-expanded=false]"):
            page.keyboard.press("Enter")  # the model answer opens once the learner has written something
        return focused(page, "footer a, .md-footer a")

    unseen_focus = walk(page, work_through)
    expect(decisions.locator(".swan-decision__feedback:visible")).to_have_count(decisions.count())
    expect(page.locator(".swan-reflection textarea").first).to_have_value("Wat ik zou doen.")
    expect(page.locator(".swan-model__answer:visible")).to_have_count(page.locator(".swan-reflection").count())
    assert unseen_focus == []
