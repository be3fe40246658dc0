"""The eindtoets in exam mode: the item pool in the page without any answer, and the answer key apart.

The page (where docs/ has the marker <!-- eindtoets -->) holds every item of
quizzes/eindtoets.yml: the question and its options, nothing that tells which
option is right. overrides/assets/eindtoets.js draws an attempt from the pool,
keeps the answers, and only when the learner hands the whole test in does it
load the answer key, assets/eindtoets-sleutel.js: per item the correct options
(or the fill-in answer), the feedback per option and the explanation. A static
site cannot hide that file from someone who looks for it; it keeps the answers
out of the page source and out of the search index (the pages toegankelijkheid
and voortgang-en-privacy say so).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from ..content.quizbank import BLANK
from .sanitise import clean, mark
from .search_index import UNSEARCHED
from .text import escape, fragment, one_paragraph

MARKER = "<!-- eindtoets -->"
KEY_URL = "assets/eindtoets-sleutel.js"
BANK = "eindtoets"
SOURCE = f"quizzes/{BANK}.yml"
# Material's search skips elements with this attribute: no exam text in the search index. It stops skipping
# at the first closing tag of the same name, so it goes on the innermost parts: the question and the options.
_UNSEARCHED = f'{UNSEARCHED}="true"'  # the items stay out of the search index


@dataclass(frozen=True)
class ExamSettings:
    """How many items one attempt draws, and the pass mark in percent."""

    draw: int
    cesuur: int


def item_id(question: dict) -> str:
    """Return the element id of an item: its question id, under the exam's own prefix."""
    return f"toets-{question['id']}"


def exam_markdown(pool: dict, settings: ExamSettings) -> str:
    """Return the exam block for the page: start screen, every item of the pool, hand-in and result areas."""
    items = [_item(index, question) for index, question in enumerate(pool["questions"])]
    return "\n".join([
        f'<div class="swan-exam" id="eindtoets" data-testid="swan-exam" data-draw="{settings.draw}" '
        f'data-cesuur="{settings.cesuur}" data-key="{KEY_URL}" markdown="1">',
        _start(settings, len(items)),
        # Above the items: after hand-in the result comes first, then every item with what was right.
        '<div class="swan-exam__result" data-exam-part="result" data-testid="swan-exam-result" tabindex="-1" hidden>'
        "</div>",
        '<div class="swan-exam__items" data-exam-part="items" hidden markdown="1">',
        *items, "</div>", _handin(),
        "</div>"])


def _start(settings: ExamSettings, pool_size: int) -> str:
    """Return the start screen: what an attempt is and the button that draws one."""
    return "\n".join([
        '<div class="swan-exam__start" data-exam-part="start" markdown="1">',
        f"<p>Een poging bestaat uit {settings.draw} vragen, gekozen uit {pool_size} vragen over alle leerdoelen. "
        "Je ziet pas of je antwoorden goed zijn als je de hele toets inlevert. Je antwoorden worden in deze browser "
        "bewaard terwijl je werkt.</p>",
        '<p class="swan-exam__status" data-exam-status></p>',
        '<p><button type="button" class="md-button md-button--primary" data-exam-action="start" '
        'data-testid="swan-exam-start">Begin een poging</button> '
        '<button type="button" class="md-button" data-exam-action="review" data-testid="swan-exam-review" hidden>'
        "Bekijk je laatste poging</button></p>",
        "</div>"])


def _handin() -> str:
    """Return the hand-in area: the count of open items, the button and the confirmation for open items."""
    return "\n".join([
        '<div class="swan-exam__handin" data-exam-part="handin" hidden>',
        '<p data-exam-count aria-live="polite"></p>',
        '<button type="button" class="md-button md-button--primary" data-exam-action="handin" '
        'data-testid="swan-exam-handin">Lever de toets in</button>',
        '<div class="swan-exam__confirm admonition warning" data-testid="swan-exam-confirm" hidden>',
        '<p data-exam-open></p>',
        '<p><button type="button" class="md-button md-button--primary" data-exam-action="handin-anyway">'
        "Toch inleveren</button> "
        '<button type="button" class="md-button" data-exam-action="continue">Verder met de toets</button></p>',
        "</div>", "</div>"])


def _item(index: int, question: dict) -> str:
    """Return one item: the question and its options or blank, without anything that shows the answer."""
    where, element = f"questions[{index}]", item_id(question)
    body = _fill_in(element, where, question) if question["type"] == "fill-in" else _choice(element, where, question)
    # The options are shown in an order of the attempt's own (eindtoets.js), unless their order means something.
    shuffle = "" if question["type"] == "fill-in" or question.get("volgorde_vast") else " data-shuffle"
    return "\n".join([
        f'<div class="swan-exam__item" id="{element}" data-item="{question["id"]}" '
        f'data-leerdoel="{html.escape(question["leerdoel"])}" data-type="{question["type"]}"{shuffle} '
        f'data-testid="{element}" hidden markdown="1">',
        '<p class="swan-exam__number"></p>', *body,
        '<div class="swan-exam__review" hidden></div>', "</div>"])


def _choice(element: str, where: str, question: dict) -> list[str]:
    """Return the question and its options as radio buttons (single) or checkboxes (multiple)."""
    kind = "checkbox" if question["type"] == "multiple" else "radio"
    hint = "<p class=\"swan-exam__hint\">Kies alle juiste antwoorden.</p>" if kind == "checkbox" else ""
    options = [f'<div class="swan-exam__option" markdown="span"><input type="{kind}" name="{element}" '
               f'id="{element}-{n}" value="{n}"><label for="{element}-{n}">'
               f'{mark(escape(option["text"].strip()), SOURCE, f"{where}.options[{n}].text", inline=True)}'
               "</label></div>" for n, option in enumerate(question["options"])]
    return [f'<div class="swan-exam__question" id="{element}-vraag" {_UNSEARCHED} markdown="1">',
            mark(escape(question["question"].strip()), SOURCE, f"{where}.question"), "</div>", hint,
            f'<fieldset aria-labelledby="{element}-vraag" {_UNSEARCHED} markdown="span">', *options, "</fieldset>"]


def _fill_in(element: str, where: str, question: dict) -> list[str]:
    """Return the question with a text field in place of its blank (___); the answer is not in the page."""
    blank = (f'<input type="text" class="swan-exam__blank" id="{element}-invul" autocomplete="off" '
             f'size="14" aria-label="Antwoord">')
    text = BLANK.sub(lambda _: blank, escape(question["question"].strip()), count=1)
    return [f'<div class="swan-exam__question" id="{element}-vraag" {_UNSEARCHED} markdown="1">',
            mark(text, SOURCE, f"{where}.question"), "</div>"]


def key_script(pool: dict) -> str:
    """Return assets/eindtoets-sleutel.js: per item what is right, the feedback and the explanation as HTML."""
    def text(value: str) -> str:
        """Return a text as HTML, cleaned as every course text is (the build has checked it already)."""
        return clean(fragment(value))[0]

    items = {}
    for question in pool["questions"]:
        item = {"type": question["type"], "leerdoel": question["leerdoel"],
                "explanation": text(question["explanation"])}
        if question["type"] == "fill-in":
            item |= {"answer": question["answer"].strip(), "correct": []}
        else:
            item |= {"correct": [n for n, option in enumerate(question["options"]) if option.get("correct")],
                     "feedback": [text(one_paragraph(option["feedback"])) for option in question["options"]]}
        items[question["id"]] = item
    data = json.dumps({"items": items}, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return ("/* The eindtoets answer key: loaded only when a learner hands the test in (render/exam.py). */\n"
            f"window.swanExamKey = {data};\n")


def embed(markdown: str, pool: dict | None, settings: ExamSettings) -> tuple[str, list[str]]:
    """Replace the eindtoets marker with the exam; return the page and the question refs it holds."""
    if pool is None or MARKER not in markdown:
        return markdown, []
    refs = [f"{BANK}/{question['id']}" for question in pool["questions"]]
    return markdown.replace(MARKER, exam_markdown(pool, settings), 1), refs
