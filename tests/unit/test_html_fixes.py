"""The repairs to the theme's HTML match what Material writes, and only that."""

from importlib.resources import files

from swan_course.render import html_fixes


def test_theme_drops_empty_tabindex_and_checkbox_autocomplete():
    page = ('<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">'
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" class="md-search__input" autocomplete="off">')
    assert html_fixes.theme(page) == (
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input type="text" class="md-search__input" autocomplete="off">')


def test_material_still_writes_what_the_repairs_fix():
    # When this fails, Material changed its markup: check whether the repair is still needed.
    templates = files("material") / "templates"
    nav_item = (templates / "partials" / "nav-item.html").read_text(encoding="utf-8")
    assert '{% set tabindex = "0" if not is_section %}' in nav_item
    assert 'id="{{ path }}_label" tabindex="{{ tabindex }}">' in nav_item
    base = (templates / "base.html").read_text(encoding="utf-8")
    for toggle in ("drawer", "search"):
        assert (f'<input class="md-toggle" data-md-toggle="{toggle}" type="checkbox" id="__{toggle}" '
                'autocomplete="off">') in base
