"""On a phone (360 px wide) no page scrolls sideways and every tap target is large enough."""

import pytest

from axe_check import violations

PHONE = {"width": 360, "height": 740}

# How far the page reaches past the right edge of the screen, in CSS pixels.
_OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def phone(browser, base_url):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  base_url=base_url)
    yield context.new_page()
    context.close()


def test_no_page_scrolls_sideways_and_tap_targets_are_large_enough(phone, all_pages, site_url):
    too_wide, too_small = [], []
    for path in all_pages:
        phone.goto(site_url + path)
        if (overflow := phone.evaluate(_OVERFLOW)) > 0:
            too_wide.append(f"{path or '(home)'}: {overflow}px too wide")
        # WCAG 2.2's target-size rule (24 by 24 px, or enough space around it).
        too_small += violations(phone, rules=["target-size"])
    assert too_wide == []
    assert too_small == []


def test_the_sideways_check_sees_a_wide_element(phone, site_url):
    phone.goto(site_url)
    phone.evaluate("""() => {
        const wide = document.createElement("div");
        wide.style.width = "900px";
        wide.textContent = "breed";
        document.querySelector("article").append(wide);
    }""")
    assert phone.evaluate(_OVERFLOW) > 0
