"""The page "Wat is er nieuw", made from the checked changelog."""

from __future__ import annotations

import datetime

from ..content.changelog import Release

PAGE = "wat-is-er-nieuw.md"
TITLE = "Wat is er nieuw"
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def render_page(releases: list[Release], version: str) -> str:
    """Return the Markdown of the page "Wat is er nieuw"."""
    parts = [f"---\ntitle: {TITLE}\n---\n\n# {TITLE}\n",
             f"Je gebruikt versie {version} van de cursus. Hier lees je per versie wat er veranderd is.\n"]
    for release in releases:
        when = f" ({dutch_date(release.date)})" if release.date else ""
        body = "\n".join(release.body).strip()
        parts.append(f"## Versie {release.version}{when}\n\n{body}\n")
    return "\n".join(parts)


def dutch_date(date: datetime.date) -> str:
    """Write a date the Dutch way: 23 november 2026."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
