"""The course's own styles and scripts: one of each for every page, hashed names, page-kind files."""

import pytest

from swan_course.render import assets, course_map, quiz, xapi

TEXTS = {"a.css": ".a { color: red; }\n", "b.css": ".b { color: blue; }\n", "one.js": "(function () { one(); })()",
         "two.js": "(function () { two(); })()\n", "kind.js": "var  kind = 1;\n", "lib.min.js": "x()"}


def test_every_page_loads_the_quiz_before_the_course_and_the_branding_last():
    styles, scripts = assets.every_page()
    assert styles[0] == quiz.CSS_URL and styles[-1].endswith("branding.css")
    assert scripts.index(course_map.MAP_URL) < scripts.index(quiz.SETTINGS_URL) < scripts.index(quiz.JS_URL)
    assert scripts.index("assets/notices.js") < scripts.index("assets/store.js") < scripts.index("assets/progress.js")
    assert assets.OFFLINE_SEARCH not in scripts and quiz.CONFETTI_URL not in scripts


def test_the_optional_parts_join_every_page_where_they_are_on():
    settings = {"endpoint": "https://lrs.example.org/xAPI/"}
    styles, scripts = assets.every_page(confetti=True, offline=True, xapi_settings=settings)
    assert scripts.index(quiz.CONFETTI_URL) == scripts.index(quiz.JS_URL) - 1
    assert scripts[-2 - len(xapi.SCRIPTS):] == [assets.OFFLINE_SEARCH, xapi.SETTINGS_URL, *xapi.SCRIPTS]
    assert styles[-1] == xapi.STYLES[0]


def test_bundles_join_minified_parts_in_order_under_a_name_with_their_hash():
    made = assets.bundles(["a.css", "b.css"], ["one.js", "two.js", "lib.min.js"], ["kind.js"], TEXTS)
    css, js = made.files[made.css], made.files[made.js]
    assert css == "/* a.css */\n.a{color:red}\n/* b.css */\n.b{color:blue}\n"
    # Each script part ends with ";": the next part's "(" never calls the one before.
    assert js == "/* one.js */\n(function(){one();})();\n/* two.js */\n(function(){two();})();\n/* lib.min.js */\nx();\n"
    assert made.css == assets.hashed("assets/swan.css", css) and made.js == assets.hashed("assets/swan.js", js)
    assert made.names == {"kind.js": assets.hashed("kind.js", "var kind=1;\n"), "a.css": made.css, "b.css": made.css,
                          "one.js": made.js, "two.js": made.js, "lib.min.js": made.js}
    assert made.files[made.names["kind.js"]] == "var kind=1;\n"


def test_a_hashed_name_changes_with_the_content_and_keeps_the_suffix():
    first, second = assets.hashed("assets/casus.js", "a"), assets.hashed("assets/casus.js", "b")
    assert first != second and first.startswith("assets/casus.") and first.endswith(".js")
    assert len(first) == len("assets/casus..js") + assets.HASH_LENGTH
    assert assets.hashed("assets/casus.js", "a") == first


def test_page_kinds_stay_as_they_were():
    assert assets.for_page("casussen/wijkteam/index.md", "") == ["assets/casus.css", "assets/casus.js"]
    assert assets.for_page("eindtoets.md", '<div data-swan-progress="eindtoets">') == assets.WIDGETS
    assert assets.for_page("index.md", "") == []


def test_the_storage_guard_is_inlined_minified_and_never_ends_its_script_early():
    assert assets.head_script("(function () {\n  guard();\n})();\n") == "(function(){guard();})();"
    with pytest.raises(ValueError):
        assets.head_script('var a = "</script>";')
