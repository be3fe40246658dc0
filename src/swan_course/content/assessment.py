"""What the quizzes test: no answer cues, enough application, an eindtoets pool of its own.

Pure functions over the loaded banks and casussen. The build reports every
problem with its file and field (see check_assessment); the content report
prints the same figures (see bank_figures).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .errors import ContentError

EINDTOETS = "eindtoets"
# The correct option may be the strictly longest in at most this share of a bank's choice
# questions (and of all casus decision points together): learners must not guess by length.
CUE_LIMIT = 0.35
# At least this share of every bank (and of the eindtoets) asks to apply a concept.
APPLICATION_SHARE = 0.5
LEVELS = ("kennis", "begrip", "toepassing")
# Word-trigram Jaccard similarity at or above which an eindtoets item counts as a near-copy
# of a module item. Calibrated on the course: distinct items score below 0.2.
NEAR_COPY = 0.25
POOL_MINIMUM = 60
POOL_PER_LEERDOEL = 2


def longest_is_key(options: list[dict], key: str = "correct") -> bool:
    """Tell whether the strictly longest option (in characters) is a keyed one."""
    lengths = [len(option["text"].strip()) for option in options]
    top = max(lengths)
    return lengths.count(top) == 1 and bool(options[lengths.index(top)].get(key))


def cued_questions(bank: dict) -> tuple[list[int], int]:
    """Return the indexes of choice questions whose longest option is correct, and the number of choice questions."""
    choice = [(i, q) for i, q in enumerate(bank["questions"]) if q["type"] in ("single", "multiple")]
    return [i for i, q in choice if longest_is_key(q["options"])], len(choice)


def cued_decisions(casussen: dict[str, dict]) -> tuple[list[tuple[str, int]], int]:
    """Return (casus id, step index) of decision points whose longest option is the best one, and their number."""
    points = [(cid, i, step["decision"]) for cid, data in sorted(casussen.items())
              for i, step in enumerate(data["steps"]) if "decision" in step]
    return [(cid, i) for cid, i, decision in points if longest_is_key(decision["options"], "best")], len(points)


def levels(bank: dict) -> Counter:
    """Count the questions of a bank per niveau ('-' where a question has none)."""
    return Counter(q.get("niveau", "-") for q in bank["questions"])


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _trigrams(text: str) -> frozenset:
    words = _words(text)
    return frozenset(tuple(words[i:i + 3]) for i in range(len(words) - 2))


def _similarity(first: frozenset, second: frozenset) -> float:
    return len(first & second) / len(first | second) if first and second else 0.0


def _item_text(question: dict) -> str:
    return " ".join([question["question"], *(o["text"] for o in question.get("options", [])),
                     question.get("answer", "")])


@dataclass(frozen=True)
class NearCopy:
    index: int
    question: str
    other: str
    score: float


def near_copies(banks: dict[str, dict]) -> list[NearCopy]:
    """Find eindtoets items worded like a module item: the stem or the whole item alike."""
    if EINDTOETS not in banks:
        return []
    module_items = [(f"{bank_id}/{q['id']}", _trigrams(q["question"]), _trigrams(_item_text(q)))
                    for bank_id, bank in sorted(banks.items()) if bank_id != EINDTOETS for q in bank["questions"]]
    found = []
    for index, question in enumerate(banks[EINDTOETS]["questions"]):
        stem, whole = _trigrams(question["question"]), _trigrams(_item_text(question))
        scores = [(max(_similarity(stem, s), _similarity(whole, w)), ref) for ref, s, w in module_items]
        score, ref = max(scores, default=(0.0, ""))
        if score >= NEAR_COPY:
            found.append(NearCopy(index, question["id"], ref, round(score, 2)))
    return found


def check_assessment(banks: dict[str, dict], casussen: dict[str, dict],
                     leerdoelen: list[str] | None = None) -> list[ContentError]:
    """Find answer cues, too little application, near-copies and a thin eindtoets pool."""
    errors = []
    for bank_id, bank in sorted(banks.items()):
        errors += _cue_errors(bank_id, bank) + _level_errors(bank_id, bank)
    errors += _decision_errors(casussen)
    errors += [ContentError(f"quizzes/{EINDTOETS}.yml", f"questions[{c.index}].question",
                            f"'{c.question}' is worded like the module question {c.other} (similarity {c.score:.2f}); "
                            "the eindtoets needs situations and wording of its own") for c in near_copies(banks)]
    if EINDTOETS in banks and leerdoelen is not None:
        errors += _pool_errors(banks[EINDTOETS], leerdoelen)
    return errors


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({round(100 * part / whole)} %)"


def _cue_errors(bank_id: str, bank: dict) -> list[ContentError]:
    cued, total = cued_questions(bank)
    if not total or len(cued) / total <= CUE_LIMIT:
        return []
    ids = ", ".join(bank["questions"][i]["id"] for i in cued)
    return [ContentError(f"quizzes/{bank_id}.yml", "questions",
                         f"the correct option is the strictly longest in {_share(len(cued), total)} choice questions; "
                         f"at most {round(100 * CUE_LIMIT)} % is allowed, so that nobody can guess by length. "
                         f"Rewrite options of: {ids}")]


def _level_errors(bank_id: str, bank: dict) -> list[ContentError]:
    counts, total = levels(bank), len(bank["questions"])
    if counts["toepassing"] / total >= APPLICATION_SHARE:
        return []
    return [ContentError(f"quizzes/{bank_id}.yml", "questions",
                         f"{_share(counts['toepassing'], total)} questions ask the learner to apply a concept "
                         f"(niveau: toepassing); at least {round(100 * APPLICATION_SHARE)} % should")]


def _decision_errors(casussen: dict[str, dict]) -> list[ContentError]:
    cued, total = cued_decisions(casussen)
    if not total or len(cued) / total <= CUE_LIMIT:
        return []
    where = ", ".join(f"casussen/{cid}.yml steps[{i}]" for cid, i in cued)
    return [ContentError("casussen", "steps[].decision.options",
                         f"the best option is the strictly longest in {_share(len(cued), total)} decision points; "
                         f"at most {round(100 * CUE_LIMIT)} % is allowed. Rewrite options of: {where}")]


def _pool_errors(pool: dict, leerdoelen: list[str]) -> list[ContentError]:
    name, questions = f"quizzes/{EINDTOETS}.yml", pool["questions"]
    errors = []
    if len(questions) < POOL_MINIMUM:
        errors.append(ContentError(name, "questions", f"the eindtoets pool has {len(questions)} questions; "
                                                      f"it needs at least {POOL_MINIMUM}"))
    errors += [ContentError(name, f"questions[{i}].leerdoel", "every eindtoets question names the leerdoel it tests")
               for i, q in enumerate(questions) if not q.get("leerdoel")]
    counts = Counter(q.get("leerdoel") for q in questions)
    thin = [f"{goal} ({counts[goal]})" for goal in leerdoelen if counts[goal] < POOL_PER_LEERDOEL]
    if thin:
        errors.append(ContentError(name, "questions", f"every leerdoel needs at least {POOL_PER_LEERDOEL} eindtoets "
                                                      f"questions, so that a retake can draw a fresh one: {', '.join(thin)}"))
    return errors


@dataclass
class BankFigures:
    bank: str
    questions: int
    choice: int
    cued: int
    levels: Counter
    near_copies: int


def bank_figures(banks: dict[str, dict]) -> list[BankFigures]:
    """Return the assessment figures per bank for the content report."""
    copies = len(near_copies(banks))
    rows = []
    for bank_id, bank in sorted(banks.items()):
        cued, choice = cued_questions(bank)
        rows.append(BankFigures(bank_id, len(bank["questions"]), choice, len(cued), levels(bank),
                                copies if bank_id == EINDTOETS else 0))
    return rows
