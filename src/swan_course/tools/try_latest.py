"""scripts/try-latest: the course against the newest MkDocs, Material, mkdocs-quiz and Playwright.

In a throw-away virtual environment under /tmp it installs the newest releases
of those four from the package index, our package and its other pinned
dependencies, builds the course with --strict and runs the browser smoke tests
(pytest -m smoke). It prints what changed and what breaks, and always exits 0:
it is a look ahead, not a gate.

    scripts/try-latest [--keep]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

LATEST = ["mkdocs", "mkdocs-material", "mkdocs-quiz", "playwright"]
TAIL = 40


def pinned(root: Path) -> dict[str, str]:
    """Return {package: pinned version} from pyproject.toml, the test extras included."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    return dict(re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", requirement).groups() for requirement in requirements)


def run(command: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a command and keep its output."""
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)


def install(venv: Path, root: Path, versions: dict[str, str]) -> tuple[bool, str]:
    """Install the newest four, the other pins and our package (without its pins) into venv."""
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    others = [f"{name}=={version}" for name, version in versions.items() if name.lower() not in LATEST]
    for step in ([*pip, "--upgrade", *LATEST], [*pip, *others], [*pip, "--no-deps", "-e", str(root)]):
        result = run(step, root)
        if result.returncode != 0:
            return False, result.stdout + result.stderr
    return True, ""


def installed(venv: Path, names: list[str]) -> dict[str, str]:
    """Return {package: version} as installed in venv."""
    code = "import importlib.metadata as m, sys; print('\\n'.join(m.version(n) for n in sys.argv[1:]))"
    result = run([str(venv / "bin" / "python"), "-c", code, *names], Path.cwd())
    return dict(zip(names, result.stdout.split()))


def build(venv: Path, root: Path, site: Path) -> subprocess.CompletedProcess:
    """Build the course with --strict in venv."""
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "HOME": str(Path.home())}
    return run([str(venv / "bin" / "python"), "-m", "mkdocs", "build", "--strict", "-d", str(site)], root, env)


def smoke(venv: Path, root: Path) -> subprocess.CompletedProcess:
    """Run the browser smoke tests (pytest -m smoke) in venv."""
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "HOME": str(Path.home())}
    return run([str(venv / "bin" / "python"), "-m", "pytest", "-m", "smoke", "-q", "-p", "no:cacheprovider",
                "tests/browser"], root, env)


def tail(text: str, lines: int = TAIL) -> str:
    """Return the last lines of an output, indented."""
    return "\n".join("    " + line for line in text.strip().splitlines()[-lines:])


def report(root: Path, work: Path) -> list[str]:
    """Install, build and test in work; return the lines of the report."""
    versions = pinned(root)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    ok, output = install(venv, root, versions)
    if not ok:
        return ["Installing the newest releases failed:", tail(output)]
    now = installed(venv, LATEST)
    lines = ["Versions (pinned -> newest on the package index):"]
    lines += [f"  {name:<16} {versions.get(name, '?'):>10} -> {now.get(name, '?')}" for name in LATEST]
    built = build(venv, root, work / "site")
    warnings = [line for line in (built.stdout + built.stderr).splitlines() if "WARNING" in line or "ERROR" in line]
    lines += ["", f"mkdocs build --strict: {'ok' if built.returncode == 0 else 'FAILED'}"]
    lines += [f"    {line}" for line in warnings[:TAIL]] or (["", tail(built.stdout + built.stderr)]
                                                             if built.returncode else [])
    tested = smoke(venv, root)
    summary = (tested.stdout.strip().splitlines() or ["(no output)"])[-1]
    lines += ["", f"Browser smoke tests (pytest -m smoke): {'ok' if tested.returncode == 0 else 'FAILED'}: {summary}"]
    if tested.returncode != 0:
        lines += [tail(tested.stdout + tested.stderr)]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit 0 whatever it says."""
    parser = argparse.ArgumentParser(prog="scripts/try-latest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the environment in /tmp (its path is printed)")
    args = parser.parse_args(argv)
    root = Path.cwd()
    work = Path(tempfile.mkdtemp(prefix="swan-try-latest-"))
    try:
        print("\n".join(report(root, work)))
    finally:
        if args.keep:
            print(f"\nKept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
