"""Shared paths and a session-wide build of the real course."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from buildtools import FIXTURES, MKDOCS, ROOT, build  # noqa: F401 (kept importable from here)


@pytest.fixture(scope="session")
def course_site(tmp_path_factory) -> Path:
    """The real course, built once with --strict (SWAN_COURSE_CONFIG may name another mkdocs.yml)."""
    site = tmp_path_factory.mktemp("site")
    result = build(Path(os.environ.get("SWAN_COURSE_CONFIG", ROOT / "mkdocs.yml")).resolve(), site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
