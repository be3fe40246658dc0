"""Course modules: a folder docs/<module>/ whose index.md declares studietijd or leerdoelen.

Read straight from the Markdown files, so the build, the reports and the tests
see the same modules without running MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError
from .frontmatter import split


@dataclass
class Page:
    """One Markdown page: its path under docs/, front matter and body."""

    path: str
    meta: dict
    body: str


@dataclass
class Module:
    """A module: its folder name, its index page and the other pages in the folder."""

    id: str
    index: Page
    pages: list[Page] = field(default_factory=list)

    @property
    def title(self) -> str:
        """Return the module's title (its index page's), or its folder name."""
        return str(self.index.meta.get("title") or self.id)

    @property
    def studietijd(self) -> int | None:
        """Return the study time in minutes from the front matter, if it is a whole number."""
        value = self.index.meta.get("studietijd")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def leerdoelen(self) -> list[dict]:
        """Return the leerdoelen from the front matter that have an id."""
        goals = self.index.meta.get("leerdoelen") or []
        if not isinstance(goals, list):
            return []
        return [goal for goal in goals if isinstance(goal, dict) and "id" in goal]

    @property
    def all_pages(self) -> list[Page]:
        """Return the index page and the other pages."""
        return [self.index, *self.pages]


def read_page(docs_dir: Path, path: Path) -> Page:
    """Read one page; front matter that is not a mapping counts as none."""
    body, meta = split(path.read_text(encoding="utf-8-sig"))
    return Page(path.relative_to(docs_dir).as_posix(), meta if isinstance(meta, dict) else {}, body)


def load_modules(docs_dir: Path, order: list[str] | None = None) -> list[Module]:
    """Return the modules under docs_dir, in the order of `order` (page paths, e.g. the nav) if given."""
    modules = []
    for index in sorted(Path(docs_dir).glob("*/index.md")):
        page = read_page(docs_dir, index)
        if "studietijd" not in page.meta and "leerdoelen" not in page.meta:
            continue
        others = sorted(p for p in index.parent.glob("*.md") if p.name != "index.md")
        modules.append(Module(index.parent.name, page, [read_page(docs_dir, p) for p in others]))
    if order:
        position = {path: number for number, path in enumerate(order)}
        modules.sort(key=lambda m: position.get(m.index.path, len(position)))
        for module in modules:
            module.pages.sort(key=lambda p: position.get(p.path, len(position)))
    return modules


def check_module_meta(meta: dict, page: str) -> list[ContentError]:
    """Check the front matter of a module index: studietijd and leerdoelen."""
    errors = []
    if "studietijd" in meta and (not isinstance(meta["studietijd"], int) or meta["studietijd"] <= 0):
        errors.append(ContentError(page, "studietijd", "must be a whole number of minutes, such as 45"))
    goals = meta.get("leerdoelen", [])
    if not isinstance(goals, list) or not all(isinstance(g, dict) and {"id", "tekst"} <= set(g) for g in goals):
        errors.append(ContentError(page, "leerdoelen", "must be a list of items with 'id' and 'tekst'"))
    return errors
