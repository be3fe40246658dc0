"""Casussen: the checks a schema cannot express, and rendering to a Markdown page."""

from __future__ import annotations

import html
import math
import re

from ..content.casus import PARTS, VERANTWOORDING
from ..content.schemas import choices
from .sanitise import mark
from .search_index import unsearched
from .text import PLAIN, escape, fragment, plain


# Reading speed for the estimate in the "in het kort" box, in words per minute.
WORDS_PER_MINUTE = 200
TAG_KINDS = [("levels", "Niveaus"), ("conditions", "Voorwaarden van sociale kwaliteit"),
             ("models", "Besluitvormingsmodellen"), ("dilemmas", "Dilemma's")]
# The columns of the coverage table on the overview, and the tags as it shows them: short enough
# for a column at 1280 px and a line on a phone.
MATRIX_COLUMNS = [("levels", "Niveaus"), ("conditions", "Voorwaarden"), ("models", "Modellen"),
                  ("dilemmas", "Dilemma's")]
# A tag without one here shows its full label from schemas/casus.schema.json.
SHORT_LABELS = {
    "individu": "Individu", "groep": "Groep", "maatschappij": "Maatschappij",
    "sociaaleconomische-zekerheid": "Zekerheid", "sociale-inclusie": "Inclusie", "sociale-cohesie": "Cohesie",
    "sociale-empowerment": "Empowerment",
    "beslissende-professional": "Beslissende professional", "evidence-based-practice": "Evidence Based Practice",
    "omgekeerde-toets": "Omgekeerde toets", "samen-beslissen": "Samen beslissen",
    "regie": "Wie heeft de regie?", "ingrijpen-loslaten": "Ingrijpen of loslaten",
    "zelfbeschikking-veiligheid": "Zelfbeschikking of veiligheid", "regels-uitzondering": "Regel of uitzondering",
    "doorgaan-stoppen": "Doorgaan of stoppen", "taakverdeling": "Taakverdeling",
}
def source(casus_id: str) -> str:
    """Return the data file of a casus, as the build names it in its messages."""
    return f"casussen/{casus_id}.yml"


def _text(value: str, casus_id: str, field: str) -> str:
    """Return a text field as Markdown, marked with its file and field (render/sanitise.py cleans it)."""
    return mark(escape(value.strip()), source(casus_id), field)


def _fragment(value: str, casus_id: str, field: str, inline: bool = False) -> str:
    """Return a text field as HTML, marked with its file and field (render/sanitise.py cleans it)."""
    return mark(fragment(value, inline=inline), source(casus_id), field, inline=True)


def render_page(casus_id: str, data: dict) -> str:
    """Return the Markdown page for one casus."""
    # Only the opening (title, "in het kort", what it is about) goes into the search index (search_index.py).
    parts = [f"# {plain(data['title'])}", _short(casus_id, data), _fiction_note(), _tag_line(data["tags"]),
             f"## De situatie {unsearched('situatie')}", _text(data["situation"], casus_id, "situation")]
    for index, step in enumerate(data["steps"]):
        parts += [f"## {plain(step['title'])} {unsearched('stap-' + step['id'])}",
                  _text(step["text"], casus_id, f"steps[{index}].text")]
        parts += _step_parts(casus_id, index, step)
    parts += [f"## De verantwoording {unsearched('verantwoording')}"]
    for key, label in VERANTWOORDING:
        parts += [f"### {label} {unsearched()}", _text(data["verantwoording"][key], casus_id, f"verantwoording.{key}")]
    parts += [f"## Signaal {unsearched('signaal')}", _text(data["signaal"], casus_id, "signaal"),
              f"## Terugkoppeling naar de cliënt {unsearched('terugkoppeling')}",
              _text(data["terugkoppeling"], casus_id, "terugkoppeling"),
              f"## Reflectievragen {unsearched('reflectie')}"]
    parts += [render_reflection(casus_id, n, item) for n, item in enumerate(data["reflection"], 1)]
    return "\n\n".join(parts) + "\n"


def _step_parts(casus_id: str, index: int, step: dict) -> list[str]:
    """The parts of a step under their own headings; the keuze comes after the decision point."""
    parts = []
    for key, label in PARTS:
        if key in step:
            parts += [f"### {label} {unsearched(key)}", _text(step[key], casus_id, f"steps[{index}].{key}")]
    if "decision" in step:
        decision = render_decision(casus_id, step["id"], step["decision"], index)
        at = parts.index(f"### Keuze {unsearched('keuze')}") if "keuze" in step else len(parts)
        parts.insert(at, decision)
    return parts


def reading_minutes(data: dict) -> int:
    """Estimate the minutes it takes to read the whole casus, model answers included."""
    texts = [data["situation"], data["signaal"], data["terugkoppeling"], *data["verantwoording"].values()]
    for step in data["steps"]:
        texts += [step["text"], *(step[key] for key, _ in PARTS if key in step)]
        if "decision" in step:
            texts += [step["decision"]["question"], *(o["text"] + " " + o["feedback"] for o in step["decision"]["options"])]
    texts += [item["question"] + " " + item["model_answer"] for item in data["reflection"]]
    words = sum(len(re.findall(r"\w+", text)) for text in texts)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _short(casus_id: str, data: dict) -> str:
    """Return the "in het kort" box: the situation, the question at stake and the reading time."""
    lines = [_text(data["kort"]["situatie"], casus_id, "kort.situatie"),
             "**De vraag:** " + mark(escape(data["kort"]["vraag"].strip()), source(casus_id), "kort.vraag", inline=True),
             f"Leestijd van de hele casus: ongeveer {reading_minutes(data)} minuten."]
    body = "\n\n".join(lines)
    return '!!! abstract "In het kort"\n' + "\n".join(f"    {line}" if line else "" for line in body.split("\n"))


def _fiction_note() -> str:
    """Return the note that the casus is fictional."""
    return ('!!! info "Een verzonnen casus"\n'
            "    Deze casus is fictief. Namen, plaatsen en organisaties zijn verzonnen; "
            "elke gelijkenis met echte personen berust op toeval.")


def _tag_line(tags: dict) -> str:
    """Return the table of what the casus is about: setting, levels, conditions, models, dilemmas."""
    rows = [f"| Setting | {choices('casus', 'setting')[tags['setting']]} |"]
    for kind, label in TAG_KINDS:
        if tags.get(kind):
            names = choices("casus", kind)
            rows.append(f"| {label} | {', '.join(names[value] for value in tags[kind])} |")
    return "| Onderwerp | Deze casus gaat over |\n|---|---|\n" + "\n".join(rows)


def render_decision(casus_id: str, step_id: str, decision: dict, index: int = 0) -> str:
    """Return the HTML of a decision point: radio options, a button, feedback per option."""
    name, field = f"keuze-{step_id}", f"steps[{index}].decision"
    options, feedback = [], []
    for number, option in enumerate(decision["options"]):
        option_id, where = f"{name}-{number}", f"{field}.options[{number}]"
        options.append(f'<div class="swan-decision__option"><input type="radio" name="{name}" '
                       f'id="{option_id}" value="{number}"><label for="{option_id}">'
                       f'{_fragment(option["text"], casus_id, f"{where}.text", inline=True)}</label></div>')
        verdict = "De sterkste keuze." if option.get("best") else "Er is een sterkere keuze."
        feedback.append(f'<div class="swan-decision__feedback" data-option="{number}" '
                        f'data-best="{str(bool(option.get("best"))).lower()}" hidden>'
                        f'<p class="swan-decision__verdict"><strong>{verdict}</strong></p>'
                        f'{_fragment(option["feedback"], casus_id, f"{where}.feedback")}</div>')
    return "\n".join([
        f'<div class="swan-decision" id="{name}" data-testid="{name}" data-decision="{casus_id}/{step_id}">',
        f'<fieldset><legend class="swan-decision__question">'
        f'{_fragment(decision["question"], casus_id, f"{field}.question", inline=True)}</legend>',
        *options, "</fieldset>",
        '<button type="button" class="md-button swan-decision__submit">Bekijk de feedback</button>',
        '<p class="swan-decision__hint" hidden>Kies eerst een van de mogelijkheden.</p>',
        '<div class="swan-decision__result" aria-live="polite">', *feedback, "</div>", "</div>"])


def render_reflection(casus_id: str, number: int, item: dict) -> str:
    """Return a reflection question with a note field and a model answer that opens after trying."""
    field, answer = f"reflectie-{number}", f"modelantwoord-{number}"
    return "\n\n".join([
        f"### Vraag {number} {unsearched()}", _text(item["question"], casus_id, f"reflection[{number - 1}].question"),
        f'<div class="swan-reflection" data-reflection="{casus_id}/{number}">\n'
        f'<label for="{field}">Jouw antwoord (blijft alleen in deze browser)</label>\n'
        f'<textarea id="{field}" rows="4"></textarea>\n'
        f'<div class="swan-model" data-testid="{answer}">\n'
        '<button type="button" class="md-button swan-model__tried" hidden>Ik heb erover nagedacht</button>\n'
        f'<button type="button" class="md-button swan-model__toggle" aria-expanded="false" aria-controls="{answer}" '
        'hidden>Bekijk het modelantwoord</button>\n'
        '<p class="swan-model__status" aria-live="polite"></p>\n'
        f'<div class="swan-model__answer" id="{answer}" hidden>\n'
        '<p class="swan-model__label"><strong>Modelantwoord</strong></p>\n'
        f'{_fragment(item["model_answer"], casus_id, f"reflection[{number - 1}].model_answer")}\n'
        "</div>\n</div>\n</div>"])


FILTERS = [("levels", "Niveau", "Alle niveaus"), ("conditions", "Voorwaarde", "Alle voorwaarden"),
           ("models", "Model", "Alle modellen"), ("setting", "Setting", "Alle settings")]


def render_overview(casussen: dict[str, dict]) -> str:
    """Return the Markdown of the overview page: coverage matrix, filters and a card per casus."""
    ordered = sorted(casussen.items(), key=lambda item: item[1]["title"])
    # The nav calls it "Overzicht" (under "Casussen"); the tab says the heading.
    lines = ["---", "title: Casussen", "---", "", "# Casussen", "",
             "Elke casus is verzonnen en laat zien hoe je de gespreksleidraad stap voor stap toepast. "
             "Bij de keuzemomenten kies je zelf en krijg je uitleg.", "",
             f"## Welke casus gaat waarover? {unsearched('dekking')}", "",
             "De tabel laat zien welke niveaus, voorwaarden, modellen en dilemma's elke casus behandelt. "
             "De onderste rij telt de casussen per onderwerp.", "",
             render_matrix(ordered), "", f"## Kies een casus {unsearched('kies')}", "", render_filters(), ""]
    for casus_id, data in ordered:
        setting = choices("casus", "setting")[data["tags"]["setting"]]
        lines += [f'<div class="swan-casus-card" data-testid="casus-{casus_id}" {_tag_data(data["tags"])} markdown>',
                  f"### [{plain(data['title'])}]({casus_id}/index.md) {unsearched()}", "",
                  f"*{setting}.* {mark(escape(data['summary'].strip()), source(casus_id), 'summary', inline=True)}",
                  "", "</div>", ""]
    return "\n".join(lines)


def _tag_data(tags: dict) -> str:
    """The tags of a casus as data attributes, for the filters."""
    values = {kind: tags[kind] if isinstance(tags.get(kind), str) else " ".join(tags.get(kind) or [])
              for kind, _, _ in FILTERS}
    return " ".join(f'data-{kind}="{value}"' for kind, value in values.items())


def render_matrix(ordered: list[tuple[str, dict]]) -> str:
    """Return the coverage table: a row per casus with its tags as short labels, a count per tag below.

    A column per kind of tag, not per tag: seventeen tag columns never fit a phone or even the
    desktop column. On a narrow screen each row shows as a block (casus.css), each cell named by
    its column; browsers keep the table for screen readers (no explicit roles: they are invalid on
    table parts), and one that would not still reads each cell with its column's name.
    """
    head = "".join(f'<th scope="col">{html.escape(label)}</th>' for _, label in MATRIX_COLUMNS)
    # The link names the file: it opens from file:// (the release) as well as from a web server.
    rows = [f'<tr data-casus="{casus_id}" {_tag_data(data["tags"])}><th scope="row">'
            f'<a href="{casus_id}/index.html">{html.escape(data["title"])}</a></th>'
            + "".join(_tag_cell(kind, label, data["tags"].get(kind) or []) for kind, label in MATRIX_COLUMNS) + "</tr>"
            for casus_id, data in ordered]
    counts = "".join(_tag_cell(kind, label, list(choices("casus", kind)), ordered) for kind, label in MATRIX_COLUMNS)
    return "\n".join([
        '<div class="swan-matrix">',
        '<table class="swan-matrix__table" data-testid="dekking">',
        '<caption id="dekking-titel">Dekking van de casussen per niveau, voorwaarde, model en dilemma</caption>',
        f'<thead><tr><th scope="col">Casus</th>{head}</tr></thead>',
        '<tbody>', *rows, "</tbody>",
        f'<tfoot><tr><th scope="row">Aantal casussen</th>{counts}</tr></tfoot>',
        "</table>", "</div>"])


def _tag_cell(kind: str, label: str, values: list[str], counted: list[tuple[str, dict]] | None = None) -> str:
    """Return a cell with the short labels of the tags of one kind, in the schema's order; with counted,
    the number of casussen that have each tag."""
    items = []
    for value, name in choices("casus", kind).items():
        if value in values:
            text = html.escape(SHORT_LABELS.get(value, name))
            if counted is not None:
                number = sum(value in (data["tags"].get(kind) or []) for _, data in counted)
                text = f'<span>{text}</span> <span class="swan-matrix__count">{number}</span>'
            items.append(f"<li>{text}</li>")
    content = (f'<ul class="swan-matrix__tags">{"".join(items)}</ul>' if items else
               '<span aria-hidden="true">–</span><span class="swan-sr-only">geen</span>')
    return f'<td data-label="{html.escape(label)}">{content}</td>'


def render_filters() -> str:
    """Return the filter form; it stays hidden until the script runs, so without it every card shows."""
    fields = []
    for kind, label, everything in FILTERS:
        options = "".join(f'<option value="{value}">{html.escape(name)}</option>'
                          for value, name in choices("casus", kind).items())
        fields.append(f'<div class="swan-filter__field"><label for="filter-{kind}">{label}</label>'
                      f'<select id="filter-{kind}" data-filter="{kind}"><option value="">{everything}</option>'
                      f"{options}</select></div>")
    return "\n".join([
        '<form class="swan-filter" data-testid="casus-filter" hidden>',
        "<fieldset><legend>Filter de casussen</legend>", '<div class="swan-filter__fields">', *fields,
        '<button type="reset" class="md-button swan-filter__reset">Toon alle casussen</button>',
        "</div>", "</fieldset>",
        '<p class="swan-filter__count" role="status" aria-live="polite"></p>',
        "</form>"])
