"""Keep the questions out of the search index.

Material's search plugin indexes the text of a page when it gets the page's
context. From a question it would take the options, the feedback on each option
and the explanation, so a search result could give an answer away, also in the
eindtoets; reading that markup also took a tenth of the build time. Search finds
the course text, which is where the answers are explained.

set_aside() (our on_page_content) replaces each question on a page by a comment
before the search plugin reads the page; put_back() (our on_page_context, which
runs after the search plugin's) restores them before the page is rendered.
"""

from __future__ import annotations

import re

# The wrapper quizbank.render_question puts around every question.
_START = '<div class="swan-question" '
_DIV = re.compile(r"<div\b|</div>")
_MARK = re.compile(r"<!-- swan-question-(\d+) -->")

_aside: dict[str, list[str]] = {}


def set_aside(html: str, page_key: str) -> str:
    """Replace each question wrapper (with the quiz inside it) by a numbered comment."""
    blocks: list[str] = []
    parts, at = [], 0
    while (start := html.find(_START, at)) >= 0:
        end = _block_end(html, start)
        parts += [html[at:start], f"<!-- swan-question-{len(blocks)} -->"]
        blocks.append(html[start:end])
        at = end
    if not blocks:
        return html
    _aside[page_key] = blocks
    return "".join(parts) + html[at:]


def put_back(html: str, page_key: str) -> str:
    """Put the questions set aside for this page back in their places."""
    blocks = _aside.pop(page_key, None)
    if blocks is None:
        return html
    return _MARK.sub(lambda match: blocks[int(match[1])], html)


def _block_end(html: str, start: int) -> int:
    """The index just after the </div> that closes the <div> at start."""
    depth = 0
    for tag in _DIV.finditer(html, start):
        depth += 1 if tag[0] == "<div" else -1
        if depth == 0:
            return tag.end()
    raise ValueError(f"a question wrapper at character {start} is never closed")
