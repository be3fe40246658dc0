"""The gespreksleidraad: one data file, checked, rendered into a page with fields and a kaartenset."""

import copy
import html
import re
from pathlib import Path

import pytest
import yaml

from helpers import ROOT
from swan_course.content import leidraad as leidraad_data
from swan_course.render import leidraad
from swan_course.content.schemas import choices

DATA, ERRORS = leidraad_data.load(ROOT)


def questions(data):
    return [q for item in data["rounds"] for q in item["questions"]]


def write(tmp_path, data) -> Path:
    (tmp_path / leidraad_data.FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


def test_real_leidraad_loads_without_mistakes():
    assert ERRORS == [] and DATA is not None
    assert sum(item["minutes"] for item in DATA["rounds"]) == DATA["session_minutes"] == 20


def test_a_course_without_leidraad_has_nothing_to_render(tmp_path):
    assert leidraad_data.load(tmp_path) == (None, [])


def test_minutes_must_add_up_to_the_session(tmp_path):
    data = copy.deepcopy(DATA)
    data["rounds"][0]["minutes"] += 5
    _, errors = leidraad_data.load(write(tmp_path, data))
    assert [str(e) for e in errors] == ["gespreksleidraad.yml: rounds: the minutes of the rounds add up to 25; "
                                       "make them add up to session_minutes (20)"]


def test_duplicate_question_id_and_missing_part_are_named(tmp_path):
    data = copy.deepcopy(DATA)
    last = data["rounds"][-1]["questions"]
    last[1]["id"] = data["rounds"][0]["questions"][0]["id"]
    del last[2]["part"]
    data_file = write(tmp_path, data)
    messages = [str(e) for e in leidraad_data.load(data_file)[1]]
    assert any(m.startswith("gespreksleidraad.yml: rounds[2].questions[1].id: duplicate id") for m in messages)
    assert any("give exactly one question part: wat" in m for m in messages)


def test_each_checklist_exactly_once(tmp_path):
    data = copy.deepcopy(DATA)
    data["rounds"][1]["checklist"]["tag"] = "conditions"
    messages = [str(e) for e in leidraad_data.load(write(tmp_path, data))[1]]
    assert any("checklist with tag: conditions; found 2" in m for m in messages)
    assert any("checklist with tag: levels; found 0" in m for m in messages)


def test_schema_mistakes_name_the_field(tmp_path):
    data = copy.deepcopy(DATA)
    data["rounds"][0]["questions"][0]["part"] = "waarom"
    del data["rounds"][1]["hoofdvraag"]
    messages = [str(e) for e in leidraad_data.load(write(tmp_path, data))[1]]
    assert "gespreksleidraad.yml: rounds[1].hoofdvraag: this field is missing" in messages
    assert any(m.startswith("gespreksleidraad.yml: rounds[0].questions[0].part: 'waarom' is not allowed") for m in messages)


def test_raw_html_in_a_question_shows_as_text():
    data = copy.deepcopy(DATA)
    data["rounds"][0]["questions"][0]["text"] = "Wat <script>alert(1)</script> speelt er?"
    assert "Wat &lt;script&gt;alert(1)&lt;/script&gt; speelt er?" in leidraad.render_page(data)


def test_page_has_a_labelled_field_per_question_stored_under_leidraad():
    page = leidraad.render_page(DATA)
    for question in questions(DATA):
        qid = question["id"]
        assert f'<label for="vraag-{qid}">' in page
        assert f'<textarea id="vraag-{qid}" rows="3" data-key="leidraad:{qid}"' in page
    assert page.count("<textarea") == len(questions(DATA))


def test_page_marks_the_five_parts_in_order():
    page = leidraad.render_page(DATA)
    parts = re.findall(r'data-part="(\w+)" data-part-label="([^"]+)" data-part-order="(\d)"', page)
    assert sorted(parts, key=lambda p: p[2]) == [("waartoe", "Waartoe", "0"), ("wat", "Wat", "1"),
                                                 ("met_wie", "Met wie", "2"), ("volgorde", "In welke volgorde", "3"),
                                                 ("afweging", "Op grond van welke afweging", "4")]


def test_checkboxes_use_the_casus_schema_labels():
    page = leidraad.render_page(DATA)
    for tag in ("conditions", "levels"):
        for value, label in choices("casus", tag).items():
            assert f'data-key="leidraad:check:{tag}:{value}" data-label="{label}"' in page
            assert f'<label for="check-{tag}-{value}">{label}</label>' in page


def test_page_says_these_are_own_questions_and_has_timer_summary_and_erase():
    page = leidraad.render_page(DATA)
    assert "Eigen vragen van deze cursus" in page and "niet de teksten van de originele kaartenset" in page
    assert page.count('class="swan-timer"') == len(DATA["rounds"])
    assert "Start de timer (6 minuten)" in page
    for action in ("print", "copy", "download-txt", "download-md"):
        assert f'data-action="{action}"' in page
    assert "Wis alle aantekeningen" in page


def test_cards_are_intro_rounds_checklists_and_questions_four_to_a_sheet():
    cards = leidraad.cards(DATA)
    assert len(cards) == 1 + len(DATA["rounds"]) + 2 + len(questions(DATA))
    assert [card["kind"] for card in cards[:4]] == ["intro", "round", "checklist", "question"]
    sheets = leidraad.sheets(cards)
    assert [len(sheet) for sheet in sheets[:-1]] == [4] * (len(sheets) - 1) and 1 <= len(sheets[-1]) <= 4


def test_kaartenset_page_renders_every_question_on_a_sheet():
    page = leidraad.render_cards(DATA)
    sheets = leidraad.sheets(leidraad.cards(DATA))
    assert page.count('class="swan-sheet"') == len(sheets)
    assert page.count('class="swan-card ') == len(leidraad.cards(DATA))
    for question in questions(DATA):
        assert f'<p class="swan-card__question">{html.escape(question["text"])}</p>' in page
    assert page.count("swan-sheet__mark--") == 4 * len(sheets)


@pytest.mark.parametrize("text", ["<img src=x onerror=alert(1)>", "a & b \"c\""])
def test_text_on_cards_and_page_is_escaped(text):
    data = copy.deepcopy(DATA)
    data["rounds"][0]["questions"][0]["text"] = text
    data["rounds"][0]["hoofdvraag"] = text
    assert "<img" not in leidraad.render_cards(data) and "<img" not in leidraad.render_page(data)
