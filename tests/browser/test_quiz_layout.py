"""How a question looks once answered, and the progress marks in the navigation (course.css)."""

import pytest
from playwright.sync_api import expect

from learner import answer_question, check_button, explanation, feedback, fill_in_question, question

PAGE = "drie-niveaus/drie-niveaus/"
LONG_OPTIONS = "drie-niveaus/corporatie-werkwijze"  # options of a line and a half at 1280 px

# The left edge of each line of a label's text, and the right edge of its radio button or checkbox.
_LINES = """(label) => {
    const range = document.createRange();
    range.selectNodeContents(label);
    const input = document.getElementById(label.htmlFor);
    return {lines: [...new Set([...range.getClientRects()].map((line) => Math.round(line.top)))].length,
            left: Math.min(...[...range.getClientRects()].map((line) => line.left)),
            input: input.getBoundingClientRect().right};
}"""


@pytest.mark.parametrize("width", [1280, 360])
def test_a_long_answer_wraps_beside_its_radio_button_not_under_it(page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(PAGE)
    labels = question(page, LONG_OPTIONS).locator("fieldset label")
    expect(labels).to_have_count(3)
    measured = [label.evaluate(_LINES) for label in labels.all()]
    assert any(m["lines"] > 1 for m in measured), measured
    assert all(m["left"] > m["input"] for m in measured), measured


def test_an_answered_question_shows_feedback_then_explanation_without_the_greyed_out_button(page):
    page.goto(PAGE)
    asked = question(page, LONG_OPTIONS)
    expect(check_button(asked)).to_be_visible()
    answer_question(asked, correct=False)
    expect(check_button(asked)).to_be_hidden()
    expect(explanation(asked)).to_be_visible()
    # quiz.js moved the focus to the feedback, so hiding the button loses no keyboard focus.
    expect(feedback(asked)).to_be_focused()
    # Nothing stands between the feedback and the explanation.
    below = feedback(asked).bounding_box()
    above = explanation(asked).bounding_box()
    assert 0 <= above["y"] - (below["y"] + below["height"]) < 40
    page.reload()
    expect(explanation(asked)).to_be_visible()
    expect(check_button(asked)).to_be_hidden()


def test_an_answered_fill_in_question_drops_its_button_too(page, course_site):
    path, ref = fill_in_question(course_site)
    page.goto(path.removesuffix("index.html"))
    asked = question(page, ref)
    answer_question(asked, correct=True)
    expect(check_button(asked)).to_be_hidden()
    expect(explanation(asked)).to_be_visible()


# True when the mark's box is level with one of the lines of its module's title.
_MARK_BESIDE_TITLE = """(mark) => {
    const title = mark.parentElement;
    const range = document.createRange();
    range.setStart(title, 0);
    range.setEndBefore(mark);
    const box = mark.getBoundingClientRect();
    return [...range.getClientRects()].some((line) => line.width > 0
        && box.top < line.bottom && box.bottom > line.top);
}"""


def test_a_progress_mark_in_the_navigation_stays_beside_its_module_title(page):
    modules = ["introductie", "drie-niveaus", "sociale-kwaliteit", "besluitvorming", "signaleren"]
    for module in modules:
        page.goto(f"{module}/")
    # The sidebar at 1280 px and the drawer at 360 px (laid out while closed as when open).
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("")
        for module in modules:
            mark = page.get_by_test_id(f"swan-nav-mark-{module}")
            expect(mark).to_contain_text("bezig")
            assert mark.evaluate(_MARK_BESIDE_TITLE), (width, module)
