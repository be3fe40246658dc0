"""SCORM 1.2 and SCORM 2004 (4th edition) packages: the manifest and the launch page.

The whole course is one SCO. Its launch page (scorm.html at the package root)
finds the LMS API, keeps one LMS session open and shows the course pages in an
iframe; the script is overrides/assets/scorm.js. The manifest names the course
version; the identifier stays the same across versions, so an LMS sees a new
release as a new version of the same course.
"""

from __future__ import annotations

from html import escape
from xml.sax.saxutils import quoteattr

from ..render import csp

EDITIONS = ("scorm12", "scorm2004")
LAUNCH_PAGE = "scorm.html"
IDENTIFIER = "nl.movisie.swan-cursus"

_NAMESPACES = {
    "scorm12": {
        "xmlns": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
        "xmlns:adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": ("http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
                               "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
                               "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"),
    },
    "scorm2004": {
        "xmlns": "http://www.imsglobal.org/xsd/imscp_v1p1",
        "xmlns:adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
        "xmlns:adlseq": "http://www.adlnet.org/xsd/adlseq_v1p3",
        "xmlns:adlnav": "http://www.adlnet.org/xsd/adlnav_v1p3",
        "xmlns:imsss": "http://www.imsglobal.org/xsd/imsss",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": ("http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd "
                               "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd "
                               "http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd "
                               "http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd "
                               "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"),
    },
}
SCHEMA_VERSION = {"scorm12": "1.2", "scorm2004": "2004 4th Edition"}
# SCORM 1.2 spells the attribute scormtype, SCORM 2004 scormType.
SCORM_TYPE = {"scorm12": "adlcp:scormtype", "scorm2004": "adlcp:scormType"}


def _check(edition: str) -> None:
    """Refuse an unknown SCORM edition."""
    if edition not in EDITIONS:
        raise ValueError(f"unknown SCORM edition '{edition}'; use one of {', '.join(EDITIONS)}")


def manifest(title: str, version: str, edition: str, files: list[str]) -> str:
    """The imsmanifest.xml of a package: one organization, one item, one SCO with every file."""
    _check(edition)
    namespaces = " ".join(f"{name}={quoteattr(value)}" for name, value in _NAMESPACES[edition].items())
    full_title = escape(f"{title} (versie {version})")
    file_list = "\n".join(f"      <file href={quoteattr(name)}/>" for name in files)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{IDENTIFIER}" version={quoteattr(version)} {namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{SCHEMA_VERSION[edition]}</schemaversion>
  </metadata>
  <organizations default="swan-cursus">
    <organization identifier="swan-cursus">
      <title>{full_title}</title>
      <item identifier="swan-cursus-item" identifierref="swan-cursus-sco">
        <title>{full_title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="swan-cursus-sco" type="webcontent" {SCORM_TYPE[edition]}="sco" href="{LAUNCH_PAGE}">
{file_list}
    </resource>
  </resources>
</manifest>
"""


def launch_page(title: str, version: str, edition: str) -> str:
    """The launch page: finds the LMS, then shows the course in one iframe (see assets/scorm.js).

    Its Content-Security-Policy is the course pages' (render/csp.py), with the course's own pages as frames.
    """
    _check(edition)
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
{csp.meta(csp.policy(frames=True))}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="assets/scorm.css">
</head>
<body class="swan-scorm" data-scorm="{edition}" data-version="{escape(version)}">
<p class="swan-scorm__status" role="status" aria-live="polite" hidden></p>
<iframe class="swan-scorm__course" title="{escape(title)}" name="swan-course"></iframe>
<script src="assets/course.js"></script>
<script src="assets/vendor/lz-string.min.js"></script>
<script src="assets/scorm.js"></script>
</body>
</html>
"""
