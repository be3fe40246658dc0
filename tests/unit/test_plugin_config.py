"""The swan plugin's settings are validated by MkDocs, with the author's words for a wrong value."""

import pytest

from swan_course.mkdocs.config import SwanConfig
from swan_course.release.build import plugin_settings


def _validate(settings: dict):
    config = SwanConfig()
    config.load_dict(settings)
    return config, *config.validate()


def test_defaults_give_a_pass_mark_of_70_and_30_questions_per_attempt():
    config, errors, warnings = _validate({})
    assert errors == [] and warnings == []
    assert (config.version, config.eindtoets.cesuur, config.eindtoets.vragen, config.branding) == (None, 70, 30, {})


@pytest.mark.parametrize("cesuur", [0, 101, "70", True, 70.5])
def test_a_pass_mark_that_is_no_percentage_is_refused(cesuur):
    _, errors, _ = _validate({"eindtoets": {"cesuur": cesuur}})
    assert len(errors) == 1 and "must be a percentage between 1 and 100, such as 70" in str(errors[0][1])


def test_an_unknown_setting_is_a_warning_so_strict_builds_stop():
    _, errors, warnings = _validate({"versie": "1.0.0"})
    assert errors == [] and [name for name, _ in warnings] == ["versie"]


@pytest.mark.parametrize("plugins", [
    ["search", {"swan": {"version": "1.2.3"}}],
    {"search": {}, "swan": {"version": "1.2.3"}},
])
def test_plugin_settings_are_found_in_a_list_or_a_mapping(plugins):
    assert plugin_settings({"plugins": plugins}, "swan") == {"version": "1.2.3"}
    assert plugin_settings({"plugins": plugins}, "offline") == {}
