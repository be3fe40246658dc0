"""Shared paths and a session-wide build of the real course."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, build, copy_course


@pytest.fixture(scope="session")
def course_site(tmp_path_factory) -> Path:
    """The real course, built once with --strict (SWAN_COURSE_CONFIG may name another mkdocs.yml)."""
    site = tmp_path_factory.mktemp("site")
    result = build(Path(os.environ.get("SWAN_COURSE_CONFIG", ROOT / "mkdocs.yml")).resolve(), site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


# ---- Release zips (scripts/release), made once per session ----

def unzip(archive: Path, target: Path) -> Path:
    """Unpack a zip as a trainer would and return the folder that holds the course."""
    import zipfile
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(target)
    inner = [path for path in target.iterdir()]
    return inner[0] if len(inner) == 1 and inner[0].is_dir() else target


@pytest.fixture(scope="session")
def release_dist(tmp_path_factory) -> Path:
    """dist/ as ./scripts/release writes it (in a temporary folder)."""
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run([str(ROOT / "scripts" / "release"), "--dist", str(dist)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return dist


@pytest.fixture(scope="session")
def release_dirs(release_dist, tmp_path_factory) -> dict[str, Path]:
    """Each release zip unpacked: {"web": ..., "scorm12": ..., "scorm2004": ...}."""
    return {kind: unzip(zip_file, tmp_path_factory.mktemp(kind))
            for kind in ("web", "scorm12", "scorm2004")
            for zip_file in release_dist.glob(f"*-{kind}.zip")}


@pytest.fixture(scope="session")
def bumped_release_dirs(tmp_path_factory) -> dict[str, Path]:
    """The next version of the course (2.0.0, with its changelog entry) released and unpacked."""
    from swan_course.release.build import make_release
    course = copy_course(ROOT, tmp_path_factory.mktemp("course-2.0.0") / "course")
    config = course / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "2.0.0"', 1),
                      encoding="utf-8")
    changelog = course / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    first = text.index("\n## [")
    changelog.write_text(text[:first] + "\n## [2.0.0] - 2027-01-01\n\n### Gewijzigd\n\n- Een testversie.\n"
                         + text[first:], encoding="utf-8")
    release = make_release(course, tmp_path_factory.mktemp("dist-2.0.0"))
    assert release.version == "2.0.0"
    return {kind: unzip(zip_file, tmp_path_factory.mktemp(f"{kind}-2.0.0"))
            for kind, zip_file in zip(("web", "scorm12", "scorm2004"), release.zips)}


# ---- The smoke tests: the main learner flows, run by scripts/try-latest against the newest releases ----

SMOKE = ("browser/test_quiz.py", "browser/test_casus.py", "browser/test_search.py", "browser/test_journey.py")


def pytest_collection_modifyitems(config, items):
    """Mark the tests of the main learner flows as smoke tests (pytest -m smoke)."""
    for item in items:
        if item.nodeid.startswith(tuple(f"tests/{name}" for name in SMOKE)):
            item.add_marker(pytest.mark.smoke)
