"""mkdocs-quiz's interface texts from a gettext .po file (its translation format), read with polib."""

from __future__ import annotations

from pathlib import Path

import polib


def read_po(path: Path) -> dict[str, str]:
    """Return {English message: translation} for the translated entries of a .po file; {} when there is none."""
    if not Path(path).is_file():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}
