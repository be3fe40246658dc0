"""Three documented shortcuts in mkdocs-quiz 1.7 that give the same pages in less build time.

mkdocs-quiz parses its .po files, builds a full Markdown converter for every
quiz, and runs that converter once for every question, option, feedback and
explanation: about 900 conversions for our course. With about 150 questions
that was a third of our build time (see scripts/benchmark). The patches keep
the plugin's own code and results; they only reuse what it would build again
identically, and convert a page's fragments in one run where that cannot change
them. Each is applied once per process, however often MkDocs calls on_config
(as `mkdocs serve` does).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs_quiz.plugin import MkDocsQuizPlugin
from mkdocs_quiz.translations import TranslationManager


def apply() -> None:
    _pending.clear()  # what a failed build left behind (under `mkdocs serve`)
    _parse_translations_once()
    _one_fragment_converter_per_page()
    _fragments_converted_per_page()


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


# Markdown whose effect reaches past its own fragment when fragments share one
# conversion: link, footnote and abbreviation definitions, footnote references,
# headings (the table of contents numbers duplicate ids) and code fences.
_REACHES_OUT = re.compile(r"^ {0,3}(\[[^\]]*\]:|\*\[|#|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,})|\[\^", re.MULTILINE)
_SPLIT = "<!-- swan-fragment-split -->"
_TOKEN = re.compile("\x02swan-fragment-(\\d+)(-inline)?\x03")
# Per page (src_uri): the plugin instance and the fragments waiting for convert_fragments().
_pending: dict[str, tuple[MkDocsQuizPlugin, list[str]]] = {}


def _fragments_converted_per_page() -> None:
    """Convert all quiz fragments of a page in one Markdown run instead of one run each.

    While the plugin builds a page's quizzes, each fragment gets a token; then
    convert_fragments() (our on_page_content, after the plugin's) converts the
    page's fragments together, separated by an HTML comment, and replaces each
    token by its own part, without the <p> wrapper where the plugin strips it.
    Python-Markdown's fixed cost per run is most of the time for a fragment of
    one sentence. Fragments that could affect each other (see _REACHES_OUT),
    and fill-in questions, whose HTML the plugin edits at once, are converted
    on their own, as before; so are all fragments of a page if the split does
    not give back one part per fragment.
    """
    convert = MkDocsQuizPlugin._convert_fragment_markdown
    if getattr(convert, "swan_once", False):
        return
    strip = MkDocsQuizPlugin._strip_paragraph_wrapper

    def convert_later(self, text, page, config, files, md_inst=None):
        if "<!--BLANK_PLACEHOLDER_" in text or _REACHES_OUT.search(text):
            return convert(self, text, page, config, files, md_inst=md_inst)
        pending = _pending.setdefault(page.file.src_uri, (self, []))[1]
        pending.append(text)
        return f"\x02swan-fragment-{len(pending) - 1}\x03"

    def strip_later(html: str) -> str:
        if _TOKEN.fullmatch(html):
            return html[:-1] + "-inline\x03"
        return strip(html)

    convert_later.swan_once = True
    MkDocsQuizPlugin._convert_fragment_markdown = convert_later
    MkDocsQuizPlugin._strip_paragraph_wrapper = staticmethod(strip_later)
    MkDocsQuizPlugin._swan_convert_one = convert
    MkDocsQuizPlugin._swan_strip = staticmethod(strip)


def convert_fragments(html: str, page, config, files) -> str:
    """Put the converted quiz fragments of this page in place of their tokens."""
    plugin, pending = _pending.pop(page.file.src_uri, (None, []))
    if not pending:
        return html
    md_inst = plugin._create_fragment_markdown(page, config, files)
    parts = [part.strip() for part in md_inst.convert(f"\n\n{_SPLIT}\n\n".join(pending)).split(_SPLIT)]
    if len(parts) != len(pending):
        parts = [plugin._swan_convert_one(text, page, config, files, md_inst=md_inst) for text in pending]
    return _TOKEN.sub(lambda m: plugin._swan_strip(parts[int(m[1])]) if m[2] else parts[int(m[1])], html)
