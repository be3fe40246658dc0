"""Everything a site is made from, loaded and checked together: the course data and the trainer files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import branding, changelog, leidraad, stellingen
from .course import Course, load_course
from .errors import ContentError


@dataclass
class Site:
    """The checked data of a whole site; what has mistakes is left out and listed in errors."""

    course: Course
    version: str | None = None
    leidraad: dict | None = None
    releases: list[changelog.Release] = field(default_factory=list)
    stellingen: list[dict] = field(default_factory=list)
    branding: dict = field(default_factory=lambda: dict(branding.DEFAULTS))
    errors: list[ContentError] = field(default_factory=list)


def load_site(root: Path, docs_dir: Path, order: list[str], version: str | None, looks: dict) -> Site:
    """Read and check every data file of the course under root, with the version and branding settings."""
    site = Site(load_course(root, docs_dir, order), version)
    site.leidraad, errors = leidraad.load(root)
    site.branding, more = branding.load_branding(looks, root)
    site.releases, most = changelog.load_changelog(root, version)
    site.stellingen, rest = stellingen.load_stellingen(root)
    site.errors = site.course.errors + errors + more + most + rest
    return site


def settings_in_extra(extra: dict) -> list[ContentError]:
    """Refuse course settings under mkdocs.yml's extra: swan:; the plugin reads them from plugins: - swan: only."""
    if "swan" not in extra:
        return []
    given = extra["swan"]
    named = f" ({', '.join(map(str, given))})" if isinstance(given, dict) and given else ""
    return [ContentError(branding.CONFIG, "extra.swan", (
        f"the course does not read its settings{named} here: put them under plugins: - swan: "
        "(version, eindtoets, branding, xapi), as docs/voor-trainers/hosten.md shows"))]
