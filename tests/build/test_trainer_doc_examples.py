"""The mkdocs.yml examples on the trainer pages work: a trainer who copies one gets what the page promises."""

import re

import pytest
import yaml

from helpers import FIXTURES, ROOT, build, copy_course

TRAINER_PAGES = ROOT / "docs" / "voor-trainers"
YAML_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _blocks() -> list[tuple[str, dict]]:
    """Every YAML example on a trainer page: (page, the example as data)."""
    return [(page.name, yaml.safe_load(block)) for page in sorted(TRAINER_PAGES.glob("*.md"))
            for block in YAML_BLOCK.findall(page.read_text(encoding="utf-8"))]


# The examples that set course settings: (page, the swan plugin's settings).
EXAMPLES = [(page, plugin["swan"]) for page, block in _blocks() for plugin in block.get("plugins", [])
            if isinstance(plugin, dict) and "swan" in plugin]


def test_no_trainer_page_puts_course_settings_under_extra():
    # The plugin reads none there; a build with them stops (content/site.py).
    assert [page for page, block in _blocks() if "swan" in (block.get("extra") or {})] == []


def test_the_trainer_pages_show_branding_and_xapi_examples():
    settings = {key for _, example in EXAMPLES for key in example}
    assert {"branding", "xapi"} <= settings, EXAMPLES


@pytest.mark.parametrize(("page", "example"), EXAMPLES, ids=[f"{page}-{'+'.join(ex)}" for page, ex in EXAMPLES])
def test_an_example_copied_into_mkdocs_yml_builds_and_takes_effect(tmp_path, page, example):
    course = copy_course(FIXTURES / "trainers", tmp_path / "course")
    config = yaml.safe_load((course / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "swan" in plugin:
            plugin["swan"] |= example
    (course / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    if "branding" in example:
        assert f"Aangeboden door {example['branding']['organisation']}" in html
    if "xapi" in example:
        # The page may send to the LRS it names (render/csp.py), so the settings were read.
        origin = re.match(r"https://[^/]+", example["xapi"]["endpoint"]).group(0)
        assert re.search(rf'<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src [^";]*{origin}',
                         html), html[:2000]
