"""Run axe-core (bundled by axe-playwright-python) in a page and list what it finds."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

# The WCAG 2.0 and 2.1 rules of levels A and AA: all of them, none switched off.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()

# Wait until every finite CSS transition and animation has ended: axe measures colours as they are at that
# moment, and a button that is still fading (a casus decision's "Bekijk de feedback" after a choice) fails
# color-contrast or not depending on how busy the machine is. Two frames first, so that a change of state
# that is still pending (a hover the browser moves after a scroll) has started its transition.
_SETTLED = """async () => {
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(document.getAnimations()
    .filter((animation) => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => null)));
}"""


def violations(page, *, tags: list[str] = WCAG_21_AA, rules: list[str] | None = None) -> list[str]:
    """Return one line per failing element: page, rule, what it asks, and where."""
    # The pointer goes to the page's top left corner (the fixed header) first. Where a test last clicked,
    # a button would be drawn in its hover colours; and after a scroll Chromium moves the hover state on a
    # timer of its own, so another button may start to fade into them while axe measures (a flake on a
    # loaded machine: color-contrast on a casus's "Bekijk de feedback").
    page.mouse.move(0, 0)
    page.evaluate(_SETTLED)
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": tags}
    response = _axe.run(page, options={"runOnly": run_only}).response
    path = page.url.split("/cursus/swan/", 1)[-1] or "(home)"
    return [f"{path}: {found['id']}: {found['help']}: {node['target']} {node['html'][:120]}"
            for found in response["violations"] for node in found["nodes"]]
