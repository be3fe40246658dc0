"""The repairs to theme and quiz plugin HTML match what those packages write, and only that."""

from swan_course.render import html_fixes


def test_theme_drops_empty_tabindex_and_checkbox_autocomplete():
    page = ('<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">'
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" class="md-search__input" autocomplete="off">')
    assert html_fixes.theme(page) == (
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input type="text" class="md-search__input" autocomplete="off">')


def test_quiz_feedback_is_a_polite_status_and_links_and_regions_are_named():
    html = ('<div id="quiz-progress-sidebar" aria-label="Voortgang vragen" style="display: none;">'
            '<a href="#quiz-bank--vraag" class="quiz-header-link">#</a>'
            '<div class="quiz-feedback hidden"></div>')
    fixed = html_fixes.quiz(html)
    assert '<div id="quiz-progress-sidebar" role="region" aria-label="Voortgang vragen"' in fixed
    assert 'class="quiz-header-link" aria-label="Link naar deze vraag">#</a>' in fixed
    assert '<div class="quiz-feedback hidden" role="status" aria-live="polite"></div>' in fixed
