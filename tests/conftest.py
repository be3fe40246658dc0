"""Shared paths, the builds every test session needs, and how tests spread over pytest-xdist's workers."""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, build, copy_course


@contextlib.contextmanager
def made_once(tmp_path_factory, name: str):
    """Yield (folder, ready) for something every test process of a run may share; make it when not ready.

    Under pytest-xdist the workers of one run share the folder: the first to come
    makes it while the others wait on a lock, then all read it, and no test may
    write into it. Without xdist the folder is this session's own.
    """
    if "PYTEST_XDIST_WORKER" not in os.environ:
        yield tmp_path_factory.mktemp(name), False
        return
    folder = tmp_path_factory.getbasetemp().parent / name  # the run's folder, above each worker's own
    with open(f"{folder}.lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = Path(f"{folder}.done")
        folder.mkdir(exist_ok=True)
        yield folder, done.exists()
        done.touch()


@pytest.fixture(scope="session")
def course_site(tmp_path_factory) -> Path:
    """The real course, built once with --strict (SWAN_COURSE_CONFIG may name another mkdocs.yml)."""
    with made_once(tmp_path_factory, "site") as (site, ready):
        if not ready:
            result = build(Path(os.environ.get("SWAN_COURSE_CONFIG", ROOT / "mkdocs.yml")).resolve(), site)
            assert result.returncode == 0, result.stdout + result.stderr
    return site


# ---- Release zips (scripts/release), made once per session ----

def unzip(archive: Path, target: Path) -> Path:
    """Unpack a zip as a trainer would and return the folder that holds the course."""
    import zipfile
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(target)
    return _unpacked(target)


def _unpacked(target: Path) -> Path:
    """Return the folder that holds the course in an unpacked zip (its one folder, or the target itself)."""
    inner = [path for path in target.iterdir()]
    return inner[0] if len(inner) == 1 and inner[0].is_dir() else target


RELEASE_KINDS = ("web", "scorm12", "scorm2004")


@pytest.fixture(scope="session")
def release_dist(tmp_path_factory) -> Path:
    """dist/ as ./scripts/release writes it (in a temporary folder)."""
    with made_once(tmp_path_factory, "dist") as (dist, ready):
        if not ready:
            result = subprocess.run([str(ROOT / "scripts" / "release"), "--dist", str(dist)],
                                    capture_output=True, text=True, cwd=ROOT, check=False)
            assert result.returncode == 0, result.stdout + result.stderr
    return dist


@pytest.fixture(scope="session")
def release_dirs(release_dist, tmp_path_factory) -> dict[str, Path]:
    """Each release zip unpacked: {"web": ..., "scorm12": ..., "scorm2004": ...}."""
    with made_once(tmp_path_factory, "release") as (folder, ready):
        if not ready:
            for kind in RELEASE_KINDS:
                unzip(next(release_dist.glob(f"*-{kind}.zip")), folder / kind)
        return {kind: _unpacked(folder / kind) for kind in RELEASE_KINDS}


@pytest.fixture(scope="session")
def bumped_release_dirs(tmp_path_factory) -> dict[str, Path]:
    """The next version of the course (2.0.0, with its changelog entry) released and unpacked."""
    from swan_course.release.build import make_release
    with made_once(tmp_path_factory, "release-2.0.0") as (folder, ready):
        if not ready:
            course = copy_course(ROOT, folder / "course")
            config = course / "mkdocs.yml"
            config.write_text(config.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "2.0.0"', 1),
                              encoding="utf-8")
            changelog = course / "CHANGELOG.md"
            text = changelog.read_text(encoding="utf-8")
            first = text.index("\n## [")
            changelog.write_text(text[:first] + "\n## [2.0.0] - 2027-01-01\n\n### Gewijzigd\n\n- Een testversie.\n"
                                 + text[first:], encoding="utf-8")
            release = make_release(course, folder / "dist")
            assert release.version == "2.0.0"
            for kind, zip_file in zip(RELEASE_KINDS, release.zips):
                unzip(zip_file, folder / kind)
        return {kind: _unpacked(folder / kind) for kind in RELEASE_KINDS}


# ---- The smoke tests: the main learner flows, run by scripts/try-latest against the newest releases ----

SMOKE = ("browser/test_quiz.py", "browser/test_casus.py", "browser/test_search.py", "browser/test_journey.py")


# ---- Spreading the tests over pytest-xdist's workers (scripts/test: -n auto --dist loadgroup) ----

# Test files whose module fixtures start something costly (a learning record store, a build with its settings):
# all their tests run on one worker, so it starts once.
ONE_WORKER_FILES = ("browser/test_xapi.py", "browser/test_cmi5.py")


def _worker_group(item) -> str | None:
    """The xdist group of a test: its engine for the Firefox and WebKit tests (one browser each), else its file."""
    engine = getattr(item, "callspec", None) and item.callspec.params.get("engine")
    if item.nodeid.startswith("tests/engines/") and engine:
        return f"engine-{engine}"
    if item.nodeid.startswith(tuple(f"tests/{name}" for name in ONE_WORKER_FILES)):
        return item.nodeid.split("::")[0]
    return None


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook reads the xdist_group marks
def pytest_collection_modifyitems(config, items):
    """Mark the smoke tests (pytest -m smoke) and the tests that must share a worker (xdist_group)."""
    for item in items:
        if item.nodeid.startswith(tuple(f"tests/{name}" for name in SMOKE)):
            item.add_marker(pytest.mark.smoke)
        if group := _worker_group(item):
            item.add_marker(pytest.mark.xdist_group(group))
