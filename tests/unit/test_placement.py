"""Each question is embedded on exactly one page; markers name a bank or one question."""

from swan_course.content.placement import placement_errors, resolve

BANKS = {"b": {"questions": [{"id": "een"}, {"id": "twee"}, {"id": "drie"}]}}


def test_a_question_on_no_page_or_on_two_pages_is_named_with_its_marker():
    errors = placement_errors(BANKS, ["b/een", "b/twee", "b/twee"])
    assert [str(e) for e in errors] == [
        "quizzes/b.yml: questions[1]: question 'twee' is embedded on 2 pages; embed it exactly once with "
        "<!-- quiz: b/twee -->",
        "quizzes/b.yml: questions[2]: question 'drie' is embedded on no page; embed it exactly once with "
        "<!-- quiz: b/drie -->",
    ]


def test_every_question_once_is_no_mistake():
    assert placement_errors(BANKS, ["b/een", "b/twee", "b/drie"]) == []


def test_a_marker_resolves_to_a_bank_or_one_question_or_says_what_is_wrong():
    assert [q["id"] for _, _, q in resolve("b", BANKS, set())[0]] == ["een", "twee", "drie"]
    assert resolve("b/twee", BANKS, set())[0] == [("b", 1, {"id": "twee"})]
    assert resolve("b/vier", BANKS, set())[1] == "quiz bank 'b' has no question with id 'vier'"
    assert resolve("c", BANKS, {"c"})[1] == "quiz bank 'c' is not shown because quizzes/c.yml has mistakes"
