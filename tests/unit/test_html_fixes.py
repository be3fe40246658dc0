"""The repairs to the theme's HTML match what Material writes, and only that."""

from swan_course.render import html_fixes


def test_theme_drops_empty_tabindex_and_checkbox_autocomplete():
    page = ('<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">'
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" class="md-search__input" autocomplete="off">')
    assert html_fixes.theme(page) == (
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input type="text" class="md-search__input" autocomplete="off">')
