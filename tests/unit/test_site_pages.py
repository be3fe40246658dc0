"""The pages and assets made from the data come back as {path in the site: text}, for any generator."""

import re

from helpers import FIXTURES, ROOT
from swan_course.content.site import load_site
from swan_course.render import assets, site


def test_the_fixture_course_gives_its_casus_pages_and_the_report_when_the_nav_has_it():
    course = FIXTURES / "course"
    loaded = load_site(course, course / "docs", [], None, {})
    assert loaded.errors == []
    generated = site.pages(loaded, ["redactie/inhoudsrapport.md"])
    assert set(generated) == {"casussen/index.md", "casussen/fixture-casus/index.md", "redactie/inhoudsrapport.md"}
    # Each page opens with its heading, after the front matter where it has one (the overview's title).
    assert all(isinstance(text, str) and re.sub(r"\A---\n.*?\n---\n\n", "", text, flags=re.S).startswith("# ")
               for text in generated.values())
    assert set(site.pages(loaded, [])) == {"casussen/index.md", "casussen/fixture-casus/index.md"}


def test_the_real_course_gives_the_trainer_pages_and_the_branding_stylesheet():
    loaded = load_site(ROOT, ROOT / "docs", [], "1.0.0", {"primary": "#1b5e20"})
    generated = site.pages(loaded, [])
    assert {"gespreksleidraad/index.md", "gespreksleidraad/kaartenset/index.md", "wat-is-er-nieuw.md",
            "voor-trainers/stellingen.md"} <= set(generated)
    assert "--md-primary-fg-color: #1b5e20;" in site.assets(loaded)["assets/branding.css"]


def test_kind_specific_assets_load_only_on_their_pages():
    assert assets.for_page("casussen/wijkteam/index.md", "") == ["assets/casus.css", "assets/casus.js"]
    assert assets.for_page("eindtoets.md", '<div data-swan-progress="eindtoets">') == ["assets/progress-pages.js"]
    assert assets.for_page("drie-niveaus/index.md", "") == []
