"""A casus decision point gives feedback on the chosen option, kept across a reload."""

import pytest
from playwright.sync_api import expect

from learner import pages_with


@pytest.fixture(scope="module")
def casus_page(course_site) -> str:
    pages = pages_with(course_site, 'class="swan-decision"')
    assert pages, "no casus with a decision point"
    return pages[0]


def test_decision_point_shows_feedback_for_the_chosen_option(page, casus_page):
    page.goto(casus_page)
    decision = page.locator(".swan-decision").first
    decision.locator('input[type="radio"][value="1"]').check()
    decision.get_by_role("button", name="Bekijk de feedback").click()
    feedback = decision.locator('.swan-decision__feedback[data-option="1"]')
    expect(feedback).to_be_visible()
    expect(decision.locator('.swan-decision__feedback[data-option="0"]')).to_be_hidden()
    page.reload()
    expect(page.locator(".swan-decision").first.locator('.swan-decision__feedback[data-option="1"]')).to_be_visible()


def test_the_options_come_in_a_new_order_and_the_choice_stays_with_its_option(page, casus_page):
    page.add_init_script("Math.random = () => 0;")  # the shuffle's every draw picks the first place
    page.goto(casus_page)
    decision = page.locator(".swan-decision").first
    values = decision.locator('input[type="radio"]').evaluate_all("inputs => inputs.map((input) => input.value)")
    assert sorted(values) == [str(n) for n in range(len(values))] and values != sorted(values)
    decision.locator('input[type="radio"][value="0"]').check()
    decision.get_by_role("button", name="Bekijk de feedback").click()
    expect(decision.locator('.swan-decision__feedback[data-option="0"]')).to_be_visible()


def test_feedback_asks_for_a_choice_first(page, casus_page):
    page.goto(casus_page)
    decision = page.locator(".swan-decision").first
    decision.get_by_role("button", name="Bekijk de feedback").click()
    expect(decision.get_by_text("Kies eerst een van de mogelijkheden")).to_be_visible()


def test_reflection_note_stays_text_and_survives_reload(page, casus_page):
    page.goto(casus_page)
    note = page.locator(".swan-reflection textarea").first
    note.fill("<img src=x onerror=window.hacked=1> mijn antwoord")
    page.reload()
    expect(page.locator(".swan-reflection textarea").first).to_have_value("<img src=x onerror=window.hacked=1> mijn antwoord")
    assert page.evaluate("window.hacked") is None


def test_overview_lists_every_casus(page, course_site):
    page.goto("casussen/")
    casussen = [p for p in (course_site / "casussen").iterdir() if p.is_dir()]
    expect(page.locator(".swan-casus-card")).to_have_count(len(casussen))
