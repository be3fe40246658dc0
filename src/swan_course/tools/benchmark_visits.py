"""What a learner's browser downloads, and what Lighthouse thinks of a page on a phone.

A visit is done when three things hold: the page has loaded, Material's search
worker has loaded its index (the search box shows the text Material writes there
once it is ready for a query, search.result.placeholder in the page's config),
and the server has no request left to answer. Nothing waits for a fixed
time or for "network idle", so a busy machine cannot move the search index from
the first visit to the next page.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from .benchmark_server import CountingServer, Sent

DEBIAN_CHROMIUM = Path("/usr/lib/chromium/chromium")
LIGHTHOUSE = Path("node_modules/.bin/lighthouse")
# What keeps Chromium from asking anything of another host than 127.0.0.1.
QUIET_CHROMIUM = ["--disable-background-networking", "--disable-component-update", "--no-first-run",
                  "--disable-sync", "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
_NEXT = re.compile(r'<a\b[^>]*\bmd-footer__link--next\b[^>]*>')
_HREF = re.compile(r'href="([^"]*)"')
_VISIT_DEADLINE = 120.0


@dataclass(frozen=True)
class Cost:
    """What one page view downloaded: bytes over the wire and the number of requests."""

    size: int
    requests: int
    paths: tuple[str, ...]

    @classmethod
    def of(cls, sent: list[Sent]) -> Cost:
        """Sum up the responses of one page view."""
        return cls(sum(item.size for item in sent), len(sent), tuple(f"{item.status} {item.path}" for item in sent))


@dataclass(frozen=True)
class Lighthouse:
    """Lighthouse mobile: the performance score (0-1) and the paint times in seconds, as medians."""

    score: float
    lcp: float
    fcp: float
    runs: int


def chromium() -> str | None:
    """Return Debian's Chromium when installed (Playwright's own build otherwise)."""
    return str(DEBIAN_CHROMIUM) if DEBIAN_CHROMIUM.exists() else None


def page_file(site: Path, url: str) -> Path:
    """Return the HTML file of a page URL relative to the site root."""
    return site / url / "index.html" if url == "" or url.endswith("/") else site / url


def next_page(site: Path, url: str) -> str | None:
    """Return the page the footer's 'next' link of a page leads to (relative to the site root), if any."""
    html = page_file(site, url).read_text(encoding="utf-8")
    link = _NEXT.search(html)
    href = _HREF.search(link.group(0)) if link else None
    if href is None:
        return None
    target = urljoin("http://site/" + url, href.group(1))
    return target.removeprefix("http://site/").split("#")[0]


def nav_order(site: Path, start: str = "") -> list[str]:
    """Return the pages in the order a learner meets them by following 'next' from the home page."""
    order = [start]
    while (following := next_page(site, order[-1])) is not None and following not in order:
        order.append(following)
    return order


# True once the page has loaded and its search worker is ready (see the module docstring).
READY = """() => {
  if (document.readyState !== "complete") return false;
  const meta = document.querySelector(".md-search-result__meta");
  const config = document.getElementById("__config");
  if (!meta || !config) return true;
  return meta.textContent.trim() === JSON.parse(config.textContent).translations["search.result.placeholder"];
}"""


def _view(page, server: CountingServer, url: str) -> Cost:
    """Open a page in the browser tab and return what it downloaded until it is done (module docstring)."""
    mark = server.mark()
    page.goto(server.url + url)
    page.wait_for_function(READY, timeout=_VISIT_DEADLINE * 1000)
    deadline = time.monotonic() + _VISIT_DEADLINE
    while not server.quiet() and time.monotonic() < deadline:
        page.wait_for_timeout(20)  # polls a condition: the server's last response is out
    return Cost.of(server.since(mark))


def visit_costs(site: Path, pairs: list[tuple[str, str]]) -> list[tuple[Cost, Cost]]:
    """For each (first, next) page: a first visit with an empty cache, then the next page with the cache it left."""
    from playwright.sync_api import sync_playwright

    costs = []
    with CountingServer(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=QUIET_CHROMIUM)
        for first, following in pairs:
            context = browser.new_context()
            page = context.new_page()
            costs.append((_view(page, server, first), _view(page, server, following)))
            context.close()
        browser.close()
    return costs


def chromium_version() -> str:
    """Return the version of the Chromium the benchmark uses, e.g. 'Chromium 131.0.6778.204'."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium())
        version = browser.version
        browser.close()
    return f"Chromium {version}"


def lighthouse_available(root: Path) -> bool:
    """Tell whether npm's lighthouse is installed (scripts/setup-env --test)."""
    return (root / LIGHTHOUSE).exists() and shutil.which("node") is not None


def lighthouse_once(root: Path, url: str) -> dict:
    """Run Lighthouse (mobile, the default: a mid-range phone on a slow 4G network, simulated) on one URL."""
    flags = ["--headless=new", "--disable-gpu", *QUIET_CHROMIUM] + (["--no-sandbox"] if os.geteuid() == 0 else [])
    env = {**os.environ, **({"CHROME_PATH": chromium()} if chromium() else {})}
    result = subprocess.run([str(root / LIGHTHOUSE), url, "--quiet", "--only-categories=performance",
                             "--output=json", "--output-path=stdout", f"--chrome-flags={' '.join(flags)}"],
                            capture_output=True, text=True, env=env, cwd=root, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        raise SystemExit(f"lighthouse could not measure {url}: {report['runtimeError']}")
    return report


def median_lighthouse(reports: list[dict]) -> Lighthouse:
    """Return the medians of the performance score, LCP and FCP over Lighthouse reports."""
    def median(read) -> float:
        return statistics.median(read(report) for report in reports)

    return Lighthouse(score=median(lambda r: r["categories"]["performance"]["score"]),
                      lcp=median(lambda r: r["audits"]["largest-contentful-paint"]["numericValue"] / 1000),
                      fcp=median(lambda r: r["audits"]["first-contentful-paint"]["numericValue"] / 1000),
                      runs=len(reports))


def lighthouse_figures(root: Path, sites: dict[str, Path], urls: list[str], runs: int) -> dict[tuple[str, str], Lighthouse]:
    """Run Lighthouse `runs` times on every URL of every site, taking turns; return {(site, url): medians}."""
    servers = {name: CountingServer(site) for name, site in sites.items()}
    reports: dict[tuple[str, str], list[dict]] = {(name, url): [] for name in sites for url in urls}
    try:
        for _ in range(runs):
            for url in urls:
                for name, server in servers.items():
                    reports[name, url].append(lighthouse_once(root, server.url + url))
    finally:
        for server in servers.values():
            server.close()
    return {key: median_lighthouse(found) for key, found in reports.items()}
