"""Readability counts of the course text: words per sentence, counted over course prose only.

Course prose is what a learner reads as running text. Left out: front matter,
fenced code, HTML comments (quiz markers among them), tables, headings,
admonition title lines, abbreviation definitions, HTML tags, link URLs and the
Bronnen section (a list of references, not prose). Each paragraph and each list
item ends a sentence, even without a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .frontmatter import split

LONG = 25

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^\s*(```|~~~)")
_SKIP_LINE = re.compile(r"^\s*(#|\||!!!|\?\?\?\+?|\*\[[^\]]*\]:|-{3,}\s*$|\*{3,}\s*$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>]*>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_ATTRS = re.compile(r"\{[:#.][^}]*\}")
_BARE_URL = re.compile(r"\b(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*")
_EMPHASIS = re.compile(r"[*_`]+")
_HEADING = re.compile(r"^#{1,6}\s+(.*)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[^a-zà-ÿ])")
_WORD = re.compile(r"['’]?\w+(?:[.'’-]\w+)*")


@dataclass(frozen=True)
class Stats:
    """Counts for a piece of text."""

    words: int
    sentences: int
    long_sentences: int

    @property
    def average(self) -> float:
        """Return the average number of words per sentence."""
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def long_share(self) -> float:
        """Return the share of sentences over LONG words."""
        return self.long_sentences / self.sentences if self.sentences else 0.0

    def __add__(self, other: Stats) -> Stats:
        """Add up the counts of two texts."""
        return Stats(self.words + other.words, self.sentences + other.sentences,
                     self.long_sentences + other.long_sentences)


def prose_blocks(markdown: str) -> list[str]:
    """Return the paragraphs and list items of course prose, as plain text."""
    markdown, _ = split(markdown) if markdown.startswith("---") else (markdown, {})
    markdown = _COMMENT.sub("", markdown)
    blocks: list[list[str]] = [[]]
    in_code = in_sources = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        heading = _HEADING.match(line)
        if heading:
            in_sources = heading.group(1).strip().lower().startswith("bronnen")
        if in_code or in_sources or not line.strip() or _SKIP_LINE.match(line):
            blocks.append([])
            continue
        if _LIST_ITEM.match(line):
            blocks.append([])
            line = _LIST_ITEM.sub("", line)
        blocks[-1].append(_QUOTE.sub("", line).strip())
    return [text for text in (_plain(" ".join(block)) for block in blocks if block) if _WORD.search(text)]


def _plain(text: str) -> str:
    # Each pattern only where its first character occurs: most prose has none of them.
    """Strip links, tags, attribute lists, bare URLs and emphasis from a line of prose."""
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub("", _AUTOLINK.sub("", text))
    if "{" in text:
        text = _ATTRS.sub("", text)
    if "/" in text:
        text = _BARE_URL.sub("", text)
    return " ".join(_EMPHASIS.sub("", text).split())


def sentences(markdown: str) -> list[str]:
    """Return the sentences of the course prose in a page."""
    return [s for block in prose_blocks(markdown) for s in _SENTENCE_END.split(block) if _WORD.search(s)]


def words(text: str) -> list[str]:
    """Return the words of a text."""
    return _WORD.findall(text)


def stats(markdown: str) -> Stats:
    """Count words, sentences and sentences over LONG words in a page's course prose."""
    counts = [len(words(sentence)) for sentence in sentences(markdown)]
    return Stats(sum(counts), len(counts), sum(1 for count in counts if count > LONG))


def module_stats(module) -> Stats:
    """Add up the counts of every page of a module."""
    total = Stats(0, 0, 0)
    for page in module.all_pages:
        total += stats(page.body)
    return total
