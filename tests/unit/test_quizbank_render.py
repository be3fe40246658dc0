"""Quiz questions become mkdocs-quiz blocks with stable ids and escaped text."""

from swan_course.render.quiz import render_question

SINGLE = {"id": "niveau", "type": "single", "question": "Welk **niveau**?",
          "options": [{"text": "Groep", "correct": True, "feedback": "Ja,\nwant een groep."},
                      {"text": "Individu", "feedback": "Nee."}],
          "explanation": "Uitleg."}


def test_choice_question_marks_correct_option_and_keeps_feedback_per_option():
    block = render_question("bank", SINGLE)
    assert "- [x] Groep\n    > Ja, want een groep." in block
    assert "- [ ] Individu\n    > Nee." in block
    assert block.rstrip().endswith("Uitleg.\n</quiz>\n</div>")


def test_question_wrapper_carries_bank_and_question_id():
    block = render_question("bank", SINGLE)
    assert 'id="vraag-bank-niveau"' in block and 'data-testid="vraag-bank-niveau"' in block


def test_fill_in_blank_becomes_answer_slot_and_explanation_follows_rule():
    block = render_question("bank", {"id": "x", "type": "fill-in", "question": "Er zijn ___ niveaus.",
                                     "answer": " drie ", "explanation": "Drie."})
    assert "Er zijn [[drie]] niveaus.\n\n---\n\nDrie." in block


def test_html_in_text_is_escaped_and_double_brackets_stay_text():
    question = dict(SINGLE, question="Is 3 < 4 en [[geen]] invulvak?")
    block = render_question("bank", question)
    assert "3 &lt; 4" in block and "[\\[geen]]" in block
