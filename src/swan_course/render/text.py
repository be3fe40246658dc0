"""YAML text as Markdown: raw HTML in it is shown as text (render/sanitise.py cleans what Markdown makes)."""

from __future__ import annotations

import re

import markdown


# One line of plain sentences: no character Markdown gives a meaning, no list, quote, heading
# or block marker at its start, no space at either end. Markdown only wraps it in <p>, so the
# build can skip Markdown for it (most feedback in quiz banks and casussen is like this).
PLAIN = re.compile(r"(?![-+*>#=:!?|~ \t]|\d+[.)][ \t])[^\\`*_\[\]<>&#|{}~=+^\n\t]+(?<![ \t])")


def escape(text: str) -> str:
    """Make text safe to hand to Markdown: raw HTML in it shows as text."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def plain(text: str) -> str:
    """Make a one-line text (a title) show as written: no HTML, no link and no attribute list from it."""
    return re.sub(r"([\\\[\]{}])", r"\\\1", escape(text))


def one_paragraph(text: str) -> str:
    """Join the lines of a short text into one line (for quiz option feedback)."""
    return " ".join(line.strip() for line in text.strip().splitlines() if line.strip())


_FRAGMENTS = markdown.Markdown()


def fragment(text: str, inline: bool = False) -> str:
    """Render a short Markdown text to HTML, with any HTML in it shown as text."""
    text = escape(text.strip())
    rendered = f"<p>{text}</p>" if PLAIN.fullmatch(text) else _FRAGMENTS.reset().convert(text)
    if inline and rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered
