"""plugins.swan.xapi in mkdocs.yml: off unless an endpoint is set; every mistake named with its field."""

import json

import pytest

from swan_course.content import xapi
from swan_course.render import xapi as xapi_page

GOOD = {"endpoint": "https://lrs.example.org/xAPI", "gebruiker": "cursus", "wachtwoord": "geheim",
        "naam_vragen": True}


def test_without_settings_or_endpoint_xapi_is_off_and_nothing_is_added():
    assert xapi.load_settings(None) == (None, [])
    assert xapi.load_settings({"gebruiker": "cursus"}) == (None, [])
    assert xapi_page.page_assets(None) == ([], [])
    assert xapi_page.asset_files(None, {}) == {}


def test_good_settings_switch_on_the_scripts_and_the_settings_file():
    settings, errors = xapi.load_settings(GOOD)
    assert errors == [] and settings["endpoint"] == "https://lrs.example.org/xAPI/"
    scripts, styles = xapi_page.page_assets(settings)
    assert scripts == [xapi_page.SETTINGS_URL, "assets/xapi.js"] and styles == ["assets/xapi.css"]
    text = xapi_page.asset_files(settings, {"cursus": "SWAN", "versie": "1.0.0", "aanbieder": "Welzijn"})[xapi_page.SETTINGS_URL]
    data = json.loads(text.split("window.swanXapiSettings = ", 1)[1].rstrip(";\n"))
    assert data == {"endpoint": "https://lrs.example.org/xAPI/", "auth": "Basic Y3Vyc3VzOmdlaGVpbQ==",
                    "naamVragen": True, "lrs": "lrs.example.org", "cursus": "SWAN", "versie": "1.0.0",
                    "aanbieder": "Welzijn"}


@pytest.mark.parametrize("raw, field", [
    ({**GOOD, "endpoint": "lrs.example.org"}, "plugins.swan.xapi.endpoint"),
    ({**GOOD, "endpoint": "javascript:alert(1)"}, "plugins.swan.xapi.endpoint"),
    ({**GOOD, "endpoint": "https://lrs.example.org/xAPI/?x=1"}, "plugins.swan.xapi.endpoint"),
    ({k: v for k, v in GOOD.items() if k != "wachtwoord"}, "plugins.swan.xapi.wachtwoord"),
    ({**GOOD, "gebruiker": 12}, "plugins.swan.xapi.gebruiker"),
    ({**GOOD, "naam_vragen": "ja"}, "plugins.swan.xapi.naam_vragen"),
    ({**GOOD, "endpunt": "x"}, "plugins.swan.xapi.endpunt"),
    ("https://lrs.example.org/xAPI/", "plugins.swan.xapi"),
])
def test_mistakes_are_reported_with_file_and_field_and_keep_xapi_off(raw, field):
    settings, errors = xapi.load_settings(raw)
    assert settings is None
    assert [(error.file, error.field) for error in errors] == [("mkdocs.yml", field)]


def test_all_mistakes_are_reported_at_once():
    _, errors = xapi.load_settings({"endpoint": "ftp://x", "naam_vragen": 1, "extra": True})
    assert {error.field.rsplit(".", 1)[1] for error in errors} == {"extra", "endpoint", "gebruiker", "wachtwoord",
                                                                   "naam_vragen"}
