"""The nav: page paths in order, the casus pages added to it, and its sections.

The functions take the nav as mkdocs.yml writes it (lists and mappings) or as
objects with is_section, is_page, children, title and file.src_uri, as a site
generator builds it; nothing here imports one.
"""

from __future__ import annotations


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
