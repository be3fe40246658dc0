"""mkdocs-quiz's inlined code is replaced by cached files; quizzes get stable ids."""

import mkdocs_quiz.plugin as quiz_plugin

from swan_course.mkdocs.quiz_assets import asset_files, stable_ids, strip_inline


def test_inlined_style_script_and_settings_are_removed():
    page = ("<p>x</p>" + quiz_plugin.style + '<script type="text/javascript">\nwindow.mkdocsQuizTranslations = {"a": "b"};\n</script>'
            + '<script type="text/javascript">\nwindow.mkdocsQuizConfig = {\n  confetti: false\n};\n</script>' + quiz_plugin.js_script)
    assert strip_inline(page) == "<p>x</p>"


def test_asset_files_carry_translations_and_plugin_code():
    assets = asset_files({"Submit": "Controleer"}, {"confetti": False})
    assert '"Submit": "Controleer"' in assets["assets/quiz/quiz-settings.js"]
    assert "quiz_progress_" in assets["assets/quiz/quiz.js"] and ".quiz" in assets["assets/quiz/quiz.css"]


def test_quiz_ids_follow_bank_and_question_not_position():
    html = ('<div class="swan-question" data-question="bank/vraag">\n<div class="quiz" id="quiz-0">'
            '<a href="#quiz-0"></a><input id="quiz-0-1"><div id="quiz-10"></div></div></div>')
    result = stable_ids(html)
    assert 'id="quiz-bank--vraag"' in result and 'href="#quiz-bank--vraag"' in result
    assert 'id="quiz-bank--vraag-1"' in result and 'id="quiz-10"' in result

