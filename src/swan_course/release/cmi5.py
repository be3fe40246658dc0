"""The cmi5 package: the course structure (cmi5.xml), the launch page and the vendored @xapi/cmi5.

The whole course is ONE assignable unit (AU). The course keeps one progress
record across its modules, one eindtoets covers all of them, and the learner
moves freely between modules, casussen, the gespreksleidraad and the bewijs van
deelname. With one AU per module the LMS would start a new session for every
module, send the learner back to the LMS between modules, and have no AU for
the eindtoets and the shared pages. The SCORM packages are one SCO for the same
reason.

The AU is satisfied when it is completed (all modules done) AND passed
(eindtoets at or above the pass mark): moveOn="CompletedAndPassed", with the
pass mark as masteryScore. The launch page (cmi5.html) talks to the LMS through
@xapi/cmi5 (npm, locked in package-lock.json) and shows the course in an
iframe; its script is overrides/assets/cmi5.js.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..render import csp, vendor

LAUNCH_PAGE = "cmi5.html"
STRUCTURE = "cmi5.xml"
NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
# Tag URIs (RFC 4151): globally unique IRIs that stay the same wherever the course is hosted.
COURSE_ID = "tag:movisie.nl,2025:swan-cursus"
AU_ID = COURSE_ID + "/au/cursus"
# The browser build of @xapi/cmi5 is one self-contained UMD file (axios and @xapi/xapi bundled in),
# so no bundler is needed: it is copied as it is. The licences of everything bundled go with it.
VENDOR_SCRIPT = "assets/vendor/cmi5.umd.js"
VENDOR_LICENCES = "assets/vendor/cmi5-licences.txt"
_PACKAGE = Path("@xapi") / "cmi5"
_BUNDLED = ["@xapi/cmi5", "@xapi/xapi", "axios", "deepmerge", "uuid"]


class Cmi5Error(Exception):
    """The cmi5 package cannot be made; the message says what to fix."""


def mastery_score(cesuur) -> str:
    """The pass mark (a percentage) as cmi5's masteryScore: a decimal from 0 to 1."""
    try:
        value = float(cesuur)
    except (TypeError, ValueError):
        raise Cmi5Error(f"plugins.swan.eindtoets.cesuur: '{cesuur}' is not a percentage") from None
    if not 0 <= value <= 100:
        raise Cmi5Error(f"plugins.swan.eindtoets.cesuur: {cesuur} is not between 0 and 100")
    return f"{value / 100:.4f}".rstrip("0").rstrip(".") if value else "0"


def _langstring(text: str) -> str:
    return f'<langstring lang="nl-NL">{escape(text, quote=False)}</langstring>'


def course_structure(title: str, version: str, cesuur, description: str = "") -> str:
    """cmi5.xml: one course with one AU, launched at cmi5.html (relative to the package root)."""
    full_title = _langstring(f"{title} (versie {version})")
    text = _langstring(description or title)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="{NAMESPACE}">
  <course id={quoteattr(COURSE_ID)}>
    <title>{full_title}</title>
    <description>{text}</description>
  </course>
  <au id={quoteattr(AU_ID)} moveOn="CompletedAndPassed" masteryScore="{mastery_score(cesuur)}" launchMethod="AnyWindow">
    <title>{full_title}</title>
    <description>{text}</description>
    <url>{LAUNCH_PAGE}</url>
  </au>
</courseStructure>
"""


def launch_page(title: str, version: str, cesuur) -> str:
    """The launch page: starts the cmi5 session, then shows the course in one iframe (assets/cmi5.js).

    Its Content-Security-Policy is the course pages' (render/csp.py), with the course's own pages as frames
    and any http(s) address to connect to: the LMS names its LRS only in the launch URL.
    """
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
{csp.meta(csp.policy(connect=csp.LAUNCH_CONNECT, frames=True))}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="icon" href="assets/images/favicon.png">
<link rel="stylesheet" href="assets/scorm.css">
<link rel="stylesheet" href="assets/cmi5.css">
</head>
<body class="swan-scorm swan-cmi5" data-version="{escape(version)}" data-mastery="{mastery_score(cesuur)}">
<div class="swan-cmi5__bar">
<p class="swan-scorm__status swan-cmi5__status" role="status" aria-live="polite" data-testid="swan-cmi5-status"></p>
<button type="button" class="swan-cmi5__exit" data-testid="swan-cmi5-exit" hidden>Cursus afsluiten</button>
</div>
<iframe class="swan-scorm__course" title="{escape(title)}" name="swan-course"></iframe>
<script src="assets/storage-guard.js"></script>
<script src="assets/course-map.js"></script>
<script src="assets/store.js"></script>
<script src="{VENDOR_SCRIPT}"></script>
<script src="assets/cmi5.js"></script>
</body>
</html>
"""


def node_modules(*roots: Path) -> Path:
    """The first node_modules folder (from the given roots, then this repository) that holds @xapi/cmi5."""
    for root in [*roots, Path(__file__).resolve().parents[3]]:
        if found := vendor.find(root, (_PACKAGE / "dist" / "Cmi5.umd.js").as_posix()):
            return found.parents[3]
    raise Cmi5Error(vendor.missing_message(_PACKAGE.as_posix()))


def vendor_files(*roots: Path) -> dict[str, Path | str]:
    """The @xapi/cmi5 browser build and the licences of the code bundled in it, by package path."""
    modules = node_modules(*roots)
    licences = []
    for name in _BUNDLED:
        folder = modules / name
        found = sorted(folder.glob("LICEN[CS]E*")) if folder.is_dir() else []
        if found:
            licences.append(f"==== {name} ====\n\n{found[0].read_text(encoding='utf-8').strip()}\n")
    return {VENDOR_SCRIPT: modules / _PACKAGE / "dist" / "Cmi5.umd.js", VENDOR_LICENCES: "\n".join(licences)}


def package_files(title: str, version: str, cesuur, description: str, *roots: Path) -> dict[str, Path | str]:
    """What the cmi5 zip adds to the site's files: cmi5.xml, cmi5.html and the vendored library."""
    return {STRUCTURE: course_structure(title, version, cesuur, description),
            LAUNCH_PAGE: launch_page(title, version, cesuur), **vendor_files(*roots)}
