"""Questions are set aside while the search plugin reads a page, and come back unchanged."""

import pytest

from swan_course.mkdocs import quiz_search

QUESTION = ('<div class="swan-question" id="vraag-a-b" data-question="a/b">\n<div class="quiz" id="quiz-a--b">'
            '<div class="quiz-question"><p>Vraag?</p></div><form><fieldset><div><input type="radio">'
            '<label>Optie</label><div class="answer-feedback hidden">Juist.</div></div></fieldset></form>'
            '<section class="content hidden"><p>Uitleg.</p></section></div>\n</div>')


def test_questions_are_set_aside_and_put_back_in_their_places():
    page = f"<h1>Titel</h1><p>Tekst.</p>{QUESTION}<p>Meer tekst.</p>{QUESTION.replace('a/b', 'a/c')}<div>Slot</div>"
    hidden = quiz_search.set_aside(page, "module/pagina.md")
    assert "Vraag?" not in hidden and "Juist." not in hidden and "Uitleg." not in hidden
    assert hidden == ("<h1>Titel</h1><p>Tekst.</p><!-- swan-question-0 --><p>Meer tekst.</p>"
                      "<!-- swan-question-1 --><div>Slot</div>")
    assert quiz_search.put_back(hidden, "module/pagina.md") == page


def test_a_page_without_questions_is_left_alone():
    assert quiz_search.set_aside("<p>Tekst.</p>", "x.md") == "<p>Tekst.</p>"
    assert quiz_search.put_back("<p>Tekst.</p>", "x.md") == "<p>Tekst.</p>"


def test_an_unclosed_wrapper_is_an_error_not_a_lost_page():
    with pytest.raises(ValueError, match="never closed"):
        quiz_search.set_aside(QUESTION[:-6], "x.md")
