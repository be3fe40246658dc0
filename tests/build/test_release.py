"""./scripts/release writes the web zip and the SCORM packages, each a complete course."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

from helpers import ROOT, page_assets, swan_settings

LYCHEE = Path(sys.executable).parent / "lychee"
VERSION = swan_settings()["version"]
CP = {"scorm12": "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}",
      "scorm2004": "{http://www.imsglobal.org/xsd/imscp_v1p1}"}


def _nav_pages() -> list[str]:
    """The .html file of every Markdown page in docs/, as the release names it."""
    pages = []
    for source in sorted((ROOT / "docs").rglob("*.md")):
        path = source.relative_to(ROOT / "docs").with_suffix(".html").as_posix()
        pages.append(path)
    return pages


def test_release_writes_four_zips_named_with_the_version(release_dist):
    names = sorted(path.name for path in release_dist.iterdir())
    assert names == sorted(f"swan-cursus-{VERSION}-{kind}.zip" for kind in ("web", "scorm12", "scorm2004", "cmi5"))
    for path in release_dist.iterdir():
        assert zipfile.ZipFile(path).testzip() is None


def test_web_zip_unpacks_into_one_folder_with_the_whole_course(release_dist, release_dirs):
    with zipfile.ZipFile(release_dist / f"swan-cursus-{VERSION}-web.zip") as web:
        tops = {name.split("/")[0] for name in web.namelist()}
    assert tops == {f"swan-cursus-{VERSION}"}
    site = release_dirs["web"]
    for page in [*_nav_pages(), "casussen/index.html", "search/search_index.js", "assets/course.js"]:
        assert (site / page).is_file(), page
    # Search from file:// and the quizzes are in the script every page loads (render/assets.py).
    script = page_assets(site, "index.html")["js"]
    assert "/* assets/offline-search.js */" in script and "/* assets/quiz/quiz.js */" in script
    casus_pages = list((site / "casussen").glob("*/index.html"))
    assert len(casus_pages) >= 10
    assert not (site / "scorm.html").exists() and not (site / "imsmanifest.xml").exists()


def test_every_package_holds_the_same_course(release_dirs):
    def files(folder: Path) -> set[str]:
        return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}
    web = files(release_dirs["web"])
    assert len(web) > 50
    for kind in ("scorm12", "scorm2004"):
        assert files(release_dirs[kind]) == web | {"scorm.html", "imsmanifest.xml"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, value))


def test_no_link_needs_a_web_server(release_dirs):
    """From file:// a link to a folder does not open its index.html, and / is the disk's root."""
    site = release_dirs["web"]
    checked = 0
    for page in site.rglob("*.html"):
        if page.name == "404.html":  # only ever served by a web server, at a missing URL
            continue
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, link in parser.links:
            url = urlparse(link)
            if link.startswith("#"):
                continue
            if url.scheme or url.netloc:
                # A learner may follow a link to a source; the page itself loads nothing from outside.
                allowed = ("data", "mailto", "http", "https") if tag == "a" else ("data",)
                assert url.scheme in allowed, f"{page.relative_to(site)}: <{tag}> loads {link}"
                continue
            checked += 1
            assert not url.path.startswith("/"), f"{page.relative_to(site)}: root-absolute {link}"
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            assert target.is_file(), f"{page.relative_to(site)}: {link} is not a file of the package"
    assert checked > 1000


def test_no_broken_link_or_anchor_in_the_release(release_dirs):
    site = release_dirs["web"]
    pages = sorted(str(page.relative_to(site)) for page in site.rglob("*.html") if page.name != "404.html")
    # An empty --index-files rejects links to a folder: from file:// they open no page.
    result = subprocess.run(
        [str(LYCHEE), "--offline", "--include-fragments", "--index-files", "", "--no-progress",
         "--format", "compact", *pages],
        cwd=site, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"(?<!\d)0 Errors", result.stdout), result.stdout


def test_scorm_manifests_name_the_version_and_every_file(release_dirs):
    for kind, schema_version in (("scorm12", "1.2"), ("scorm2004", "2004 4th Edition")):
        folder = release_dirs[kind]
        root = ET.parse(folder / "imsmanifest.xml").getroot()
        cp = CP[kind]
        assert root.tag == f"{cp}manifest"
        assert root.get("version") == VERSION
        assert root.findtext(f"{cp}metadata/{cp}schemaversion") == schema_version
        resource = root.find(f"{cp}resources/{cp}resource")
        assert resource.get("href") == "scorm.html"
        listed = {file.get("href") for file in resource.findall(f"{cp}file")}
        on_disk = {path.relative_to(folder).as_posix() for path in folder.rglob("*")
                   if path.is_file() and path.name != "imsmanifest.xml"}
        assert listed == on_disk
        item = root.find(f"{cp}organizations/{cp}organization/{cp}item")
        assert item.get("identifierref") == resource.get("identifier")
        assert VERSION in item.findtext(f"{cp}title")


def test_launch_page_loads_the_course_scripts(release_dirs):
    for kind in ("scorm12", "scorm2004"):
        html = (release_dirs[kind] / "scorm.html").read_text(encoding="utf-8")
        assert f'data-scorm="{kind}"' in html
        for asset in ('src="assets/course.js"', 'src="assets/vendor/lz-string.min.js"', 'src="assets/scorm.js"',
                      'href="assets/scorm.css"'):
            assert asset in html
        assert "<iframe" in html and 'title="' in html


def test_printables_in_the_release_are_printed_not_placeholders(release_dirs):
    from swan_course.release.printables import page_count
    from swan_course.render.printables import PLACEHOLDER_TEXT, PRINTABLES

    assert len(PRINTABLES) >= 2
    for kind, site in release_dirs.items():
        for item in PRINTABLES:
            pdf = (site / item.pdf).read_bytes()
            assert pdf.startswith(b"%PDF") and page_count(pdf) > 1, (kind, item.pdf)
            assert PLACEHOLDER_TEXT[0].encode("latin-1") not in pdf
