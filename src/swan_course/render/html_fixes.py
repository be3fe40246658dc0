"""Small, documented repairs to HTML that the theme and the quiz plugin produce.

Each fix makes a page pass the W3C Nu HTML checker or axe-core (WCAG 2.1 AA)
without forking a template. Every pattern is exact: when a new Material or
mkdocs-quiz release changes its markup, the fix stops matching and the HTML
and accessibility tests name the page that broke.
"""

from __future__ import annotations

import re

# Material 9.8 partials/nav-item.html writes tabindex="" on the labels of nav
# sections (its `tabindex` variable is undefined there). An empty tabindex is
# invalid HTML; leaving the attribute out means the same thing.
_EMPTY_TABINDEX = re.compile(r'(<label class="md-nav__link[^"]*" for="[^"]*" id="[^"]*") tabindex=""')

# Material's base.html sets autocomplete="off" on its drawer and search
# checkboxes (to stop Firefox restoring their state). The attribute is not
# allowed on checkboxes; a restored drawer state is harmless.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle" data-md-toggle="\w+" type="checkbox" id="\w+") autocomplete="off"')

# mkdocs-quiz 1.7 puts aria-label on a plain <div> (not allowed without a role);
# this box is a region of the page that summarises the quiz progress.
_QUIZ_SIDEBAR = '<div id="quiz-progress-sidebar" aria-label='

# mkdocs-quiz 1.7 shows feedback by filling an empty div and moving focus to it.
# A polite status region also makes screen readers announce it when focus does
# not land there (e.g. after a reset or in browse mode).
_QUIZ_FEEDBACK = '<div class="quiz-feedback hidden">'

# mkdocs-quiz 1.7's permalink per question has the link text "#".
_QUIZ_HEADER_LINK = re.compile(r'<a href="#(quiz-[\w-]+)" class="quiz-header-link">#</a>')


def theme(html: str) -> str:
    """Repair Material's page HTML (whole page, after the theme rendered it)."""
    html = _EMPTY_TABINDEX.sub(r"\1", html)
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)


def quiz(html: str) -> str:
    """Repair mkdocs-quiz's HTML in a page's content."""
    html = html.replace(_QUIZ_SIDEBAR, '<div id="quiz-progress-sidebar" role="region" aria-label=')
    html = html.replace(_QUIZ_FEEDBACK, '<div class="quiz-feedback hidden" role="status" aria-live="polite">')
    return _QUIZ_HEADER_LINK.sub(
        r'<a href="#\1" class="quiz-header-link" aria-label="Link naar deze vraag">#</a>', html)
