"""Make what a learner downloads smaller without changing what it does.

The course's own CSS and JavaScript and mkdocs-quiz's are minified as
render/assets.py joins them (Material's come minified already). Page HTML loses
the indentation and blank lines the theme templates leave behind; text inside
<pre> and <textarea> is kept as is, because whitespace there is content.
"""

from __future__ import annotations

import re

import rcssmin
import rjsmin

_KEEP = re.compile(r"(<(pre|textarea)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def js(text: str) -> str:
    """Minify JavaScript, keeping /*! comments."""
    return rjsmin.jsmin(text, keep_bang_comments=True) + "\n"


def css(text: str) -> str:
    """Minify CSS, keeping /*! comments."""
    return rcssmin.cssmin(text, keep_bang_comments=True) + "\n"


def html(text: str) -> str:
    """Drop leading whitespace and blank lines, outside <pre> and <textarea>."""
    parts = _KEEP.split(text)
    # re.split with two groups yields: text, kept block, tag name, text, ...
    return "".join(part if index % 3 else _INDENT.sub("\n", part) for index, part in enumerate(parts)
                   if index % 3 != 2)

