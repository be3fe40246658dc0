"""Nothing a learner types or an import file brings ever runs as script (issue 12.1).

mkdocs-quiz's quiz.js writes a wrong fill-in answer into the page as HTML when it
shows the correct answer next to it. Each way in carries a payload that would set
a flag and open a dialog; neither may happen. (The LMS way in: test_scorm_trust.py.)
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from learner import answer_question, blanks, feedback, fill_in_question, import_progress, progress_file, question

PRIVACY = "introductie/voortgang-en-privacy/"
PAYLOADS = ['<img src=x onerror="window.__pwned=1;alert(1)">',
            '"><svg onload="window.__pwned=2;alert(2)">']


@pytest.fixture()
def fill_in(course_site):
    return fill_in_question(course_site)


@pytest.fixture()
def dialogs(page):
    seen = []
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))
    return seen


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_typed_fill_in_answer_stays_text(page, fill_in, dialogs, payload):
    path, ref = fill_in
    page.goto(path)
    answer_question(question(page, ref), text=payload)
    expect(feedback(question(page, ref))).to_contain_text("Niet goed")
    page.reload()
    expect(feedback(question(page, ref))).to_be_visible()
    expect(blanks(question(page, ref)).first).to_have_value(payload)
    assert page.locator("[data-question] img, [data-question] svg").count() == 0
    assert page.evaluate("window.__pwned") is None and dialogs == []


def test_an_imported_answer_stays_text(page, fill_in, dialogs, tmp_path):
    path, ref = fill_in
    page.goto(PRIVACY)
    # The checksum is easy to recompute; the file is otherwise a valid file of the previous release.
    import_progress(page, tmp_path, progress_file({f"vraag:{ref}": {"correct": False, "antwoord": PAYLOADS}}))
    expect(page.get_by_test_id("swan-import-message")).to_have_text("Je voortgang is teruggezet.")
    page.goto(path)
    expect(feedback(question(page, ref))).to_be_visible()
    expect(blanks(question(page, ref)).first).to_have_value(PAYLOADS[0])
    assert page.locator("[data-question] img, [data-question] svg").count() == 0
    assert page.evaluate("window.__pwned") is None and dialogs == []
