"""CHANGELOG.md (Keep a Changelog) → the page "Wat is er nieuw", checked against the course version.

Each release is a heading '## [1.0.0] - 2026-11-23'; an '## [Unreleased]' section
may sit on top and is left off the page. The newest release must be the version
in mkdocs.yml (plugins: swan: version), so a published course never lies about itself.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .errors import ContentError
from .docs_check import unsafe_markup

NAME = "CHANGELOG.md"
_HEADING = re.compile(r"^## +(?P<title>.+?)\s*$")
_RELEASE = re.compile(r"^\[?(?P<version>[^\]\s]+)\]?(?: +[-–] +(?P<date>\S+))?$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_UNRELEASED = {"unreleased", "nog niet uitgebracht"}
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s")
@dataclass
class Release:
    """One version section of the changelog."""

    version: str
    date: datetime.date | None
    line: int
    body: list[str]


def parse(text: str) -> tuple[list[Release], list[ContentError]]:
    """Split the changelog into releases (newest first) and list the mistakes in it."""
    releases, errors, current = [], unsafe_markup(text, NAME), None
    for number, line in enumerate(text.splitlines(), start=1):
        if heading := _HEADING.match(line):
            current = _release(heading["title"], number, errors)
            if current is not None:
                releases.append(current)
        elif current is not None and not _LINK_DEFINITION.match(line):
            current.body.append(line)
    if not releases:
        errors.append(ContentError(NAME, "", "no release found; start each release with a heading "
                                             "such as '## [1.0.0] - 2026-11-23'"))
    return releases, errors


def check_version(releases: list[Release], version: str) -> list[ContentError]:
    """The newest release must be the course version in mkdocs.yml."""
    if not releases or releases[0].version == version:
        return []
    newest = releases[0]
    return [ContentError(NAME, f"line {newest.line}", (
        f"the newest release is {newest.version}, but mkdocs.yml plugins.swan.version is {version}; "
        f"add a section '## [{version}] - YYYY-MM-DD' on top, or correct plugins.swan.version"))]


def _release(title: str, line: int, errors: list[ContentError]) -> Release | None:
    """Return the release a heading starts, or None for Unreleased or a mistake (noted in errors)."""
    match = _RELEASE.match(title)
    if match and match["version"].lower() in _UNRELEASED or title.lower().strip("[]") in _UNRELEASED:
        return None
    if not match or not _SEMVER.match(match["version"]):
        errors.append(ContentError(NAME, f"line {line}", f"'## {title}' is not a release heading; "
                                   "write it as '## [1.2.0] - 2026-11-23' (version as major.minor.patch)"))
        return None
    return Release(match["version"], _date(match["date"], line, errors), line, [])


def _date(text: str | None, line: int, errors: list[ContentError]) -> datetime.date | None:
    """Return the date of a release heading, or None (a wrong date is noted in errors)."""
    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        errors.append(ContentError(NAME, f"line {line}", f"'{text}' is not a date; write it as YYYY-MM-DD"))
        return None


def load_changelog(root, version: str | None) -> tuple[list[Release], list[ContentError]]:
    """Read CHANGELOG.md next to mkdocs.yml and check it against the course version (if one is set)."""
    path = root / NAME
    if version is None:
        return [], []
    if not path.is_file():
        return [], [ContentError(NAME, "", f"is missing; the course version {version} needs a changelog "
                                           "next to mkdocs.yml with a section '## [version] - YYYY-MM-DD'")]
    releases, errors = parse(path.read_text(encoding="utf-8"))
    return releases, errors + check_version(releases, str(version))
