"""What the LMS hears about completion and the eindtoets: one rule for SCORM 1.2 and 2004 (README, "SCORM").

completed = every module done; passed / failed = completed and the best eindtoets
handed in during this LMS session at or above / below the cesuur; before that
1.2 says incomplete and 2004 incomplete with success unknown; the score of this
session's eindtoets is sent as soon as there is one. A result from an import, from
outside the LMS or from an earlier session is never reported.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from learner import import_progress, progress_file
from lms import EDITIONS, Launch

PRIVACY = "introductie/voortgang-en-privacy.html"


def no_score(launch) -> bool:
    return launch.value("raw") == ""


@pytest.mark.parametrize("edition", EDITIONS)
def test_an_eindtoets_before_the_modules_are_done_reports_its_score_and_no_result(lms, browser, edition):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    summary = launch.take_eindtoets(correct=3)
    score = summary["eindtoets"]["score"]
    assert summary["eindtoets"]["passed"] is False and 0 < score < 70
    launch.wait_for("raw", str(score))
    assert launch.value("status") == "incomplete"
    if edition == "scorm12":
        assert launch.cmi()["core"]["score"]["max"] == "100"
    else:
        assert launch.value("success_status") == "unknown"
        assert float(launch.cmi()["score"]["scaled"]) == pytest.approx(score / 100)
    launch.close()
    assert launch.errors == [] and launch.outside == []
    context.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_whole_course_is_failed_then_passed_and_a_relaunch_keeps_the_pass(lms, browser, edition):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    launch.work_through_modules()
    launch.wait_for("status", "completed")

    # Completed, and the eindtoets handed in below the cesuur: failed, in both editions.
    failed = launch.take_eindtoets(correct=3)["eindtoets"]["score"]
    launch.wait_for("raw", str(failed))
    if edition == "scorm12":
        launch.wait_for("status", "failed")
    else:
        launch.wait_for("success_status", "failed")
        assert launch.value("status") == "completed"

    # A retake at 100%: passed, with the best score of this session.
    summary = launch.take_eindtoets(again=True)
    assert summary["complete"] is True and summary["eindtoets"] == {"score": 100, "passed": True}
    launch.wait_for("raw", "100")
    if edition == "scorm12":
        launch.wait_for("status", "passed")
    else:
        launch.wait_for("success_status", "passed")
        assert launch.value("status") == "completed"
        assert float(launch.cmi()["score"]["scaled"]) == 1
        assert float(launch.cmi()["progress_measure"]) == 1
    launch.close()
    saved = launch.saved()
    size = len(saved["suspend_data"])
    print(f"{edition}: suspend_data after the whole course: {size} characters")
    if edition == "scorm12":
        assert size <= 4096
    assert launch.errors == [] and launch.outside == []
    context.close()

    # Relaunch on another computer: the same progress from the LMS data alone, and the pass stays.
    context = browser.new_context()
    relaunch = Launch(lms, context.new_page(), edition, saved=saved)
    assert relaunch.summary() == summary
    relaunch.go("index.html")
    relaunch.close()
    assert relaunch.value("status") == ("passed" if edition == "scorm12" else "completed")
    assert relaunch.value("raw") == "100"
    if edition == "scorm2004":
        assert relaunch.value("success_status") == "passed"
    assert relaunch.errors == [] and relaunch.outside == []
    context.close()


def _everything_done_with_full_marks(course_map: dict) -> dict:
    items = {}
    for module in course_map["modules"]:
        for module_page in module["pages"]:
            items[f"bezocht:{module_page['src']}"] = True
        for ref in module["questions"]:
            items[f"vraag:{ref}"] = {"correct": True, "antwoord": ["0"]}
    items["eindtoets:resultaat"] = {"score": 100, "passed": True, "datum": "2026-01-01T12:00:00.000Z",
                                    "vorm": "examen"}
    return items


@pytest.mark.parametrize("edition", EDITIONS)
def test_an_imported_eindtoets_is_never_reported(lms, browser, edition, tmp_path):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    launch.go(PRIVACY)
    # A file with a correct checksum (easy to recompute) that claims everything, with full marks.
    import_progress(launch.frame, tmp_path, progress_file(_everything_done_with_full_marks(
        launch.course.evaluate("window.swanCourseMap"))))
    expect(launch.frame.get_by_test_id("swan-import-message")).to_have_text("Je voortgang is teruggezet.")
    assert launch.course.evaluate("window.swanStore.get('eindtoets:resultaat').geimporteerd") is True
    launch.go("index.html")
    launch.wait_for("status", "completed")
    launch.close()
    if edition == "scorm2004":
        assert launch.value("success_status") == "unknown"
    else:
        assert launch.value("status") == "completed"
    assert no_score(launch)
    assert launch.errors == [] and launch.outside == []
    context.close()


@pytest.mark.parametrize("edition", EDITIONS)
def test_an_eindtoets_of_an_earlier_session_is_not_reported_again(lms, browser, edition):
    context = browser.new_context()
    launch = Launch(lms, context.new_page(), edition)
    launch.take_eindtoets()
    launch.wait_for("raw", "100")
    launch.close()
    suspend_data = launch.saved()["suspend_data"]
    context.close()

    # Another LMS attempt (nothing reported yet) with the same learner data: the old result stays out.
    context = browser.new_context()
    relaunch = Launch(lms, context.new_page(), edition, saved={"suspend_data": suspend_data})
    assert relaunch.summary()["eindtoets"] == {"score": 100, "passed": True}
    relaunch.go("index.html")
    relaunch.close()
    assert relaunch.value("status") == "incomplete"
    assert no_score(relaunch)
    if edition == "scorm2004":
        assert relaunch.value("success_status") == "unknown"
    assert relaunch.errors == [] and relaunch.outside == []
    context.close()
