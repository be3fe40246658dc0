"""The built eindtoets: every pool item in the page, no answer in it or in the search index, all in the key."""

import json

import yaml

from helpers import ROOT


def _pool() -> list[dict]:
    return yaml.safe_load((ROOT / "quizzes" / "eindtoets.yml").read_text(encoding="utf-8"))["questions"]


def test_the_page_holds_every_item_and_no_answer(course_site):
    page = (course_site / "eindtoets" / "index.html").read_text(encoding="utf-8")
    assert "data-correct" not in page and "data-answer" not in page
    for question in _pool():
        assert f'data-item="{question["id"]}"' in page
        first_line = question["explanation"].strip().splitlines()[0][:60]
        assert first_line not in page, f"{question['id']}: its explanation is in the page"
        if question["type"] == "fill-in":
            assert f'value="{question["answer"]}"' not in page


def test_the_key_has_every_item_and_search_has_none(course_site):
    key_text = (course_site / "assets" / "eindtoets-sleutel.js").read_text(encoding="utf-8")
    key = json.loads(key_text[key_text.index("{"):key_text.rindex("}") + 1])["items"]
    pool = _pool()
    assert set(key) == {question["id"] for question in pool}
    docs = json.loads((course_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    indexed = " ".join(doc["text"] for doc in docs if doc["location"].startswith("eindtoets/"))
    assert "Een poging bestaat uit" in indexed, "the page's own text is found"
    for question in pool:
        assert question["question"].strip().splitlines()[0][:50] not in indexed, question["id"]
        for option in question.get("options", []):
            assert option["text"] not in indexed, question["id"]
