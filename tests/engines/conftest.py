"""Serve the built course and keep one flow runner (run.mjs, one browser) per engine for the session."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from course_pages import course_json
from engine_server import serve
from flow_runner import FlowRunner


@pytest.fixture(scope="session")
def engines_course(course_site, tmp_path_factory) -> Path:
    """The JSON run.mjs reads with --course: the page list and each flow's page."""
    target = tmp_path_factory.mktemp("engines") / "course.json"
    target.write_text(json.dumps(course_json(course_site), indent=2), encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def engine_runner(course_site, engines_course, tmp_path_factory):
    """engine_runner(engine) -> its FlowRunner; each engine starts when a test first asks for it."""
    runners: dict[str, FlowRunner] = {}
    with contextlib.ExitStack() as stack:
        def runner(engine: str) -> FlowRunner:
            if engine not in runners:
                # WebKit's classic WebDriver cannot add the collector itself: the server does.
                url = stack.enter_context(serve(course_site, with_collector=engine == "webkit"))
                runners[engine] = FlowRunner(engine, url, engines_course, tmp_path_factory.mktemp(engine))
                stack.callback(runners[engine].stop)
            return runners[engine]

        yield runner
