"""Performance budget: what the course costs a learner and a build, next to plain Material and Material + mkdocs-quiz.

Three sites are built from the same Markdown (see benchmark_sites.py): the course,
plain Material, and Material + mkdocs-quiz with the same questions. For five kinds of
page (home, a page with quizzes, a casus, the gespreksleidraad, the eindtoets) the
benchmark reports

- the first visit with an empty cache and the next page (the footer's "Volgende"),
  with every byte Chromium downloads as a careful host serves it (gzip level 6,
  see benchmark_server.py) and the number of requests, until the search worker has
  loaded its index (see benchmark_visits.py);
- Lighthouse mobile (performance score, LCP, FCP), the median of three runs;

and the build time of the course next to plain Material, and of the course with 10
and 30 times the casussen and quiz banks.

Page weight is deterministic and gates the exit status. Lighthouse scores and build
times depend on the machine and on what else runs on it: they are printed with their
verdict, with the load average, and fail the command only with --fail-on-time.

Usage: scripts/benchmark [--runs N] [--lighthouse-runs N] [--fail-on-time]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import benchmark_sites as sites
from . import benchmark_visits as visits

# Budgets, as a multiple of Material + mkdocs-quiz with the same questions (page weight),
# of plain Material (build), or of our own build (more content).
FIRST_VISIT, NEXT_PAGE, BUILD = 1.3, 1.5, 2.0
SCALES = (10, 30)
LIGHTHOUSE_SCORE = 0.90
SITES = ("course", "material", "material-quiz")
LABEL = 52  # width of the first column of the page tables
SITE_NAMES = {"course": "course", "material": "Material", "material-quiz": "Material+quiz"}


@dataclass
class Row:
    """One figure with its budget; `timing` figures depend on the machine."""

    label: str
    text: str
    ok: bool
    timing: bool = False


@dataclass(frozen=True)
class Kind:
    """A kind of page: its label, the page, and the page after it."""

    label: str
    first: str
    next: str


def say(message: str) -> None:
    """Tell on stderr what the benchmark is doing, so a long run never looks stuck."""
    print(f"benchmark: {message}", file=sys.stderr, flush=True)


def page_kinds(site: Path) -> list[Kind]:
    """The five kinds of page, each with the page after it in the order a learner follows."""
    order = visits.nav_order(site)

    def first(test) -> str:
        found = next((url for url in order[:-1] if test(url)), None)
        if found is None:
            raise SystemExit("the benchmark found no page of a kind it measures; see page_kinds()")
        return found

    def with_quiz(url: str) -> bool:
        return 'class="swan-question"' in visits.page_file(site, url).read_text(encoding="utf-8")

    chosen = [("home", first(lambda url: url == "")), ("page with quizzes", first(with_quiz)),
              ("casus", first(lambda url: url.startswith("casussen/") and url != "casussen/")),
              ("gespreksleidraad", first(lambda url: url == "gespreksleidraad/")),
              ("eindtoets", first(lambda url: url == "eindtoets/"))]
    return [Kind(label, url, order[order.index(url) + 1]) for label, url in chosen]


def weight_rows(kinds: list[Kind], costs: dict[str, list]) -> tuple[list[str], list[Row]]:
    """The page-weight table (lines) and its budget rows."""
    head = f"{'':{LABEL}}" + "".join(f"{SITE_NAMES[name]:>21}" for name in SITES) + f"{'vs +quiz':>10}{'budget':>8}"
    lines, rows = [head], []
    for index, kind in enumerate(kinds):
        for which, budget, url in ((0, FIRST_VISIT, kind.first), (1, NEXT_PAGE, kind.next)):
            found = {name: costs[name][index][which] for name in SITES}
            ratio = found["course"].size / found["material-quiz"].size
            label = f"{kind.label}: {'first visit' if which == 0 else 'next page'} ({url or 'home'})"
            cells = "".join(f"{cost.size / 1024:11.1f} KB {cost.requests:3} rq" for cost in found.values())
            ok = ratio <= budget
            lines.append(f"{label[:LABEL]:{LABEL}}{cells}{ratio:9.2f}x{budget:7.1f}x  {'ok' if ok else 'OVER BUDGET'}")
            rows.append(Row(label, f"{ratio:.2f}x", ok))
    return lines, rows


def lighthouse_rows(kinds: list[Kind], found: dict) -> tuple[list[str], list[Row]]:
    """The Lighthouse table (lines) and its rows: the course's score on each kind must reach 0.90."""
    head = f"{'':{LABEL}}" + "".join(f"{SITE_NAMES[name] + ': score   LCP   FCP':>34}" for name in SITES)
    lines, rows = [head], []
    for kind in kinds:
        cells = "".join(f"{found[name, kind.first].score:>21.2f} {found[name, kind.first].lcp:5.1f}s "
                        f"{found[name, kind.first].fcp:4.1f}s" for name in SITES)
        ok = found["course", kind.first].score >= LIGHTHOUSE_SCORE
        lines.append(f"{(kind.label + ' (' + (kind.first or 'home') + ')')[:LABEL]:{LABEL}}{cells}"
                     f"   >= {LIGHTHOUSE_SCORE:.2f}  {'ok' if ok else 'BELOW'}")
        rows.append(Row(f"Lighthouse {kind.label}", f"{found['course', kind.first].score:.2f}", ok, timing=True))
    return lines, rows


def build_rows(times: dict[str, sites.BuildTime]) -> tuple[list[str], list[Row]]:
    """The build-time table (lines) and its budget rows."""
    def line(label: str, ours: sites.BuildTime, base: sites.BuildTime, budget: float | None) -> tuple[str, Row]:
        ratio = ours.cpu / base.cpu
        ok = budget is None or ratio <= budget
        verdict = f"{budget:7.1f}x  {'ok' if ok else 'OVER BUDGET'}" if budget else f"{'':8} (for comparison)"
        text = (f"{label:58}{ours.cpu:8.1f} s{ours.wall:7.1f} s{base.cpu:8.1f} s{base.wall:7.1f} s"
                f"{ratio:8.2f}x{verdict}")
        return text, Row(label, f"{ratio:.2f}x", ok, timing=True)

    head = f"{'':58}{'CPU':>10}{'wall':>9}{'vs CPU':>10}{'wall':>9}{'ratio':>9}{'budget':>8}"
    pairs = [line("Build of the whole course (vs. plain Material)", times["course"], times["material"], BUILD),
             line("Material + mkdocs-quiz (vs. plain Material)", times["material-quiz"], times["material"], None)]
    for scale in SCALES:
        pairs.append(line(f"Build with {scale}x the casussen and quiz banks (vs. our build)",
                          times[f"course-{scale}x"], times["course"], float(scale)))
        pairs.append(line(f"Plain Material with {scale}x the pages (vs. plain Material)",
                          times[f"material-{scale}x"], times["material"], None))
    low, high = SCALES
    line_at_high = times["course"].cpu + (times[f"course-{low}x"].cpu - times["course"].cpu) * (high - 1) / (low - 1)
    extra = f"{'':58}(a straight line through 1x and {low}x predicts {line_at_high:.1f} s CPU at {high}x: " \
            f"{times[f'course-{high}x'].cpu / line_at_high:.2f}x that)"
    return [head, *(text for text, _ in pairs), extra], [row for _, row in pairs]


def machine() -> str:
    """Say where and when the figures were measured."""
    lighthouse = Path("node_modules/lighthouse/package.json")
    version = json.loads(lighthouse.read_text())["version"] if lighthouse.exists() else "not installed"
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"{datetime.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min); "
            f"{visits.chromium_version()}, Lighthouse {version}")


def measure(root: Path, runs: int, lighthouse_runs: int) -> tuple[list[str], list[Row]]:
    """Build every site, visit the five kinds of page in each, run Lighthouse; return the report and its rows."""
    lines = [f"SWAN course benchmark: {machine()}", ""]
    with tempfile.TemporaryDirectory(prefix="swan-benchmark-") as tmp:
        work = Path(tmp)
        say("preparing plain Material, Material + mkdocs-quiz and the copies with more content")
        configs = {"course": root / "mkdocs.yml",
                   "material": sites.material_config(root, work, "material"),
                   "material-quiz": sites.material_config(root, work, "material-quiz", with_quiz=True)}
        for scale in SCALES:
            copy = sites.scaled_copy(root, work, scale)
            configs[f"course-{scale}x"] = copy / "mkdocs.yml"
            configs[f"material-{scale}x"] = sites.material_config(copy, work, f"material-{scale}x")
        times = sites.build_times({name: (config, work / f"site-{name}") for name, config in configs.items()},
                                  runs, progress=say)
        built = {name: work / f"site-{name}" for name in SITES}
        kinds = page_kinds(built["course"])
        say("visiting the five kinds of page in Chromium")
        pairs = [(kind.first, kind.next) for kind in kinds]
        costs = {name: visits.visit_costs(built[name], pairs) for name in SITES}
        weight, rows = weight_rows(kinds, costs)
        lines += ["Page weight: every byte Chromium downloads (gzip level 6 as served), until the search index "
                  "is loaded; rq = requests", *weight, ""]
        if lighthouse_runs and visits.lighthouse_available(root):
            say(f"Lighthouse mobile, {lighthouse_runs} runs of {len(kinds) * len(SITES)} pages")
            found = visits.lighthouse_figures(root, built, [kind.first for kind in kinds], lighthouse_runs)
            more, lighthouse = lighthouse_rows(kinds, found)
            lines += [f"Lighthouse mobile (simulated mid-range phone on slow 4G), median of {lighthouse_runs} runs",
                      *more, ""]
            rows += lighthouse
        else:
            lines += ["Lighthouse: not run (install it with scripts/setup-env --test, or --lighthouse-runs > 0)", ""]
        more, build = build_rows(times)
        lines += [f"Build time: fastest of {runs} fresh builds each, taking turns; ratios of CPU time", *more]
        rows += build
    return lines, rows


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit 1 when a figure that gates is over budget."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per site; the fastest counts (default 5)")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="Lighthouse runs per page and site; the median counts (default 3; 0 skips Lighthouse)")
    parser.add_argument("--fail-on-time", action="store_true",
                        help="exit 1 also when a build time or a Lighthouse score misses its budget")
    args = parser.parse_args(argv)
    lines, rows = measure(Path.cwd(), args.runs, args.lighthouse_runs)
    lines.append(f"Measured until {datetime.datetime.now():%H:%M}, load average then "
                 f"{', '.join(f'{value:.2f}' for value in os.getloadavg())}")
    print("\n".join(lines))
    gating = [row for row in rows if args.fail_on_time or not row.timing]
    return 0 if all(row.ok for row in gating) else 1


if __name__ == "__main__":
    sys.exit(main())
