"""WCAG 2.1 AA by axe-core on pages after the learner used them (every page as loaded: test_every_page.py)."""

import pytest
from playwright.sync_api import expect

from axe_check import violations
from learner import answer_question, feedback, pages_with, questions


def test_the_check_finds_a_violation(page, site_url):
    page.goto(site_url)
    page.evaluate("""() => {
        const image = document.createElement("img");
        image.src = "assets/images/favicon.png";
        document.querySelector("article").append(image);
    }""")
    assert any("image-alt" in line for line in violations(page))


def answer_every_question(page) -> int:
    """Answer each quiz on the page wrongly (the hardest state to draw), like a hurried learner."""
    asked = questions(page).all()
    for question in asked:
        answer_question(question, correct=False)
    return len(asked)


@pytest.mark.parametrize("kind", ["radio", "checkbox", "text"])
def test_quiz_pages_pass_axe_after_answering(page, course_site, site_url, kind):
    marker = {"radio": 'type="radio" name="answer"', "checkbox": 'type="checkbox" name="answer"',
              "text": 'data-quiz-type="fill-blank"'}[kind]
    quiz_pages = pages_with(course_site, marker)
    assert quiz_pages
    found = []
    for path in quiz_pages[:4]:
        page.goto(site_url + path)
        assert answer_every_question(page) > 0
        found += violations(page)
    assert found == []


def test_casus_pages_pass_axe_after_every_decision(page, course_site, site_url):
    casus_pages = pages_with(course_site, 'class="swan-decision"')
    assert len(casus_pages) >= 10
    found = []
    for path in casus_pages:
        page.goto(site_url + path)
        decisions = page.locator(".swan-decision")
        for index in range(decisions.count()):
            decision = decisions.nth(index)
            decision.get_by_role("button", name="Bekijk de feedback").click()
            expect(decision.locator(".swan-decision__hint")).to_be_visible()
            decision.locator('input[type="radio"]').first.check()
            decision.get_by_role("button", name="Bekijk de feedback").click()
            expect(decision.locator(".swan-decision__feedback:visible")).to_have_count(1)
        page.locator(".swan-reflection textarea").first.fill("Mijn eerste gedachte.")
        found += violations(page)
    assert found == []


def test_quiz_feedback_is_announced(page, course_site, site_url):
    page.goto(site_url + pages_with(course_site, 'type="radio" name="answer"')[0])
    announced = feedback(questions(page).first)
    expect(announced).to_have_attribute("aria-live", "polite")
    answer_every_question(page)
    expect(announced).not_to_be_empty()
