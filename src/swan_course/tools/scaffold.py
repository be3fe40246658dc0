"""scripts/new: write a new casus or quiz bank from a template that passes every check.

    scripts/new casus <id>
    scripts/new quizbank <id> [--page docs/<module>/<page>.md] [--leerdoel <id>]

A new file never overwrites an existing one. A quiz bank must be on a page
before the build passes: with --page the marker <!-- quiz: <id> --> is added
at the end of that page; without it, the command prints the marker to place.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"
KINDS = {"casus": ("casussen", "casus.yml"), "quizbank": ("quizzes", "quizbank.yml")}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScaffoldError(Exception):
    """A request the command refuses, with the reason and what to do."""


def render(kind: str, item_id: str, leerdoel: str | None = None) -> str:
    """Return the template text for a new item."""
    text = (TEMPLATES / KINDS[kind][1]).read_text(encoding="utf-8")
    line = f"    leerdoel: {leerdoel}\n" if leerdoel else ""
    return text.replace("{leerdoel}", line).replace("{id}", item_id)


def create(root: Path, kind: str, item_id: str, page: str | None = None, leerdoel: str | None = None) -> list[Path]:
    """Write the new file (and the quiz marker on page); return the files written or changed."""
    if kind not in KINDS:
        raise ScaffoldError(f"unknown kind '{kind}'; use one of: {', '.join(KINDS)}")
    for value, what in ((item_id, "id"), (leerdoel, "leerdoel")):
        if value is not None and not ID.match(value):
            raise ScaffoldError(f"'{value}' is not a valid {what}: use lower-case letters, digits and single "
                                "hyphens, starting and ending with a letter or digit (for example 'wijkteam-regie')")
    folder, _ = KINDS[kind]
    target = root / folder / f"{item_id}.yml"
    if target.exists():
        raise ScaffoldError(f"{folder}/{item_id}.yml already exists; choose another id or edit that file")
    page_path = None
    if page is not None:
        if kind != "quizbank":
            raise ScaffoldError("--page only applies to a quiz bank")
        page_path = (root / page) if (root / page).exists() else root / "docs" / page
        if page_path.suffix != ".md" or not page_path.is_file():
            raise ScaffoldError(f"page '{page}' does not exist; give a Markdown page such as docs/signaleren/team.md")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(kind, item_id, leerdoel), encoding="utf-8")
    written = [target]
    if page_path is not None:
        text = page_path.read_text(encoding="utf-8").rstrip("\n")
        page_path.write_text(f"{text}\n\n## Oefenvragen\n\n<!-- quiz: {item_id} -->\n", encoding="utf-8")
        written.append(page_path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the new file; print what was written and what to do next."""
    parser = argparse.ArgumentParser(prog="scripts/new", description="Write a new casus or quiz bank from a template.")
    parser.add_argument("kind", choices=sorted(KINDS), help="what to make")
    parser.add_argument("id", help="the id: the file name without .yml, e.g. wijkteam-regie")
    parser.add_argument("--page", help="quizbank: add <!-- quiz: <id> --> at the end of this page (docs/...)")
    parser.add_argument("--leerdoel", help="quizbank: the leerdoel id the template questions test")
    parser.add_argument("--root", default=".", help="the course folder (default: the current folder)")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    try:
        written = create(root, args.kind, args.id, args.page, args.leerdoel)
    except ScaffoldError as error:
        print(f"scripts/new: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(root)}")
    if args.kind == "casus":
        print(f"The casus becomes the page casussen/{args.id}/ at the next build. Replace the template text.")
    elif args.page is None:
        print(f"Now put <!-- quiz: {args.id} --> on one page: the build fails until every question is on a page.")
    if args.kind == "quizbank" and args.leerdoel is None:
        print("Give every question a 'leerdoel:' from a module's front matter (docs/<module>/index.md).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
