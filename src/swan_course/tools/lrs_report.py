"""Who completed the course, from an LRS: learners, completion and eindtoets result as CSV.

Reads the LRS's statements API (GET <endpoint>/statements, following `more` until
the last page) with an account that may read, and folds the statements of the
course per learner. It understands both ways the course reports:
  - the web release (xAPI, activities under tag:movisie.nl,2025:swan-cursus):
    module completed, course completed, eindtoets passed/failed, bewijs earned;
  - the cmi5 package (an LMS's LRS): completed / passed / failed of the AU, found by
    the publisher id in context.contextActivities.grouping.
"""

from __future__ import annotations

import base64
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from urllib.parse import urlencode, urljoin
from urllib.request import Request, urlopen

COURSE = "tag:movisie.nl,2025:swan-cursus"
AU = COURSE + "/au/cursus"
VERBS = "http://adlnet.gov/expapi/verbs/"
EARNED = "http://id.tincanapi.com/verb/earned"
COLUMNS = ["leerling", "naam", "modules_afgerond", "cursus_afgerond", "eindtoets_score", "eindtoets_geslaagd",
           "bewijs_van_deelname", "laatste_bericht"]


def fetch_statements(endpoint: str, user: str | None = None, password: str | None = None,
                     opener=urlopen) -> Iterator[dict]:
    """Every statement the account may read, page after page (the `more` link of each answer)."""
    endpoint = endpoint.rstrip("/") + "/"
    url = endpoint + "statements?" + urlencode({"limit": 100})
    headers = {"X-Experience-API-Version": "1.0.3"}
    if user is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode()
    while url:
        with opener(Request(url, headers=headers), timeout=60) as response:
            page = json.load(response)
        yield from page.get("statements", [])
        url = urljoin(endpoint, page["more"]) if page.get("more") else None


def _learner_key(actor: dict) -> str | None:
    account = actor.get("account") or {}
    if account.get("name"):
        return f"{account.get('homePage', '')}|{account['name']}"
    return actor.get("mbox") or actor.get("mbox_sha1sum") or actor.get("openid")


def _is_ours(statement: dict) -> bool:
    object_id = (statement.get("object") or {}).get("id", "")
    grouping = ((statement.get("context") or {}).get("contextActivities") or {}).get("grouping") or []
    return object_id.startswith(COURSE) or any(activity.get("id") == AU for activity in grouping)


def _is_au(statement: dict) -> bool:
    return not statement["object"]["id"].startswith(COURSE)


def summarise(statements: Iterable[dict]) -> list[dict]:
    """One row per learner, in the order of COLUMNS; statements in any order."""
    learners: dict[str, dict] = {}
    ordered = sorted((s for s in statements if _is_ours(s) and _learner_key(s.get("actor") or {})),
                     key=lambda s: s.get("timestamp", ""))
    for statement in ordered:
        key = _learner_key(statement["actor"])
        row = learners.setdefault(key, {"leerling": key.split("|")[-1], "naam": "", "modules": set(),
                                        "cursus_afgerond": "", "eindtoets_score": "", "eindtoets_geslaagd": "",
                                        "bewijs_van_deelname": "", "laatste_bericht": ""})
        row["naam"] = statement["actor"].get("name") or row["naam"]
        row["laatste_bericht"] = statement.get("timestamp", "")
        _apply(row, statement)
    return [{**{k: v for k, v in row.items() if k != "modules"}, "modules_afgerond": len(row["modules"])}
            for row in learners.values()]


def _apply(row: dict, statement: dict) -> None:
    verb, object_id = statement["verb"]["id"], statement["object"]["id"]
    when = statement.get("timestamp", "")[:10]
    if verb == VERBS + "completed" and object_id.startswith(COURSE + "/module/"):
        row["modules"].add(object_id.rsplit("/", 1)[1])
    elif verb == VERBS + "completed" and (object_id == COURSE or _is_au(statement)):
        row["cursus_afgerond"] = row["cursus_afgerond"] or when
    elif verb in (VERBS + "passed", VERBS + "failed") and (object_id == COURSE + "/eindtoets" or _is_au(statement)):
        score = ((statement.get("result") or {}).get("score") or {}).get("scaled")
        passed = verb == VERBS + "passed"
        if row["eindtoets_geslaagd"] != "ja" or passed:  # a pass is never taken back by a later fail
            row["eindtoets_score"] = "" if score is None else round(float(score) * 100)
            row["eindtoets_geslaagd"] = "ja" if passed else "nee"
    elif verb == EARNED and object_id == COURSE + "/bewijs-van-deelname":
        row["bewijs_van_deelname"] = row["bewijs_van_deelname"] or when


def write_csv(rows: list[dict], out) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in sorted(rows, key=lambda r: (r["naam"].lower(), r["leerling"])):
        writer.writerow(row)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import getpass

    parser = argparse.ArgumentParser(description="Print who completed the SWAN course, from an LRS, as CSV.")
    parser.add_argument("endpoint", help="the LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI/")
    parser.add_argument("--user", help="an LRS account that may read statements")
    parser.add_argument("--password", help="its password (asked when --user is given without it)")
    args = parser.parse_args(argv)
    password = args.password
    if args.user is not None and password is None:
        password = getpass.getpass(f"Wachtwoord voor {args.user}: ")
    try:
        rows = summarise(fetch_statements(args.endpoint, args.user, password))
    except OSError as error:  # URLError, HTTPError and timeouts are all OSErrors
        print(f"lrs-report: the LRS did not answer as expected: {error}", file=sys.stderr)
        return 1
    write_csv(rows, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
