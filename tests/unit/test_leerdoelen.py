"""Leerdoelen coverage: counted over all banks, duplicate ids and hidden banks handled."""

from swan_course.content.leerdoelen import check_coverage, coverage
from swan_course.content.modules import Module, Page


def _module(module_id, *goal_ids):
    meta = {"studietijd": 10, "leerdoelen": [{"id": g, "tekst": f"Doel {g}."} for g in goal_ids]}
    return Module(module_id, Page(f"{module_id}/index.md", meta, ""))


def _bank(*goal_ids):
    return {"title": "Bank", "questions": [{"id": f"q{n}", "leerdoel": g} for n, g in enumerate(goal_ids)]}


def test_questions_of_all_banks_count_together():
    modules = [_module("een", "a", "b")]
    banks = {"module": _bank("a", "b"), "eindtoets": _bank("a", "b")}
    assert check_coverage(modules, banks) == []
    assert coverage(modules, banks) == {"een": [("a", "Doel a.", 2), ("b", "Doel b.", 2)]}


def test_leerdoel_declared_twice_is_reported_at_the_second_place():
    modules = [_module("een", "a"), _module("twee", "b", "a")]
    errors = [str(e) for e in check_coverage(modules, {"bank": _bank("a", "a", "b", "b")})]
    assert errors == ["twee/index.md: leerdoelen[1].id: leerdoel id 'a' is also declared in een/index.md; "
                      "give every leerdoel its own id"]


def test_too_few_is_not_reported_while_a_bank_is_unreadable():
    modules = [_module("een", "a")]
    assert check_coverage(modules, {}, complete=False) == []
    assert [e.field for e in check_coverage(modules, {})] == ["leerdoelen[0].id"]


def test_question_without_leerdoel_is_allowed_and_not_counted():
    modules = [_module("een", "a")]
    banks = {"bank": {"title": "B", "questions": [{"id": "x"}, {"id": "y", "leerdoel": "a"}]}}
    assert [e.message.split(";")[0] for e in check_coverage(modules, banks)] == [
        "leerdoel 'a' is tested by 1 quiz question(s)"]
