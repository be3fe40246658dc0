"""The cmi5 course structure and launch page: valid against the cmi5 schema, one AU, the pass mark."""

from html.parser import HTMLParser

import pytest
import xmlschema

from helpers import FIXTURES
from swan_course.release import cmi5

SCHEMA = xmlschema.XMLSchema(str(FIXTURES / "cmi5" / "CourseStructure.xsd"))
NS = {"c": cmi5.NAMESPACE}


def test_course_structure_is_valid_against_the_cmi5_schema():
    text = cmi5.course_structure("Cursus <SWAN> & co", "1.2.3", 70, "Over 'alles' & meer")
    SCHEMA.validate(text)


def test_one_au_launched_at_cmi5_html_with_the_pass_mark_as_mastery_score():
    import xml.etree.ElementTree as ET

    root = ET.fromstring(cmi5.course_structure("Cursus", "1.0.0", 70).encode("utf-8"))
    assert root.find("c:course", NS).get("id") == cmi5.COURSE_ID
    (au,) = root.findall("c:au", NS)
    assert au.get("id") == cmi5.AU_ID and au.get("id") != cmi5.COURSE_ID
    assert (au.get("moveOn"), au.get("masteryScore"), au.get("launchMethod")) == \
        ("CompletedAndPassed", "0.7", "AnyWindow")
    assert au.findtext("c:url", namespaces=NS) == cmi5.LAUNCH_PAGE
    assert au.findtext("c:title/c:langstring", namespaces=NS) == "Cursus (versie 1.0.0)"


@pytest.mark.parametrize("cesuur, expected", [(70, "0.7"), (55.5, "0.555"), (100, "1"), (0, "0"), ("80", "0.8")])
def test_mastery_score_is_the_pass_mark_as_a_fraction(cesuur, expected):
    assert cmi5.mastery_score(cesuur) == expected


@pytest.mark.parametrize("cesuur", [None, "zeventig", -1, 101])
def test_a_pass_mark_that_is_no_percentage_is_refused(cesuur):
    with pytest.raises(cmi5.Cmi5Error, match=r"^plugins\.swan\.eindtoets\.cesuur: "):
        cmi5.mastery_score(cesuur)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_launch_page_escapes_the_title_and_loads_the_library_before_its_script():
    html = cmi5.launch_page('Cursus <script>"x"</script>', "1.0.0", 70)
    assert '<script>"x"' not in html
    parser = _Tags()
    parser.feed(html)
    scripts = [attrs["src"] for tag, attrs in parser.tags if tag == "script"]
    assert scripts == ["assets/storage-guard.js", "assets/course-map.js", "assets/store.js", cmi5.VENDOR_SCRIPT,
                       "assets/cmi5.js"]
    body = next(attrs for tag, attrs in parser.tags if tag == "body")
    assert body["data-mastery"] == "0.7"


def test_the_vendored_library_comes_with_its_licences():
    files = cmi5.vendor_files()
    assert files[cmi5.VENDOR_SCRIPT].name == "Cmi5.umd.js"
    for name in ("@xapi/cmi5", "@xapi/xapi", "axios"):
        assert f"==== {name} ====" in files[cmi5.VENDOR_LICENCES]
