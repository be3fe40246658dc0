"""The course's own styles and scripts: what every page loads, what one kind of page loads, and how.

This module is the one list of what goes where. Every page loads, next to Material's own
files, ONE stylesheet and ONE script of the course: the files of EVERY_PAGE_CSS and
EVERY_PAGE_JS (every_page() adds the optional ones), each minified and joined in this order
at build time into assets/swan.<hash>.css and assets/swan.<hash>.js (bundles()). The storage
guard runs first, in <head>, inlined (see STORAGE_GUARD). Pages of one kind load their own
files as well (for_page(): casussen, the gespreksleidraad, the progress widgets), large and
rare enough to stay separate; overrides/main.html links them from page.meta["swan_assets"].

Every file a page loads carries a hash of its content in its name, so a host can let browsers
keep it for a year and an update never meets a stale copy. The sources stay as they are
(overrides/assets/, the generated files); the joined and hashed files are build output, and a
source that went into them is not served under its own name, except the files the SCORM and
cmi5 launch pages load by name (LAUNCH_PAGE_FILES). A script that loads a file next to it must
resolve that file against its own address (new URL("x.js", document.currentScript.src)), not
build it from its own file name, which carries the hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from . import branding, course_map, quiz, slim, xapi

# By the start of the page's path: casus pages and the overview; the gespreksleidraad and its kaartenset.
BY_PATH = {
    "casussen/": ["assets/casus.css", "assets/casus.js"],
    "gespreksleidraad/": ["assets/leidraad.css", "assets/leidraad.js"],
}
# The eindtoets page (the page with <!-- eindtoets -->, see render/exam.py): the exam script.
EXAM_MARKER = "<!-- eindtoets -->"
EXAM = ["assets/eindtoets.css", "assets/eindtoets.js"]
# Pages with a progress widget (<div data-swan-progress="...">): Mijn voortgang, eindtoets, bewijs, privacy.
WIDGET_MARKER = "data-swan-progress="
WIDGETS = ["assets/progress-pages.js"]

# Every page, in this order: mkdocs-quiz's stylesheet first, so the course's own rules win over it;
# csp.css holds what the markup would otherwise say in style attributes; the branding colours last.
EVERY_PAGE_CSS = [quiz.CSS_URL, "assets/course.css", "assets/trainers.css", "assets/progress.css", "assets/csp.css",
                  branding.CSS_PATH]
# Every page, in the order they must run: the course map and mkdocs-quiz's settings before its quiz.js;
# the notices before the store that shows them (store.js loads notices.js itself only where it is
# missing, as on the SCORM launch page); the store before the scripts that read it.
EVERY_PAGE_JS = [course_map.MAP_URL, quiz.SETTINGS_URL, quiz.JS_URL, "assets/notices.js", "assets/store.js",
                 "assets/course.js", "assets/progress.js", "assets/quiz-keyboard.js"]
# A site built to open from file:// (the release) searches without a web worker, on every page.
OFFLINE_SEARCH = "assets/offline-search.js"
# Runs in <head> of every page, after the theme defines __md_get and before any script reads storage.
# Inlined (allowed by its hash): as a file it would be one more request that holds up the first paint.
STORAGE_GUARD = "assets/storage-guard.js"
# Loaded by name by scorm.html and cmi5.html (release/), and by scorm.js after it: served under their own names.
LAUNCH_PAGE_FILES = ["assets/course.js", "assets/scorm.js", "assets/scorm.css", "assets/cmi5.js", "assets/cmi5.css",
                     "assets/storage-guard.js", course_map.MAP_URL, "assets/store.js",
                     "assets/notices.js"]
BUNDLE = "assets/swan"
HASH_LENGTH = 8


def for_page(path: str, markdown: str) -> list[str]:
    """Return the kind-specific styles and scripts a page loads (as sources; bundles() names them)."""
    found = [asset for start, assets in BY_PATH.items() if path.startswith(start) for asset in assets]
    return found + (EXAM if EXAM_MARKER in markdown else []) + (WIDGETS if WIDGET_MARKER in markdown else [])


def every_page(confetti: bool = False, offline: bool = False, xapi_settings: dict | None = None) -> tuple[list, list]:
    """Return (styles, scripts) of every page, in order, with the optional ones that are on."""
    styles, scripts = list(EVERY_PAGE_CSS), list(EVERY_PAGE_JS)
    if confetti:
        scripts.insert(scripts.index(quiz.JS_URL), quiz.CONFETTI_URL)
    if offline:
        scripts.append(OFFLINE_SEARCH)
    xapi_scripts, xapi_styles = xapi.page_assets(xapi_settings)
    return styles + xapi_styles, scripts + xapi_scripts


def hashed(path: str, text: str) -> str:
    """Return the name a file is served under: its own name with a hash of its content before the suffix."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}.{digest}.{suffix}" if dot else f"{path}.{digest}"


def minified(path: str, text: str) -> str:
    """Return a source as it is served: minified, unless it comes minified already."""
    if ".min." in path:
        return text if text.endswith("\n") else text + "\n"
    return slim.js(text) if path.endswith(".js") else slim.css(text)


def joined(paths: list[str], texts: dict[str, str]) -> str:
    """Join sources into one file, each minified and named in a comment, in the given order."""
    # A script part ends with ";" so that a part that begins with "(" is never read as a call of the one before.
    end = ";\n" if paths and paths[0].endswith(".js") else "\n"
    return "".join(f"/* {path} */\n{minified(path, texts[path]).rstrip()}{end}" for path in paths)


@dataclass
class Bundles:
    """The files a build serves for the course's own assets, and the names pages use."""

    css: str
    js: str
    files: dict[str, str] = field(default_factory=dict)  # {path in the site: text}
    names: dict[str, str] = field(default_factory=dict)  # {source path: the path pages load it by}
    bundled: list[str] = field(default_factory=list)  # sources that went into the two bundles


def bundles(styles: list[str], scripts: list[str], kinds: list[str], texts: dict[str, str]) -> Bundles:
    """Join the every-page sources into one CSS and one JS file; give each page-kind file a hashed name."""
    css_text, js_text = joined(styles, texts), joined(scripts, texts)
    css_path, js_path = hashed(BUNDLE + ".css", css_text), hashed(BUNDLE + ".js", js_text)
    result = Bundles(css=css_path, js=js_path, files={css_path: css_text, js_path: js_text},
                     bundled=[*styles, *scripts])
    for path in dict.fromkeys(kinds):
        text = minified(path, texts[path])
        result.names[path] = hashed(path, text)
        result.files[result.names[path]] = text
    result.names |= {path: css_path for path in styles} | {path: js_path for path in scripts}
    return result


def head_script(text: str) -> str:
    """Return the storage guard as the text of an inline <script> in <head>."""
    script = minified(STORAGE_GUARD, text).strip()
    if "</script" in script.lower():
        raise ValueError(f"{STORAGE_GUARD} contains '</script', which would end its inline <script> early")
    return script
