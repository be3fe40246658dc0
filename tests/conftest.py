"""Shared paths and a session-wide build of the real course."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build a course with --strict and return the finished process (output in .stdout)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([*MKDOCS, "build", "--strict", "-f", str(config), "-d", str(site_dir)],
                          capture_output=True, text=True, env=env, cwd=config.parent, check=False)


@pytest.fixture(scope="session")
def course_site(tmp_path_factory) -> Path:
    """The real course, built once with --strict (SWAN_COURSE_CONFIG may name another mkdocs.yml)."""
    site = tmp_path_factory.mktemp("site")
    result = build(Path(os.environ.get("SWAN_COURSE_CONFIG", ROOT / "mkdocs.yml")).resolve(), site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
