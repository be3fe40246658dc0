"""Performance budget: what the course costs a learner and a build, next to a bare Material build.

The bare build is Material for MkDocs with the same Markdown pages (docs/ plus
the pages the swan plugin generates from YAML, written to disk from
render/site.py) and the same Markdown extensions, but without our plugins and
assets: it is what the pages would cost as plain documentation. Figures are printed as a table; the
exit status is 1 when a figure is over its budget.

Page weight is deterministic; build times depend on the machine and on what
else runs on it (on a shared two-core machine the bare build alone varies by
a third between runs). So the exit status is 1 when a page-weight budget is
missed, and for build times only with --fail-on-time.

Usage: scripts/benchmark [--runs N] [--fail-on-time]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

# Budgets, as a multiple of the bare build (or, for ten times the content, of our own build).
FIRST_VISIT, SECOND_PAGE, BUILD, TENFOLD = 1.3, 1.5, 2.0, 10.0

_COPIES = 10
_NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", "dist", "tests", "test-results",
                                     "__pycache__", "*.egg-info", ".pytest_cache")


@dataclass
class Row:
    label: str
    ours: float
    bare: float
    unit: str
    budget: float
    timing: bool = False

    @property
    def ratio(self) -> float:
        """Return our figure as a multiple of the bare one."""
        return self.ours / self.bare

    @property
    def ok(self) -> bool:
        """Whether the figure is within its budget."""
        return self.ratio <= self.budget


def gzip_size(path: Path) -> int:
    """Return a file's size after gzip level 6."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


class _LoggingHandler(http.server.SimpleHTTPRequestHandler):
    """Serve a site and remember every file a browser asks for."""

    requested: list[str]

    def log_message(self, *args):
        """Remember the path instead of logging it."""
        self.requested.append(self.path.split("?")[0])


def visit_costs(site: Path, first: str, second: str) -> tuple[int, int]:
    """Gzipped bytes of HTML, CSS and JS a browser downloads for a first visit, then for a second page.

    Everything the browser asks for counts, also what scripts load later (the
    search worker and its language files). The second page counts only files
    the first visit did not fetch: the rest comes from the browser cache.
    """
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    handler = functools.partial(type("Handler", (_LoggingHandler,), {"requested": requested}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"

    def cost(paths: set[str]) -> int:
        """Return the gzipped bytes of the HTML, CSS and JS among requested paths."""
        files = {site / (path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/")) for path in paths}
        return sum(gzip_size(file) for file in files if file.suffix in (".html", ".css", ".js") and file.is_file())

    chromium = Path("/usr/lib/chromium/chromium")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium) if chromium.exists() else None)
            page = browser.new_page()
            page.goto(base + first, wait_until="networkidle")
            first_paths = set(requested)
            requested.clear()
            page.goto(base + second, wait_until="networkidle")
            second_paths = set(requested) - first_paths
            browser.close()
    finally:
        server.shutdown()
    return cost(first_paths), cost(second_paths)


def build_seconds(builds: dict[str, tuple[Path, Path]], runs: int) -> dict[str, float]:
    """Best wall-clock time of each full `mkdocs build` ({name: (config, site)}) over the runs.

    Each run is a fresh process, as a publisher runs it. The builds take turns,
    so that a slow spell of a shared machine falls on all of them alike; the
    fastest run of each is the one least disturbed by other work.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times: dict[str, list[float]] = {name: [] for name in builds}
    for _ in range(runs):
        for name, (config, site) in builds.items():
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                capture_output=True, text=True, env=env, cwd=config.parent, check=False)
            times[name].append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"build of {config} failed:\n{result.stdout}{result.stderr}")
    return {name: min(values) for name, values in times.items()}


def generated_markdown(root: Path) -> dict[str, str]:
    """The Markdown pages the swan plugin adds to the site (casussen, gespreksleidraad, ...), by path."""
    from ..content.nav import nav_paths
    from ..content.site import load_site
    from ..release.build import plugin_settings
    from ..render import site

    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    settings, nav = plugin_settings(config, "swan"), nav_paths(config.get("nav"))
    loaded = load_site(root, root / "docs", nav, settings.get("version"), settings.get("branding") or {})
    return site.pages(loaded, nav)


def bare_config(root: Path, work: Path) -> Path:
    """A Material config for the same Markdown, without our plugins or course assets."""
    docs = work / "bare-docs"
    shutil.copytree(root / "docs", docs)
    for path, markdown in generated_markdown(root).items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(markdown, encoding="utf-8")
    ours = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "site_name": ours["site_name"],
        "docs_dir": str(docs),
        "theme": {key: ours["theme"][key] for key in ("name", "language", "font", "palette", "features")},
        "plugins": [{"search": {"lang": "nl"}}],
        "markdown_extensions": ours["markdown_extensions"],
    }
    path = work / "bare.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def tenfold_copy(root: Path, work: Path) -> Path:
    """A copy of the course with ten times the casussen and quiz banks; each copied bank gets its own page."""
    copy = work / "tenfold"
    shutil.copytree(root, copy, ignore=_NOT_COPIED)
    (copy / "node_modules").symlink_to(root / "node_modules")  # scripts the build copies into the site
    pages = []
    for n in range(2, _COPIES + 1):
        for casus in sorted((root / "casussen").glob("*.yml")):
            shutil.copy(casus, copy / "casussen" / f"{casus.stem}-kopie-{n}.yml")
        for bank in sorted((root / "quizzes").glob("*.yml")):
            bank_id = f"{bank.stem}-kopie-{n}"
            shutil.copy(bank, copy / "quizzes" / f"{bank_id}.yml")
            page = f"benchmark/{bank_id}.md"
            (copy / "docs" / "benchmark").mkdir(exist_ok=True)
            (copy / "docs" / page).write_text(f"# Kopie {n} van {bank.stem}\n\n<!-- quiz: {bank_id} -->\n",
                                              encoding="utf-8")
            pages.append(page)
    config = yaml.safe_load((copy / "mkdocs.yml").read_text(encoding="utf-8"))
    config["nav"].append({"Benchmark": pages})
    (copy / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return copy / "mkdocs.yml"


def first_quiz_page_and_next(root: Path, site: Path) -> tuple[str, str]:
    """The first page in nav order with quiz questions, and the page after it: a learner's first two pages."""
    from ..content.nav import nav_paths

    nav = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    urls = [re.sub(r"(^|/)index\.md$|\.md$", lambda m: m[1] if m[1] else "/", path) for path in nav_paths(nav)]
    urls = ["" if url in ("", "/") else url.rstrip("/") + "/" for url in urls]
    for index, url in enumerate(urls[:-1]):
        if 'class="swan-question"' in (site / url / "index.html").read_text(encoding="utf-8"):
            return url, urls[index + 1]
    raise SystemExit("no page with a quiz in the nav")


def measure(root: Path, runs: int) -> list[Row]:
    """Build the course, the bare site and ten times the content; measure their costs."""
    with tempfile.TemporaryDirectory(prefix="swan-benchmark-") as tmp:
        work = Path(tmp)
        ours_site, bare_site = work / "ours", work / "bare"
        seconds = build_seconds({"ours": (root / "mkdocs.yml", ours_site),
                                 "bare": (bare_config(root, work), bare_site),
                                 "tenfold": (tenfold_copy(root, work), work / "tenfold-site")}, runs)
        ours_build, bare_build, tenfold_build = seconds["ours"], seconds["bare"], seconds["tenfold"]

        first, second = first_quiz_page_and_next(root, ours_site)
        ours_first, ours_second = visit_costs(ours_site, first, second)
        bare_first, bare_second = visit_costs(bare_site, first, second)
    return [
        Row(f"First visit to a quiz page ({first})", ours_first / 1024, bare_first / 1024, "KB", FIRST_VISIT),
        Row(f"Next page, assets cached ({second})", ours_second / 1024, bare_second / 1024, "KB", SECOND_PAGE),
        Row("Build of the whole course", ours_build, bare_build, "s", BUILD, timing=True),
        Row(f"Build with {_COPIES}x the casussen and quiz banks (vs. our build)", tenfold_build, ours_build, "s",
            TENFOLD, timing=True),
    ]


def report(rows: list[Row]) -> str:
    """Write the figures as a table with their budgets."""
    lines = ["Performance budget (gzip level 6; bare = Material with the same Markdown, without our plugins)",
             f"{'':64} {'course':>10} {'bare':>10} {'ratio':>7} {'budget':>7}"]
    for row in rows:
        lines.append(f"{row.label:64} {row.ours:>8.1f}{row.unit:>2} {row.bare:>8.1f}{row.unit:>2} "
                     f"{row.ratio:>6.2f}x {row.budget:>6.1f}x  {'ok' if row.ok else 'OVER BUDGET'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 when a figure that gates is over budget."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per figure; the fastest counts (default 5)")
    parser.add_argument("--fail-on-time", action="store_true", help="exit 1 also when a build time is over budget")
    args = parser.parse_args(argv)
    rows = measure(Path.cwd(), args.runs)
    print(report(rows))
    gating = [row for row in rows if args.fail_on_time or not row.timing]
    return 0 if all(row.ok for row in gating) else 1


if __name__ == "__main__":
    sys.exit(main())
