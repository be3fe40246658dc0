"""Branding from mkdocs.yml: checked against the schema, colours readable under white text."""


import pytest
from helpers import ROOT, swan_settings
from swan_course.content.branding import DEFAULTS, contrast, load_branding
from swan_course.render.branding import logo_file, stylesheet



def _real_branding() -> dict:
    # mkdocs.yml has no YAML tags, so a safe load reads it.
    return swan_settings()["branding"]


@pytest.mark.parametrize(("first", "second", "ratio"), [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48),
    ("#ffffff", "#4051b5", 6.86),
])
def test_contrast_follows_wcag(first, second, ratio):
    assert contrast(first, second) == pytest.approx(ratio, abs=0.01)


def test_the_course_branding_is_valid_and_readable():
    branding, errors = load_branding(_real_branding(), ROOT)
    assert errors == []
    assert contrast(branding["primary"], "#ffffff") >= 4.5 and contrast(branding["accent"], "#ffffff") >= 4.5


def test_missing_fields_keep_the_defaults():
    branding, errors = load_branding({"organisation": "Welzijn Oost"}, ROOT)
    assert errors == []
    assert branding == {**DEFAULTS, "organisation": "Welzijn Oost"}
    assert load_branding(None, ROOT) == (DEFAULTS, [])


@pytest.mark.parametrize("field", ["primary", "accent"])
def test_a_colour_too_light_for_white_text_is_refused(field):
    branding, errors = load_branding({field: "#7fb3ff"}, ROOT)
    assert [str(error) for error in errors] == [
        f"mkdocs.yml: plugins.swan.branding.{field}: white text on #7fb3ff has a contrast of 2.14:1, "
        "below the 4.5:1 that WCAG 2.1 AA asks for; choose a darker colour"]
    assert branding == DEFAULTS


def test_a_colour_just_below_the_norm_is_refused_and_just_above_is_accepted():
    assert load_branding({"primary": "#777777"}, ROOT)[1]
    assert not load_branding({"primary": "#767676"}, ROOT)[1]


@pytest.mark.parametrize(("settings", "expected"), [
    ({"primary": "blue"}, "plugins.swan.branding.primary: must be a hex colour with six digits"),
    ({"accent": "#12345"}, "plugins.swan.branding.accent: must be a hex colour with six digits"),
    ({"logo": "logo.gif"}, "plugins.swan.branding.logo: must be one line ending in .svg"),
    ({"kleur": "#000000"}, "plugins.swan.branding: unknown field(s): kleur"),
    ({"organisation": ""}, "plugins.swan.branding.organisation: must not be empty"),
    ("Welzijn Oost", "plugins.swan.branding: must be a mapping of fields"),
])
def test_a_mistake_names_the_field_in_mkdocs_yml(settings, expected):
    branding, errors = load_branding(settings, ROOT)
    assert any(str(error).startswith(f"mkdocs.yml: {expected}") for error in errors), errors
    assert branding == DEFAULTS


def test_a_logo_that_does_not_exist_is_refused(tmp_path):
    _, errors = load_branding({"logo": "huisstijl/logo.svg"}, tmp_path)
    assert [str(error) for error in errors] == [
        "mkdocs.yml: plugins.swan.branding.logo: there is no file huisstijl/logo.svg "
        "(the path is relative to the folder of mkdocs.yml)"]


def test_the_logo_is_served_from_the_assets(tmp_path):
    (tmp_path / "huisstijl").mkdir()
    (tmp_path / "huisstijl" / "Logo.PNG").write_bytes(b"png")
    branding, errors = load_branding({"logo": "huisstijl/Logo.PNG"}, tmp_path)
    assert errors == []
    assert logo_file(branding, tmp_path) == ("assets/branding/logo.png", tmp_path / "huisstijl" / "Logo.PNG")
    assert logo_file(DEFAULTS, tmp_path) is None


def test_the_stylesheet_sets_material_colour_properties():
    css = stylesheet({**DEFAULTS, "primary": "#1b5e20", "accent": "#ad1457"})
    assert css.startswith("/*") and ":root > * {" in css
    assert "--md-primary-fg-color: #1b5e20;" in css
    assert "--md-accent-fg-color: #ad1457;" in css
    assert "--md-accent-fg-color--transparent: #ad14571a;" in css
    assert "--md-primary-bg-color: #ffffff;" in css
