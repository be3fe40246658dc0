"""Serve mkdocs-quiz's CSS and JS as cached files instead of inlining them in every page.

mkdocs-quiz 1.7 appends about 60 KB of <style> and <script> to each page it
processes. We publish the same code once under assets/quiz/ and strip the
inlined copies from the page, so a second quiz page costs only its own HTML.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files

import mkdocs_quiz.plugin as quiz_plugin
from mkdocs_quiz import css, js

CSS_URL = "assets/quiz/quiz.css"
JS_URL = "assets/quiz/quiz.js"
SETTINGS_URL = "assets/quiz/quiz-settings.js"

# The small per-page <script> blocks that carry the translations and options.
_SETTINGS_SCRIPT = re.compile(
    r'<script type="text/javascript">\s*window\.mkdocsQuiz(Translations|Config) = .*?</script>', re.DOTALL)


def asset_files(translations: dict[str, str], options: dict) -> dict[str, str]:
    """Return {site path: content} for the quiz CSS, JS and settings."""
    settings = (f"window.mkdocsQuizTranslations = {json.dumps(translations, ensure_ascii=False)};\n"
                f"window.mkdocsQuizConfig = {json.dumps(options)};\n")
    return {
        CSS_URL: (files(css) / "quiz.css").read_text(encoding="utf-8"),
        JS_URL: (files(js) / "quiz.js").read_text(encoding="utf-8"),
        SETTINGS_URL: settings,
    }


def strip_inline(html: str) -> str:
    """Remove what mkdocs-quiz inlined into a page; the cached files replace it."""
    html = html.replace(quiz_plugin.style, "").replace(quiz_plugin.js_script, "")
    return _SETTINGS_SCRIPT.sub("", html)


_WRAPPED = re.compile(r'data-question="(?P<ref>[a-z0-9-]+/[a-z0-9-]+)">\s*<div class="quiz[^"]*"[^>]*id="quiz-(?P<n>\d+)"')


def stable_ids(html: str) -> str:
    """Name each quiz after its bank and question id instead of its position on the page.

    mkdocs-quiz stores answers under the element id, so a stable id keeps a
    learner's answers attached to the right question when a page is reordered.
    """
    names = {match["n"]: "quiz-" + match["ref"].replace("/", "--") for match in _WRAPPED.finditer(html)}
    if not names:
        return html
    return re.sub(r"\bquiz-(\d+)(?=[-\"])", lambda m: names.get(m[1], m[0]), html)

