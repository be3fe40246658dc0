"""YAML text after Markdown: cleaned with an allow-list (nh3), and what was removed named by file and field.

Text from quiz banks, casussen and the other data files is Markdown, converted in
the Markdown run of the page that shows it, so links, abbreviations and
extensions work as in the page. Raw HTML in it is escaped before Markdown; what
Markdown itself can still make (a link to javascript: through a reference
definition elsewhere on the page, an onmouseover attribute from attr_list) is
removed here. The renderers wrap each such text in markers that name its file
and field; finish() cleans every marked text in the page's HTML, drops the
markers and reports what it removed.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import nh3

from ..content.errors import ContentError

# What Markdown and its extensions make of text: no forms, scripts, frames or event handlers.
TAGS = {"a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small",
        "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
        "input"}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt"},
    "ol": {"start"},
    "details": {"open"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    # The blank of a fill-in question, written by render/quiz.py into the question's text. Markdown never
    # makes an input, and raw HTML in YAML text is escaped before Markdown, so only ours can be there.
    "input": {"type", "class", "id", "data-answer", "autocomplete", "size", "aria-label"},
}
# Relative URLs always pass; other schemes (javascript:, data:, vbscript:, ...) are removed.
URL_SCHEMES = {"http", "https", "mailto"}
# The tables extension aligns cells with a style; nothing else may be styled.
STYLE_PROPERTIES = {"text-align"}

START, END = "<!-- swan-text ", "<!-- /swan-text -->"
_MARKED = re.compile(r"<!-- swan-text (?P<file>\S+) (?P<field>\S+) -->(?P<html>.*?)<!-- /swan-text -->", re.DOTALL)


def mark(markdown: str, file: str, field: str, inline: bool = False) -> str:
    """Wrap YAML text (Markdown) in markers naming its file and field, for finish() to find after Markdown."""
    if inline:
        return f"{START}{file} {field} -->{markdown}{END}"
    return f"{START}{file} {field} -->\n\n{markdown}\n\n{END}"


def finish(html: str) -> tuple[str, list[ContentError]]:
    """Clean every marked text in a page's HTML and drop the markers; return the HTML and what was removed."""
    if START not in html:
        return html, []
    errors: list[ContentError] = []

    def replace(match: re.Match) -> str:
        """Return one marked text cleaned, noting what was removed."""
        cleaned, removed = clean(match["html"])
        if removed:
            errors.append(ContentError(match["file"], match["field"], (
                f"removed what course text may not contain: {', '.join(removed)}; "
                "write plain Markdown, with links to http(s), mailto or pages of the course")))
        return cleaned.strip("\n")

    return _MARKED.sub(replace, html), errors


def clean(html: str) -> tuple[str, list[str]]:
    """Return the HTML with only allowed tags, attributes and URLs, and a description of what was removed."""
    cleaned = nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None,
                        clean_content_tags={"script", "style"}, filter_style_properties=STYLE_PROPERTIES)
    if cleaned == html:
        return html, []
    removed = _inventory(html) - _inventory(cleaned)
    return cleaned, sorted(_describe(item) for item in removed.elements())


def _describe(item: tuple) -> str:
    """Say what an inventory item is: a tag, or an attribute with its value on a tag."""
    if len(item) == 1:
        return f"<{item[0]}>"
    tag, name, value = item
    return f'{name}="{value}" on <{tag}>'


def _inventory(html: str) -> Counter:
    """Count the tags and the attributes with their values in a piece of HTML."""
    parser = _Inventory()
    parser.feed(html)
    parser.close()
    return parser.items


class _Inventory(HTMLParser):
    """Collect (tag,) and (tag, attribute, value) for every start tag."""

    def __init__(self):
        """Start with an empty count."""
        super().__init__(convert_charrefs=True)
        self.items: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        """Count the tag and each attribute (styles without spaces, as nh3 writes them)."""
        self.items[(tag,)] += 1
        for name, value in attrs:
            value = (value or "").replace(" ", "").rstrip(";") if name == "style" else value or ""
            self.items[(tag, name, value)] += 1
