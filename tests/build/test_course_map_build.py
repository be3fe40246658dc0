"""The real course ships a course map with every module and an eindtoets that covers them all."""

import json

from helpers import page_assets, swan_settings


def _course_map(course_site) -> dict:
    script = (course_site / "assets" / "course-map.js").read_text(encoding="utf-8")
    return json.loads(script.removeprefix("window.swanCourseMap = ").rstrip(";\n"))


def test_course_map_matches_mkdocs_yml_settings(course_site):
    course = _course_map(course_site)
    settings = swan_settings()
    assert course["cesuur"] == settings["eindtoets"]["cesuur"]
    assert course["version"] == settings["version"]
    assert course["studietijd"] == sum(module["studietijd"] for module in course["modules"])


def test_eindtoets_has_at_least_24_questions_covering_every_module(course_site):
    course = _course_map(course_site)
    questions = course["eindtoets"]["questions"]
    assert len(questions) >= 24
    assert {q["module"] for q in questions} == {m["id"] for m in course["modules"]}
    assert course["eindtoets"]["url"] == "eindtoets/"


def test_every_page_of_a_module_is_in_the_map_and_loads_the_map(course_site):
    course = _course_map(course_site)
    for module in course["modules"]:
        for page in module["pages"]:
            html = (course_site / page["url"] / "index.html").read_text(encoding="utf-8")
            assert "/* assets/course-map.js */" in page_assets(course_site, f"{page['url']}index.html")["js"]
            assert f'<meta name="swan-page" content="{page["src"]}">' in html
