"""npm scripts are found as Node finds them: in node_modules here or in the nearest folder above."""

from swan_course.render.vendor import find


def test_the_nearest_node_modules_above_the_course_is_used(tmp_path):
    script = tmp_path / "node_modules" / "pkg" / "x.min.js"
    script.parent.mkdir(parents=True)
    script.write_text("x", encoding="utf-8")
    course = tmp_path / "tests" / "fixtures" / "course"
    course.mkdir(parents=True)
    assert find(course, "pkg/x.min.js") == script
    assert find(course, "pkg/y.min.js") is None
