"""What the swan plugin takes from mkdocs-quiz: its validated options, its texts and its files.

Only through what mkdocs-quiz documents: its options under `plugins:` (read from
MkDocs' validated config), its .po translation format, and the quiz.js and
quiz.css its markup is made for, copied unchanged from the installed package.
"""

from __future__ import annotations

from importlib.resources import files as package_files
from pathlib import Path

from mkdocs.exceptions import PluginError

from ..content.quiz_texts import read_po
from ..render import quiz


def quiz_settings(config) -> tuple[quiz.QuizSettings, dict]:
    """Return mkdocs-quiz's options and texts for the markup, and the options its quiz.js reads."""
    options = quiz_options(config)
    language = options["language"] or config.theme["language"] or "en"
    texts = read_po(package_files("mkdocs_quiz") / "locales" / f"{language}.po")
    if custom := options["custom_translations"].get(language):
        texts |= read_po(Path(config.config_file_path).parent / custom)
    settings = quiz.QuizSettings(**{key: options[key] for key in quiz.OPTIONS}, texts=texts)
    return settings, {"confetti": options["confetti"], "showProgress": options["show_progress"],
                      "progressSidebarPosition": options["progress_sidebar_position"]}


def quiz_options(config) -> dict:
    """Return mkdocs-quiz's validated options; it must be listed, and must leave the pages to us."""
    if "mkdocs_quiz" not in config.plugins:
        raise PluginError("the swan plugin needs mkdocs_quiz under plugins: in mkdocs.yml: its options shape "
                          "the quizzes, and its quiz.js and quiz.css run them")
    options = config.plugins["mkdocs_quiz"].config
    if options["enabled_by_default"] or options["auto_number"] or options["language_patterns"]:
        raise PluginError("mkdocs_quiz in mkdocs.yml: set enabled_by_default: false (the swan plugin writes "
                          "the quizzes) and leave auto_number and language_patterns out (not supported)")
    return options


def quiz_assets(confetti: bool) -> dict[str, str]:
    """Return mkdocs-quiz's quiz.js and quiz.css (and its confetti script), unchanged, as cached files."""
    package = package_files("mkdocs_quiz")
    sources = {quiz.CSS_URL: package / "css" / "quiz.css", quiz.JS_URL: package / "js" / "quiz.js"}
    if confetti:
        sources[quiz.CONFETTI_URL] = package / "js" / "vendor" / "js-confetti.browser.js"
    return {url: path.read_text(encoding="utf-8") for url, path in sources.items()}
