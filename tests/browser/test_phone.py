"""The phone checks of every page (test_every_page.py) see what they look for."""

from axe_check import violations
from page_checks import OVERFLOW


def test_the_sideways_check_sees_a_wide_element(phone, site_url):
    phone.goto(site_url)
    phone.evaluate("""() => {
        const wide = document.createElement("div");
        wide.style.width = "900px";
        wide.textContent = "breed";
        document.querySelector("article").append(wide);
    }""")
    assert phone.evaluate(OVERFLOW) > 0


def test_the_tap_target_check_sees_a_small_button(phone, site_url):
    phone.goto(site_url)
    phone.evaluate("""() => {
        const article = document.querySelector("article");
        for (const name of ["a", "b"]) {
            const button = document.createElement("button");
            button.textContent = name;
            button.style.cssText = "width: 10px; height: 10px; padding: 0; margin: 0; font-size: 8px";
            article.append(button);
        }
    }""")
    assert any("target-size" in line for line in violations(phone, rules=["target-size"]))
