"""The release build's config, the version check and the file:// search index."""

import json

import pytest
import yaml

from swan_course.release import build as release
from helpers import ROOT, swan_settings
from swan_course.render import offline_search



def test_release_config_inherits_and_links_to_html_files():
    config = yaml.safe_load(release.release_config())
    assert config == {"INHERIT": "mkdocs.yml", "use_directory_urls": False}


def test_course_settings_read_the_version_from_mkdocs_yml():
    settings = release.course_settings(ROOT)
    assert settings["version"] == swan_settings()["version"]
    assert settings["title"] == "Sociaal werk op drie niveaus"


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "", "1.0.0 beta"])
def test_a_bad_version_is_refused_with_what_to_do(tmp_path, version):
    (tmp_path / "mkdocs.yml").write_text(f"site_name: X\nplugins:\n  - swan:\n      version: '{version}'\n", encoding="utf-8")
    with pytest.raises(release.ReleaseError, match=r"mkdocs.yml: plugins.swan.version: .* for example \"1.0.0\""):
        release.course_settings(tmp_path)


def test_mkdocs_tags_do_not_stop_reading_the_settings(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: X\nsite_url: !ENV [URL, '']\nplugins:\n  - search\n  - swan:\n"
                                         "      version: 1.2.3\n", encoding="utf-8")
    assert release.course_settings(tmp_path)["version"] == "1.2.3"


def test_search_index_becomes_a_script_that_sets_the_index(tmp_path):
    index = {"config": {"lang": ["nl"]}, "docs": [{"location": "a.html", "title": "A", "text": "</script> é"}]}
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    written = offline_search.write_script_index(tmp_path)
    text = written.read_text(encoding="utf-8")
    assert text.startswith("var __index = ") and text.rstrip().endswith(";")
    assert json.loads(text[len("var __index = "):].rstrip().rstrip(";")) == index


def test_no_search_index_no_script(tmp_path):
    assert offline_search.write_script_index(tmp_path) is None
    assert not (tmp_path / "search").exists()


def test_check_site_refuses_an_incomplete_build(tmp_path):
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    with pytest.raises(release.ReleaseError, match="search/search_index.js"):
        release.check_site(tmp_path)
