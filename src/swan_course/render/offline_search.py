"""Search from file://: the search index as a script, as Material loads it there.

On file:// Material for MkDocs reads the index from search/search_index.js
(a script that sets `__index`) instead of fetching search_index.json, which
browsers refuse there. overrides/assets/offline-search.js searches that index
when Material's search worker cannot start. Both are added only to sites built
with `use_directory_urls: false` (the release): only those open from file://.
"""

from __future__ import annotations

from pathlib import Path

JSON_INDEX = "search/search_index.json"
SCRIPT_INDEX = "search/search_index.js"


def script_index(json_text: str) -> str:
    """The index as a script that sets the global __index (JSON is a JavaScript expression)."""
    return f"var __index = {json_text.strip()};\n"


def write_script_index(site_dir: Path) -> Path | None:
    """Write search/search_index.js next to the JSON index; None when the site has no search."""
    source = site_dir / JSON_INDEX
    if not source.is_file():
        return None
    target = site_dir / SCRIPT_INDEX
    target.write_text(script_index(source.read_text(encoding="utf-8")), encoding="utf-8")
    return target
