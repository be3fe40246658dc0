"""The editors' page with the content report (the numbers come from content/report.py)."""

from __future__ import annotations

from ..content.leerdoelen import MINIMUM
from ..content.assessment import CUE_LIMIT
from ..content.report import TAG_KINDS, Report, assessment_rows, percent
from .text import escape, plain

PAGE = "redactie/inhoudsrapport.md"


def as_markdown(report: Report) -> str:
    """Render the report as the editors' page."""
    out = ["# Inhoudsrapport", "",
           "Deze pagina wordt bij elke bouw opnieuw gemaakt uit de modules, de vragenbanken en de casussen. "
           "Dezelfde cijfers geeft `scripts/content-report`.", "",
           "## Modules", "",
           "| Module | Woorden | Minuten | Vragen | Leerdoelen gedekt |", "|---|--:|--:|--:|--:|"]
    for row in report.modules:
        minutes = str(row.studietijd) if row.studietijd is not None else "–"
        out.append(f"| [{plain(row.title)}](../{row.id}/index.md) | {row.words} | {minutes} | {row.questions} | "
                   f"{row.covered} van {len(row.leerdoelen)} |")
    out += ["", "Minuten is de studietijd uit de front matter van de module. "
            f"Woorden tellen alleen de lopende tekst van de pagina's. Vragen zijn de vragen uit alle banken "
            f"die een leerdoel van de module toetsen. In alle banken samen staan {report.total_questions} vragen; "
            f"{report.unassigned_questions} daarvan horen bij geen leerdoel.", "",
            "## Leerdoelen", "",
            f"Een leerdoel is gedekt als minstens {MINIMUM} vragen het toetsen."]
    for row in report.modules:
        out += ["", f"### {plain(row.title)}", "", "| Leerdoel | Vragen | Gedekt |", "|---|--:|---|"]
        for goal_id, text, count in row.leerdoelen:
            out.append(f"| `{goal_id}`: {escape(text).replace('|', '&#124;')} | {count} | "
                       f"{'ja' if count >= MINIMUM else '**nee**'} |")
    out += ["", "## Toetsing", "",
            f"Per vragenbank: hoe vaak is het juiste antwoord het langste (mag hoogstens {round(100 * CUE_LIMIT)} % zijn, "
            "anders kun je raden op lengte), welk deel vraagt kennis, begrip of toepassing (toepassing minstens de helft), "
            "en hoeveel eindtoetsvragen in hun woorden lijken op een vraag uit een module.", "",
            "| Bank | Vragen | Juiste het langst | Kennis / begrip / toepassing | Lijkt op module |",
            "|---|--:|--:|--:|--:|"]
    for bank, count, cued, (kennis, begrip, toepassing), copies in assessment_rows(report):
        out.append(f"| {bank} | {count} | {cued} | {kennis} / {begrip} / {toepassing} | {copies} |")
    cued, points = report.decisions
    out += ["", f"Bij de keuzemomenten in de casussen is de sterkste optie de langste in {cued} van de {points} "
            f"({percent(cued, points)})."]
    out += ["", "## Casussen", "", f"Er zijn {report.casussen} casussen. Per tag: in hoeveel casussen komt de waarde voor?"]
    for kind, title in TAG_KINDS:
        out += ["", f"### {title}", "", "| Waarde | Casussen |", "|---|--:|"]
        out += [f"| {escape(label)} | {count} |" for _, label, count in report.tags[kind]]
    return "\n".join(out) + "\n"
