"""The nav as mkdocs.yml writes it: page paths in order, casus pages added to the casussen section."""

from types import SimpleNamespace

from swan_course.content.nav import add_casussen_to_nav, nav_paths, nav_sections, sidebar

NAV = [{"Start": "index.md"}, {"Module": ["m/index.md", {"Een": "m/een.md"}]},
       {"Casussen": [{"Overzicht": "casussen/index.md"}]}]


def test_nav_paths_are_the_pages_in_order():
    assert nav_paths(NAV) == ["index.md", "m/index.md", "m/een.md", "casussen/index.md"]


def test_casus_pages_are_added_to_the_section_with_the_overview_sorted_by_title():
    nav = [dict(item) for item in NAV]
    nav[2] = {"Casussen": [{"Overzicht": "casussen/index.md"}]}
    add_casussen_to_nav(nav, {"z": {"title": "Zorg"}, "a": {"title": "Armoede"}})
    assert nav[2]["Casussen"][1:] == [{"Armoede": "casussen/a/index.md"}, {"Zorg": "casussen/z/index.md"}]


def test_without_a_casussen_section_the_nav_stays_as_it_is():
    nav = [{"Start": "index.md"}]
    add_casussen_to_nav(nav, {"a": {"title": "Armoede"}})
    assert nav == [{"Start": "index.md"}]


def _page(src):
    return SimpleNamespace(is_page=True, is_section=False, file=SimpleNamespace(src_uri=src))


def test_nav_sections_group_pages_under_their_top_section_and_loose_pages_first():
    module = SimpleNamespace(is_section=True, is_page=False, title="Module",
                             children=[_page("m/index.md"), SimpleNamespace(is_section=True, is_page=False, title="Sub",
                                                                            children=[_page("m/een.md")])])
    assert nav_sections([_page("index.md"), module]) == [
        {"title": "", "pages": ["index.md"]}, {"title": "Module", "pages": ["m/index.md", "m/een.md"]}]


def _section(title, children, active=False):
    return SimpleNamespace(is_section=True, is_page=False, title=title, children=children, active=active)


def test_the_sidebar_leaves_out_the_other_casus_pages_and_keeps_the_nav_whole():
    overview, one, two = _page("casussen/index.md"), _page("casussen/een/index.md"), _page("casussen/twee/index.md")
    module = _section("Module", [_page("m/index.md")])
    casussen = _section("Casussen", [overview, one, two], active=True)
    nav = SimpleNamespace(items=[_page("index.md"), module, casussen], pages=[overview, one, two])
    shown = sidebar(nav, one)
    assert shown.items[1] is module  # sections without casus pages are not copied
    assert shown.items[2].children == [overview, one] and shown.items[2].active is True
    assert sidebar(nav, overview).items[2].children == [overview]
    assert casussen.children == [overview, one, two] and nav.pages == [overview, one, two]  # the nav is unchanged
