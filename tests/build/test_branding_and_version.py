"""A course with another organisation's branding and version builds and shows them; mistakes stop it."""

import re
from pathlib import Path

import pytest

from helpers import FIXTURES, build, copy_course, page_assets, swan_settings

TRAINERS = FIXTURES / "trainers"


@pytest.fixture(scope="module")
def branded_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("branded-site")
    result = build(TRAINERS / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_footer_of_every_page_shows_version_and_organisation(branded_site):
    pages = sorted(branded_site.rglob("index.html"))
    assert len(pages) >= 4
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<span data-testid="course-version">Cursusversie 2.1.0</span>' in html, page
        assert '<span data-testid="organisation">Aangeboden door Welzijn Voorbeeldstad</span>' in html, page


def test_footer_links_to_the_changelog_page_relatively(branded_site):
    html = (branded_site / "voor-trainers" / "workshop" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../wat-is-er-nieuw/">Wat is er nieuw</a>' in html


def test_logo_is_copied_and_shown_in_the_header(branded_site):
    assert (branded_site / "assets" / "branding" / "logo.svg").read_bytes() == \
        (TRAINERS / "huisstijl" / "logo.svg").read_bytes()
    html = (branded_site / "index.html").read_text(encoding="utf-8")
    assert '<img src="assets/branding/logo.svg" alt="Logo Welzijn Voorbeeldstad">' in html


def test_colours_become_material_properties_loaded_on_every_page(branded_site):
    # In the stylesheet every page loads (render/assets.py joins it), minified by swan_course.render.slim.
    css = page_assets(branded_site, "index.html")["css"].replace(" ", "")
    assert "--md-primary-fg-color:#1b5e20;" in css and "--md-accent-fg-color:#ad1457;" in css
    html = (branded_site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-color-primary="custom"' in html


def test_changelog_page_lists_the_releases_but_not_unreleased(branded_site):
    html = (branded_site / "wat-is-er-nieuw" / "index.html").read_text(encoding="utf-8")
    assert "Je gebruikt versie 2.1.0 van de cursus." in html
    assert html.index("Versie 2.1.0 (5 maart 2026)") < html.index("Versie 2.0.0 (1 december 2025)")
    assert "Nog niet uitgebracht" not in html and "example.org" not in html


def test_statements_are_listed_on_the_workshop_page(branded_site):
    html = (branded_site / "voor-trainers" / "workshop" / "index.html").read_text(encoding="utf-8")
    assert "<strong>Regels &amp; afspraken gaan voor uitzonderingen.</strong>" in html
    assert "<li>Wie beslist over een uitzondering?</li>" in html
    assert "&lt;!-- stellingen --&gt;" not in html and "<!-- stellingen -->" not in html


def test_a_changelog_behind_the_version_stops_the_build(tmp_path):
    course = copy_course(TRAINERS, tmp_path / "course")
    _replace(course / "mkdocs.yml", 'version: "2.1.0"', 'version: "2.2.0"')
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert ("CHANGELOG.md: line 11: the newest release is 2.1.0, but mkdocs.yml plugins.swan.version is 2.2.0"
            in result.stdout + result.stderr)


def test_a_colour_white_text_cannot_be_read_on_stops_the_build(tmp_path):
    course = copy_course(TRAINERS, tmp_path / "course")
    _replace(course / "mkdocs.yml", 'primary: "#1b5e20"', 'primary: "#ffd54f"')
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert ("mkdocs.yml: plugins.swan.branding.primary: white text on #ffd54f has a contrast of 1.41:1, "
            "below the 4.5:1 that WCAG 2.1 AA asks for" in result.stdout + result.stderr)


def test_settings_under_extra_stop_the_build_and_say_where_they_belong(tmp_path):
    # Earlier trainer pages put branding and xAPI under extra: swan:, where the plugin never read them.
    course = copy_course(TRAINERS, tmp_path / "course")
    text = (course / "mkdocs.yml").read_text(encoding="utf-8")
    (course / "mkdocs.yml").write_text(text + 'extra:\n  swan:\n    branding:\n      primary: "#1b5e20"\n',
                                       encoding="utf-8")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert ("mkdocs.yml: extra.swan: the course does not read its settings (branding) here: "
            "put them under plugins: - swan: (version, eindtoets, branding, xapi)" in result.stdout + result.stderr)


def test_every_page_of_the_real_course_shows_its_version(course_site):
    version = swan_settings()["version"]
    pages = sorted(course_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        assert f"Cursusversie {version}</span>" in page.read_text(encoding="utf-8"), page
    assert (course_site / "wat-is-er-nieuw" / "index.html").is_file()
