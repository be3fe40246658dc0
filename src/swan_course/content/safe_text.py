"""Raw HTML and script links in YAML text are refused."""

from __future__ import annotations

import re

from .errors import ContentError, field_path

_TAG = re.compile(r"<\s*/?\s*[A-Za-z!?][^>]*>")
_SCRIPT_URL = re.compile(r"\]\(\s*<?\s*(javascript|vbscript|data):", re.IGNORECASE)


def check_text(value: object, name: str, path: tuple = ()) -> list[ContentError]:
    """Find raw HTML and script links in every string of a data structure."""
    if isinstance(value, dict):
        return [e for key, item in value.items() for e in check_text(item, name, path + (key,))]
    if isinstance(value, list):
        return [e for i, item in enumerate(value) for e in check_text(item, name, path + (i,))]
    if not isinstance(value, str):
        return []
    errors = []
    if tag := _TAG.search(value):
        errors.append(ContentError(name, field_path(path),
                                   f"raw HTML is not allowed ({tag.group(0)}); use Markdown"))
    if _SCRIPT_URL.search(value):
        errors.append(ContentError(name, field_path(path), "links may not run script (javascript:, data:)"))
    return errors
