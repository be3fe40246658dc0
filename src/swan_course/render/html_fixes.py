"""Small, documented repairs to HTML that the theme produces.

Each fix makes a page pass the W3C Nu HTML checker or axe-core (WCAG 2.1 AA)
without forking a template. Every pattern is exact: when a new Material or
release changes its markup, the fix stops matching and the HTML
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


def theme(html: str) -> str:
    """Repair Material's page HTML (whole page, after the theme rendered it)."""
    html = _EMPTY_TABINDEX.sub(r"\1", html)
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
