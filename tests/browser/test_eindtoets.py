"""The eindtoets in exam mode: a balanced draw, no feedback before hand-in, answers kept, the best attempt counts."""

from __future__ import annotations

import math

from playwright.sync_api import expect

from learner import take_eindtoets

KEY = "eindtoets-sleutel.js"


def _open(page) -> dict:
    """Open the eindtoets page and return the course map."""
    page.goto("eindtoets/")
    return page.evaluate("window.swanCourseMap")


def _drawn(page) -> list[dict]:
    return page.eval_on_selector_all("[data-item]:not([hidden])", "items => items.map((item) => ("
                                     "{id: item.dataset.item, leerdoel: item.dataset.leerdoel, type: item.dataset.type}))")


def test_an_attempt_draws_its_items_balanced_over_every_leerdoel(page):
    course = _open(page)
    goals = {goal["id"] for module in course["modules"] for goal in module["leerdoelen"]}
    page.get_by_test_id("swan-exam-start").click()
    drawn = _drawn(page)
    per_goal = [sum(1 for item in drawn if item["leerdoel"] == goal) for goal in goals]
    assert len(drawn) == course["eindtoets"]["vragen"]
    assert min(per_goal) >= 1, "every leerdoel is tested in every attempt"
    assert max(per_goal) <= math.ceil(len(drawn) / len(goals)), "no leerdoel gets a second item before all have one"
    expect(page.get_by_text(f"Vraag 1 van {len(drawn)}")).to_be_visible()


def test_nothing_tells_right_from_wrong_before_the_whole_test_is_handed_in(page):
    _open(page)
    asked = []
    page.on("request", lambda request: asked.append(request.url) if KEY in request.url else None)
    page.get_by_test_id("swan-exam-start").click()
    first = page.locator("[data-item]:not([hidden])").first
    first.locator("input").first.click()
    expect(page.get_by_text("Je hebt 1 van de")).to_be_visible()
    expect(page.get_by_text("Goed", exact=True)).to_have_count(0)
    assert page.evaluate("typeof window.swanExamKey") == "undefined" and asked == []
    take_eindtoets(page)
    assert len([url for url in asked if url.endswith(KEY)]) == 1
    reviews = page.locator("[data-item]:not([hidden]) .swan-exam__review")
    expect(reviews).to_have_count(page.evaluate("window.swanCourseMap.eindtoets.vragen"))
    for review in reviews.all():
        expect(review).to_be_visible()
        expect(review).to_contain_text("Jouw antwoord:")


def test_answers_and_the_order_of_the_options_survive_a_reload(page):
    _open(page)
    page.get_by_test_id("swan-exam-start").click()
    item = page.locator("[data-item][data-shuffle]:not([hidden])").first
    item_id = item.get_attribute("data-item")
    order = item.locator("input").evaluate_all("inputs => inputs.map((input) => input.value)")
    item.locator("input").nth(1).click()
    chosen = item.locator("input").nth(1).get_attribute("value")
    page.reload()
    again = page.get_by_test_id(f"toets-{item_id}")
    expect(again).to_be_visible()
    assert again.locator("input").evaluate_all("inputs => inputs.map((input) => input.value)") == order
    expect(again.locator(f'input[value="{chosen}"]')).to_be_checked()
    expect(page.get_by_text("Je hebt 1 van de")).to_be_visible()


def test_handing_in_with_open_items_asks_first_and_counts_them_wrong(page):
    _open(page)
    page.get_by_test_id("swan-exam-start").click()
    page.get_by_test_id("swan-exam-handin").click()
    confirm = page.get_by_test_id("swan-exam-confirm")
    expect(confirm).to_contain_text("vragen nog niet beantwoord. Een open vraag telt als fout.")
    page.get_by_role("button", name="Verder met de toets").click()
    expect(confirm).to_be_hidden()
    first = page.locator("[data-item]:not([hidden])").first
    expect(first.locator("input").first).to_be_focused()
    page.get_by_test_id("swan-exam-handin").click()
    page.get_by_role("button", name="Toch inleveren").click()
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("Je score: 0%")
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("nog niet geslaagd")
    expect(page.get_by_text("(niet beantwoord)").first).to_be_visible()


def test_a_retake_draws_fresh_items_and_the_best_attempt_counts(page):
    _open(page)
    first = take_eindtoets(page)
    assert page.evaluate("window.swanProgress.summary().eindtoets") == {"score": 100, "passed": True}
    page.get_by_test_id("swan-exam-again").click()
    second = take_eindtoets(page, right=0)
    assert len(set(first) & set(second)) <= len(first) // 4
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("Je score: 0%")
    expect(page.get_by_test_id("swan-exam-result")).to_contain_text("Je beste score tot nu toe is 100%")
    assert page.evaluate("window.swanProgress.summary().eindtoets") == {"score": 100, "passed": True}

    # Later, the last attempt can be looked at again, with what was right.
    page.reload()
    expect(page.get_by_text("Je beste score tot nu toe is 100%: je bent geslaagd.")).to_be_visible()
    page.get_by_test_id("swan-exam-review").click()
    expect(page.get_by_test_id("swan-exam-score")).to_contain_text("Je score: 0%")
    expect(page.get_by_text("Het juiste antwoord:").first).to_be_visible()


def test_a_result_of_the_old_toets_with_feedback_per_question_no_longer_counts(page):
    _open(page)
    page.evaluate("window.swanStore.set('eindtoets:resultaat', {score: 100, passed: true, datum: '2026-01-01'})")
    page.goto("bewijs-van-deelname/")
    assert page.evaluate("window.swanProgress.summary().eindtoets") is None
    expect(page.get_by_test_id("swan-bewijs-missing")).to_contain_text("Eindtoets")


def test_the_draw_gives_each_leerdoel_one_item_before_any_gets_two_and_prefers_fresh_items(page):
    _open(page)
    result = page.evaluate("""() => {
      const pool = [];
      ["a", "b", "c"].forEach((goal) => { for (let n = 0; n < 4; n++) pool.push({id: goal + n, leerdoel: goal}); });
      const first = window.swanExam.draw(pool, 5, {});
      const previous = Object.fromEntries(first.map((id) => [id, true]));
      return {first, second: window.swanExam.draw(pool, 5, previous), all: window.swanExam.draw(pool, 20, {})};
    }""")
    count = lambda ids, goal: sum(1 for id in ids if id.startswith(goal))  # noqa: E731
    assert sorted(count(result["first"], goal) for goal in "abc") == [1, 2, 2]
    assert set(result["first"]).isdisjoint(result["second"])
    assert len(result["all"]) == 12, "a draw larger than the pool takes the whole pool once"
