"""Casussen: the checks a schema cannot express, and rendering to a Markdown page."""

from __future__ import annotations

import html
from textwrap import indent

import markdown

from .errors import ContentError
from .safe_markdown import escape
from .schemas import choices

VERANTWOORDING = [("waartoe", "Waartoe"), ("wat", "Wat"), ("met_wie", "Met wie"),
                  ("volgorde", "In welke volgorde"), ("afweging", "Op grond van welke afweging")]
TAG_KINDS = [("levels", "Niveaus"), ("conditions", "Voorwaarden van sociale kwaliteit"),
             ("models", "Besluitvormingsmodellen"), ("dilemmas", "Dilemma's")]


def check_casus(data: dict, name: str) -> list[ContentError]:
    """Find mistakes in a schema-valid casus: step ids and best options."""
    errors = []
    seen = set()
    for index, step in enumerate(data["steps"]):
        if step["id"] in seen:
            errors.append(ContentError(name, f"steps[{index}].id", f"duplicate id '{step['id']}'"))
        seen.add(step["id"])
        if "decision" in step:
            best = sum(1 for option in step["decision"]["options"] if option.get("best"))
            if best != 1:
                errors.append(ContentError(name, f"steps[{index}].decision.options",
                                           f"mark exactly one option best: true (found {best})"))
    return errors


def fragment(text: str, inline: bool = False) -> str:
    """Render a short Markdown text to HTML, with any HTML in it shown as text."""
    rendered = markdown.markdown(escape(text.strip()))
    if inline and rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def render_page(casus_id: str, data: dict) -> str:
    """Return the Markdown page for one casus."""
    parts = [f"# {escape(data['title'])}", _fiction_note(), _tag_line(data["tags"]),
             "## De situatie", escape(data["situation"].strip())]
    for step in data["steps"]:
        parts += [f"## {escape(step['title'])} {{#stap-{step['id']}}}", escape(step["text"].strip())]
        if "decision" in step:
            parts.append(render_decision(casus_id, step["id"], step["decision"]))
    parts += ["## De verantwoording {#verantwoording}"]
    for key, label in VERANTWOORDING:
        parts += [f"### {label}", escape(data["verantwoording"][key].strip())]
    parts += ["## Signaal {#signaal}", escape(data["signaal"].strip()),
              "## Terugkoppeling naar de cliënt {#terugkoppeling}", escape(data["terugkoppeling"].strip()),
              "## Reflectievragen {#reflectie}"]
    parts += [render_reflection(casus_id, n, item) for n, item in enumerate(data["reflection"], 1)]
    return "\n\n".join(parts) + "\n"


def _fiction_note() -> str:
    return ('!!! info "Een verzonnen casus"\n'
            "    Deze casus is fictief. Namen, plaatsen en organisaties zijn verzonnen; "
            "elke gelijkenis met echte personen berust op toeval.")


def _tag_line(tags: dict) -> str:
    rows = [f"| Setting | {choices('casus', 'setting')[tags['setting']]} |"]
    for kind, label in TAG_KINDS:
        if tags.get(kind):
            names = choices("casus", kind)
            rows.append(f"| {label} | {', '.join(names[value] for value in tags[kind])} |")
    return "| Deze casus gaat over | |\n|---|---|\n" + "\n".join(rows)


def render_decision(casus_id: str, step_id: str, decision: dict) -> str:
    """Return the HTML of a decision point: radio options, a button, feedback per option."""
    name = f"keuze-{step_id}"
    options, feedback = [], []
    for index, option in enumerate(decision["options"]):
        option_id = f"{name}-{index}"
        options.append(f'<div class="swan-decision__option"><input type="radio" name="{name}" '
                       f'id="{option_id}" value="{index}"><label for="{option_id}">'
                       f'{fragment(option["text"], inline=True)}</label></div>')
        verdict = "De sterkste keuze." if option.get("best") else "Er is een sterkere keuze."
        feedback.append(f'<div class="swan-decision__feedback" data-option="{index}" '
                        f'data-best="{str(bool(option.get("best"))).lower()}" hidden>'
                        f'<p class="swan-decision__verdict"><strong>{verdict}</strong></p>'
                        f'{fragment(option["feedback"])}</div>')
    return "\n".join([
        f'<div class="swan-decision" id="{name}" data-testid="{name}" data-decision="{casus_id}/{step_id}">',
        f'<fieldset><legend class="swan-decision__question">{fragment(decision["question"], inline=True)}</legend>',
        *options, "</fieldset>",
        '<button type="button" class="md-button swan-decision__submit">Bekijk de feedback</button>',
        '<p class="swan-decision__hint" hidden>Kies eerst een van de mogelijkheden.</p>',
        '<div class="swan-decision__result" aria-live="polite">', *feedback, "</div>", "</div>"])


def render_reflection(casus_id: str, number: int, item: dict) -> str:
    """Return a reflection question with a note field and a model answer to open."""
    field = f"reflectie-{number}"
    return "\n\n".join([
        f"### Vraag {number}", escape(item["question"].strip()),
        f'<div class="swan-reflection" data-reflection="{casus_id}/{number}">'
        f'<label for="{field}">Jouw antwoord (blijft alleen in deze browser)</label>'
        f'<textarea id="{field}" rows="4"></textarea></div>',
        f'??? success "Bekijk het modelantwoord"\n\n{indent(escape(item["model_answer"].strip()), "    ")}'])


def render_overview(casussen: dict[str, dict]) -> str:
    """Return the Markdown of the overview page that lists every casus."""
    lines = ["# Casussen", "",
             "Elke casus is verzonnen en laat zien hoe je de gespreksleidraad stap voor stap toepast. "
             "Bij de keuzemomenten kies je zelf en krijg je uitleg.", ""]
    for casus_id, data in sorted(casussen.items(), key=lambda item: item[1]["title"]):
        setting = choices("casus", "setting")[data["tags"]["setting"]]
        lines += [f'<div class="swan-casus-card" data-testid="casus-{casus_id}" markdown>',
                  f"### [{escape(data['title'])}]({casus_id}/index.md)", "",
                  f"*{setting}.* {escape(data['summary'].strip())}", "", "</div>", ""]
    return "\n".join(lines)
