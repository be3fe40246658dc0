"""Every page of the course in every engine: no script error, and (with the CSP) no violation."""

import pytest

from flow_runner import ENGINES, report


@pytest.fixture(scope="session")
def every_page(engine_runner):
    """every_page(engine) -> the result of the flow 'pages', run once per engine."""
    results = {}

    def result(engine: str) -> dict:
        if engine not in results:
            results[engine] = engine_runner(engine).run("pages")
        return results[engine]

    return result


@pytest.mark.parametrize("engine", ENGINES)
def test_every_page_opens_without_a_script_error(every_page, engine):
    result = every_page(engine)
    assert result["ok"], report(result)


# Chromium: test_every_page.py checks every page for violations with the same collector.
@pytest.mark.parametrize("engine", ENGINES)
def test_every_page_has_no_csp_violation(every_page, engine):
    result = every_page(engine)
    assert result["ok"], report(result)
    assert result["problems"]["csp"] == [], report(result)
