"""The eindtoets page holds the pool without answers; the answer key is a separate script."""

import json

from swan_course.render.exam import ExamSettings, embed, exam_markdown, key_script

POOL = {"title": "Eindtoets", "questions": [
    {"id": "keuze", "type": "single", "niveau": "toepassing", "leerdoel": "a", "question": "Wat doet Noor?",
     "options": [{"text": "Ze belt", "feedback": "Nee, dat is te snel.", "correct": False},
                 {"text": "Ze vraagt toestemming", "feedback": "Ja, eerst toestemming.", "correct": True}],
     "explanation": "Eerst toestemming vragen."},
    {"id": "stappen", "type": "single", "niveau": "kennis", "leerdoel": "b", "question": "Welke stap eerst?",
     "volgorde_vast": True,
     "options": [{"text": "Stap 1", "feedback": "Ja.", "correct": True}, {"text": "Stap 2", "feedback": "Nee."}],
     "explanation": "Stap 1 eerst."},
    {"id": "invul", "type": "fill-in", "niveau": "kennis", "leerdoel": "b", "question": "Het heet ___.",
     "answer": "zwijgplicht", "explanation": "De zwijgplicht."}]}
SETTINGS = ExamSettings(draw=2, cesuur=70)


def test_the_page_has_every_item_and_nothing_that_gives_an_answer_away():
    page = exam_markdown(POOL, SETTINGS)
    assert page.count('class="swan-exam__item"') == 3 and 'data-draw="2"' in page and 'data-cesuur="70"' in page
    for secret in ("correct", "Ja, eerst toestemming", "Eerst toestemming vragen", "zwijgplicht", "Stap 1 eerst"):
        assert secret not in page


def test_options_are_shuffled_per_attempt_unless_their_order_means_something():
    page = exam_markdown(POOL, SETTINGS)
    assert 'id="toets-keuze" data-item="keuze" data-leerdoel="a" data-type="single" data-shuffle' in page
    assert 'data-item="stappen" data-leerdoel="b" data-type="single" data-testid' in page


def test_the_key_names_what_is_right_with_the_feedback_and_explanation_as_html():
    text = key_script(POOL)
    key = json.loads(text[text.index("{"):text.rindex("}") + 1])["items"]
    assert key["keuze"]["correct"] == [1] and key["keuze"]["leerdoel"] == "a"
    assert key["keuze"]["feedback"] == ["<p>Nee, dat is te snel.</p>", "<p>Ja, eerst toestemming.</p>"]
    assert key["invul"] == {"type": "fill-in", "leerdoel": "b", "answer": "zwijgplicht", "correct": [],
                            "explanation": "<p>De zwijgplicht.</p>"}


def test_html_in_the_pool_is_text_in_the_page_and_in_the_key():
    pool = json.loads(json.dumps(POOL))
    pool["questions"][0]["explanation"] = "<img src=x onerror=alert(1)> uitleg"
    text = key_script(pool)
    assert "<img" not in text and "&lt;img" in text


def test_the_marker_becomes_the_exam_and_names_the_items_it_holds():
    page, refs = embed("# Eindtoets\n\n<!-- eindtoets -->\n", POOL, SETTINGS)
    assert 'data-testid="swan-exam"' in page and "<!-- eindtoets -->" not in page
    assert refs == ["eindtoets/keuze", "eindtoets/stappen", "eindtoets/invul"]
    assert embed("# Zonder toets\n", POOL, SETTINGS) == ("# Zonder toets\n", [])
