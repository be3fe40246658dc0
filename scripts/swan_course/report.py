"""The content report for editors: modules (words, study time, questions, leerdoelen)
and casussen against levels, conditions and models.

One set of numbers, two renderings: plain text for `scripts/content-report` and
Markdown for the editors' page that the build generates.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .assessment import CUE_LIMIT, LEVELS, BankFigures, bank_figures, cued_decisions
from .leerdoelen import MINIMUM, question_counts
from .readability import module_stats
from .safe_markdown import escape
from .schemas import choices

PAGE = "redactie/inhoudsrapport.md"
TAG_KINDS = [("levels", "Niveaus"), ("conditions", "Voorwaarden van sociale kwaliteit"),
             ("models", "Besluitvormingsmodellen"), ("dilemmas", "Dilemma's"), ("setting", "Settings")]


@dataclass
class ModuleRow:
    id: str
    title: str
    words: int
    studietijd: int | None
    questions: int
    leerdoelen: list[tuple[str, str, int]]

    @property
    def covered(self) -> int:
        return sum(1 for _, _, count in self.leerdoelen if count >= MINIMUM)


@dataclass
class Report:
    modules: list[ModuleRow]
    casussen: int
    tags: dict[str, list[tuple[str, str, int]]]
    unassigned_questions: int
    total_questions: int
    banks: list[BankFigures]
    decisions: tuple[int, int]


def build(course) -> Report:
    """Count everything the report shows from a loaded Course."""
    counts = question_counts(course.banks)
    rows = []
    for module in course.modules:
        goals = [(g["id"], str(g.get("tekst", "")), counts[g["id"]]) for g in module.leerdoelen]
        rows.append(ModuleRow(module.id, module.title, module_stats(module).words, module.studietijd,
                              sum(count for _, _, count in goals), goals))
    declared = {g for row in rows for g, _, _ in row.leerdoelen}
    questions = [q for bank in course.banks.values() for q in bank["questions"]]
    tags = {}
    for kind, _ in TAG_KINDS:
        tally = Counter()
        for data in course.casussen.values():
            value = data["tags"].get(kind, [])
            tally.update([value] if isinstance(value, str) else value)
        tags[kind] = [(value, label, tally[value]) for value, label in choices("casus", kind).items()]
    cued, points = cued_decisions(course.casussen)
    return Report(rows, len(course.casussen), tags,
                  sum(1 for q in questions if q.get("leerdoel") not in declared), len(questions),
                  bank_figures(course.banks), (len(cued), points))


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "-"


def _assessment_rows(report: Report) -> list[tuple[str, str, str, list[str], str]]:
    """(bank, questions, longest correct, niveau shares, near-copies) per bank, as text."""
    rows = []
    for bank in report.banks:
        shares = [_percent(bank.levels[level], bank.questions) for level in LEVELS]
        rows.append((bank.bank, str(bank.questions), f"{bank.cued}/{bank.choice} = {_percent(bank.cued, bank.choice)}",
                     shares, str(bank.near_copies) if bank.bank == "eindtoets" else "-"))
    return rows


def as_text(report: Report) -> str:
    """Render the report for a terminal."""
    out = ["MODULES", f"{'module':<22} {'words':>6} {'minutes':>7} {'questions':>9} {'leerdoelen covered':>18}"]
    for row in report.modules:
        minutes = str(row.studietijd) if row.studietijd is not None else "-"
        out.append(f"{row.id:<22} {row.words:>6} {minutes:>7} {row.questions:>9} "
                   f"{f'{row.covered}/{len(row.leerdoelen)}':>18}")
    out.append(f"questions in all banks: {report.total_questions}; "
               f"without a declared leerdoel: {report.unassigned_questions}")
    out += ["", f"LEERDOELEN (covered = at least {MINIMUM} questions)"]
    for row in report.modules:
        for goal_id, _, count in row.leerdoelen:
            mark = "ok " if count >= MINIMUM else "LOW"
            out.append(f"  {mark} {row.id:<20} {goal_id:<28} {count:>3} questions")
    out += ["", f"ASSESSMENT (correct option strictly longest: at most {round(100 * CUE_LIMIT)} %; "
            "toepassing: at least 50 %)",
            f"{'bank':<20} {'questions':>9} {'longest correct':>16} {'kennis':>7} {'begrip':>7} {'toepassing':>10} "
            f"{'near-copies':>11}"]
    for bank, count, cued, (kennis, begrip, toepassing), copies in _assessment_rows(report):
        out.append(f"{bank:<20} {count:>9} {cued:>16} {kennis:>7} {begrip:>7} {toepassing:>10} {copies:>11}")
    cued, points = report.decisions
    out.append(f"casus decision points: best option strictly longest in {cued}/{points} = {_percent(cued, points)}")
    out += ["", f"CASUSSEN ({report.casussen})"]
    for kind, title in TAG_KINDS:
        out.append(f"  {title}")
        out += [f"    {label:<42} {count:>3}" for _, label, count in report.tags[kind]]
    return "\n".join(out) + "\n"


def as_markdown(report: Report) -> str:
    """Render the report as the editors' page."""
    out = ["# Inhoudsrapport", "",
           "Deze pagina wordt bij elke bouw opnieuw gemaakt uit de modules, de vragenbanken en de casussen. "
           "Dezelfde cijfers geeft `scripts/content-report`.", "",
           "## Modules", "",
           "| Module | Woorden | Minuten | Vragen | Leerdoelen gedekt |", "|---|--:|--:|--:|--:|"]
    for row in report.modules:
        minutes = str(row.studietijd) if row.studietijd is not None else "–"
        out.append(f"| [{escape(row.title)}](../{row.id}/index.md) | {row.words} | {minutes} | {row.questions} | "
                   f"{row.covered} van {len(row.leerdoelen)} |")
    out += ["", "Minuten is de studietijd uit de front matter van de module. "
            f"Woorden tellen alleen de lopende tekst van de pagina's. Vragen zijn de vragen uit alle banken "
            f"die een leerdoel van de module toetsen. In alle banken samen staan {report.total_questions} vragen; "
            f"{report.unassigned_questions} daarvan horen bij geen leerdoel.", "",
            "## Leerdoelen", "",
            f"Een leerdoel is gedekt als minstens {MINIMUM} vragen het toetsen."]
    for row in report.modules:
        out += ["", f"### {escape(row.title)}", "", "| Leerdoel | Vragen | Gedekt |", "|---|--:|---|"]
        for goal_id, text, count in row.leerdoelen:
            out.append(f"| `{goal_id}`: {escape(text).replace('|', '&#124;')} | {count} | "
                       f"{'ja' if count >= MINIMUM else '**nee**'} |")
    out += ["", "## Toetsing", "",
            f"Per vragenbank: hoe vaak is het juiste antwoord het langste (mag hoogstens {round(100 * CUE_LIMIT)} % zijn, "
            "anders kun je raden op lengte), welk deel vraagt kennis, begrip of toepassing (toepassing minstens de helft), "
            "en hoeveel eindtoetsvragen lijken in hun woorden op een vraag uit een module.", "",
            "| Bank | Vragen | Juiste antwoord het langst | Kennis | Begrip | Toepassing | Lijkt op modulevraag |",
            "|---|--:|--:|--:|--:|--:|--:|"]
    for bank, count, cued, (kennis, begrip, toepassing), copies in _assessment_rows(report):
        out.append(f"| {bank} | {count} | {cued} | {kennis} | {begrip} | {toepassing} | {copies} |")
    cued, points = report.decisions
    out += ["", f"Bij de keuzemomenten in de casussen is de sterkste optie de langste in {cued} van de {points} "
            f"({_percent(cued, points)})."]
    out += ["", "## Casussen", "", f"Er zijn {report.casussen} casussen. Per tag: in hoeveel casussen komt de waarde voor?"]
    for kind, title in TAG_KINDS:
        out += ["", f"### {title}", "", "| Waarde | Casussen |", "|---|--:|"]
        out += [f"| {escape(label)} | {count} |" for _, label, count in report.tags[kind]]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """scripts/content-report [course root]: print the report for the course."""
    from .content import load_course
    from .modules import nav_paths
    import yaml

    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0] if args else ".").resolve()
    order = None
    config = root / "mkdocs.yml"
    if config.exists():
        loader = type("_Loader", (yaml.SafeLoader,), {})
        loader.add_multi_constructor("", lambda loader, suffix, node: None)
        order = nav_paths((yaml.load(config.read_text(encoding="utf-8"), Loader=loader) or {}).get("nav"))
    course = load_course(root, order=order)
    for error in course.errors:
        print(f"warning: {error}", file=sys.stderr)
    sys.stdout.write(as_text(build(course)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
