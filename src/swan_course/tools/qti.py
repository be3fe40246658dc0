"""QTI export of the quiz banks, for question banks in an LMS.

The questions come from the same YAML as the site; mkdocs-quiz's QTI writer
(mkdocs_quiz.qti) makes the package: one ZIP per bank with imsmanifest.xml, an
assessment and one item per question. Ids are stable: item 'swan-<bank>--<question>',
options 'optie-1', 'optie-2', ... in YAML order. Question text is Markdown
rendered to HTML (raw HTML shown as text, as on the site). The explanation is
the item's general feedback; mkdocs-quiz's writer has no per-option feedback.
mkdocs-quiz 1.7 writes title attributes without escaping quotes (not well-formed
XML for a question with a '"'), so the titles are written again here.

    scripts/export-qti <out_dir> [--root <course>]
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from mkdocs_quiz.qti import Answer, Blank, QTIExporter, QTIVersion, Quiz, QuizCollection

from ..content.quizbank import BLANK
from ..render.text import fragment


def item_id(bank_id: str, question_id: str) -> str:
    """Return the stable id of a question's QTI item."""
    return f"swan-{bank_id}--{question_id}"


def to_quiz(bank_id: str, question: dict) -> Quiz:
    """Turn one YAML question into mkdocs-quiz's format-neutral model."""
    explanation = fragment(question["explanation"])
    if question["type"] == "fill-in":
        text = BLANK.sub("{{BLANK_0}}", question["question"].strip(), count=1)
        return Quiz(question=fragment(text, inline=True), blanks=[Blank(question["answer"].strip(), "antwoord")],
                    content=explanation, identifier=item_id(bank_id, question["id"]))
    answers = [Answer(fragment(option["text"], inline=True), bool(option.get("correct")), f"optie-{number}",
                      fragment(option["feedback"]))
               for number, option in enumerate(question["options"], 1)]
    return Quiz(question=fragment(question["question"]), answers=answers, content=explanation,
                identifier=item_id(bank_id, question["id"]))


def collection(bank_id: str, bank: dict) -> QuizCollection:
    """Turn a bank into mkdocs-quiz's collection of quizzes."""
    return QuizCollection(title=bank["title"], quizzes=[to_quiz(bank_id, q) for q in bank["questions"]],
                          description=f"SWAN quiz bank '{bank_id}'", identifier=f"swan-{bank_id}")


def export(banks: dict[str, dict], out_dir: Path, version: str = "2.1") -> list[Path]:
    """Write <out_dir>/<bank>.zip (QTI 2.1) for every bank; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for bank_id, bank in sorted(banks.items()):
        exporter = QTIExporter.create(collection(bank_id, bank), QTIVersion.from_string(version))
        titles = {f"items/{item_id(bank_id, q['id'])}.xml": _title(q["question"]) for q in bank["questions"]}
        path = out_dir / f"{bank_id}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("imsmanifest.xml", exporter.generate_manifest())
            package.writestr("assessment.xml", _retitle(exporter.generate_assessment(), bank["title"]))
            for name, xml in exporter.generate_items().items():
                package.writestr(name, _retitle(xml, titles[name]))
        paths.append(path)
    return paths


_TITLE_LINE = re.compile(r'^(\s*)title=".*"(>?)$', re.MULTILINE)


def _title(markdown: str, length: int = 60) -> str:
    """A one-line plain-text title from a question (Markdown marks and blanks simplified)."""
    text = " ".join(BLANK.sub("[…]", markdown).split())
    text = re.sub(r"[*_`]{1,2}(?=\w)|(?<=\w)[*_`]{1,2}", "", text)
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def _retitle(xml: str, title: str) -> str:
    """Write the first title attribute again, escaped."""
    return _TITLE_LINE.sub(lambda m: f"{m[1]}title={quoteattr(title)}{m[2]}", xml, count=1)


def main(argv: list[str] | None = None) -> int:
    """Export every bank of the course, or list its mistakes."""
    from ..content.course import load_course

    parser = argparse.ArgumentParser(prog="scripts/export-qti",
                                     description="Export every quiz bank as a QTI package (one ZIP per bank).")
    parser.add_argument("out_dir", help="folder for the ZIP files (created if missing)")
    parser.add_argument("--root", default=".", help="the course folder (default: the current folder)")
    args = parser.parse_args(argv)
    course = load_course(Path(args.root).resolve())
    if course.errors:
        for error in course.errors:
            print(f"error: {error}", file=sys.stderr)
        print("scripts/export-qti: nothing exported; fix the mistakes above first", file=sys.stderr)
        return 1
    for path in export(course.banks, Path(args.out_dir)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
