"""What a learner does, shared by the browser tests: answer questions, watch for errors, make progress files.

Locators go by role, label or test id. Where mkdocs-quiz offers neither (which
option is right, the text that counts as right), its documented markup
attributes are used (data-correct, data-answer), never a class name.
"""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import expect

# True once the page has loaded and Material's search worker has its index; the benchmark waits for the same.
from swan_course.tools.benchmark_visits import READY as SEARCH_READY

EXPORT_FORMAT = "swan-voortgang"

# Answer every question on the page as a learner does (choose, then press Controleer), in one call:
# all right, or only the first `correct` right. Returns how many questions there were.
_ANSWER_ALL = """(correct) => {
  const questions = Array.from(document.querySelectorAll("[data-question]"));
  questions.forEach((question, index) => {
    const right = correct === null || correct === undefined || index < correct;
    const radios = question.querySelectorAll('input[type="radio"]');
    if (radios.length) {
      question.querySelector(right ? 'input[type="radio"][data-correct]'
                                   : 'input[type="radio"]:not([data-correct])').click();
    }
    question.querySelectorAll('input[type="checkbox"]').forEach((box) => {
      if (box.hasAttribute("data-correct") === right && !box.checked) box.click();
    });
    question.querySelectorAll('input[type="text"][data-answer]').forEach((blank) => {
      blank.value = right ? blank.getAttribute("data-answer") : "onjuist";
      blank.dispatchEvent(new Event("input", {bubbles: true}));
    });
    question.querySelector('button[type="submit"]').click();
  });
  return questions.length;
}"""


def wait_until_settled(page) -> None:
    """Wait until a page (or frame) has loaded everything it loads by itself, the search index included.

    A test that moves on before that cuts the search worker off while it loads its
    language files, which then fail to load; waiting for this state, not for a time
    or for "network idle", is what keeps such a test from flaking.
    """
    page.wait_for_function(SEARCH_READY)


def leave_by(page, action) -> None:
    """Do what opens another page (a click on a link, Enter on a search result) and wait until that page has
    loaded. Waiting for the load state alone can pass on the page still shown, before the click navigates;
    the test then moves on while the new page loads, which cuts off its search worker."""
    before = page.url
    action()
    page.wait_for_url(lambda url: url != before)


def question(page, ref: str):
    """The question with this ref (bank/question) on the page or frame."""
    return page.get_by_test_id("vraag-" + ref.replace("/", "-"))


def questions(page):
    return page.locator("[data-question]")


def feedback(question):
    """The feedback the quiz announces after an answer (hidden until then)."""
    return question.get_by_role("status", include_hidden=True)


def explanation(question):
    return question.locator("section")


def blanks(question):
    return question.get_by_role("textbox", name="Antwoord")


def check_button(question):
    return question.get_by_role("button", name="Controleer")


def answer_question(question, correct: bool = True, text: str | None = None) -> None:
    """Answer one question through its form, right or wrong (or with text in its blanks), and check it."""
    fields = blanks(question)
    if fields.count():
        for index in range(fields.count()):
            field = fields.nth(index)
            field.fill(text if text is not None else field.get_attribute("data-answer") if correct else "fout antwoord")
    elif correct:
        for option in question.locator("input[data-correct]").all():
            option.check()
    else:
        question.locator("input[name='answer']:not([data-correct])").first.check()
    check_button(question).click()
    expect(feedback(question)).to_be_visible()


def answer_all(page, correct: int | None = None) -> int:
    """Answer every question on the page or frame: all right, or only the first `correct`; return how many."""
    return page.evaluate(_ANSWER_ALL, correct)


def watch_errors(page, ignore: str | None = None) -> list[str]:
    """Collect the page's script errors and console errors (except those containing ignore) while the test runs."""
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}")
            if not (ignore and ignore in str(error)) else None)
    page.on("console", lambda message: errors.append(f"{page.url}: {message.text}")
            if message.type == "error" and not (ignore and ignore in message.text) else None)
    return errors


def first_page_with(site: Path, marker: str, pattern: str = "**/index.html") -> str:
    """The first page (path relative to the site) whose HTML contains marker."""
    for page in sorted(site.glob(pattern)):
        if marker in page.read_text(encoding="utf-8"):
            return page.relative_to(site).as_posix()
    raise AssertionError(f"no page with {marker!r}")


def fill_in_question(site: Path, pattern: str = "**/index.html") -> tuple[str, str]:
    """A page with a fill-in question and that question's ref."""
    path = first_page_with(site, 'data-quiz-type="fill-blank"', pattern)
    html = (site / path).read_text(encoding="utf-8")
    block = html[:html.index('data-quiz-type="fill-blank"')]
    ref = block[block.rindex('data-question="') + len('data-question="'):]
    return path, ref[:ref.index('"')]


# ---- progress files, as "Bewaar je voortgang in een bestand" makes them ----

def _imul(a: int, b: int) -> int:
    return (a * b) & 0xFFFFFFFF


def checksum(text: str) -> str:
    """cyrb53 over the UTF-16 code units, as progress-pages.js computes it."""
    h1, h2 = 0xDEADBEEF, 0x41C6CE57
    units = text.encode("utf-16-le")
    for index in range(0, len(units), 2):
        unit = units[index] | units[index + 1] << 8
        h1 = _imul(h1 ^ unit, 2654435761)
        h2 = _imul(h2 ^ unit, 1597334677)
    h1 = _imul(h1 ^ (h1 >> 16), 2246822507) ^ _imul(h2 ^ (h2 >> 13), 3266489909)
    h2 = _imul(h2 ^ (h2 >> 16), 2246822507) ^ _imul(h1 ^ (h1 >> 13), 3266489909)
    return format(4294967296 * (2097151 & h2) + h1, "x")


def canonical(value) -> str:
    """JSON with sorted keys, as progress-pages.js writes it for the checksum."""
    if isinstance(value, list):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(key, ensure_ascii=False) + ":" + canonical(value[key])
                              for key in sorted(value)) + "}"
    return json.dumps(value, ensure_ascii=False)


def progress_file(items: dict, version=2, **changes) -> dict:
    """A progress file with a correct checksum (version 2: the previous release's files, read by both)."""
    data = {"version": version, "items": items}
    file = {"format": EXPORT_FORMAT, "storeVersion": version, "course": "1.0.0",
            "exported": "2026-01-01T12:00:00.000Z", "data": data, "checksum": checksum(canonical(data))}
    file.update(changes)
    return file


def import_progress(page, tmp_path: Path, content: str | dict) -> None:
    """Choose a progress file on the privacy page (page or frame), and wait until the page has read it."""
    path = tmp_path / "voortgang.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    field = page.get_by_label("Voortgangsbestand")
    field.set_input_files(str(path))
    expect(field).to_have_value("")  # the page empties the field once it has dealt with the file


# The eindtoets (exam mode): the test reads the answer key the page loads at hand-in, to answer right or wrong.
_LOAD_EXAM_KEY = """async () => {
  if (window.swanExamKey) return;
  const exam = document.querySelector(".swan-exam");
  await new Promise((loaded, failed) => {
    const script = document.createElement("script");
    script.src = new URL(exam.dataset.key, window.__md_scope || document.baseURI).href;
    script.onload = loaded;
    script.onerror = failed;
    document.head.appendChild(script);
  });
}"""

_TAKE_EINDTOETS = """async (right) => {
  const exam = document.querySelector(".swan-exam");
  const items = Array.from(exam.querySelectorAll("[data-item]:not([hidden])"));
  items.forEach((item, index) => {
    const key = window.swanExamKey.items[item.dataset.item];
    const good = right === null || right === undefined || index < right;
    if (key.type === "fill-in") {
      const field = item.querySelector('input[type="text"]');
      field.value = good ? key.answer : "onjuist";
      field.dispatchEvent(new Event("input", {bubbles: true}));
      return;
    }
    item.querySelectorAll("input").forEach((input) => {
      const correct = key.correct.includes(Number(input.value));
      const want = key.type === "single" ? (good ? correct : !correct && !item.querySelector("input:checked"))
                                          : (good ? correct : !correct);
      if (want !== input.checked) input.click();
    });
  });
  return items.map((item) => item.dataset.item);
}"""


def load_exam_key(page) -> None:
    """Load the eindtoets answer key into the page (or frame), as the page does itself at hand-in."""
    page.evaluate(_LOAD_EXAM_KEY)


def take_eindtoets(page, right: int | None = None) -> list[str]:
    """On the eindtoets page (or frame): start an attempt, answer every drawn item (all right, or only the
    first `right`), hand it in; return the drawn item ids once the score shows."""
    start = page.get_by_test_id("swan-exam-start")
    if start.is_visible():
        start.click()
    load_exam_key(page)
    drawn = page.evaluate(_TAKE_EINDTOETS, right)
    page.get_by_test_id("swan-exam-handin").click()
    confirm = page.get_by_role("button", name="Toch inleveren")
    if right is not None and confirm.is_visible():
        confirm.click()
    expect(page.get_by_test_id("swan-exam-score")).to_be_visible()
    return drawn


def pages_with(course_site: Path, marker: str) -> list[str]:
    """The pages whose HTML contains marker, as URL paths relative to the site root."""
    found = []
    for page in sorted(course_site.rglob("index.html")):
        if marker in page.read_text(encoding="utf-8"):
            path = page.parent.relative_to(course_site).as_posix()
            found.append("" if path == "." else f"{path}/")
    return found
