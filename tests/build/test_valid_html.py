"""Every page of the built course is valid HTML by the W3C Nu HTML checker."""

import json
import shutil
import subprocess

from helpers import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(site) -> list[str]:
    """Run vnu.jar once over all HTML files of a site; return its errors as 'page: line: message'."""
    java = shutil.which("java")
    assert java and VNU.exists(), "run ./scripts/setup-env --test: the HTML check needs Java and vnu-jar"
    result = subprocess.run([java, "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "json",
                             "--exit-zero-always", str(site)], capture_output=True, text=True, check=True)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{m['url'].split(str(site), 1)[-1]}: line {m.get('lastLine', '?')}: {m['message']}"
            for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]


def test_every_page_is_valid_html(course_site):
    assert len(list(course_site.rglob("*.html"))) > 3
    assert nu_errors(course_site) == []


def test_the_checker_reports_invalid_html(tmp_path):
    (tmp_path / "index.html").write_text('<!doctype html><html lang="nl"><title>x</title>'
                                         '<label tabindex="">x</label>', encoding="utf-8")
    errors = nu_errors(tmp_path)
    assert len(errors) == 1 and "tabindex" in errors[0]
