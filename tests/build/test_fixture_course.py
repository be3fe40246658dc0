"""A small fixture course builds with --strict; a broken one fails with every mistake named."""

from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT, build, copy_course, page_assets


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("fixture-site")
    result = build(FIXTURES / "course" / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_quiz_bank_is_rendered_where_the_page_refers_to_it(fixture_site):
    html = (fixture_site / "module" / "index.html").read_text(encoding="utf-8")
    assert html.count('class="swan-question"') == 3
    assert 'id="quiz-fixture-bank--niveau"' in html


def test_quiz_code_is_a_cached_file_not_inlined(fixture_site):
    html = (fixture_site / "module" / "index.html").read_text(encoding="utf-8")
    assert "<style" not in html and "mkdocsQuizTranslations" not in html
    # In the course's script of every page (render/assets.py), minified by swan_course.render.slim.
    script = page_assets(fixture_site, "module/index.html")["js"]
    assert "/* assets/quiz/quiz.js */" in script and '"Submit":"Controleer"' in script


def test_npm_scripts_are_copied_in_from_node_modules(fixture_site):
    served = fixture_site / "assets" / "vendor" / "lz-string.min.js"
    assert served.read_bytes() == (ROOT / "node_modules" / "lz-string" / "libs" / "lz-string.min.js").read_bytes()


def test_without_node_modules_the_build_says_what_to_run(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course", node_modules=False)
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert ("node_modules/lz-string/libs/lz-string.min.js is missing: the site serves it. Run scripts/setup-env"
            in result.stdout + result.stderr)


def test_casus_gets_its_own_page_and_a_place_in_the_nav(fixture_site):
    page = fixture_site / "casussen" / "fixture-casus" / "index.html"
    assert page.exists()
    # Its own sidebar lists it; the sidebars of other pages list no casus pages (content/nav.py, sidebar): the
    # overview links them all, and the footer's previous and next links go through them (test_casus_navigation.py).
    assert 'href="./" class="md-nav__link md-nav__link--active"' in page.read_text(encoding="utf-8")
    assert 'href="../casussen/fixture-casus/"' not in (fixture_site / "module" / "index.html").read_text(encoding="utf-8")


def test_module_intro_and_glossary_come_from_data(fixture_site):
    html = (fixture_site / "module" / "index.html").read_text(encoding="utf-8")
    assert "Studietijd:</strong> ongeveer 20 minuten" in html
    assert '<abbr title="Sociaal Werk op Alle Niveaus.">SWAN</abbr>' in html
    assert "<dt><abbr" in html


def test_nothing_generated_is_written_into_docs(fixture_site):
    assert not (FIXTURES / "course" / "docs" / "casussen").exists()


def _broken_copy(tmp_path: Path) -> Path:
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    (course / "quizzes" / "kapot.yml").write_text("title: [unclosed\n", encoding="utf-8")
    page = course / "docs" / "module" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<!-- quiz: bestaat-niet -->\n\n[kapot](nergens.md)\n",
                    encoding="utf-8")
    casus = course / "casussen" / "fixture-casus.yml"
    casus.write_text(casus.read_text(encoding="utf-8").replace("signaal: Geen signaal.\n", ""), encoding="utf-8")
    return course


def test_broken_course_fails_with_every_mistake_named(tmp_path):
    course = _broken_copy(tmp_path)
    result = build(course / "mkdocs.yml", tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "quizzes/kapot.yml: invalid YAML on line 2" in output
    assert "casussen/fixture-casus.yml: signaal: this field is missing" in output
    assert "module/index.md: line 23: quiz bank 'bestaat-niet' does not exist" in output
    assert "nergens.md" in output
