"""The numbers of the content report: per module words, study time, questions and leerdoelen;
casussen per tag. Rendered as text by tools/report.py and as the editors' page by render/report.py.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .assessment import EINDTOETS, LEVELS, BankFigures, bank_figures, cued_decisions
from .leerdoelen import MINIMUM, question_counts
from .readability import module_stats
from .schemas import choices

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
        """Return how many leerdoelen have enough questions."""
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


def percent(part: int, whole: int) -> str:
    """Return part of whole as a rounded percentage, or '-' when there is no whole."""
    return f"{round(100 * part / whole)} %" if whole else "-"


def assessment_rows(report: Report) -> list[tuple[str, str, str, list[str], str]]:
    """Return (bank, questions, longest correct, niveau shares, near-copies) per bank, as text."""
    rows = []
    for bank in report.banks:
        shares = [percent(bank.levels[level], bank.questions) for level in LEVELS]
        rows.append((bank.bank, str(bank.questions), f"{bank.cued}/{bank.choice} = {percent(bank.cued, bank.choice)}",
                     shares, str(bank.near_copies) if bank.bank == EINDTOETS else "-"))
    return rows
