"""The sites the benchmark compares, and how long each takes to build.

- **course**: the course itself (mkdocs.yml).
- **Material**: Material for MkDocs with the same Markdown (docs/ plus the pages
  the swan plugin generates, written to disk from render/site.py), the same nav,
  theme features and Markdown extensions, and nothing of ours: what the pages
  would cost as plain documentation.
- **Material + mkdocs-quiz**: the same, with every question the course embeds
  written as mkdocs-quiz's own `<quiz>` block where the page's marker is, and
  mkdocs-quiz with the course's options: the default way to put these questions
  on these pages.
- **copies**: the course with N times the casussen and quiz banks (each copied bank
  on a page of its own, in a nav section of its own), to see how the build grows.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", "dist", "tests", "test-results",
                                    "__pycache__", "*.egg-info", ".pytest_cache")


@dataclass(frozen=True)
class BuildTime:
    """The fastest of several builds: CPU seconds of the build process (user + system) and wall-clock seconds."""

    cpu: float
    wall: float


def _course(root: Path):
    """Return mkdocs.yml's data, the nav with the casus pages, and the loaded course data of a course folder."""
    from ..content.nav import add_casussen_to_nav, nav_paths
    from ..content.site import load_site
    from ..release.build import plugin_settings

    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    settings = plugin_settings(config, "swan")
    loaded = load_site(root, root / "docs", nav_paths(config.get("nav")), settings.get("version"),
                       settings.get("branding") or {})
    nav = yaml.safe_load(yaml.safe_dump(config["nav"]))
    add_casussen_to_nav(nav, loaded.course.casussen)
    return config, nav, loaded


def quiz_block(question: dict) -> str:
    """Write a question as mkdocs-quiz's documented `<quiz>` block (options with feedback, then the explanation)."""
    from ..content.quizbank import BLANK
    from ..render.text import escape, one_paragraph

    def inert(text: str) -> str:
        return escape(text.strip()).replace("[[", "[\\[")  # [[ ]] is mkdocs-quiz's fill-in syntax

    if question["type"] == "fill-in":
        body = [BLANK.sub(lambda _: f"[[{question['answer'].strip()}]]", inert(question["question"]), count=1),
                "", "---"]
    else:
        body = [inert(question["question"]), ""]
        for option in question["options"]:
            body += [f"- [{'x' if option.get('correct') else ' '}] {inert(option['text'])}",
                     f"    > {inert(one_paragraph(option['feedback']))}"]
    return "\n".join(["<quiz>", *body, "", inert(question["explanation"]), "</quiz>"])


def _with_quiz_blocks(markdown: str, banks: dict, broken: set) -> str:
    """Replace each quiz marker line of a page with the `<quiz>` blocks of the questions it names."""
    from ..content.placement import MARKER, resolve

    lines = []
    for line in markdown.split("\n"):
        match = MARKER.match(line)
        placed = resolve(match["ref"], banks, broken)[0] if match else []
        lines.append("\n\n".join(quiz_block(question) for _, _, question in placed) if match else line)
    return "\n".join(lines)


def material_config(root: Path, work: Path, name: str, with_quiz: bool = False) -> Path:
    """Write the config of plain Material (with_quiz: plus mkdocs-quiz) for a course folder; return its path."""
    config, nav, loaded = _course(root)
    docs = work / f"{name}-docs"
    shutil.copytree(root / "docs", docs)
    from ..render import site

    for path, markdown in site.pages(loaded, nav_paths_of(nav)).items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(markdown, encoding="utf-8")
    plugins: list = [{"search": {"lang": "nl"}}]
    if with_quiz:
        for page in docs.rglob("*.md"):
            page.write_text(_with_quiz_blocks(page.read_text(encoding="utf-8"), loaded.course.banks,
                                              loaded.course.broken), encoding="utf-8")
        plugins.append({"mkdocs_quiz": _quiz_options(config, root)})
    plain = {
        "site_name": config["site_name"],
        "docs_dir": str(docs),
        "use_directory_urls": config.get("use_directory_urls", True),
        "theme": {key: config["theme"][key] for key in ("name", "language", "font", "palette", "features")},
        "plugins": plugins,
        "markdown_extensions": config["markdown_extensions"],
        "nav": nav,
    }
    path = work / f"{name}.yml"
    path.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def nav_paths_of(nav) -> list[str]:
    """Return the page paths of a nav (as in mkdocs.yml)."""
    from ..content.nav import nav_paths

    return nav_paths(nav)


def _quiz_options(config: dict, root: Path) -> dict:
    """mkdocs-quiz's options from the course's mkdocs.yml, switched on for every page."""
    from ..release.build import plugin_settings

    options = dict(plugin_settings(config, "mkdocs_quiz"))
    options["enabled_by_default"] = True
    options["custom_translations"] = {lang: str(root / path)
                                      for lang, path in (options.get("custom_translations") or {}).items()}
    return options


def scaled_copy(root: Path, work: Path, copies: int) -> Path:
    """Copy the course with `copies` times the casussen and quiz banks; return the copy's folder.

    Each copied bank is embedded whole on a page of its own; the pages of copy n form
    the nav section 'Kopie n', as the pages of a module do.
    """
    copy = work / f"copy-{copies}x"
    shutil.copytree(root, copy, ignore=NOT_COPIED)
    if (root / "node_modules").exists():
        (copy / "node_modules").symlink_to((root / "node_modules").resolve())  # scripts the build copies
    sections = []
    for n in range(2, copies + 1):
        pages = []
        for casus in sorted((root / "casussen").glob("*.yml")):
            shutil.copy(casus, copy / "casussen" / f"{casus.stem}-kopie-{n}.yml")
        for bank in sorted((root / "quizzes").glob("*.yml")):
            bank_id = f"{bank.stem}-kopie-{n}"
            shutil.copy(bank, copy / "quizzes" / f"{bank_id}.yml")
            page = f"kopie-{n}/{bank.stem}.md"
            (copy / "docs" / page).parent.mkdir(exist_ok=True)
            (copy / "docs" / page).write_text(f"# Kopie {n} van {bank.stem}\n\n<!-- quiz: {bank_id} -->\n",
                                              encoding="utf-8")
            pages.append(page)
        sections.append({f"Kopie {n}": pages})
    config = yaml.safe_load((copy / "mkdocs.yml").read_text(encoding="utf-8"))
    config["nav"] += sections
    (copy / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return copy


def build_times(builds: dict[str, tuple[Path, Path]], runs: int, progress=None) -> dict[str, BuildTime]:
    """The fastest of `runs` fresh `mkdocs build` processes for each config ({name: (config file, site folder)}).

    The builds take turns, so that a slow spell of a shared machine falls on all of
    them alike; the fastest run of each is the one least disturbed by other work.
    CPU time counts only the build's own work, so it varies far less than the wall
    clock when other programs share the processor.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    found: dict[str, list[BuildTime]] = {name: [] for name in builds}
    for run in range(1, runs + 1):
        for name, (config, site) in builds.items():
            if progress:
                progress(f"build {run}/{runs}: {name}")
            found[name].append(_one_build(config, site, env))
    return {name: BuildTime(min(t.cpu for t in times), min(t.wall for t in times)) for name, times in found.items()}


def _one_build(config: Path, site: Path, env: dict) -> BuildTime:
    """Build once in a fresh process; return its CPU and wall-clock seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                            capture_output=True, text=True, env=env, cwd=config.parent, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"the build of {config} failed:\n{result.stdout}{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return BuildTime(cpu, wall)
