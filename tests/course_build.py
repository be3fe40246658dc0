"""Paths and the strict build shared by the test folders.

A module with its own name: `from conftest import ...` is ambiguous once
tests/browser/conftest.py is loaded too (the full suite), so tests import from here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]


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
