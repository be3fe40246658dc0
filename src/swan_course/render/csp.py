"""The Content-Security-Policy of every HTML page the build writes, as a <meta http-equiv> in <head>.

A meta policy covers only what comes after it, so it goes right after <meta charset> (which
must stay within the first 1024 bytes). Scripts and styles come only from the course's own
files ('self'); the few inline scripts that remain are Material's (base.html defines
__md_get and friends with a base URL that differs per page depth; content.html opens a
linked tab) and the 404 page's own, each allowed by the sha256 hash of its exact text, so
a page's policy is made from its own final HTML (make_page). Nothing in the course needs
'unsafe-inline', 'unsafe-eval' or a javascript: URL.

'self' covers file: URLs too: Chromium, Firefox and WebKit all match a file: script,
style, image or frame against 'self' on a page opened from file://, so `file:` is never
named. The search worker is a 'self' script (worker-src); Material's stylesheets draw
their icons as data: SVG images (img-src data:). The SCORM and cmi5 launch pages frame
the course (frame-src 'self'); cmi5.html learns its LRS from the launch URL, so it may
connect to any http(s) address (LAUNCH_CONNECT), still running only its own scripts.
"""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlsplit

# Where a page may connect: its own origin, and a host's LRS (plugins: swan: xapi: endpoint) when set.
SELF = "'self'"
# cmi5.html: the LMS names the LRS at launch time (the endpoint parameter of the launch URL).
LAUNCH_CONNECT = ["https:", "http:"]

_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.IGNORECASE)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
# Inline <script> elements that run (no src, and a JavaScript type or none) and inline <style> elements.
_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<text>.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
_STYLE = re.compile(r"<style(?:\s[^>]*)?>(?P<text>.*?)</style\s*>", re.DOTALL | re.IGNORECASE)
_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}
# What the policy would block silently in page content: style attributes and <style> elements.
_STYLE_ATTRIBUTE = re.compile(r"<([a-z][a-z0-9-]*)\b[^>]*?\sstyle\s*=\s*([\"'])(.*?)\2", re.IGNORECASE | re.DOTALL)
# Python-Markdown's tables extension aligns cells with a style attribute (`|--:|` in a table).
_ALIGNED_CELL = re.compile(r'<(td|th)( [^>]*?)? style="text-align: (left|right|center);"')


def source_hash(text: str) -> str:
    """Return the CSP source that allows one inline script or style: its exact text, sha256, base64."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def origin(url: str) -> str:
    """Return the origin of an address (scheme://host[:port]), the form connect-src names it in."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def policy(scripts: list[str] = (), styles: list[str] = (), connect: list[str] = (), frames: bool = False) -> str:
    """Return the policy text: own files only, plus the given inline hashes, LRS origins and frames."""
    directives = [
        ("default-src", [SELF]),
        ("script-src", [SELF, *scripts]),
        ("style-src", [SELF, *styles]),
        ("img-src", [SELF, "data:"]),
        ("font-src", [SELF]),
        ("connect-src", [SELF, *connect]),
        ("worker-src", [SELF]),
        ("frame-src", [SELF] if frames else ["'none'"]),
        ("object-src", ["'none'"]),
        ("base-uri", [SELF]),
        ("form-action", [SELF]),
    ]
    return "; ".join(f"{name} {' '.join(dict.fromkeys(sources))}" for name, sources in directives)


def inline_scripts(html: str) -> list[str]:
    """Return the text of every inline script that runs (JSON data blocks such as Material's __config do not)."""
    found = []
    for match in _SCRIPT.finditer(html):
        attrs = match["attrs"] or ""
        kind = _TYPE.search(attrs)
        if re.search(r"\ssrc\s*=", attrs, re.IGNORECASE) or (kind and kind[1].lower() not in _JS_TYPES):
            continue
        found.append(match["text"])
    return found


def inline_styles(html: str) -> list[str]:
    """Return the text of every <style> element."""
    return [match["text"] for match in _STYLE.finditer(html)]


def meta(text: str) -> str:
    """Return the <meta> element that carries a policy."""
    return f'<meta http-equiv="Content-Security-Policy" content="{text}">'


def make_page(html: str, connect: list[str] = (), frames: bool = False) -> str:
    """Put the policy into a finished page, allowing exactly the inline scripts and styles it holds."""
    scripts = [source_hash(text) for text in inline_scripts(html)]
    styles = [source_hash(text) for text in inline_styles(html)]
    element = meta(policy(scripts, styles, connect, frames))
    if found := _CHARSET.search(html):
        return html[:found.end()] + element + html[found.end():]
    if found := _HEAD.search(html):
        return html[:found.end()] + element + html[found.end():]
    raise ValueError("a page without <head>: there is no place for its Content-Security-Policy")


def align_classes(html: str) -> str:
    """Give aligned table cells a class instead of a style attribute (csp.css aligns them)."""
    return _ALIGNED_CELL.sub(lambda cell: f'<{cell[1]}{cell[2] or ""} class="swan-align-{cell[3]}"', html)


def style_problems(html: str) -> list[str]:
    """Name what in page content only a style attribute or <style> element would do: the policy ignores both."""
    problems = [f'style="{match[3]}" on <{match[1]}>' for match in _STYLE_ATTRIBUTE.finditer(html)]
    return problems + ["a <style> element" for _ in inline_styles(html)]
