"""A learner works through the whole course, fails and retakes the eindtoets, and prints the bewijs van deelname."""

import re

from playwright.sync_api import expect

from learner import answer_all, take_eindtoets


def _course_map(page) -> dict:
    return page.evaluate("window.swanCourseMap")


def test_full_run_from_the_first_page_to_the_bewijs_van_deelname(page):
    page.goto("")
    course = _course_map(page)
    expect(page.get_by_test_id("swan-overview-total")).to_have_text(
        f"Je hebt 0 van de {len(course['modules'])} modules afgerond.")

    # Every module: open every page and answer every question.
    for module in course["modules"]:
        answered = 0
        for module_page in module["pages"]:
            page.goto(module_page["url"])
            answered += answer_all(page)
        assert answered == len(module["questions"])
        mark = page.get_by_test_id(f"swan-nav-mark-{module['id']}")
        expect(mark).to_contain_text("afgerond")
        expect(mark).to_have_attribute("data-status", "done")

    page.goto("")
    expect(page.get_by_test_id("swan-overview-total")).to_have_text(
        f"Je hebt {len(course['modules'])} van de {len(course['modules'])} modules afgerond.")
    expect(page.get_by_test_id("swan-continue")).to_have_text(course["modules"][-1]["pages"][-1]["title"])
    pages = sum(len(m["pages"]) for m in course["modules"])
    total = sum(len(m["questions"]) for m in course["modules"])
    expect(page.get_by_test_id("swan-overview-course")).to_have_text(
        f"In de hele cursus: {pages} van de {pages} pagina's gelezen, "
        f"{total} van de {total} vragen beantwoord, waarvan {total} goed.")

    # Not yet complete: the bewijs page names the eindtoets as the one thing missing.
    page.goto("bewijs-van-deelname/")
    missing = page.get_by_test_id("swan-bewijs-missing").locator("li")
    expect(missing).to_have_count(1)
    expect(missing).to_contain_text("Eindtoets")
    expect(page.get_by_test_id("swan-certificate")).to_have_count(0)

    # Eindtoets, first attempt: half of the drawn items wrong, so below the pass mark.
    page.goto(course["eindtoets"]["url"])
    draw = course["eindtoets"]["vragen"]
    first = take_eindtoets(page, right=draw // 2)
    assert len(first) == draw
    score = round(100 * (draw // 2) / draw)
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text(f"Je score: {score}%")
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("nog niet geslaagd")
    revisit = page.get_by_test_id("swan-exam-revisit")
    expect(revisit.get_by_role("link").first).to_be_visible()
    wrong_goal = page.get_by_test_id(f"toets-{first[-1]}").get_attribute("data-leerdoel")
    goal = next(g for m in course["modules"] for g in m["leerdoelen"] if g["id"] == wrong_goal)
    expect(revisit).to_contain_text(goal["tekst"])
    assert page.evaluate("window.swanProgress.summary().eindtoets") == {"score": score, "passed": False}

    # A new attempt draws mostly other items; the best handed-in attempt counts.
    page.get_by_test_id("swan-exam-again").click()
    second = take_eindtoets(page)
    assert len(set(first) & set(second)) <= draw // 4, "a retake gets a fresh draw"
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("Je score: 100%")
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("Je bent geslaagd")

    summary = page.evaluate("window.swanProgress.summary()")
    assert summary["complete"] is True
    assert summary["eindtoets"] == {"score": 100, "passed": True}

    # The bewijs van deelname: name, course, version, score, study load, and the disclaimer.
    page.goto("bewijs-van-deelname/")
    page.get_by_label("Je naam zoals die op het bewijs moet staan").fill("Fatima <b>de Vries</b>")
    page.get_by_role("button", name="Maak je bewijs").click()
    certificate = page.get_by_test_id("swan-certificate")
    expect(page.get_by_test_id("swan-certificate-name")).to_have_text("Fatima <b>de Vries</b>")
    expect(certificate).to_contain_text(course["title"])
    expect(certificate).to_contain_text(course["version"])
    expect(certificate).to_contain_text("100% goed")
    expect(certificate).to_contain_text(f"{course['studietijd']} minuten")
    expect(certificate).to_contain_text("geen officiële accreditatie")
    for module in course["modules"]:
        expect(certificate).to_contain_text(module["title"])
    expect(certificate.locator("dd").nth(1)).to_have_text(re.compile(r"^\d{1,2} \w+ \d{4}$"))

    # The name is kept: a new visit shows the bewijs straight away; printing shows only the bewijs.
    page.reload()
    expect(page.get_by_test_id("swan-certificate-name")).to_have_text("Fatima <b>de Vries</b>")
    page.emulate_media(media="print")
    expect(certificate).to_be_visible()
    expect(page.get_by_role("button", name="Maak je bewijs")).to_be_hidden()
    expect(page.get_by_role("banner")).to_be_hidden()
    expect(page.get_by_role("heading", level=1, name="Bewijs van deelname").first).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "the bewijs does not fit on one A4 sheet"
