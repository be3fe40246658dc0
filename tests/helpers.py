"""What the test folders share: the repository's paths, a copy of a course, a strict build.

A module with its own name: `from conftest import ...` is ambiguous once
tests/browser/conftest.py is loaded too (the full suite), so tests import from here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", "dist", "tests", "test-results",
                                    "__pycache__", "*.egg-info", ".pytest_cache")


def copy_course(source: Path, target: Path, node_modules: bool = True) -> Path:
    """Copy a course (the real one or a fixture) for a test to change, and return the copy.

    A fixture's paths into the repository (../../../) still point there from the copy,
    and node_modules (scripts the build copies into the site) is linked, not copied.
    """
    shutil.copytree(source, target, ignore=NOT_COPIED)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../../", f"{ROOT}/"), encoding="utf-8")
    if node_modules and (ROOT / "node_modules").is_dir():
        (target / "node_modules").symlink_to(ROOT / "node_modules")
    return target


def unmarked(text: str) -> str:
    """Remove the markers that name the file and field of YAML text (render/sanitise.py) from Markdown."""
    return re.sub(r"<!-- swan-text \S+ \S+ -->(\n\n)?|(\n\n)?<!-- /swan-text -->", "", text)


def build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build a course with --strict and return the finished process (output in .stdout)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([*MKDOCS, "build", "--strict", "-f", str(config), "-d", str(site_dir)],
                          capture_output=True, text=True, env=env, cwd=config.parent, check=False)


def swan_settings(config: Path = ROOT / "mkdocs.yml") -> dict:
    """The swan plugin's settings in a mkdocs.yml (version, eindtoets, branding)."""
    import yaml

    from swan_course.release.build import plugin_settings

    return plugin_settings(yaml.safe_load(config.read_text(encoding="utf-8")), "swan")


def config_with_swan_settings(settings: dict, config: Path = ROOT / "mkdocs.yml") -> str:
    """Return mkdocs.yml's text with extra settings for the swan plugin (INHERIT would replace the plugin list)."""
    import json

    lines = config.read_text(encoding="utf-8").splitlines()
    at = lines.index("  - swan:") + 1
    added = [f"      {key}: {json.dumps(value)}" for key, value in settings.items()]
    return "\n".join(lines[:at] + added + lines[at:]) + "\n"


def page_assets(site: Path, page: str) -> dict[str, str]:
    """The course's own stylesheet and script bundles that a built page loads: {"css": text, "js": text}.

    Their names carry a hash of their content (render/assets.py), so tests find them through the page.
    """
    html = (site / page).read_text(encoding="utf-8")
    found = {}
    patterns = {"css": r'href="([^"]*assets/swan\.[0-9a-f]+\.css)"', "js": r'src="([^"]*assets/swan\.[0-9a-f]+\.js)"'}
    for kind, pattern in patterns.items():
        match = re.search(pattern, html)
        assert match, f"{page} loads no assets/swan.<hash>.{kind}"
        found[kind] = ((site / page).parent / match[1]).resolve().read_text(encoding="utf-8")
    return found
