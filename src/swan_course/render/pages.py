"""Blocks that pages get from their front matter or from course data."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from .sanitise import mark
from .text import escape, one_paragraph, plain

GLOSSARY_MARKER = "<!-- begrippenlijst -->"
GLOSSARY = "begrippen.yml"


def module_intro(meta: dict, page: str = "") -> str:
    """Return the admonition with study time and leerdoelen for a module's first page."""
    lines = []
    if "studietijd" in meta:
        lines.append(f"**Studietijd:** ongeveer {meta['studietijd']} minuten.")
    if meta.get("leerdoelen"):
        lines += ["", "Na deze module:", ""]
        lines += [f"- {mark(escape(goal['tekst']), page, f'leerdoelen[{n}].tekst', inline=True)}"
                  for n, goal in enumerate(meta["leerdoelen"])]
    if not lines:
        return ""
    body = "\n".join(f"    {line}" if line else "" for line in lines)
    return f'!!! abstract "Leerdoelen"\n\n{body}\n'


def insert_after_title(markdown: str, block: str) -> str:
    """Put a block right after the page's first heading, or at the top."""
    if not block:
        return markdown
    match = re.search(r"^# .*$", markdown, re.MULTILINE)
    if not match:
        return f"{block}\n{markdown}"
    return f"{markdown[:match.end()]}\n\n{block}\n{markdown[match.end():]}"


def abbreviations(glossary: list[dict], markdown: str) -> str:
    """Return abbr definitions that turn every listed term in this page into a tooltip.

    Only the terms that occur in the page: Markdown's abbr extension tests every
    definition against every piece of text. One block per definition: its
    processor takes one definition per pass and hands the rest of the block to
    every block processor again, which is quadratic in the length of one block.
    """
    return "\n\n".join(f"*[{entry['term']}]: {one_paragraph(entry['uitleg'])}" for entry in glossary
                         if entry["term"] in markdown)


def glossary_page(glossary: list[dict]) -> str:
    """Return the begrippenlijst as a Markdown definition list, sorted by term."""
    entries = sorted(glossary, key=lambda entry: entry["term"].casefold())
    return "\n\n".join(f"{plain(entry['term'])}\n:   {_uitleg(glossary, entry)}" for entry in entries)


def _uitleg(glossary: list[dict], entry: dict) -> str:
    """Return a begrip's explanation as inline Markdown, marked with its file and field."""
    return mark(escape(one_paragraph(entry["uitleg"])), GLOSSARY, f"[{glossary.index(entry)}].uitleg", inline=True)


STUDIETIJD_MARKER = "<!-- studietijd -->"
_FENCE = re.compile(r"^\s*(```|~~~)")


def replace_marker(markdown: str, marker: str, block: str | Callable[[], str]) -> str:
    """Replace a marker that stands alone on a line outside code blocks (so docs can show it).

    block may be a function, called only for a page that has the marker.
    """
    if marker not in markdown:
        return markdown
    if callable(block):
        block = block()
    lines, in_code = [], False
    for line in markdown.split("\n"):
        in_code ^= bool(_FENCE.match(line))
        lines.append(block if not in_code and line.strip() == marker else line)
    return "\n".join(lines)


def studietijd_table(modules, page: str) -> str:
    """Return a table of the modules with their study time and the total, linked from page."""
    rows = ["| Module | Waar gaat het over? | Studietijd |", "|---|---|---|"]
    total = 0
    for module in modules:
        if module.studietijd is None:
            continue
        total += module.studietijd
        link = posixpath.relpath(module.index.path, posixpath.dirname(page) or ".")
        meta = module.index.meta
        field = "samenvatting" if meta.get("samenvatting") else "description"
        about = escape(one_paragraph(str(meta.get(field, "")))).replace("|", "\\|")
        about = mark(about, module.index.path, field, inline=True)
        rows.append(f"| [{plain(module.title)}]({link}) | {about} | ongeveer {module.studietijd} minuten |")
    rows.append(f"| **Totaal** | | **ongeveer {total} minuten ({_hours(total)})** |")
    return "\n".join(rows)


def _hours(minutes: int) -> str:
    """Write minutes as hours and minutes, in Dutch."""
    hours, rest = divmod(minutes, 60)
    text = f"{hours} uur" if hours else ""
    if rest:
        text += f"{' en ' if hours else ''}{rest} minuten"
    return text
