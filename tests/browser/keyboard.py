"""Drive a page with the keyboard only, and check that focus can be seen where it lands."""

from __future__ import annotations

# True when the focused element shows a focus ring (outline or box shadow) and is on screen.
_FOCUS_SHOWN = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
        || style.boxShadow !== "none";
    const box = element.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    return {ring, onScreen, what: element.outerHTML.slice(0, 120)};
}"""


def tab(page, backwards: bool = False) -> dict | None:
    """Press Tab (or Shift+Tab) and describe where focus went."""
    page.keyboard.press("Shift+Tab" if backwards else "Tab")
    return page.evaluate(_FOCUS_SHOWN)


def focused(page, selector: str) -> bool:
    return page.evaluate("(selector) => Boolean(document.activeElement?.matches(selector))", selector)


def focused_name(page) -> str:
    """The text of the focused element (a button's or link's name)."""
    return page.evaluate("() => (document.activeElement?.textContent || '').trim()")


def skip_to_content(page) -> None:
    """Use the theme's skip link, the first stop on every page."""
    page.keyboard.press("Tab")
    assert focused_name(page) == "Ga naar inhoud", "the first Tab stop is not the skip link"
    page.keyboard.press("Enter")


def walk(page, act, *, limit: int = 400) -> list[str]:
    """Tab from the skip link through the page; after each stop call act(page), which returns True to stop.

    Returns the stops where the focus could not be seen (no focus ring, or off screen).
    """
    skip_to_content(page)
    unseen = []
    for _ in range(limit):
        stop = tab(page)
        if stop is None:
            break
        if not (stop["ring"] and stop["onScreen"]):
            unseen.append(stop["what"])
        if act(page):
            break
    return unseen
