"""The course's own styles and scripts that not every page loads, in one place.

A page's kind-specific assets go into page.meta["swan_assets"]; overrides/main.html
links them, so other pages never download them. Everything else is listed in
mkdocs.yml (extra_css, extra_javascript) and loads on every page.
"""

from __future__ import annotations

# By the start of the page's path: casus pages and the overview; the gespreksleidraad and its kaartenset.
BY_PATH = {
    "casussen/": ["assets/casus.css", "assets/casus.js"],
    "gespreksleidraad/": ["assets/leidraad.css", "assets/leidraad.js"],
}
# The eindtoets page (the page with <!-- eindtoets -->, see render/exam.py): the exam script.
EXAM_MARKER = "<!-- eindtoets -->"
EXAM = ["assets/eindtoets.css", "assets/eindtoets.js"]
# Pages with a progress widget (<div data-swan-progress="...">): Mijn voortgang, eindtoets, bewijs, privacy.
WIDGET_MARKER = "data-swan-progress="
WIDGETS = ["assets/progress-pages.js"]
# Loaded in <head> of every page by overrides/main.html, before the theme's scripts.
STORAGE_GUARD = "assets/storage-guard.js"
# Every page of a site built to open from file:// (the release): search without a web worker.
OFFLINE_SEARCH = "assets/offline-search.js"


def for_page(path: str, markdown: str) -> list[str]:
    """Return the kind-specific styles and scripts a page loads."""
    found = [asset for start, assets in BY_PATH.items() if path.startswith(start) for asset in assets]
    return found + (EXAM if EXAM_MARKER in markdown else []) + (WIDGETS if WIDGET_MARKER in markdown else [])


def outside_config() -> list[str]:
    """Return the assets the templates load that mkdocs.yml does not list (to minify them too)."""
    return [asset for assets in BY_PATH.values() for asset in assets] + EXAM + WIDGETS + [STORAGE_GUARD, OFFLINE_SEARCH]
