"""mkdocs-quiz's options, texts and files are taken through what it documents."""

from importlib.resources import files
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from helpers import ROOT
from swan_course.mkdocs.quiz_package import quiz_assets, quiz_settings

OPTIONS = {"enabled_by_default": False, "auto_number": False, "language_patterns": [], "language": None,
           "show_correct": True, "auto_submit": False, "disable_after_submit": True, "shuffle_answers": True,
           "confetti": False, "show_progress": True, "progress_sidebar_position": "top",
           "custom_translations": {"nl": "locales/nl/mkdocs_quiz.po"}}


def _config(**options) -> SimpleNamespace:
    plugins = {"mkdocs_quiz": SimpleNamespace(config={**OPTIONS, **options})}
    return SimpleNamespace(plugins=plugins, theme={"language": "nl"}, config_file_path=str(ROOT / "mkdocs.yml"))


def test_options_and_dutch_texts_come_from_mkdocs_quiz_s_settings_and_the_po_file():
    settings, script_options = quiz_settings(_config())
    assert (settings.shuffle_answers, settings.auto_submit, settings.text("Submit")) == (True, False, "Controleer")
    assert script_options == {"confetti": False, "showProgress": True, "progressSidebarPosition": "top"}


@pytest.mark.parametrize("options", [{"enabled_by_default": True}, {"auto_number": True}])
def test_mkdocs_quiz_must_leave_the_pages_to_the_swan_plugin(options):
    with pytest.raises(PluginError, match="set enabled_by_default: false"):
        quiz_settings(_config(**options))


def test_without_mkdocs_quiz_the_build_says_what_to_add():
    config = _config()
    config.plugins.clear()
    with pytest.raises(PluginError, match="needs mkdocs_quiz under plugins:"):
        quiz_settings(config)


def test_quiz_js_and_css_are_mkdocs_quiz_s_own_files_unchanged():
    package = files("mkdocs_quiz")
    served = quiz_assets(confetti=True)
    assert served == {"assets/quiz/quiz.js": (package / "js" / "quiz.js").read_text(encoding="utf-8"),
                      "assets/quiz/quiz.css": (package / "css" / "quiz.css").read_text(encoding="utf-8"),
                      "assets/quiz/js-confetti.browser.js":
                          (package / "js" / "vendor" / "js-confetti.browser.js").read_text(encoding="utf-8")}
    assert set(quiz_assets(confetti=False)) == {"assets/quiz/quiz.js", "assets/quiz/quiz.css"}
