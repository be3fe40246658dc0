"""Load every data file of a course, and gather all mistakes in one list."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import terms
from .assessment import check_assessment
from .casus import check_casus
from .errors import ContentError
from .leerdoelen import check_coverage
from .modules import Module, load_modules
from .quizbank import check_bank
from .schemas import validate
from .yamlfile import load_yaml

FOLDERS = {"quiz": ("quizzes", check_bank), "casus": ("casussen", check_casus)}
GLOSSARY = "begrippen.yml"


@dataclass
class Course:
    """The checked data of a course; files with mistakes are left out and listed in errors."""

    banks: dict[str, dict] = field(default_factory=dict)
    casussen: dict[str, dict] = field(default_factory=dict)
    glossary: list[dict] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)
    modules: list[Module] = field(default_factory=list)


def load_course(root: Path, docs_dir: Path | None = None, order: list[str] | None = None) -> Course:
    """Read quizzes/*.yml, casussen/*.yml and begrippen.yml under root, and the modules in docs_dir.

    docs_dir defaults to root/docs; order (page paths, e.g. from the nav) sorts the modules.
    """
    course = Course()
    course.banks = _load_folder(root, "quiz", course)
    course.casussen = _load_folder(root, "casus", course)
    if (root / GLOSSARY).exists():
        glossary, errors = load_file(root / GLOSSARY, GLOSSARY, "begrippen", lambda data, name: [])
        course.glossary = glossary or []
        course.errors += errors
    docs_dir = Path(docs_dir) if docs_dir else root / "docs"
    course.modules = load_modules(docs_dir, order) if docs_dir.is_dir() else []
    bank_broken = any(error.file.startswith("quizzes/") for error in course.errors)
    course.errors += check_coverage(course.modules, course.banks, complete=not bank_broken)
    goals = [goal["id"] for module in course.modules for goal in module.leerdoelen]
    course.errors += check_assessment(course.banks, course.casussen, goals if course.modules else None)
    course.errors += _check_terms(root, docs_dir)
    return course


def _check_terms(root: Path, docs_dir: Path) -> list[ContentError]:
    """Apply termen.yml, when the course has one, to all its text."""
    if not (root / terms.FILE).exists():
        return []
    data, errors = load_file(root / terms.FILE, terms.FILE, "termen", lambda data, name: [])
    if data is None:
        return errors
    return terms.check_course(root, docs_dir if docs_dir.is_dir() else root, data["termen"], load_yaml)


def _load_folder(root: Path, kind: str, course: Course) -> dict[str, dict]:
    """Load every file of one kind of data; note the mistakes and the files left out."""
    folder, check = FOLDERS[kind]
    items = {}
    for path in sorted((root / folder).glob("*")):
        name = f"{folder}/{path.name}"
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix != ".yml":
            course.errors.append(ContentError(name, "", "content files end in .yml"))
            continue
        if not _valid_id(path.stem):
            course.errors.append(ContentError(name, "", "file names use only lower-case letters, digits and hyphens"))
            continue
        data, errors = load_file(path, name, kind, check)
        course.errors += errors
        if data is None:
            course.broken.add(path.stem)
        else:
            items[path.stem] = data
    return items


def load_file(path: Path, name: str, kind: str, check) -> tuple[object, list[ContentError]]:
    """Load, validate and check one file; return its data only if it has no mistakes."""
    data, errors = load_yaml(path, name)
    if errors:
        return None, errors
    errors = validate(data, kind, name)
    if errors:
        return None, errors
    errors = check(data, name)
    return (None if errors else data), errors


def _valid_id(stem: str) -> bool:
    """Whether a file name is a valid id: lower-case letters, digits and single hyphens."""
    parts = stem.split("-")
    return all(part and part.isascii() and part.isalnum() and part == part.lower() for part in parts)
