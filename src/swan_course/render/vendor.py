"""Scripts from npm packages that the site serves, copied in at build time.

The packages are dependencies in package.json, at exact versions locked in
package-lock.json; `scripts/setup-env` installs them with `npm ci`.
"""

from __future__ import annotations

from pathlib import Path

# {path in the site: file in node_modules}
SCRIPTS = {"assets/vendor/lz-string.min.js": "lz-string/libs/lz-string.min.js"}


def find(root: Path, name: str) -> Path | None:
    """Find a file in node_modules as Node does: in root or the nearest folder above it that has it."""
    for folder in (root, *root.parents):
        candidate = folder / "node_modules" / name
        if candidate.is_file():
            return candidate
    return None


def missing_message(name: str) -> str:
    """Say which file is missing and how to get it."""
    return (f"node_modules/{name} is missing: the site serves it. Run scripts/setup-env "
            "(it runs npm ci), or npm ci next to package.json")
