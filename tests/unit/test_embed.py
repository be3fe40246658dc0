"""Quiz markers in pages are replaced by their questions, and bad references are reported."""

from swan_course.render.embed import embed_quizzes
from swan_course.render.quiz import QuizSettings

BANK = {"questions": [
    {"id": "een", "type": "fill-in", "question": "Een ___.", "answer": "a", "explanation": "A."},
    {"id": "twee", "type": "fill-in", "question": "Twee ___.", "answer": "b", "explanation": "B."},
]}
SETTINGS = QuizSettings()


def test_whole_bank_and_single_question_markers_embed_questions():
    text, errors, embedded = embed_quizzes("<!-- quiz: b -->\n\n<!-- quiz: b/twee -->", {"b": BANK}, "p.md", SETTINGS)
    assert errors == []
    assert embedded == ["b/een", "b/twee", "b/twee"]
    assert text.count('data-question="b/') == 3 and text.count("questions[1].question") == 2


def test_unknown_bank_and_question_are_reported_with_page_and_line():
    text, errors, _ = embed_quizzes("# T\n\n<!-- quiz: nope -->\n<!-- quiz: b/drie -->", {"b": BANK}, "m/p.md", SETTINGS)
    assert [str(e) for e in errors] == [
        "m/p.md: line 3: quiz bank 'nope' does not exist: there is no quizzes/nope.yml",
        "m/p.md: line 4: quiz bank 'b' has no question with id 'drie'",
    ]


def test_bank_with_mistakes_is_named_as_such():
    _, errors, _ = embed_quizzes("<!-- quiz: kapot -->", {}, "p.md", SETTINGS, broken={"kapot"})
    assert "quizzes/kapot.yml has mistakes" in errors[0].message


def test_marker_in_code_block_is_left_alone():
    source = "```\n<!-- quiz: b -->\n```"
    text, errors, embedded = embed_quizzes(source, {"b": BANK}, "p.md", SETTINGS)
    assert text == source and errors == [] and embedded == []


def test_indented_marker_keeps_its_indentation():
    text, _, _ = embed_quizzes("    <!-- quiz: b/een -->", {"b": BANK}, "p.md", SETTINGS)
    assert all(line.startswith("    ") for line in text.split("\n") if line)
