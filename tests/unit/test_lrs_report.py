"""scripts/lrs-report's folding of statements into one row per learner (web release and cmi5)."""

import io
import json

from swan_course.tools import lrs_report

COURSE = lrs_report.COURSE
V = lrs_report.VERBS


def st(verb, object_id, name="a1", when="2025-03-01T10:00:00Z", **extra):
    return {"actor": {"objectType": "Agent", "account": {"homePage": "https://intranet.example/cursus/", "name": name},
                      **({"name": extra.pop("naam")} if "naam" in extra else {})},
            "verb": {"id": verb}, "object": {"id": object_id}, "timestamp": when, **extra}


def test_a_web_learner_who_finished_everything():
    rows = lrs_report.summarise([
        st(V + "completed", COURSE + "/module/drie-niveaus", naam="Samira"),
        st(V + "completed", COURSE + "/module/signaleren", when="2025-03-02T10:00:00Z"),
        st(V + "completed", COURSE, when="2025-03-02T10:01:00Z"),
        st(V + "failed", COURSE + "/eindtoets", when="2025-03-03T09:00:00Z", result={"score": {"scaled": 0.5}}),
        st(V + "passed", COURSE + "/eindtoets", when="2025-03-03T10:00:00Z", result={"score": {"scaled": 0.9}}),
        st(lrs_report.EARNED, COURSE + "/bewijs-van-deelname", when="2025-03-03T10:00:01Z"),
        st(V + "completed", "https://other.example/course", name="someone-else"),
    ])
    assert rows == [{"leerling": "a1", "naam": "Samira", "modules_afgerond": 2, "cursus_afgerond": "2025-03-02",
                     "eindtoets_score": 90, "eindtoets_geslaagd": "ja", "bewijs_van_deelname": "2025-03-03",
                     "laatste_bericht": "2025-03-03T10:00:01Z"}]


def test_a_later_fail_never_takes_a_pass_away():
    rows = lrs_report.summarise([
        st(V + "passed", COURSE + "/eindtoets", result={"score": {"scaled": 0.8}}),
        st(V + "failed", COURSE + "/eindtoets", when="2025-04-01T00:00:00Z", result={"score": {"scaled": 0.2}}),
    ])
    assert (rows[0]["eindtoets_score"], rows[0]["eindtoets_geslaagd"]) == (80, "ja")


def test_cmi5_statements_are_found_by_the_publisher_id():
    grouping = {"contextActivities": {"grouping": [{"id": lrs_report.AU}]}}
    rows = lrs_report.summarise([
        st(V + "completed", "https://lms.example/act/1", context=grouping),
        st(V + "passed", "https://lms.example/act/1", context=grouping, result={"score": {"scaled": 0.75}}),
    ])
    assert rows[0]["cursus_afgerond"] == "2025-03-01"
    assert (rows[0]["eindtoets_score"], rows[0]["eindtoets_geslaagd"]) == (75, "ja")


def test_paging_follows_more_until_the_last_page():
    pages = {"https://lrs.example/xAPI/statements?limit=100": {"statements": [st(V + "completed", COURSE)],
                                                               "more": "/xAPI/statements?page=2"},
             "https://lrs.example/xAPI/statements?page=2": {"statements": [st(V + "completed", COURSE, "b2")]}}
    seen = []

    class Answer(io.BytesIO):
        def __enter__(self):
            return self

    def opener(request, timeout):
        seen.append((request.full_url, request.get_header("Authorization")))
        return Answer(json.dumps(pages[request.full_url]).encode())

    found = list(lrs_report.fetch_statements("https://lrs.example/xAPI", "rapport", "lees", opener=opener))
    assert [s["actor"]["account"]["name"] for s in found] == ["a1", "b2"]
    assert [url for url, _ in seen] == list(pages) and seen[0][1] == "Basic cmFwcG9ydDpsZWVz"


def test_csv_has_a_header_and_quotes_names():
    out = io.StringIO()
    lrs_report.write_csv(lrs_report.summarise([st(V + "completed", COURSE, naam='De "Vries", A.')]), out)
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(lrs_report.COLUMNS)
    assert '"De ""Vries"", A."' in lines[1]
