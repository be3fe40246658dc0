"""The nav: page paths in order, the casus pages added to it, and its sections.

The functions take the nav as mkdocs.yml writes it (lists and mappings) or as
objects with is_section, is_page, children, title and file.src_uri, as a site
generator builds it; nothing here imports one.
"""

from __future__ import annotations

import copy
import re

# The pages the swan plugin generates from casussen/<id>.yml.
CASUS_PAGE = re.compile(r"^casussen/[^/]+/index\.md$")


def nav_paths(nav) -> list[str]:
    """Flatten a MkDocs nav (as in mkdocs.yml) into its page paths, in order."""
    paths: list[str] = []
    for item in nav or []:
        values = [item] if isinstance(item, str) else list(item.values()) if isinstance(item, dict) else []
        for value in values:
            if isinstance(value, str):
                paths.append(value)
            elif isinstance(value, list):
                paths += nav_paths(value)
    return paths


def nav_sections(items, title: str = "") -> list[dict]:
    """Flatten MkDocs nav items into [{title, pages: [src_uri, ...]}], one entry per top-level section."""
    sections = []
    loose = []
    for item in items:
        if getattr(item, "is_section", False):
            sections.append({"title": item.title, "pages": _pages_under(item.children)})
        elif getattr(item, "is_page", False):
            loose.append(item.file.src_uri)
    if loose:
        sections.insert(0, {"title": title, "pages": loose})
    return sections


def _pages_under(items) -> list[str]:
    """Return the pages under nav items, sections included, in order."""
    pages = []
    for item in items:
        if getattr(item, "is_section", False):
            pages += _pages_under(item.children)
        elif getattr(item, "is_page", False):
            pages.append(item.file.src_uri)
    return pages


def add_casussen_to_nav(nav, casussen: dict) -> None:
    """Append a page per casus, by title, to the nav section that holds casussen/index.md."""
    section = section_with(nav or [], "casussen/index.md")
    if section is not None:
        ordered = sorted(casussen.items(), key=lambda item: item[1]["title"])
        section += [{data["title"]: f"casussen/{cid}/index.md"} for cid, data in ordered]


def section_with(items: list, path: str) -> list | None:
    """Return the nav list (as in mkdocs.yml) that holds the page path, searching nested sections."""
    for item in items:
        values = [item] if isinstance(item, str) else list(item.values()) if isinstance(item, dict) else []
        if path in values:
            return items
        for value in values:
            if isinstance(value, list) and (found := section_with(value, path)) is not None:
                return found
    return None


def sidebar(nav, current):
    """Return the nav as a page's sidebar shows it: everything, but of the casus pages only the current one.

    Every page renders the whole nav, so a casus section listed on every page makes the
    build grow with casussen times pages. The overview lists and links every casus, and
    the footer's previous and next links (the nav's page order, which stays whole) still
    lead through all of them. The nav itself is not changed: the sidebar is a copy.
    """
    shown = copy.copy(nav)
    shown.items = sidebar_items(nav.items, current)
    return shown


def sidebar_items(items, current) -> list:
    """Return nav items without the casus pages other than the current page.

    Sections are copied only where something is left out, with their state (active) as it is.
    """
    shown = []
    for item in items:
        if getattr(item, "is_section", False):
            children = sidebar_items(item.children, current)
            if len(children) != len(item.children) or any(a is not b for a, b in zip(children, item.children)):
                item = copy.copy(item)
                item.children = children
        elif _is_casus_page(item) and item is not current:
            continue
        shown.append(item)
    return shown


def _is_casus_page(item) -> bool:
    """Tell whether a nav item is a generated casus page."""
    return getattr(item, "is_page", False) and bool(CASUS_PAGE.match(item.file.src_uri))
