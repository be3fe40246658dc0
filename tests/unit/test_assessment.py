"""What the quizzes test: answer cues, application share, near-copies in the eindtoets, the pool."""

from swan_course.content.assessment import check_assessment, cued_questions, longest_is_key, near_copies


def _option(text, correct=False):
    return {"text": text, "correct": correct, "feedback": "Uitleg."}


def _question(qid, correct_text, wrong_texts, niveau="toepassing", leerdoel="a", question=None):
    options = [_option(correct_text, True)] + [_option(text) for text in wrong_texts]
    return {"id": qid, "type": "single", "niveau": niveau, "leerdoel": leerdoel,
            "question": question or f"Wat doet Noor bij situatie {qid}?", "options": options, "explanation": "X."}


def _bank(*questions):
    return {"title": "Bank", "questions": list(questions)}


def test_only_a_strictly_longest_correct_option_is_a_cue():
    assert longest_is_key([_option("lang en juist", True), _option("kort")])
    assert not longest_is_key([_option("kort", True), _option("lang en fout")])
    assert not longest_is_key([_option("even", True), _option("lang")]), "a tie gives nothing away"


def test_a_bank_where_length_gives_the_answer_away_is_reported_with_its_items():
    cued = [_question(f"q{n}", "het lange juiste antwoord", ["kort", "ook kort"]) for n in range(2)]
    fair = [_question(f"f{n}", "kort", ["een lang fout antwoord", "nog een"]) for n in range(3)]
    errors = check_assessment({"bank": _bank(*cued, *fair)}, {})
    assert [str(e) for e in errors] == [
        "quizzes/bank.yml: questions: the correct option is the strictly longest in 2 of 5 (40 %) choice questions; "
        "at most 35 % is allowed, so that nobody can guess by length. Rewrite options of: q0, q1"]
    assert cued_questions(_bank(*cued, *fair)) == ([0, 1], 5)


def test_a_bank_needs_half_of_its_questions_to_apply():
    questions = [_question("a", "kort", ["langer fout"], niveau="kennis"),
                 _question("b", "kort", ["langer fout"], niveau="begrip"),
                 _question("c", "kort", ["langer fout"])]
    errors = check_assessment({"bank": _bank(*questions)}, {})
    assert [e.message for e in errors] == [
        "1 of 3 (33 %) questions ask the learner to apply a concept (niveau: toepassing); at least 50 % should"]
    assert check_assessment({"bank": _bank(*questions[1:])}, {}) == []


def test_casus_decisions_are_counted_together():
    def casus(best_text):
        options = [{"text": best_text, "best": True, "feedback": "."}, {"text": "middel lang", "feedback": "."}]
        return {"steps": [{"id": "s", "decision": {"question": "?", "options": options}}]}
    errors = check_assessment({}, {"een": casus("het langste en beste"), "twee": casus("kort")})
    assert [e.file for e in errors] == ["casussen"]
    assert "casussen/een.yml steps[0]" in errors[0].message and "twee" not in errors[0].message
    assert check_assessment({}, {"een": casus("kort"), "twee": casus("kort"), "drie": casus("het lange beste")}) == []


def test_an_eindtoets_item_worded_like_a_module_item_is_a_near_copy():
    stem = "Sanne werkt in een wijkteam en ziet drie gezinnen met dezelfde brief van de gemeente. Wat doet ze eerst?"
    module = _bank(_question("brief", "kort", ["langer fout"], question=stem))
    copied = _question("kopie", "kort", ["langer fout"], question=stem.replace("Sanne", "Fleur"))
    own = _question("eigen", "kort", ["langer fout"], question="Een buurtbewoner vraagt om een speelplek. Wie nodig je uit?")
    found = near_copies({"module": module, "eindtoets": _bank(copied, own)})
    assert [(c.index, c.question, c.other) for c in found] == [(0, "kopie", "module/brief")]


def test_the_pool_needs_sixty_questions_and_two_per_leerdoel():
    pool = _bank(*[_question(f"q{n}", "kort", ["langer fout"], leerdoel="a") for n in range(3)])
    messages = [e.message for e in check_assessment({"eindtoets": pool}, {}, leerdoelen=["a", "b"])]
    assert messages == ["the eindtoets pool has 3 questions; it needs at least 60",
                        "every leerdoel needs at least 2 eindtoets questions, so that a retake can draw a fresh one: b (0)"]
