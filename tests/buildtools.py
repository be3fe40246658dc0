"""Paths and the strict build, for test modules in any folder.

Test modules import these from here, not from conftest: with several conftest.py
files, `from conftest import ...` gets whichever conftest pytest loaded last.
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
