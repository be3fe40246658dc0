"""SCORM manifests and the launch page: well-formed, with the elements an LMS needs."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from swan_course.release import scorm

FILES = ["index.html", "assets/course.js", "assets/scorm.js", "a & b/c.html", "scorm.html"]
CP = {"scorm12": "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}",
      "scorm2004": "{http://www.imsglobal.org/xsd/imscp_v1p1}"}
ADLCP = {"scorm12": "{http://www.adlnet.org/xsd/adlcp_rootv1p2}",
         "scorm2004": "{http://www.adlnet.org/xsd/adlcp_v1p3}"}


def _parse(edition, title="Cursus <SWAN> & co", version="1.2.3"):
    return ET.fromstring(scorm.manifest(title, version, edition, FILES).encode("utf-8"))


@pytest.mark.parametrize("edition, schema_version", [("scorm12", "1.2"), ("scorm2004", "2004 4th Edition")])
def test_manifest_has_the_required_elements(edition, schema_version):
    root = _parse(edition)
    cp = CP[edition]
    assert root.tag == f"{cp}manifest"
    assert root.get("identifier") == scorm.IDENTIFIER
    assert root.get("version") == "1.2.3"
    assert root.findtext(f"{cp}metadata/{cp}schema") == "ADL SCORM"
    assert root.findtext(f"{cp}metadata/{cp}schemaversion") == schema_version
    organizations = root.find(f"{cp}organizations")
    organization = organizations.find(f"{cp}organization")
    assert organizations.get("default") == organization.get("identifier")
    assert organization.findtext(f"{cp}title") == "Cursus <SWAN> & co (versie 1.2.3)"
    item = organization.find(f"{cp}item")
    resource = root.find(f"{cp}resources/{cp}resource")
    assert item.get("identifierref") == resource.get("identifier")
    assert item.findtext(f"{cp}title")
    assert resource.get("type") == "webcontent"
    assert resource.get("href") == scorm.LAUNCH_PAGE
    assert [file.get("href") for file in resource.findall(f"{cp}file")] == FILES


def test_scorm_type_is_spelled_per_edition():
    old = _parse("scorm12").find(f"{CP['scorm12']}resources/{CP['scorm12']}resource")
    new = _parse("scorm2004").find(f"{CP['scorm2004']}resources/{CP['scorm2004']}resource")
    assert old.get(f"{ADLCP['scorm12']}scormtype") == "sco"
    assert new.get(f"{ADLCP['scorm2004']}scormType") == "sco"
    assert new.get(f"{ADLCP['scorm2004']}scormtype") is None


def test_2004_manifest_declares_the_4th_edition_namespaces():
    text = scorm.manifest("T", "1.0.0", "scorm2004", FILES)
    for namespace in ("http://www.adlnet.org/xsd/adlcp_v1p3", "http://www.adlnet.org/xsd/adlseq_v1p3",
                      "http://www.adlnet.org/xsd/adlnav_v1p3", "http://www.imsglobal.org/xsd/imsss"):
        assert f'"{namespace}"' in text
    assert "<schemaversion>2004 4th Edition</schemaversion>" in text


def test_unknown_edition_is_refused():
    with pytest.raises(ValueError, match="scorm12, scorm2004"):
        scorm.manifest("T", "1.0.0", "scorm3", FILES)


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("edition", scorm.EDITIONS)
def test_launch_page_escapes_the_title_and_names_the_edition(edition):
    html = scorm.launch_page('Cursus <script>"x"</script>', "1.0.0", edition)
    assert "<script>\"x\"" not in html
    parser = _Page()
    parser.feed(html)
    tags = dict((tag, attrs) for tag, attrs in parser.tags if tag in ("html", "body", "iframe"))
    assert tags["html"]["lang"] == "nl"
    assert tags["body"]["data-scorm"] == edition
    assert tags["iframe"]["title"] == 'Cursus <script>"x"</script>'
    scripts = [attrs["src"] for tag, attrs in parser.tags if tag == "script"]
    assert scripts == ["assets/course.js", "assets/vendor/lz-string.min.js", "assets/scorm.js"]
