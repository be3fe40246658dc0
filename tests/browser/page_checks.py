"""The checks every page of the course must pass, each a small function over one visit to the page.

A visit opens a page once in a given setting and waits until it has settled
(learner.wait_until_settled); every check of that setting then looks at the same
visit and returns its problems as lines, so a failure names the check and the page.
To add a check for every page (a Content-Security-Policy check, say), write it here
as one more function and list it in the setting's checks in test_every_page.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlparse

from playwright.sync_api import expect

from axe_check import violations
from helpers import ROOT
from learner import wait_until_settled

# Records Content-Security-Policy violations from the very start of a page (as test_csp.py does).
CSP_COLLECTOR = (ROOT / "tests" / "engines" / "collector.js").read_text(encoding="utf-8")

# How far the page reaches past the right edge of the screen, in CSS pixels.
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@dataclass
class Visit:
    """One page opened in one setting, with what happened while it loaded."""

    page: object
    path: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def visit(page, site_url: str, path: str) -> Visit:
    """Open a page, recording its requests and script and console errors, and wait until it has settled."""
    seen = Visit(page, path or "(home)")
    page.add_init_script(script=CSP_COLLECTOR)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
    page.goto(site_url + path)
    wait_until_settled(page)
    return seen


def run_checks(seen: Visit, checks) -> None:
    """Run every check on the visit; fail with each failing check's name and its problems."""
    failures = {check.__name__: found for check in checks if (found := check(seen))}
    assert not failures, f"{seen.path}:\n" + "\n".join(
        f"  {name}: {line}" for name, lines in failures.items() for line in lines)


# ---- The checks ----

def no_request_leaves_the_site(seen: Visit) -> list[str]:
    """Nothing is asked of another host."""
    return [url for url in seen.requests if urlparse(url).hostname != "127.0.0.1" and not url.startswith("data:")]


def no_script_error(seen: Visit) -> list[str]:
    """No script error and no console error."""
    return list(seen.errors)


# How Chromium logs a request answered with 404 (the 404 page's own probes for the course's home).
MISSED = "Failed to load resource: the server responded with a status of 404"


def no_script_error_but_missed_probes(seen: Visit) -> list[str]:
    """No script error and no console error other than the 404 answers to the 404 page's probes."""
    return [error for error in seen.errors if not error.startswith(MISSED)]


def no_csp_violation(seen: Visit) -> list[str]:
    """The Content-Security-Policy never stops anything of the course's own."""
    found = seen.page.evaluate("() => window.__swanEngines ? window.__swanEngines.csp.splice(0) : null")
    if found is None:
        return ["the CSP collector did not run"]
    return [f"{v['directive']}: {v['blocked'] or v['sample']} ({v['source']})" for v in found]


def passes_axe(seen: Visit) -> list[str]:
    """WCAG 2.1 AA by axe-core: all A and AA rules, none switched off."""
    return violations(seen.page)


def no_sideways_scrolling(seen: Visit) -> list[str]:
    """Nothing reaches past the right edge of the screen."""
    overflow = seen.page.evaluate(OVERFLOW)
    return [f"{overflow}px too wide"] if overflow > 0 else []


def tap_targets_are_large_enough(seen: Visit) -> list[str]:
    """WCAG 2.2's target-size rule: 24 by 24 px, or enough space around a target."""
    return violations(seen.page, rules=["target-size"])


def storage_notice_says(words: str):
    """Return a check that the storage notice at the top of the page contains words."""
    def storage_notice(seen: Visit) -> list[str]:
        try:
            expect(seen.page.get_by_test_id("swan-storage-notice")).to_contain_text(words)
        except AssertionError as error:
            return [str(error).strip().splitlines()[0]]
        return []

    return storage_notice
