"""The term list (termen.yml): preferred terms, and variants the build finds in all course text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, field_path

FILE = "termen.yml"
# Every content file whose text learners read; termen.yml itself quotes the variants.
YAML_FILES = ("quizzes/*.yml", "casussen/*.yml", "begrippen.yml", "stellingen.yml", "gespreksleidraad.yml")
_CODE = re.compile(r"^(```|~~~).*?^\1[ \t]*$|`[^`\n]*`", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Variant:
    pattern: re.Pattern
    preferred: str
    clue: str = ""  # its first word in lower case: text without it cannot hold the variant


def _letters(word: str) -> str:
    """A lower-case letter matches either case; a capital matches only itself."""
    return "".join(f"[{c}{c.upper()}]" if c.islower() and c.upper() != c else re.escape(c) for c in word)


def variants(terms: list[dict]) -> list[Variant]:
    """Compile each variant: whole words, any whitespace between words."""
    compiled = []
    for term in terms:
        for text in term["vermijd"]:
            body = r"\s+".join(map(_letters, text.split()))
            compiled.append(Variant(re.compile(rf"(?<!\w){body}(?!\w)"), term["voorkeur"], text.split()[0].lower()))
    return compiled


def _blank_code(text: str) -> str:
    """Replace code blocks and inline code with spaces, keeping the line numbers."""
    return _CODE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


def find_in_text(text: str, found: list[Variant]) -> list[tuple[int, str, str]]:
    """Return (line, variant as written, preferred term) for every variant outside code."""
    plain = _blank_code(text)
    lower = plain.lower()  # a quick look for each variant's first word spares most of the pattern searches
    hits = [(plain.count("\n", 0, m.start()) + 1, m.group(0), v.preferred)
            for v in found if v.clue in lower for m in v.pattern.finditer(plain)]
    return sorted(hits)


def _strings(value: object, path: tuple = ()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, path + (index,))
    elif isinstance(value, str):
        yield path, value


def _message(written: str, preferred: str) -> str:
    return f"write '{preferred}' instead of '{' '.join(written.split())}' (see {FILE})"


def check_markdown(text: str, name: str, found: list[Variant]) -> list[ContentError]:
    """Name the line of every variant in a Markdown page."""
    return [ContentError(name, f"line {line}", _message(written, preferred))
            for line, written, preferred in find_in_text(text, found)]


def check_data(data: object, name: str, found: list[Variant]) -> list[ContentError]:
    """Name the field of every variant in the strings of a YAML file's data."""
    return [ContentError(name, field_path(path), _message(written, preferred))
            for path, text in _strings(data) for _, written, preferred in find_in_text(text, found)]


def check_course(root: Path, docs_dir: Path, terms: list[dict], load) -> list[ContentError]:
    """Apply the term list to every page in docs_dir and every YAML content file under root.

    load(path, name) returns (data, errors) for a YAML file, as yamlfile.load_yaml does.
    """
    found = variants(terms)
    errors = []
    for path in sorted(docs_dir.rglob("*.md")):
        name = f"{docs_dir.name}/{path.relative_to(docs_dir).as_posix()}"
        errors += check_markdown(path.read_text(encoding="utf-8"), name, found)
    for pattern in YAML_FILES:
        for path in sorted(root.glob(pattern)):
            data, problems = load(path, path.relative_to(root).as_posix())
            if not problems:
                errors += check_data(data, path.relative_to(root).as_posix(), found)
    return errors
