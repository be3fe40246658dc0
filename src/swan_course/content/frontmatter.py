"""Front matter: the YAML block between two '---' lines at the top of a Markdown page.

Read the way MkDocs reads YAML front matter, so the reports and checks see the
same page facts as the build. (MkDocs also reads MultiMarkdown-style 'key: value'
lines without the '---' lines; the course writes front matter in YAML only.)
"""

from __future__ import annotations

import re

import yaml

_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split(text: str) -> tuple[str, dict]:
    """Return the body of a page and its front matter ({} when there is none or it is not a mapping)."""
    match = _BLOCK.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.load(match.group(1), Loader=_Loader)
    except yaml.YAMLError:
        return text, {}
    if not isinstance(meta, dict):
        return text, {}
    return text[match.end():].lstrip("\n"), meta
