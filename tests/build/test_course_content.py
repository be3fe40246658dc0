"""Content checks on the real course: each background module and its quiz bank is complete.

Derived from the page structure the modules share: an index.md with leerdoelen and
studietijd in front matter, 3-7 content pages, and a closing page with
## Reflectievragen, ## Kernpunten and ## Bronnen.
"""

import re
from collections import Counter

import pytest
import yaml

from helpers import ROOT
from swan_course.content.placement import MARKER
from swan_course.content.modules import load_modules
from swan_course.content.nav import nav_paths
from swan_course.content.readability import module_stats

BACKGROUND = ["drie-niveaus", "sociale-kwaliteit", "besluitvorming", "signaleren"]
MODULES = {module.id: module for module in load_modules(ROOT / "docs")}
NAV = nav_paths(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])
BANKS = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in (ROOT / "quizzes").glob("*.yml")}
# Author(s) (a date with a year, or z.j.). Title ...: enough to find the source again.
REFERENCE = re.compile(r"^- (?P<author>\S.*?) \((?P<date>[^()]*(?:\d{4}|z\.j\.)[^()]*)\)\.? (?P<title>\S.*\S)$")
WEB_ADDRESS = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}/[^\s),;]*")
READING_WORDS_PER_MINUTE = 200


def _section(module, title: str) -> list[str]:
    """Return the lines of the first '## title' section found in the module's pages."""
    for page in module.all_pages:
        match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", page.body, re.MULTILINE | re.DOTALL)
        if match:
            return [line for line in match.group(1).strip().splitlines() if line.strip()]
    return []


def _items(lines: list[str]) -> list[str]:
    return [line for line in lines if re.match(r"^(-|\d+\.) \S", line)]


def _embedded_questions(module) -> list[dict]:
    found = []
    for page in module.all_pages:
        for line in page.body.splitlines():
            if match := MARKER.match(line):
                bank_id, _, question_id = match["ref"].partition("/")
                found += [q for q in BANKS[bank_id]["questions"] if not question_id or q["id"] == question_id]
    return found


@pytest.fixture(params=BACKGROUND)
def module(request):
    assert request.param in MODULES, f"docs/{request.param}/index.md has no studietijd or leerdoelen"
    return MODULES[request.param]


def test_module_declares_leerdoelen(module):
    goals = module.leerdoelen
    assert len(goals) >= 3, module.id
    assert all(goal["tekst"].startswith("Je ") and goal["tekst"].endswith(".") for goal in goals), goals
    prefixes = {goal["id"].split("-")[0] for goal in goals}
    assert len(prefixes) == 1, f"leerdoel ids of {module.id} share one prefix: {prefixes}"


def test_studietijd_covers_reading_and_questions(module):
    minutes = module.studietijd
    assert minutes is not None, f"{module.id}: studietijd missing or not a whole number"
    reading = module_stats(module).words / READING_WORDS_PER_MINUTE
    questions = len(_embedded_questions(module))
    assert reading + questions <= minutes <= 240, (module.id, minutes, reading, questions)


def test_module_has_three_to_six_pages_all_in_the_nav(module):
    assert 3 <= len(module.pages) <= 7, [page.path for page in module.pages]
    missing = [page.path for page in module.all_pages if page.path not in NAV]
    assert not missing, f"pages not in the nav of mkdocs.yml: {missing}"


def test_module_has_kernpunten(module):
    points = _items(_section(module, "Kernpunten"))
    assert len(points) >= 4, f"{module.id}: a '## Kernpunten' section with at least 4 points"


def test_module_has_reflection_questions(module):
    questions = _items(_section(module, "Reflectievragen"))
    assert len(questions) >= 3, f"{module.id}: a '## Reflectievragen' section with at least 3 questions"
    assert all("?" in question for question in questions), questions


def test_module_bronnen_are_full_references_listed_on_the_bronnen_page(module):
    entries = _items(_section(module, "Bronnen"))
    assert len(entries) >= 3, f"{module.id}: a '## Bronnen' section with at least 3 references"
    incomplete = [entry for entry in entries if not REFERENCE.match(entry)
                  or len(REFERENCE.match(entry)["title"].split()) < 2]
    assert not incomplete, f"{module.id}: references need author (date). title: {incomplete}"
    general = (ROOT / "docs" / "bronnen.md").read_text(encoding="utf-8")
    unlisted = [address for entry in entries for address in WEB_ADDRESS.findall(entry)
                if address.rstrip("./") not in general]
    assert not unlisted, f"{module.id}: sources missing from docs/bronnen.md: {unlisted}"


def test_module_has_enough_course_text(module):
    assert module_stats(module).words >= 1500, module.id


def test_questions_on_module_pages_test_its_own_leerdoelen(module):
    own = {goal["id"] for goal in module.leerdoelen}
    questions = _embedded_questions(module)
    assert len(questions) >= 12
    strays = [q["id"] for q in questions if q.get("leerdoel") not in own]
    assert not strays, f"{module.id}: questions on its pages test another module's leerdoel: {strays}"
    assert own == {q["leerdoel"] for q in questions}, "every leerdoel is tested on the module's own pages"


@pytest.mark.parametrize("bank_id", BACKGROUND)
def test_bank_has_twelve_questions_of_all_three_types(bank_id):
    types = Counter(question["type"] for question in BANKS[bank_id]["questions"])
    assert sum(types.values()) >= 12, types
    assert set(types) == {"single", "multiple", "fill-in"}, types


@pytest.mark.parametrize("bank_id", sorted(BANKS))
def test_every_option_has_explaining_feedback_and_every_question_an_explanation(bank_id):
    for question in BANKS[bank_id]["questions"]:
        assert len(question.get("explanation", "").split()) >= 5, question["id"]
        for option in question.get("options", []):
            feedback = option.get("feedback", "").strip()
            assert len(feedback.split()) >= 3, (question["id"], option["text"])
            assert feedback != option["text"].strip(), question["id"]


@pytest.mark.parametrize("module_id", sorted(MODULES))
def test_readability_average_at_most_fifteen_words_per_sentence(module_id):
    stats = module_stats(MODULES[module_id])
    assert stats.average <= 15, f"{module_id}: {stats.average:.1f} words per sentence (scripts/readability)"
    assert stats.sentences > 0
