"""The import control on the privacy page: a Dutch button that is the browser's own file picker.

The browser's file field says "Choose File" in the browser's language; the course shows its
own button instead, the field's label, while the field itself takes the keyboard focus and
the screen reader's attention.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from learner import progress_file

PRIVACY = "introductie/voortgang-en-privacy/"
NAME = "Kies een voortgangsbestand"


def _control(page):
    return page.get_by_role("button", name=NAME, exact=True)


def _intercept_file_dialogs(page) -> None:
    """Let Playwright take over the file dialog from the start: expect_file_chooser() switches that on
    without waiting, so a key pressed right after could still meet the real (headless, silent) dialog."""
    page.on("filechooser", lambda chooser: None)


def _button(page):
    """What a sighted learner sees and clicks: the field's label."""
    return page.locator("label", has_text=NAME)


@pytest.mark.parametrize("width", [1280, 360])
def test_the_import_control_is_a_file_picker_with_a_dutch_button(page, width):
    page.set_viewport_size({"width": width, "height": 900})
    _intercept_file_dialogs(page)
    page.goto(PRIVACY)
    control = _control(page)
    expect(control).to_have_attribute("type", "file")
    expect(control).to_have_accessible_name(NAME)
    # The browser's own field ("Choose File ...") takes no room on screen; the Dutch button does.
    field = control.bounding_box()
    assert field["width"] <= 1 and field["height"] <= 1
    expect(_button(page)).to_be_visible()
    box = _button(page).bounding_box()
    assert box["height"] >= 24 and box["x"] + box["width"] <= width
    with page.expect_file_chooser() as chooser:
        _button(page).click()
    assert chooser.value.element.get_attribute("id") == control.get_attribute("id")


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_the_keyboard_reaches_the_import_button_sees_its_focus_and_opens_the_dialog(page, tmp_path, key):
    _intercept_file_dialogs(page)
    page.goto(PRIVACY)
    page.get_by_role("button", name="Bewaar je voortgang in een bestand").focus()
    page.keyboard.press("Tab")
    expect(_control(page)).to_be_focused()
    # The focus shows on the button the learner sees.
    outline = _button(page).evaluate("(label) => [getComputedStyle(label).outlineStyle, "
                                     "parseFloat(getComputedStyle(label).outlineWidth)]")
    assert outline[0] == "solid" and outline[1] >= 2
    with page.expect_file_chooser() as chooser:
        page.keyboard.press(key)
    path = tmp_path / "voortgang.json"
    path.write_text(json.dumps(progress_file({"naam": "Anna"})), encoding="utf-8")
    chooser.value.set_files(str(path))
    expect(page.get_by_test_id("swan-import-message")).to_have_text("Je voortgang is teruggezet.")
    assert page.evaluate("window.swanStore.get('naam')") == "Anna"
