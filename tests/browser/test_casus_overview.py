"""The casus overview: a coverage table, and filters by level, condition, model and setting."""

import pytest
from playwright.sync_api import expect


def card_count(course_site) -> int:
    return sum(1 for path in (course_site / "casussen").iterdir() if path.is_dir())


def test_coverage_table_lists_every_casus_and_covers_every_tag(page, course_site):
    page.goto("casussen/")
    table = page.get_by_role("table", name="Dekking van de casussen")
    expect(table).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(card_count(course_site))
    counts = [int(text) for text in table.locator("tfoot .swan-matrix__count").all_inner_texts()]
    assert len(counts) == 3 + 4 + 4 + 6 and min(counts) >= 1


@pytest.mark.parametrize("width", [1280, 360])
def test_coverage_table_fits_the_column_without_sideways_scrolling(page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("casussen/")
    table = page.get_by_role("table", name="Dekking van de casussen")
    expect(table).to_be_visible()
    column = page.locator(".md-content__inner").bounding_box()
    box = table.bounding_box()
    assert box["x"] >= column["x"] and box["x"] + box["width"] <= column["x"] + column["width"] + 0.5
    # Nothing inside sticks out of the table or scrolls inside it.
    rightmost = table.evaluate("t => Math.max(...[...t.querySelectorAll('th, td, a, li')]"
                               ".map(e => e.getBoundingClientRect().right))")
    assert rightmost <= box["x"] + box["width"] + 0.5
    assert table.evaluate("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth")


@pytest.mark.parametrize("width", [1280, 360])
def test_coverage_table_reads_as_a_table_with_a_header_per_row_and_column(page, course_site, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("casussen/")
    table = page.get_by_role("table", name="Dekking van de casussen")
    expect(table.get_by_role("columnheader")).to_have_text(["Casus", "Niveaus", "Voorwaarden", "Modellen",
                                                             "Dilemma's"])
    expect(table.get_by_role("rowheader")).to_have_count(card_count(course_site) + 1)
    row = table.locator("tbody").get_by_role("row").first
    expect(row.get_by_role("cell")).to_have_count(4)
    link = row.get_by_role("rowheader").get_by_role("link")
    title = link.inner_text()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)


def test_filters_hide_cards_that_do_not_match_and_say_how_many_are_left(page, course_site):
    page.goto("casussen/")
    total = card_count(course_site)
    count = page.locator(".swan-filter__count")
    expect(count).to_have_text(f"{total} casussen")
    page.locator("#filter-models").select_option("omgekeerde-toets")
    visible = page.locator(".swan-casus-card:visible")
    shown = visible.count()
    assert 0 < shown < total
    expect(count).to_have_text(f"{shown} casussen" if shown != 1 else "1 casus")
    for index in range(shown):
        assert "omgekeerde-toets" in visible.nth(index).get_attribute("data-models").split()
    expect(page.locator(".swan-matrix tbody tr:visible")).to_have_count(shown)
    page.locator("#filter-setting").select_option("buurtgroep")
    expect(count).to_contain_text("0 casussen")
    page.get_by_role("button", name="Toon alle casussen").click()
    expect(page.locator(".swan-casus-card:visible")).to_have_count(total)


def test_level_and_condition_filters_combine(page):
    page.goto("casussen/")
    page.locator("#filter-levels").select_option("maatschappij")
    page.locator("#filter-conditions").select_option("sociaaleconomische-zekerheid")
    visible = page.locator(".swan-casus-card:visible")
    assert visible.count() >= 1
    for index in range(visible.count()):
        card = visible.nth(index)
        assert "maatschappij" in card.get_attribute("data-levels").split()
        assert "sociaaleconomische-zekerheid" in card.get_attribute("data-conditions").split()


def test_without_javascript_every_card_shows_and_no_filter(browser, base_url, course_site):
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    page.goto("casussen/")
    expect(page.locator(".swan-casus-card:visible")).to_have_count(card_count(course_site))
    expect(page.locator(".swan-filter")).to_be_hidden()
    context.close()


def test_overview_does_not_scroll_sideways_on_a_phone(page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto("casussen/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
