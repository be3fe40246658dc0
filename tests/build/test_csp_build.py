"""Every page the build writes carries the Content-Security-Policy, and nothing in it needs more.

The policy itself is render/csp.py's (tests/unit/test_csp_policy.py); here: it is on every page of the
real course, first in <head> after <meta charset>, it allows exactly the inline scripts each page
holds (and only the theme's and the course's own), no page has an inline handler, a javascript:
URL or a style attribute, the launch pages of the release have it too, and a host's LRS is named.
"""

from __future__ import annotations

import re

from helpers import FIXTURES, ROOT, build, copy_course
from swan_course.release import cmi5, scorm
from swan_course.render import assets, csp

META = re.compile(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
# The inline scripts a page may hold: Material's base.html (__md_get and friends, per page depth) and
# content.html (a linked tab), the storage guard (assets.STORAGE_GUARD), and on 404.html its own.
THEME_SCRIPTS = ('__md_scope=new URL("', "var target=document.getElementById(location.hash.slice(1));")
GUARD = assets.head_script((ROOT / "overrides" / assets.STORAGE_GUARD).read_text(encoding="utf-8"))


def policy_of(html: str) -> dict[str, list[str]]:
    found = META.search(html)
    assert found, "no Content-Security-Policy right after <meta charset>"
    return {name: sources for name, *sources in (part.split() for part in found[1].split("; "))}


def test_every_page_has_the_policy_first_and_it_allows_exactly_its_inline_scripts(course_site):
    pages = sorted(course_site.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(course_site).as_posix()
        policy = policy_of(html)
        assert html.index("<meta charset") < html.index("Content-Security-Policy") < html.index("<script"), name
        inline = csp.inline_scripts(html)
        assert policy["script-src"] == ["'self'", *dict.fromkeys(csp.source_hash(text) for text in inline)], name
        assert policy["style-src"][0] == "'self'" and policy["frame-src"] == ["'none'"], name
        assert not [source for sources in policy.values() for source in sources if "unsafe" in source], name
        if name == "404.html":
            continue
        others = [text[:60] for text in inline if text != GUARD and not text.startswith(THEME_SCRIPTS)]
        assert others == [], f"{name}: inline scripts that are neither the theme's nor the course's"
        assert policy["style-src"] == ["'self'"], name


def test_no_page_has_an_inline_handler_a_javascript_url_or_a_style_attribute(course_site):
    for page in sorted(course_site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(course_site).as_posix()
        assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", html, re.IGNORECASE), name
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE), name
        assert not re.search(r"<[a-z][^>]*\sstyle\s*=", html, re.IGNORECASE), name


def test_the_launch_pages_frame_the_course_under_the_same_policy():
    for page in (scorm.launch_page("Cursus", "1.0.0", "scorm12"), cmi5.launch_page("Cursus", "1.0.0", 70)):
        policy = policy_of(page)
        assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
        assert policy["frame-src"] == ["'self'"]
        assert csp.inline_scripts(page) == [] and " style=" not in page
    cmi5_policy = policy_of(cmi5.launch_page("Cursus", "1.0.0", 70))
    assert cmi5_policy["connect-src"] == ["'self'", "https:", "http:"]  # the LMS names the LRS at launch


def test_a_host_s_lrs_is_the_one_other_place_pages_may_connect_to(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    config = course / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - swan\n", "  - swan:\n      xapi:\n        endpoint: https://lrs.voorbeeld.nl:8443/xAPI/\n"
                      "        gebruiker: cursus\n        wachtwoord: geheim\n"), encoding="utf-8")
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("index.html", "module/index.html", "404.html"):
        policy = policy_of((tmp_path / "site" / page).read_text(encoding="utf-8"))
        assert policy["connect-src"] == ["'self'", "https://lrs.voorbeeld.nl:8443"], page


def test_a_style_written_in_a_page_fails_the_build_but_an_aligned_table_does_not(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    page = course / "docs" / "module" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n\n<span style="color: red">Rood</span>\n\n'
                    "| Naam | Aantal |\n|---|--:|\n| a | 1 |\n", encoding="utf-8")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    warnings = [line for line in (result.stdout + result.stderr).splitlines() if "WARNING" in line]
    assert len(warnings) == 1, warnings
    assert 'module/index.md: style="color: red" on <span>' in warnings[0]
    assert "Content-Security-Policy" in warnings[0]
