"""Every casus page shows all its rounds; model answers open only after the learner has tried."""

import pytest
from playwright.sync_api import expect

ROUNDS = ["#situatie", "#stap-doel", "#factoren", "#opties", "#afweging", "#keuze", "#verantwoording",
          "#waartoe", "#wat", "#met-wie", "#in-welke-volgorde", "#op-grond-van-welke-afweging",
          "#signaal", "#terugkoppeling", "#reflectie"]


@pytest.fixture(scope="module")
def casus_pages(course_site) -> list[str]:
    pages = sorted(f"casussen/{path.name}/" for path in (course_site / "casussen").iterdir() if path.is_dir())
    assert len(pages) >= 10
    return pages


def test_every_casus_page_renders_all_rounds_in_order(page, casus_pages):
    for path in casus_pages:
        page.goto(path)
        tops = []
        for anchor in ROUNDS:
            heading = page.locator(f"h2{anchor}, h3{anchor}")
            expect(heading, f"{path} {anchor}").to_be_visible()
            tops.append(heading.bounding_box()["y"])
        assert tops == sorted(tops), path
        assert page.locator(".swan-decision").count() >= 2, path
        expect(page.get_by_text("Deze casus is fictief")).to_be_visible()


def test_the_choice_is_told_after_the_decision_point(page, casus_pages):
    page.goto(casus_pages[0])
    decision = page.locator("#keuze-afweging").bounding_box()["y"]
    assert page.locator("h3#afweging").bounding_box()["y"] < decision < page.locator("h3#keuze").bounding_box()["y"]


def test_model_answer_stays_closed_until_the_learner_wrote_something(page, casus_pages):
    page.goto(casus_pages[0])
    model = page.get_by_test_id("modelantwoord-1")
    toggle = model.get_by_role("button", name="Bekijk het modelantwoord")
    expect(toggle).to_have_attribute("aria-disabled", "true")
    toggle.press("Enter")
    expect(model.get_by_text("Schrijf eerst je eigen antwoord")).to_be_visible()
    expect(model.locator(".swan-model__answer")).to_be_hidden()
    page.locator("#reflectie-1").fill("Eerst luisteren naar de inwoner.")
    expect(model.get_by_text("Je kunt het modelantwoord nu openen.")).to_be_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(model.locator(".swan-model__answer")).to_be_visible()


def test_i_thought_about_it_opens_the_model_answer_and_is_kept(page, casus_pages):
    page.goto(casus_pages[1])
    model = page.get_by_test_id("modelantwoord-2")
    model.get_by_role("button", name="Ik heb erover nagedacht").click()
    toggle = model.get_by_role("button", name="Bekijk het modelantwoord")
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-disabled", "false")
    page.reload()
    toggle = page.get_by_test_id("modelantwoord-2").get_by_role("button", name="Bekijk het modelantwoord")
    expect(toggle).to_have_attribute("aria-disabled", "false")
    expect(page.get_by_test_id("modelantwoord-2").get_by_role("button", name="Ik heb erover nagedacht")).to_be_hidden()
    toggle.press("Enter")
    expect(page.get_by_test_id("modelantwoord-2").locator(".swan-model__answer")).to_be_visible()
