"""Statements for 'stemmen met de voeten': stellingen.yml → the workshop list and a printable page.

Participants stand on the 'eens' or the 'oneens' side of the room for each
statement; the printable page gives one statement per A4 landscape sheet.
"""

from __future__ import annotations

import html

from ..content.errors import ContentError
from ..content.stellingen import NAME
from .sanitise import mark
from .text import escape

MARKER = "<!-- stellingen -->"
PAGE = "voor-trainers/stellingen.md"
PDF = "voor-trainers/stellingen.pdf"
TITLE = "Stellingen om af te drukken"


def expand_marker(markdown: str, stellingen: list[dict], name: str) -> tuple[str, list[ContentError]]:
    """Replace <!-- stellingen --> in a page by the list; a marker without statements is a mistake."""
    if MARKER not in markdown:
        return markdown, []
    if not stellingen:
        return markdown, [ContentError(name, "", f"uses {MARKER}, but {NAME} is missing or has mistakes")]
    return markdown.replace(MARKER, render_list(stellingen)), []


def render_list(stellingen: list[dict]) -> str:
    """Return the Markdown list for the workshop page: each statement with its follow-up questions."""
    items = []
    for index, stelling in enumerate(stellingen):
        where = f"stellingen[{index}]"
        questions = "\n".join(f"    - {_text(question, f'{where}.doorvragen[{number}]')}"
                               for number, question in enumerate(stelling["doorvragen"]))
        items.append(f"1. **{_text(stelling['stelling'], f'{where}.stelling')}**\n\n"
                     f"    Vraag daarna door:\n\n{questions}\n")
    return "\n".join(items)


def _text(value: str, field: str) -> str:
    """Return a one-line text field as inline Markdown, marked with its file and field."""
    return mark(escape(value.strip()), NAME, field, inline=True)


def render_page(stellingen: list[dict]) -> str:
    """Return the printable page: on screen a list, on paper one statement per A4 landscape sheet."""
    total = len(stellingen)
    sheets = "\n".join(_sheet(number, total, stelling) for number, stelling in enumerate(stellingen, start=1))
    return (f"---\ntitle: {TITLE}\n---\n\n# {TITLE}\n\n"
            "Druk deze pagina liggend af op A4: elke stelling komt op een eigen vel, in grote letters. "
            "Of gebruik de [pdf met de stellingen](stellingen.pdf). "
            "Hoe je de stellingen gebruikt, lees je bij de [workshop](workshop.md#stemmen-met-de-voeten).\n\n"
            f'<div class="swan-stellingen" data-testid="stellingen">\n{sheets}\n</div>\n')


def _sheet(number: int, total: int, stelling: dict) -> str:
    """Return one printed sheet: the number and the statement."""
    sid = html.escape(stelling["id"])
    return (f'<section class="swan-stelling" id="stelling-{sid}" aria-labelledby="stelling-{sid}-kop">\n'
            f'<h2 class="swan-stelling__nummer" id="stelling-{sid}-kop">Stelling {number} van {total}</h2>\n'
            f'<p class="swan-stelling__tekst">{html.escape(stelling["stelling"])}</p>\n'
            '<p class="swan-stelling__keuze"><span>Eens</span> <span>Oneens</span></p>\n'
            "</section>")

