"""The course map: modules from nav sections, leerdoelen placed on the page that practises them, eindtoets checks."""

import json

from swan_course.render.course_map import course_map, render_script

SECTIONS = [
    {"title": "", "pages": ["index.md"]},
    {"title": "Module A", "pages": ["a/index.md", "a/een.md", "a/twee.md"]},
    {"title": "Naslag", "pages": ["bronnen.md"]},
    {"title": "Afronding", "pages": ["eindtoets.md"]},
]
GOALS = [{"id": "a-een", "tekst": "Doel een."}, {"id": "a-twee", "tekst": "Doel twee."}, {"id": "a-drie", "tekst": "Doel drie."}]


def _page(url, title, questions=(), leerdoelen=(), studietijd=None):
    return {"url": url, "title": title, "questions": list(questions), "leerdoelen": list(leerdoelen),
            "studietijd": studietijd}


def _pages(eindtoets_questions=("eindtoets/e1",)):
    return {
        "index.md": _page("", "Start"),
        "a/index.md": _page("a/", "Module A", leerdoelen=GOALS, studietijd=45),
        "a/een.md": _page("a/een/", "Een", ["a/q1"]),
        "a/twee.md": _page("a/twee/", "Twee", ["a/q2", "a/q3"]),
        "bronnen.md": _page("bronnen/", "Bronnen"),
        "eindtoets.md": _page("eindtoets/", "Eindtoets", eindtoets_questions),
    }


BANKS = {
    "a": {"questions": [{"id": "q1", "leerdoel": "a-een"}, {"id": "q2", "leerdoel": "a-twee"},
                        {"id": "q3", "leerdoel": "a-een"}]},
    "eindtoets": {"questions": [{"id": "e1", "leerdoel": "a-twee"}]},
}
SETTINGS = {"title": "Cursus", "version": "1.2.0", "cesuur": 80, "vragen": 20}


def test_a_module_is_a_section_with_leerdoelen_and_lists_its_pages_and_questions_in_nav_order():
    course, errors = course_map(SECTIONS, _pages(), BANKS, SETTINGS)
    assert errors == []
    assert [m["id"] for m in course["modules"]] == ["a"]
    module = course["modules"][0]
    assert module["title"] == "Module A"
    assert [p["src"] for p in module["pages"]] == ["a/index.md", "a/een.md", "a/twee.md"]
    assert module["questions"] == ["a/q1", "a/q2", "a/q3"]
    assert course["studietijd"] == 45
    assert (course["version"], course["cesuur"], course["title"]) == ("1.2.0", 80, "Cursus")


def test_each_leerdoel_points_to_the_first_page_that_practises_it_or_else_the_module_start():
    course, _ = course_map(SECTIONS, _pages(), BANKS, SETTINGS)
    places = {goal["id"]: (goal["page"], goal["url"]) for goal in course["modules"][0]["leerdoelen"]}
    assert places == {"a-een": ("a/een.md", "a/een/"), "a-twee": ("a/twee.md", "a/twee/"),
                      "a-drie": ("a/index.md", "a/")}


def test_a_leerdoel_practised_on_several_pages_points_to_the_page_that_practises_it_most():
    pages = _pages()
    pages["a/twee.md"]["questions"].append("a/q4")
    banks = {**BANKS, "a": {"questions": BANKS["a"]["questions"] + [{"id": "q4", "leerdoel": "a-een"}]}}
    course, _ = course_map(SECTIONS, pages, banks, SETTINGS)
    places = {goal["id"]: goal["page"] for goal in course["modules"][0]["leerdoelen"]}
    assert places["a-een"] == "a/twee.md", "two questions on twee, one on een"


def test_eindtoets_lists_its_questions_with_leerdoel_module_and_page():
    course, _ = course_map(SECTIONS, _pages(), BANKS, SETTINGS)
    assert course["eindtoets"] == {"page": "eindtoets.md", "url": "eindtoets/", "vragen": 20,
                                   "questions": [{"ref": "eindtoets/e1", "leerdoel": "a-twee", "module": "a"}]}


def test_without_an_eindtoets_bank_there_is_no_eindtoets_and_no_error():
    banks = {"a": BANKS["a"]}
    course, errors = course_map(SECTIONS, _pages(()), banks, SETTINGS)
    assert course["eindtoets"] is None
    assert errors == []


def test_an_eindtoets_question_with_an_unknown_leerdoel_and_an_uncovered_module_are_reported():
    sections = SECTIONS + [{"title": "Module B", "pages": ["b/index.md"]}]
    pages = {**_pages(), "b/index.md": _page("b/", "Module B", leerdoelen=[{"id": "b-een", "tekst": "B."}])}
    banks = {**BANKS, "eindtoets": {"questions": [{"id": "e1", "leerdoel": "a-twee"}, {"id": "e2", "leerdoel": "zz"}]}}
    _, errors = course_map(sections, pages, banks, SETTINGS)
    assert [str(e) for e in errors] == [
        "quizzes/eindtoets.yml: questions[1].leerdoel: 'zz' is not a leerdoel of any module; "
        "use an id from a module's front matter",
        "quizzes/eindtoets.yml: questions: no question covers module 'b'; add one with a leerdoel of that module",
    ]


def test_the_script_sets_window_swan_course_map_and_cannot_close_its_script_tag():
    script = render_script({"title": "a </script><script>alert(1)</script>"})
    assert script.startswith("window.swanCourseMap = ")
    assert "</script>" not in script
    assert json.loads(script.removeprefix("window.swanCourseMap = ").rstrip(";\n"))["title"].startswith("a </script>")
