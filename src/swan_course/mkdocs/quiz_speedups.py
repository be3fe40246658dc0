"""Documented shortcuts in mkdocs-quiz 1.7 that give the same pages in less build time.

For every quiz, mkdocs-quiz looks up the page's language and parses its .po
files, builds a full Markdown converter, and runs that converter once for every
question, option, feedback and explanation: about 900 conversions for our
course, a third of our build time (see scripts/benchmark). The patches keep the
plugin's own code and results. They reuse what it would build again
identically, and convert a page's fragments together: plain sentences need no
Markdown at all, the rest goes through one Markdown run per page, with
Python-Markdown's core alone where no fragment uses an extension's syntax.
tests/build/test_quiz_speedups.py checks that the pages come out byte for byte
the same. Each patch is applied once per process, however often MkDocs calls
on_config (as `mkdocs serve` does).
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from mkdocs.structure.pages import (_ExtractAnchorsTreeprocessor, _ExtractTitleTreeprocessor, _RawHTMLPreprocessor,
                                    _RelativePathTreeprocessor)
from mkdocs_quiz.plugin import MkDocsQuizPlugin
from mkdocs_quiz.translations import TranslationManager

from ..render.text import PLAIN


def apply() -> None:
    _pending.clear()  # what a failed build left behind (under `mkdocs serve`)
    _parse_translations_once()
    _one_translation_manager_per_page()
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


def _one_translation_manager_per_page() -> None:
    """The plugin looks up a page's language and loads its texts again for every quiz; do it once a page."""
    get = MkDocsQuizPlugin._get_translation_manager
    if getattr(get, "swan_once", False):
        return

    def once_per_page(self, page, config):
        key = (id(page), id(config))
        cached = getattr(self, "_swan_translation_manager", None)
        if cached is None or cached[0] != key:
            cached = (key, get(self, page, config))
            self._swan_translation_manager = cached
        return cached[1]

    once_per_page.swan_once = True
    MkDocsQuizPlugin._get_translation_manager = once_per_page


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

    A fragment of plain sentences (see safe_markdown.PLAIN, most feedback) becomes a paragraph
    at once. While the plugin builds a page's quizzes, each other fragment gets a token; then
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
        if PLAIN.fullmatch(text) and _known_extensions(config):
            return f"<p>{text}</p>"
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


# The Markdown extensions a fragment can do without when it has none of their syntax:
# then Python-Markdown's core gives the same HTML, in a third less time.
_EXTENSION_SYNTAX = {
    "abbr": r"\*\[", "admonition": r"^ {0,3}!!!", "attr_list": r"\{", "def_list": r"^ {0,3}:",
    "fenced_code": r"^ {0,3}(`{3,}|~{3,})", "md_in_html": rf"<(?!{re.escape(_SPLIT[1:])})",
    "tables": r"\|", "toc": r"^ {0,3}#|^ {0,3}(=+|-+)[ \t]*$", "pymdownx.details": r"^ {0,3}\?{3}",
    "pymdownx.superfences": r"^ {0,3}(`{3,}|~{3,})", "pymdownx.tabbed": r"^ {0,3}={3}",
}
_ANY_EXTENSION_SYNTAX = re.compile("|".join(f"(?:{pattern})" for pattern in _EXTENSION_SYNTAX.values()),
                                   re.MULTILINE)


def _known_extensions(config) -> bool:
    """Whether the site uses only the extensions above, none of which changes text without its syntax
    (an extension such as smarty or magiclink would: then every fragment goes through it)."""
    return all(isinstance(name, str) and name in _EXTENSION_SYNTAX for name in config.markdown_extensions)


def _fragment_converter(plugin: MkDocsQuizPlugin, text: str, page, config, files) -> markdown.Markdown:
    """The plugin's converter, or the core one with the same MkDocs processors when that gives the same HTML."""
    if not _known_extensions(config) or _ANY_EXTENSION_SYNTAX.search(text):
        return plugin._create_fragment_markdown(page, config, files)
    md_inst = markdown.Markdown()
    _RawHTMLPreprocessor()._register(md_inst)
    _ExtractAnchorsTreeprocessor(page.file, files, config)._register(md_inst)
    _RelativePathTreeprocessor(page.file, files, config)._register(md_inst)
    _ExtractTitleTreeprocessor()._register(md_inst)
    return md_inst


def convert_fragments(html: str, page, config, files) -> str:
    """Put the converted quiz fragments of this page in place of their tokens."""
    plugin, pending = _pending.pop(page.file.src_uri, (None, []))
    if not pending:
        return html
    joined = f"\n\n{_SPLIT}\n\n".join(pending)
    md_inst = _fragment_converter(plugin, joined, page, config, files)
    parts = [part.strip() for part in md_inst.convert(joined).split(_SPLIT)]
    if len(parts) != len(pending):
        md_inst = plugin._create_fragment_markdown(page, config, files)
        parts = [plugin._swan_convert_one(text, page, config, files, md_inst=md_inst) for text in pending]
    return _TOKEN.sub(lambda m: plugin._swan_strip(parts[int(m[1])]) if m[2] else parts[int(m[1])], html)
