"""Keyboard-only use: a whole quiz page and a whole casus, with a visible focus at every stop."""

from playwright.sync_api import expect

from learner import explanation, feedback, pages_with, questions
from keyboard import focused, focused_name, tab, walk

# True when focus is in an answer field of a question that has not been answered yet.
_IN_UNANSWERED_QUESTION = """() => {
    const input = document.activeElement;
    const question = input && input.closest("[data-question]");
    const announced = question && question.querySelector("[role=status]");
    return Boolean(question && input.matches('input[name="answer"], input[type="text"]')
                   && announced && !announced.checkVisibility());
}"""


# How many questions show their feedback.
_ANSWERED = """() => Array.from(document.querySelectorAll("[data-question] [role=status]"))
    .filter((status) => status.checkVisibility()).length"""


def _answer_focused_question(page) -> None:
    """Answer the quiz whose first input has focus, and submit it, with keys only."""
    if focused(page, 'input[type="text"]'):
        page.keyboard.type("antwoord")
        page.keyboard.press("Enter")
        return
    page.keyboard.press("Space")
    while focused_name(page) != "Controleer":
        assert tab(page), "focus left the page before the submit button"
    page.keyboard.press("Enter")


def test_a_quiz_page_can_be_completed_with_the_keyboard(page, course_site, site_url):
    # The page with the most question types: radio, checkbox and fill-in.
    kinds = ['type="radio" name="answer"', 'type="checkbox" name="answer"', 'data-quiz-type="fill-blank"']
    path = max(pages_with(course_site, "data-question="),
               key=lambda p: sum(k in (course_site / p / "index.html").read_text(encoding="utf-8") for k in kinds))
    page.goto(site_url + path)
    asked = questions(page)
    total = asked.count()
    assert total >= 2

    def answer_unanswered(page) -> bool:
        if page.evaluate(_IN_UNANSWERED_QUESTION):
            _answer_focused_question(page)
        return page.evaluate(_ANSWERED) == total

    unseen_focus = walk(page, answer_unanswered)
    for index in range(total):
        expect(feedback(asked.nth(index))).to_be_visible()
        expect(explanation(asked.nth(index))).to_be_visible()
    assert unseen_focus == []


def test_a_casus_can_be_worked_through_with_the_keyboard(page, course_site, site_url):
    page.goto(site_url + pages_with(course_site, 'class="swan-decision"')[0])
    decisions = page.locator(".swan-decision")

    def work_through(page) -> bool:
        if focused(page, ".swan-decision input[type=radio]"):
            page.keyboard.press("ArrowDown")  # moves to and picks the next option
            page.keyboard.press("Tab")
            assert focused_name(page) == "Bekijk de feedback"
            page.keyboard.press("Enter")
        elif focused(page, ".swan-reflection textarea"):
            page.keyboard.type("Wat ik zou doen.")
        elif focused(page, ".swan-model__toggle[aria-expanded=false]"):
            page.keyboard.press("Enter")  # the model answer opens once the learner has written something
        return focused(page, "footer a")

    unseen_focus = walk(page, work_through)
    expect(decisions.locator(".swan-decision__feedback:visible")).to_have_count(decisions.count())
    expect(page.locator(".swan-reflection textarea").first).to_have_value("Wat ik zou doen.")
    expect(page.locator(".swan-model__answer:visible")).to_have_count(page.locator(".swan-reflection").count())
    assert unseen_focus == []
