"""Search finds Dutch words, with the Dutch search language."""

from playwright.sync_api import expect


def _results(page):
    return page.get_by_role("search").get_by_role("article")


def test_search_finds_a_dutch_word(page):
    page.goto("")
    page.keyboard.press("/")
    query = page.get_by_role("textbox", name="Zoeken")
    expect(query).to_be_focused()
    # Typed key by key, as a learner types: Material reads the query on keyup (and when its worker is
    # ready), so fill(), which sends only an input event, goes unread once the worker is ready first.
    query.press_sequentially("casussen")
    result = _results(page).first
    # The search worker first builds its index (under a second here); a query typed
    # before that is answered once it is ready. A busy two-core CI machine once took
    # more than the default five seconds.
    expect(result).to_be_visible(timeout=20_000)
    expect(result).to_contain_text("asus")


def test_a_query_typed_before_the_index_arrives_is_answered_when_it_does(page):
    # On a slow intranet the index can arrive seconds after the page; the learner's query must not be lost.
    held = []
    page.context.route("**/search/search_index.json", lambda route: held.append(route))
    page.goto("")
    page.keyboard.press("/")
    page.get_by_role("textbox", name="Zoeken").press_sequentially("signaleren")
    expect(page.get_by_role("search")).to_contain_text("Zoeken initialiseren")
    expect(_results(page)).to_have_count(0)
    assert len(held) == 1
    held[0].continue_()
    expect(_results(page).first).to_contain_text("ignaler", timeout=20_000)
