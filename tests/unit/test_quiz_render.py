"""Questions become HTML with Markdown inside, converted in the page's own Markdown run."""

import re

import markdown
import pytest

from swan_course.render.quiz import QuizSettings, finish_page, question_markdown, settings_script
from swan_course.render.sanitise import finish

SINGLE = {"id": "niveau", "type": "single", "question": "Welk **niveau** past bij SWAN?",
          "options": [{"text": "Groep *samen*", "correct": True, "feedback": "Ja,\nwant een groep."},
                      {"text": "Individu", "feedback": "Nee."}],
          "explanation": "Uitleg."}
MULTIPLE = {**SINGLE, "type": "multiple", "options": [{**option, "correct": True} for option in SINGLE["options"]]}
FILL_IN = {"id": "x", "type": "fill-in", "question": "Er zijn ___ niveaus.", "answer": " <b>drie</b> ",
           "explanation": "Drie."}
SETTINGS = QuizSettings(auto_submit=False, shuffle_answers=True, texts={"Submit": "Controleer", "Answer": "Antwoord"})


def _html(question: dict, settings: QuizSettings = SETTINGS) -> str:
    """Convert a question as a page would: one Markdown run with md_in_html and abbreviations, then finish it."""
    page = question_markdown("bank", 2, question, settings) + "\n\n*[SWAN]: Sociaal Werk op Alle Niveaus\n"
    html = finish_page(markdown.markdown(page, extensions=["md_in_html", "abbr", "attr_list"]), settings)
    html, errors = finish(html)
    assert errors == []
    return html


def test_inputs_are_named_answer_with_the_option_index_as_value_and_the_correct_one_marked():
    html = _html(SINGLE)
    assert '<input type="radio" name="answer" value="0" id="quiz-bank--niveau-0" data-correct="true">' in html
    assert '<input type="radio" name="answer" value="1" id="quiz-bank--niveau-1">' in html
    assert 'type="checkbox" name="answer" value="1"' in _html(MULTIPLE)


def test_texts_are_markdown_without_the_tooltips_that_could_give_an_answer_away():
    html = _html(SINGLE)
    assert "Welk <strong>niveau</strong> past bij SWAN?" in html and "<abbr" not in html
    assert '<label for="quiz-bank--niveau-0">Groep <em>samen</em></label>' in html
    assert ">Ja, want een groep.</div>" in html


def test_wrapper_and_quiz_carry_stable_ids_from_bank_and_question():
    html = _html(SINGLE)
    assert 'id="vraag-bank-niveau"' in html and 'data-testid="vraag-bank-niveau"' in html
    assert 'data-question="bank/niveau"' in html and 'id="quiz-bank--niveau"' in html


def test_the_form_has_no_script_url_and_no_inline_handler():
    for question in (SINGLE, FILL_IN):
        html = _html(question)
        assert re.search(r'<form [^>]*method="dialog"', html) and "action=" not in html
        assert "javascript:" not in html and "onsubmit" not in html


def test_a_fill_in_never_asks_quiz_js_to_write_the_answer_and_shows_it_as_text():
    html = _html(FILL_IN)
    assert "data-show-correct" not in html and 'data-disable-after-submit="true"' in html
    assert 'data-answer="&lt;b&gt;drie&lt;/b&gt;"' in html and 'aria-label="Antwoord"' in html
    assert '<p class="swan-fill-answer">Het juiste antwoord: <strong>&lt;b&gt;drie&lt;/b&gt;</strong></p>' in html


@pytest.mark.parametrize("fixed, shuffled", [(False, True), (True, False)])
def test_options_are_shuffled_unless_their_order_is_fixed(fixed, shuffled):
    assert ('data-shuffle-answers="true"' in _html({**SINGLE, "volgorde_vast": fixed})) == shuffled


def test_html_in_yaml_text_shows_as_text():
    html = _html({**SINGLE, "question": "Is 3 < 4 en <img src=x onerror=alert(1)>?"})
    assert "3 &lt; 4 en &lt;img src=x onerror=alert(1)&gt;?" in html and "<img" not in html


def test_every_text_is_marked_with_its_file_and_field():
    page = question_markdown("bank", 2, SINGLE, SETTINGS)
    for field in ("question", "options[0].text", "options[0].feedback", "options[1].text", "explanation"):
        assert f"<!-- swan-text quizzes/bank.yml questions[2].{field} -->" in page


def test_auto_submit_hides_the_button_of_a_single_choice_question_only():
    settings = QuizSettings(auto_submit=True)
    assert 'data-auto-submit="true"' in _html(SINGLE, settings) and 'type="submit"' not in _html(SINGLE, settings)
    assert 'type="submit"' in _html(MULTIPLE, settings)


def test_a_page_can_set_its_own_quiz_options():
    page = SETTINGS.for_page({"quiz": {"shuffle_answers": False, "enabled": True}})
    assert (page.shuffle_answers, page.show_correct) == (False, True)
    assert SETTINGS.for_page({}) is SETTINGS


def test_finishing_a_page_unwraps_the_permalinks_and_adds_the_progress_region():
    html = _html(SINGLE, QuizSettings(texts={"Quiz Progress": "Voortgang vragen"}))
    assert '<p><a href="#quiz-bank--niveau"' not in html
    assert '<a href="#quiz-bank--niveau" class="quiz-header-link" aria-label="Link naar deze vraag" ' in html
    assert '<div id="quiz-progress-sidebar" role="region" aria-label="Voortgang vragen"' in html


def test_the_settings_script_gives_quiz_js_its_texts_and_options():
    script = settings_script(QuizSettings(texts={"Submit": "Controleer"}), {"confetti": False})
    assert script.startswith('window.mkdocsQuizTranslations = {"Submit": "Controleer"};\n'
                             'window.mkdocsQuizConfig = {"confetti": false};\n')


def test_the_progress_sidebar_has_no_style_attribute_and_starts_hidden():
    # The Content-Security-Policy ignores style attributes: `hidden` instead, which the settings script
    # turns into the inline display: none (through the CSSOM) that quiz.js clears to show the sidebar.
    html = _html(SINGLE, QuizSettings(texts={"Quiz Progress": "Voortgang vragen"}))
    sidebar = html[html.index('<div id="quiz-progress-sidebar"'):]
    assert "style=" not in sidebar
    assert '<div id="quiz-progress-sidebar" role="region" aria-label="Voortgang vragen" hidden>' in sidebar
    assert 'aria-label="Voortgang vragen" hidden>' in sidebar[sidebar.index('<nav id="quiz-progress-mobile"'):]
    script = settings_script(QuizSettings(), {})
    assert 'part.style.display = "none";' in script and "part.hidden = false;" in script
