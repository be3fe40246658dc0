"""CHANGELOG.md: releases parsed Keep-a-Changelog style, the newest must be the course version."""

import datetime

from helpers import ROOT, swan_settings
from swan_course.content.changelog import check_version, load_changelog, parse
from swan_course.render.changelog import render_page

TEXT = """# Changelog

Over dit bestand.

## [Unreleased]

- Nog bezig.

## [1.1.0] - 2026-12-01

### Gewijzigd

- Een betere casus.

## [1.0.0] - 2026-11-23

### Toegevoegd

- De cursus.

[1.1.0]: https://example.org/compare/1.0.0...1.1.0
"""


def test_releases_come_newest_first_without_unreleased_and_link_definitions():
    releases, errors = parse(TEXT)
    assert errors == []
    assert [(r.version, r.date, r.line) for r in releases] == [
        ("1.1.0", datetime.date(2026, 12, 1), 9), ("1.0.0", datetime.date(2026, 11, 23), 15)]
    assert "example.org" not in "\n".join(releases[1].body)


def test_the_newest_release_must_be_the_course_version():
    releases, _ = parse(TEXT)
    assert check_version(releases, "1.1.0") == []
    [error] = check_version(releases, "1.2.0")
    assert str(error) == ("CHANGELOG.md: line 9: the newest release is 1.1.0, but mkdocs.yml plugins.swan.version is "
                          "1.2.0; add a section '## [1.2.0] - YYYY-MM-DD' on top, or correct plugins.swan.version")


def test_the_real_changelog_matches_mkdocs_yml():
    version = swan_settings()["version"]
    releases, errors = load_changelog(ROOT, version)
    assert errors == []
    assert releases[0].version == version


def test_a_missing_changelog_is_a_mistake_only_when_the_course_has_a_version(tmp_path):
    assert load_changelog(tmp_path, None) == ([], [])
    [error] = load_changelog(tmp_path, "1.0.0")[1]
    assert str(error).startswith("CHANGELOG.md: is missing; the course version 1.0.0 needs a changelog")


def test_bad_headings_dates_and_script_are_named_with_their_line():
    text = "# Changelog\n\n## Versie een\n\n## [1.0.0] - 23-11-2026\n\n- <b onclick=\"x()\">vet</b>\n"
    releases, errors = parse(text)
    messages = [str(error) for error in errors]
    assert "CHANGELOG.md: line 3: '## Versie een' is not a release heading; write it as " \
           "'## [1.2.0] - 2026-11-23' (version as major.minor.patch)" in messages
    assert "CHANGELOG.md: line 5: '23-11-2026' is not a date; write it as YYYY-MM-DD" in messages
    assert "CHANGELOG.md: line 7: the attribute onclick= is not allowed in a page (it runs script); remove it" in messages
    assert [release.version for release in releases] == ["1.0.0"]


def test_a_changelog_without_releases_is_refused():
    _, errors = parse("# Changelog\n\n## [Unreleased]\n")
    assert [str(error) for error in errors] == [
        "CHANGELOG.md: no release found; start each release with a heading such as '## [1.0.0] - 2026-11-23'"]


def test_the_page_names_each_version_with_a_dutch_date():
    releases, _ = parse(TEXT)
    page = render_page(releases, "1.1.0")
    assert page.startswith("---\ntitle: Wat is er nieuw\n---\n\n# Wat is er nieuw\n")
    assert "Je gebruikt versie 1.1.0 van de cursus." in page
    assert "## Versie 1.1.0 (1 december 2026)\n\n### Gewijzigd\n\n- Een betere casus.\n" in page
    assert "## Versie 1.0.0 (23 november 2026)" in page
    assert "Nog bezig" not in page and "Over dit bestand" not in page
