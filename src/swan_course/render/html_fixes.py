"""Small, documented repairs to HTML that Material writes.

Each fix makes a page pass the W3C Nu HTML checker. Material documents
overriding its partials, but these attributes sit in partials/nav-item.html (a
170-line template) and in base.html outside any block: a copy of either would
silently drift from Material's on an upgrade, where a repair of one attribute
fails loudly. Every pattern is exact, and tests/unit/test_html_fixes.py checks
that Material's templates still write what is repaired here.
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
