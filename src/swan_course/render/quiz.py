"""Quiz questions as the markup that mkdocs-quiz's quiz.js and quiz.css read, written straight from the YAML.

The markup is mkdocs-quiz 1.7's (its plugin.py writes it in _process_quiz,
_process_fill_in_blank_quiz, _generate_answer_html and the progress sidebar),
written here as HTML with md_in_html `markdown` attributes: the question, the
options, the feedback and the explanation are Markdown, converted in the page's
own Markdown run, so links and extensions work as in the page. The page's
abbreviations (the begrippen tooltips) are taken out of the quiz texts again, as
mkdocs-quiz converted them without: a tooltip can give an answer away.
Each text is marked with its file and field (render/sanitise.py cleans it after
Markdown). tests/build/test_quiz_markup.py compares this markup with what
mkdocs-quiz makes of the same question, for every question of the course.

Deliberate differences from mkdocs-quiz's markup, each for a reason:

- the form has method="dialog" instead of action="javascript:void(0);" and an
  onsubmit handler: a strict Content-Security-Policy forbids both; quiz.js
  prevents the submit, and without script a dialog form outside a dialog does nothing;
- stable ids quiz-<bank>--<question> instead of quiz-<n>: quiz.js stores answers
  under the quiz's id, so answers stay with their question when a page changes;
- role="region" on the progress sidebar, role="status" and aria-live="polite"
  on the feedback, an aria-label on the permalink "#" (WCAG 2.1 AA);
- fill-in questions have no data-show-correct: quiz.js would then write a wrong
  answer into the page as HTML; the correct answer is shown as plain text at
  the top of the explanation instead, which quiz.js reveals after an answer;
- data-shuffle-answers on every choice question unless it sets volgorde_vast: true;
- no style attributes on the progress sidebar (the Content-Security-Policy ignores them):
  its two parts start `hidden` and the settings script turns that into the inline
  display: none that quiz.js removes to show them (through the CSSOM, which the policy
  allows); the reset link's colour and the empty bars are in assets/csp.css;
- data-search-exclude="true" on the permalink, the question, the form and the
  explanation: Material's search leaves them out of the index (a search result
  must not give an answer away) and then removes the attribute from the page.
  Not on the quiz itself: Material stops excluding an element when an element
  with the same tag inside it closes, and the quiz holds divs.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace

from ..content.quizbank import BLANK
from .sanitise import mark
from .text import escape, one_paragraph

CSS_URL = "assets/quiz/quiz.css"
JS_URL = "assets/quiz/quiz.js"
SETTINGS_URL = "assets/quiz/quiz-settings.js"
CONFETTI_URL = "assets/quiz/js-confetti.browser.js"
HEADER_LINK_LABEL = "Link naar deze vraag"
OPTIONS = ("show_correct", "auto_submit", "disable_after_submit", "shuffle_answers")
# Material's search skips elements with this attribute, then removes it (see the module docstring).
_UNSEARCHED = 'data-search-exclude="true"'


@dataclass(frozen=True)
class QuizSettings:
    """mkdocs-quiz's options that shape the markup (its defaults), and its interface texts."""

    show_correct: bool = True
    auto_submit: bool = True
    disable_after_submit: bool = True
    shuffle_answers: bool = False
    texts: dict[str, str] = field(default_factory=dict)

    def text(self, key: str) -> str:
        """Return the interface text for mkdocs-quiz's English message, or the message itself."""
        return self.texts.get(key, key)

    def for_page(self, meta: dict) -> QuizSettings:
        """Apply a page's own quiz options (front matter `quiz:`), as mkdocs-quiz does."""
        page = meta.get("quiz")
        if not isinstance(page, dict):
            return self
        return replace(self, **{key: bool(page[key]) for key in OPTIONS if key in page})


def quiz_id(bank_id: str, question_id: str) -> str:
    """Return the id of a question's quiz: quiz.js keeps the learner's answer under it."""
    return f"quiz-{bank_id}--{question_id}"


def question_markdown(bank_id: str, index: int, question: dict, settings: QuizSettings) -> str:
    """Return one question as HTML with Markdown inside (md_in_html), in its wrapper with stable ids."""
    anchor, ref = f"vraag-{bank_id}-{question['id']}", f"{bank_id}/{question['id']}"
    where = (f"quizzes/{bank_id}.yml", f"questions[{index}]")
    body = _fill_in if question["type"] == "fill-in" else _choice
    return "\n".join([f'<div class="swan-question" id="{anchor}" data-testid="{anchor}" data-question="{ref}" '
                      'markdown="1">', body(quiz_id(bank_id, question["id"]), where, question, settings), "</div>"])


def _choice(qid: str, where: tuple[str, str], question: dict, settings: QuizSettings) -> str:
    """Return a single or multiple choice quiz: radio buttons or checkboxes, feedback per option."""
    checkboxes = question["type"] == "multiple"
    shuffle = settings.shuffle_answers and not question.get("volgorde_vast")
    flags = _flags(show_correct=settings.show_correct, auto_submit=settings.auto_submit,
                   disable_after_submit=settings.disable_after_submit, shuffle_answers=shuffle)
    options = [_option(qid, n, option, checkboxes, where) for n, option in enumerate(question["options"])]
    button = "" if settings.auto_submit and not checkboxes else _submit_button(settings)
    return "\n".join([
        f'<div class="quiz"{flags} id="{qid}" markdown="1">', _header_link(qid),
        f'<div class="quiz-question" id="{qid}-question" {_UNSEARCHED} markdown="1">',
        _block(question["question"], where, "question"), "</div>",
        f'<form method="dialog" {_UNSEARCHED} markdown="span">',
        f'<fieldset aria-labelledby="{qid}-question" markdown="span">',
        *options, "</fieldset>", _feedback_box(), button, "</form>", _explanation(question, where), "</div>"])


def _option(qid: str, n: int, option: dict, checkboxes: bool, where: tuple[str, str]) -> str:
    """Return one option: its input, its label and its hidden feedback (which quiz.js shows)."""
    file, path = where[0], f"{where[1]}.options[{n}]"
    kind = "checkbox" if checkboxes else "radio"
    correct = ' data-correct="true"' if option.get("correct") else ""
    label = mark(escape(option["text"].strip()), file, f"{path}.text", inline=True)
    feedback = mark(escape(one_paragraph(option["feedback"])), file, f"{path}.feedback", inline=True)
    return (f'<div markdown="span"><input type="{kind}" name="answer" value="{n}" id="{qid}-{n}"{correct}>'
            f'<label for="{qid}-{n}">{label}</label>\n'
            f'<div class="answer-feedback hidden" markdown="span">{feedback}</div>\n</div>')


def _fill_in(qid: str, where: tuple[str, str], question: dict, settings: QuizSettings) -> str:
    """Return a fill-in quiz: the question with a text field in place of its blank (___)."""
    answer = question["answer"].strip()
    blank = (f'<input type="text" class="quiz-blank-input" id="{qid}-blank-0" data-answer="{html.escape(answer)}" '
             f'autocomplete="off" size="{max(5, len(answer) + 2)}" aria-label="{html.escape(settings.text("Answer"))}">')
    text = BLANK.sub(lambda _: blank, escape(question["question"].strip()), count=1)
    # No data-show-correct (see the module docstring): the correct answer is in the explanation instead.
    flags = _flags(disable_after_submit=settings.disable_after_submit)
    return "\n".join([
        f'<div class="quiz quiz-fill-blank" data-quiz-type="fill-blank"{flags} id="{qid}" markdown="1">',
        _header_link(qid), f'<div class="quiz-question" {_UNSEARCHED} markdown="1">',
        mark(text, where[0], f"{where[1]}.question"), "</div>", f'<form method="dialog" {_UNSEARCHED} markdown="span">',
        _feedback_box(), _submit_button(settings), "</form>", _explanation(question, where, answer), "</div>"])


def _explanation(question: dict, where: tuple[str, str], answer: str | None = None) -> str:
    """Return the explanation, which quiz.js reveals after an answer; for a fill-in the answer first."""
    shown = "" if answer is None else (f'<p class="swan-fill-answer">Het juiste antwoord: '
                                       f"<strong>{html.escape(answer)}</strong></p>\n\n")
    return "\n".join([f'<section class="content hidden" {_UNSEARCHED} markdown="1">',
                      shown + _block(question["explanation"], where, "explanation"), "</section>"])


def _block(text: str, where: tuple[str, str], name: str) -> str:
    """Return a text field as Markdown blocks, marked with its file and field."""
    return mark(escape(text.strip()), where[0], f"{where[1]}.{name}")


def _flags(**flags: bool) -> str:
    """Return the data attributes quiz.js reads for the options that are on."""
    return "".join(f' data-{name.replace("_", "-")}="true"' for name, on in flags.items() if on)


def _header_link(qid: str) -> str:
    """Return the permalink of a question, with a name for screen readers."""
    return f'<a href="#{qid}" class="quiz-header-link" aria-label="{HEADER_LINK_LABEL}" {_UNSEARCHED}>#</a>'


def _feedback_box() -> str:
    """Return the empty box quiz.js fills with feedback; a status region, so it is announced."""
    return '<div class="quiz-feedback hidden" role="status" aria-live="polite"></div>'


def _submit_button(settings: QuizSettings) -> str:
    """Return the button that checks the answer."""
    return f'<button type="submit" class="quiz-button">{html.escape(settings.text("Submit"))}</button>'


# Markdown wraps the permalink, inline HTML at the start of a block, in a paragraph; mkdocs-quiz does not.
_WRAPPED_LINK = re.compile(r'<p>(<a href="#quiz-[a-z0-9-]+" class="quiz-header-link" '
                           rf'aria-label="{HEADER_LINK_LABEL}" {_UNSEARCHED}>#</a>)</p>')


# A quiz text after Markdown, still marked (render/sanitise.py), and an abbreviation in it.
_QUIZ_TEXT = re.compile(r"<!-- swan-text quizzes/.*?<!-- /swan-text -->", re.DOTALL)
_ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')


def finish_page(html_text: str, settings: QuizSettings) -> str:
    """Finish a page's quiz markup after Markdown: unwrap permalinks and abbreviations, add the progress sidebar.

    Runs before render/sanitise.py's finish(), while the quiz texts are still marked.
    """
    return _WRAPPED_LINK.sub(r"\1", without_tooltips(html_text)) + progress_sidebar(settings)


def without_tooltips(html_text: str) -> str:
    """Take the begrippen tooltips out of quiz texts (still marked): a tooltip can give an answer away."""
    return _QUIZ_TEXT.sub(lambda text: _ABBR.sub(r"\1", text[0]), html_text)


def progress_sidebar(settings: QuizSettings) -> str:
    """Return mkdocs-quiz's progress sidebar (desktop and mobile), which quiz.js moves into the theme's TOC."""
    t = {key: html.escape(settings.text(key)) for key in ("Quiz Progress", "Answered:", "Correct:", "Reset")}
    return _SIDEBAR.format(progress=t["Quiz Progress"], answered=t["Answered:"], correct=t["Correct:"],
                           reset=t["Reset"])


def settings_script(settings: QuizSettings, config: dict) -> str:
    """Return the script that gives quiz.js its texts and options (mkdocs-quiz inlines it in every page)."""
    return (f"window.mkdocsQuizTranslations = {json.dumps(settings.texts, ensure_ascii=False)};\n"
            f"window.mkdocsQuizConfig = {json.dumps(config)};\n{_SIDEBAR_STATE}")


# The progress sidebar as mkdocs-quiz's quiz.js expects it: hidden by an inline display: none that it
# clears to show it. Runs before quiz.js, at the end of <body> (the sidebar is in the page by then).
_SIDEBAR_STATE = """(function () {
  ["quiz-progress-sidebar", "quiz-progress-mobile"].forEach(function (id) {
    var part = document.getElementById(id);
    if (part && part.hidden) {
      part.style.display = "none";
      part.hidden = false;
    }
  });
})();
"""


_SIDEBAR = """
<div id="quiz-progress-sidebar" role="region" aria-label="{progress}" hidden>
<!-- mkdocs-quiz progress sidebar (desktop) -->
<label class="md-nav__title">
<span class="md-nav__icon md-icon"></span>
{progress}
</label>
<ul class="md-nav__list" data-md-component="quiz-progress">
<li class="md-nav__item">
<div class="md-nav__link">
<span class="md-ellipsis">
{answered} <span class="quiz-progress-answered">0</span> / <span class="quiz-progress-total">0</span> \
(<span class="quiz-progress-answered-percentage">0%</span>)
</span>
</div>
</li>
<li class="md-nav__item">
<div class="md-nav__link">
<div class="quiz-progress-bar">
<div class="quiz-progress-bar-incorrect"></div>
<div class="quiz-progress-bar-correct"></div>
</div>
</div>
</li>
<li class="md-nav__item">
<div class="md-nav__link quiz-correct-reset">
<span class="md-ellipsis">
{correct} <span class="quiz-progress-score">0</span> / <span class="quiz-progress-score-total">0</span> \
(<span class="quiz-progress-score-percentage">0%</span>)
</span>
<a href="#" class="quiz-reset-all-link">
{reset}
</a>
</div>
</li>
</ul>
</div>
<nav id="quiz-progress-mobile" class="quiz-progress-mobile md-nav" aria-label="{progress}" hidden>
<!-- mkdocs-quiz progress sidebar (mobile) -->
<div class="quiz-progress-bar">
<div class="quiz-progress-bar-incorrect"></div>
<div class="quiz-progress-bar-correct"></div>
</div>
<div data-md-component="quiz-progress">
<div class="quiz-correct-reset">
<span class="md-ellipsis">
{answered} <span class="quiz-progress-answered">0</span> / <span class="quiz-progress-total">0</span>
</span>
<span class="md-ellipsis">
{correct} <span class="quiz-progress-score">0</span> / <span class="quiz-progress-score-total">0</span>
</span>
<a href="#" class="quiz-reset-all-link">
{reset}
</a>
</div>
</div>
</nav>"""
