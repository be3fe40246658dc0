"""scripts/content-report: the content report for editors, in a terminal.

Per module the words, study time, questions and leerdoelen; casussen against
levels, conditions and models. The same numbers (content/report.py) make the
editors' page of the site (render/report.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..content.leerdoelen import MINIMUM
from ..content.assessment import CUE_LIMIT
from ..content.report import TAG_KINDS, Report, assessment_rows, build, percent


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
    for bank, count, cued, (kennis, begrip, toepassing), copies in assessment_rows(report):
        out.append(f"{bank:<20} {count:>9} {cued:>16} {kennis:>7} {begrip:>7} {toepassing:>10} {copies:>11}")
    cued, points = report.decisions
    out.append(f"casus decision points: best option strictly longest in {cued}/{points} = {percent(cued, points)}")
    out += ["", f"CASUSSEN ({report.casussen})"]
    for kind, title in TAG_KINDS:
        out.append(f"  {title}")
        out += [f"    {label:<42} {count:>3}" for _, label, count in report.tags[kind]]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """scripts/content-report [course root]: print the report for the course."""
    import yaml

    from ..content.course import load_course
    from ..content.nav import nav_paths

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
