"""Script in authors' pages: <script>, event handler attributes, javascript: and data: links.

Pages in docs/ (and CHANGELOG.md) are written by editors, who paste from Word
and the web. Markup that could run script fails the build with the file and
the line. The page is parsed, not searched: code blocks, inline code and HTML
comments are set aside first, because a page may show markup as an example;
HTML tags are read with an HTML parser, Markdown links by their syntax.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .errors import ContentError

SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Link destinations in Markdown: inline links and images, reference definitions, autolinks.
_DESTINATIONS = re.compile(r"\]\(\s*<?(?P<inline>[^)>\s]*)|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<reference>\S*)"
                           r"|<(?P<auto>[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>", re.MULTILINE)
# attr_list: { onclick=... } or { href="javascript:..." } after a block or an inline element.
_ATTR_LIST = re.compile(r"\{[:]?[^}\n]*\}")
_ATTR = re.compile(r"(?P<name>[\w:-]+)\s*=\s*(?P<value>\"[^\"]*\"|'[^']*'|[^\s}]*)")


def unsafe_markup(markdown: str, page: str, first_line: int = 1) -> list[ContentError]:
    """Find markup that could run script in a page's Markdown; name the page and the line of each."""
    text = _set_aside(markdown)
    found = _html(text) + _links(text) + _attribute_lists(text)
    return [ContentError(page, f"line {first_line + line - 1}", message) for line, message in sorted(set(found))]


def _set_aside(markdown: str) -> str:
    """Blank out code blocks, inline code and HTML comments, keeping every line where it is."""
    lines, fence = [], None
    for line in markdown.split("\n"):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match[1]
        elif fence is not None and match and match[1][0] == fence[0] and len(match[1]) >= len(fence):
            fence = None
        elif fence is None:
            lines.append(line)
            continue
        lines.append("")
    text = "\n".join(lines)
    return _COMMENT.sub(_blank, _CODE_SPAN.sub(_blank, text))


def _blank(match: re.Match) -> str:
    """Replace a match by spaces, keeping its line breaks."""
    return re.sub(r"[^\n]", " ", match[0])


def _script_url(value: str) -> str | None:
    """Return the scheme of a URL that runs script or carries its own content, if it is one."""
    url = re.sub(r"[\x00-\x20]", "", value).lower()
    return next((scheme for scheme in SCRIPT_SCHEMES if url.startswith(scheme)), None)


def _link_message(scheme: str) -> str:
    """Say why a link with this scheme is refused and what to do instead."""
    if scheme == "data:":
        return "a data: link is not allowed in a page (it can carry a page with script); put the file in docs/"
    return f"a {scheme} link is not allowed in a page (it runs script); link to a page or an http(s) address"


def _html(text: str) -> list[tuple[int, str]]:
    """Find <script> elements, event handler attributes and script URLs in the page's HTML tags."""
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser.found


def _links(text: str) -> list[tuple[int, str]]:
    """Find Markdown links, images, reference definitions and autolinks with a script URL."""
    found = []
    for match in _DESTINATIONS.finditer(text):
        destination = match["inline"] or match["reference"] or match["auto"] or ""
        if scheme := _script_url(destination):
            found.append((_line(text, match.start()), _link_message(scheme)))
    return found


def _attribute_lists(text: str) -> list[tuple[int, str]]:
    """Find event handlers and script URLs that an attribute list ({ ... }) would put on an element."""
    found = []
    for block in _ATTR_LIST.finditer(text):
        for attr in _ATTR.finditer(block[0]):
            name, value = attr["name"].lower(), attr["value"].strip("\"'")
            if name.startswith("on"):
                found.append((_line(text, block.start()), _handler_message(name)))
            elif name in URL_ATTRIBUTES and (scheme := _script_url(value)):
                found.append((_line(text, block.start()), _link_message(scheme)))
    return found


def _handler_message(name: str) -> str:
    """Say why an event handler attribute is refused."""
    return f"the attribute {name}= is not allowed in a page (it runs script); remove it"


def _line(text: str, offset: int) -> int:
    """Return the line number (from 1) of an offset in the text."""
    return text.count("\n", 0, offset) + 1


class _Tags(HTMLParser):
    """Collect (line, message) for script elements, event handlers and script URLs in HTML tags."""

    def __init__(self):
        """Start with nothing found."""
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        """Check the element and each of its attributes."""
        line = self.getpos()[0]
        if tag == "script":
            self.found.append((line, "<script> is not allowed in a page (it would run in every learner's browser); "
                                     "remove it"))
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append((line, _handler_message(name)))
            elif name in URL_ATTRIBUTES and (scheme := _script_url(value or "")):
                self.found.append((line, _link_message(scheme)))

    handle_startendtag = handle_starttag
