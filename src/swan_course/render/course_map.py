"""The course map: what progress.js needs to know about the course, built from the nav and the pages.

A module is a nav section with a page whose front matter has `leerdoelen`.
The map lists, in nav order, each module's pages and embedded quiz questions,
its leerdoelen with the page where each is taught, and the eindtoets questions
with their leerdoel. It is served as a small script (window.swanCourseMap), so
it works from file:// and inside an LMS without fetching anything.
"""

from __future__ import annotations

import json

from ..content.errors import ContentError

EINDTOETS_BANK = "eindtoets"
MAP_URL = "assets/course-map.js"


def page_record(meta: dict, url: str, embedded: list[str]) -> dict:
    """Return what the map needs of one page: its url, title, leerdoelen, studietijd and questions."""
    return {"url": url, "title": meta.get("title", ""), "leerdoelen": meta.get("leerdoelen") or [],
            "studietijd": meta.get("studietijd"), "questions": list(embedded)}


def course_map(sections: list[dict], pages: dict[str, dict], banks: dict[str, dict],
               settings: dict) -> tuple[dict, list[ContentError]]:
    """Return the course map and its mistakes; settings: title, version, cesuur and vragen (the eindtoets draw)."""
    goals = {f"{bank_id}/{q['id']}": q.get("leerdoel") for bank_id, bank in banks.items() for q in bank["questions"]}
    modules = [m for m in (_module(s, pages, goals) for s in sections) if m]
    eindtoets, errors = _eindtoets(pages, banks.get(EINDTOETS_BANK), modules)
    if eindtoets is not None:
        eindtoets["vragen"] = settings.get("vragen")
    course = {
        "title": settings.get("title", ""),
        "version": str(settings.get("version", "")),
        "cesuur": settings["cesuur"],
        "studietijd": sum(m["studietijd"] or 0 for m in modules),
        "modules": modules,
        "eindtoets": eindtoets,
        "pages": {src: {"url": p["url"], "title": p["title"]} for src, p in pages.items()},
    }
    return course, errors


def _module(section: dict, pages: dict[str, dict], goals: dict[str, str]) -> dict | None:
    """Return a module of the map, or None for a section without leerdoelen."""
    srcs = [src for src in section["pages"] if src in pages]
    index = next((src for src in srcs if pages[src]["leerdoelen"]), None)
    if index is None:
        return None
    questions = [ref for src in srcs for ref in pages[src]["questions"]]
    return {
        "id": index.rsplit("/", 1)[0] if "/" in index else index.removesuffix(".md"),
        "title": section["title"] or pages[index]["title"],
        "url": pages[index]["url"],
        "studietijd": pages[index]["studietijd"],
        "pages": [{"src": src, "url": pages[src]["url"], "title": pages[src]["title"]} for src in srcs],
        "questions": questions,
        "leerdoelen": [_leerdoel(goal, index, srcs, pages, goals) for goal in pages[index]["leerdoelen"]],
    }


def _leerdoel(goal: dict, index: str, srcs: list[str], pages: dict[str, dict], goals: dict[str, str]) -> dict:
    """Place a leerdoel on the page that practises it most (the first of those); the module's first page otherwise."""
    counts = [sum(1 for ref in pages[src]["questions"] if goals.get(ref) == goal["id"]) for src in srcs]
    taught = srcs[counts.index(max(counts))] if counts and max(counts) else index
    return {"id": goal["id"], "tekst": goal["tekst"], "page": taught,
            "url": pages[taught]["url"], "title": pages[taught]["title"]}


def _eindtoets(pages: dict[str, dict], bank: dict | None, modules: list[dict]) -> tuple[dict | None, list[ContentError]]:
    """Return the eindtoets of the map and the mistakes in how its questions cover the modules."""
    if bank is None:
        return None, []
    name = f"quizzes/{EINDTOETS_BANK}.yml"
    goals = {goal["id"]: module["id"] for module in modules for goal in module["leerdoelen"]}
    errors, questions = [], []
    for index, question in enumerate(bank["questions"]):
        leerdoel = question.get("leerdoel")
        if leerdoel not in goals:
            errors.append(ContentError(name, f"questions[{index}].leerdoel",
                                       f"'{leerdoel}' is not a leerdoel of any module; use an id from a module's front matter"))
        questions.append({"ref": f"{EINDTOETS_BANK}/{question['id']}", "leerdoel": leerdoel,
                          "module": goals.get(leerdoel)})
    covered = {q["module"] for q in questions}
    for module in modules:
        if module["id"] not in covered:
            errors.append(ContentError(name, "questions",
                                       f"no question covers module '{module['id']}'; add one with a leerdoel of that module"))
    page = next((src for src, p in pages.items()
                 if any(ref.startswith(EINDTOETS_BANK + "/") for ref in p["questions"])), None)
    return {"page": page, "url": pages[page]["url"] if page else None, "questions": questions}, errors


def render_script(course: dict) -> str:
    """Return the course map as a script that sets window.swanCourseMap."""
    data = json.dumps(course, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f"window.swanCourseMap = {data};\n"
