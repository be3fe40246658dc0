"""The gespreksleidraad: one data file, checked, rendered into the interactive page and the kaartenset."""

from __future__ import annotations

import html
from textwrap import indent

from ..content.casus import VERANTWOORDING
from ..content.schemas import choices
from ..content.leidraad import FILE
from .sanitise import mark
from .text import escape, plain

PAGE = "gespreksleidraad/index.md"
CARDS_PAGE = "gespreksleidraad/kaartenset/index.md"
CARDS_PER_SHEET = 4
OWN = "Eigen vragen van de SWAN-cursus, geen originele kaarttekst"


# The interactive page


def render_page(data: dict) -> str:
    """Return the Markdown of the gespreksleidraad page."""
    parts = [f"# {plain(data['title'])}", _text(data, "intro"),
             _admonition("note", "Eigen vragen van deze cursus", _text(data, "own_questions")),
             _admonition("info", "Je aantekeningen blijven in deze browser",
                         "Wat je typt, bewaart je browser alleen op dit apparaat. Er gaat niets naar een server. "
                         "Werk je op een gedeelde computer? Wis dan je aantekeningen als je klaar bent. "
                         "Wil je zonder scherm werken? Druk dan de [kaartenset](kaartenset/index.md) af."),
             f"Een teamsessie duurt {data['session_minutes']} minuten. Elke ronde heeft een eigen timer. "
             "De timer waarschuwt als de tijd om is, maar gaat nooit zelf door naar de volgende ronde.",
             '<div class="swan-leidraad" data-testid="leidraad" markdown>']
    for number, item in enumerate(data["rounds"], 1):
        parts += [f"## {plain(item['title'])} {{#ronde-{item['id']}}}", render_round(number, item)]
    parts += ["</div>", "## Samenvatting {#samenvatting}", render_summary(),
              "## Aantekeningen wissen {#wissen}", render_erase()]
    return "\n\n".join(parts) + "\n"


def _text(data: dict, field: str) -> str:
    """Return a text field as Markdown, marked with its file and field (render/sanitise.py cleans it)."""
    return mark(escape(data[field].strip()), FILE, field)


def _admonition(kind: str, title: str, text: str) -> str:
    """Return an admonition with a title and a text."""
    return f'!!! {kind} "{title}"\n\n{indent(text, "    ")}'


def render_round(number: int, item: dict) -> str:
    """Return the HTML of one round: main question, task, timer, checklist and a field per question."""
    rid = item["id"]
    lines = [f'<div class="swan-round" data-round="{rid}" data-round-title="{html.escape(item["title"])}">',
             f'<p class="swan-round__main"><strong>Hoofdvraag:</strong> {html.escape(item["hoofdvraag"])}</p>',
             f'<p class="swan-round__task"><strong>Opdracht:</strong> {html.escape(item["opdracht"])}</p>',
             render_timer(number, item)]
    if "checklist" in item:
        lines.append(render_checklist(item["checklist"]))
    lines += [render_question(question) for question in item["questions"]]
    return "\n".join([*lines, "</div>"])


def render_timer(number: int, item: dict) -> str:
    """Return a timer for the round; it is shown by the script, which also announces the end."""
    minutes = item["minutes"]
    return "\n".join([
        f'<div class="swan-timer" data-minutes="{minutes}" data-round-number="{number}" hidden>',
        f'<p class="swan-timer__plan">Tijd voor deze ronde: {minutes} minuten.</p>',
        f'<button type="button" class="md-button swan-timer__button">Start de timer ({minutes} minuten)</button>',
        f'<span class="swan-timer__clock" role="timer">{minutes}:00</span>',
        '<p class="swan-timer__status" aria-live="polite"></p>', "</div>"])


def render_checklist(checklist: dict) -> str:
    """Return checkboxes for the conditions or the levels, labelled from the casus schema."""
    tag = checklist["tag"]
    boxes = []
    for value, label in choices("casus", tag).items():
        box_id = f"check-{tag}-{value}"
        boxes.append(f'<div class="swan-check"><input type="checkbox" id="{box_id}" value="{value}" '
                     f'data-key="leidraad:check:{tag}:{value}" data-label="{html.escape(label)}">'
                     f'<label for="{box_id}">{html.escape(label)}</label></div>')
    return "\n".join([f'<fieldset class="swan-checklist" data-check="{tag}" '
                      f'data-label="{html.escape(checklist["label"])}">',
                      f"<legend>{html.escape(checklist['label'])}</legend>", *boxes, "</fieldset>"])


def render_question(question: dict) -> str:
    """Return a question with its note field; notes are stored under leidraad:<id>."""
    qid = question["id"]
    hint, described = "", ""
    if "hint" in question:
        hint = f'<p class="swan-note__hint" id="hint-{qid}">{html.escape(question["hint"])}</p>'
        described = f' aria-describedby="hint-{qid}"'
    part = ""
    if "part" in question:
        order = [key for key, _ in VERANTWOORDING].index(question["part"])
        part = f' data-part="{question["part"]}" data-part-label="{dict(VERANTWOORDING)[question["part"]]}" ' \
               f'data-part-order="{order}"'
    return (f'<div class="swan-note"><label for="vraag-{qid}">{html.escape(question["text"])}</label>{hint}'
            f'<textarea id="vraag-{qid}" rows="3" data-key="leidraad:{qid}"{described}{part}></textarea></div>')


def render_summary() -> str:
    """Return the summary area; the script fills it from the notes, as text only."""
    return "\n".join([
        '<div class="swan-summary" data-testid="samenvatting">',
        '<p class="swan-summary__intro">Hier staat je verantwoording in vijf delen, met al je aantekeningen. '
        "De samenvatting groeit mee terwijl je typt. Je kunt hem afdrukken, kopiëren of downloaden.</p>",
        '<noscript><p>Voor de samenvatting, het bewaren en de timer is JavaScript nodig. '
        "Zonder JavaScript kun je de vragen wel lezen en de kaartenset afdrukken.</p></noscript>",
        '<div class="swan-summary__actions" hidden>',
        '<button type="button" class="md-button" data-action="print">Druk de samenvatting af</button>',
        '<button type="button" class="md-button" data-action="copy">Kopieer de samenvatting</button>',
        '<button type="button" class="md-button" data-action="download-txt">Download als tekst (.txt)</button>',
        '<button type="button" class="md-button" data-action="download-md">Download als Markdown (.md)</button>',
        "</div>",
        '<p class="swan-summary__status" role="status" aria-live="polite"></p>',
        '<div class="swan-summary__output"></div>',
        "</div>"])


def render_erase() -> str:
    """Return the erase button: it removes only the notes of the gespreksleidraad."""
    return "\n".join([
        '<div class="swan-erase">',
        "<p>Hiermee wis je alle aantekeningen en vinkjes van de gespreksleidraad in deze browser. "
        "Je antwoorden bij de casussen en de toetsen blijven staan.</p>",
        '<button type="button" class="md-button swan-erase__button" hidden>Wis alle aantekeningen</button>',
        '<p class="swan-erase__status" role="status" aria-live="polite"></p>',
        "</div>"])


# The kaartenset


def cards(data: dict) -> list[dict]:
    """Return the cards of the kaartenset, in order: an intro card, then per round its cards."""
    total = len(data["rounds"])
    result = [{"kind": "intro", "title": data["title"], "minutes": data["session_minutes"], "rounds": total}]
    for number, item in enumerate(data["rounds"], 1):
        result.append({"kind": "round", "number": number, "round": item})
        if "checklist" in item:
            result.append({"kind": "checklist", "round": item, "checklist": item["checklist"]})
        count = len(item["questions"])
        result += [{"kind": "question", "round": item, "question": q, "index": i, "count": count}
                   for i, q in enumerate(item["questions"], 1)]
    return result


def sheets(items: list, size: int = CARDS_PER_SHEET) -> list[list]:
    """Split the cards into A4 sheets of four."""
    return [items[start:start + size] for start in range(0, len(items), size)]


def render_cards(data: dict) -> str:
    """Return the Markdown of the printable kaartenset page: four A6 cards on each A4 sheet."""
    pages = sheets(cards(data))
    intro = ("Druk deze pagina af op A4, staand, op ware grootte (100 %) en zonder extra marges. "
             f"Op elk vel staan {CARDS_PER_SHEET} kaarten op A6-formaat. Knip ze los langs de stippellijnen "
             "en de snijtekens. Zo gebruik je de leidraad in een teamoverleg zonder scherm.")
    lines = [f"# Kaartenset: {plain(data['title']).lower()}",
             '<div class="swan-cards-intro" markdown>', "", intro, "",
             _text(data, "own_questions"), "",
             "Liever op een scherm? Gebruik dan de [gespreksleidraad](../index.md) met tekstvelden.", "",
             "</div>", "", '<div class="swan-cardset" data-testid="kaartenset">']
    for number, sheet in enumerate(pages, 1):
        lines.append(f'<div class="swan-sheet" role="group" aria-label="Vel {number} van {len(pages)}">')
        lines += [render_card(card) for card in sheet]
        lines += ['<span class="swan-sheet__mark swan-sheet__mark--top" aria-hidden="true"></span>',
                  '<span class="swan-sheet__mark swan-sheet__mark--bottom" aria-hidden="true"></span>',
                  '<span class="swan-sheet__mark swan-sheet__mark--left" aria-hidden="true"></span>',
                  '<span class="swan-sheet__mark swan-sheet__mark--right" aria-hidden="true"></span>', "</div>"]
    return "\n".join([*lines, "</div>", ""])


def render_card(card: dict) -> str:
    """Return one A6 card."""
    body = _CARD_BODIES[card["kind"]](card)
    return f'<div class="swan-card swan-card--{card["kind"]}">{body}<p class="swan-card__foot">{OWN}</p></div>'


def _intro_card(card: dict) -> str:
    """Return the body of the first card: the rounds and the time."""
    return (f'<p class="swan-card__kicker">SWAN-cursus</p><h2 class="swan-card__title">{html.escape(card["title"])}</h2>'
            f'<p>{card["rounds"]} rondes in {card["minutes"]} minuten. Leg per ronde de kaarten op tafel. '
            "Bespreek de vragen samen en schrijf de antwoorden op.</p>"
            "<p>In de laatste ronde vat je samen: waartoe doe je wat, met wie, in welke volgorde "
            "en op grond van welke afweging.</p>")


def _round_card(card: dict) -> str:
    """Return the body of a round's card: its main question and task."""
    item = card["round"]
    return (f'<p class="swan-card__kicker">Ronde {card["number"]} · {item["minutes"]} minuten</p>'
            f'<h2 class="swan-card__title">{html.escape(item["title"])}</h2>'
            f'<p><strong>Hoofdvraag:</strong> {html.escape(item["hoofdvraag"])}</p>'
            f'<p><strong>Opdracht:</strong> {html.escape(item["opdracht"])}</p>')


def _checklist_card(card: dict) -> str:
    """Return the body of a checklist card."""
    checklist = card["checklist"]
    items = "".join(f"<li>{html.escape(label)}</li>" for label in choices("casus", checklist["tag"]).values())
    return (f'<p class="swan-card__kicker">{html.escape(card["round"]["title"])}</p>'
            f'<p class="swan-card__question">{html.escape(checklist["label"])}</p>'
            f'<ul class="swan-card__boxes">{items}</ul>')


def _question_card(card: dict) -> str:
    """Return the body of a question's card."""
    question = card["question"]
    hint = f'<p class="swan-card__hint">{html.escape(question["hint"])}</p>' if "hint" in question else ""
    return (f'<p class="swan-card__kicker">{html.escape(card["round"]["title"])} · '
            f'vraag {card["index"]} van {card["count"]}</p>'
            f'<p class="swan-card__question">{html.escape(question["text"])}</p>{hint}')


_CARD_BODIES = {"intro": _intro_card, "round": _round_card, "checklist": _checklist_card, "question": _question_card}
