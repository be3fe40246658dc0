"""Two documented shortcuts in mkdocs-quiz 1.7 that give the same pages in less build time.

mkdocs-quiz parses its .po files and builds a full Markdown converter again for
every quiz on a page; with about 150 questions that was a third of our build
time (see scripts/benchmark). Both patches keep the plugin's own code and
results; they only reuse what it would build again identically. Each is applied
once per process, however often MkDocs calls on_config (as `mkdocs serve` does).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs_quiz.plugin import MkDocsQuizPlugin
from mkdocs_quiz.translations import TranslationManager


def apply() -> None:
    _parse_translations_once()
    _one_fragment_converter_per_page()


def _parse_translations_once() -> None:
    """Parse each .po file once: the texts depend only on the file and its modification time."""
    parse = TranslationManager._parse_po_file
    if getattr(parse, "swan_once", False):
        return
    cache: dict[tuple[str, float], dict[str, str]] = {}

    def parse_once(self, po_path: Path) -> dict[str, str]:
        key = (str(po_path), Path(po_path).stat().st_mtime)
        if key not in cache:
            cache[key] = parse(self, po_path)
        return dict(cache[key])

    parse_once.swan_once = True
    TranslationManager._parse_po_file = parse_once


def _one_fragment_converter_per_page() -> None:
    """Reuse the page's fragment converter for all its quizzes, reset before each use.

    The plugin itself reuses one converter, with reset(), for all fragments of
    one quiz; the converter depends only on the page and the config.
    """
    create = MkDocsQuizPlugin._create_fragment_markdown
    if getattr(create, "swan_once", False):
        return

    def once_per_page(self, page, config, files):
        key = (id(page), id(config), id(files))
        cached = getattr(self, "_swan_fragment_converter", None)
        if cached is None or cached[0] != key:
            cached = (key, create(self, page, config, files))
            self._swan_fragment_converter = cached
        return cached[1].reset()

    once_per_page.swan_once = True
    MkDocsQuizPlugin._create_fragment_markdown = once_per_page
