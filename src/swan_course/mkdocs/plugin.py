"""The swan plugin: wires MkDocs' build events to the content and render layers.

Every rule lives in content/ or render/; this class only passes data between
them and MkDocs, keeps the build's state and reports mistakes as warnings
(so `mkdocs build --strict` fails, naming file and field).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File
from mkdocs.utils import write_file

from ..content.docs_check import unsafe_markup
from ..content.modules import check_module_meta
from ..content.nav import add_casussen_to_nav, nav_paths, nav_sections
from ..content.placement import placement_errors
from ..content.site import load_site
from ..content.xapi import load_settings as xapi_settings
from ..render import assets, branding, changelog, course_map, html_fixes, offline_search, pages, printables, quiz
from ..render import sanitise, site, slim, stellingen, vendor, xapi
from ..render.embed import embed_quizzes
from .config import SwanConfig
from .quiz_package import quiz_assets, quiz_settings

log = logging.getLogger("mkdocs.plugins.swan")


class SwanPlugin(BasePlugin[SwanConfig]):
    """Build the SWAN course: its data, generated pages, quizzes and course map."""

    def on_config(self, config):
        """Load and check all course data and settings; wire up the course and quiz assets and the casus pages."""
        self.root = Path(config.config_file_path).parent
        self.site = load_site(self.root, Path(config.docs_dir), nav_paths(config.nav), self.config.version,
                              self.config.branding)
        self.course, self.embedded, self.pages, self.sections = self.site.course, [], {}, []
        self.quiz, self.quiz_config = quiz_settings(config)
        _report(self.site.errors)
        config.extra_css.insert(0, quiz.CSS_URL)
        config.extra_css.append(branding.CSS_PATH)
        confetti = [quiz.CONFETTI_URL] if self.quiz_config["confetti"] else []
        config.extra_javascript[:0] = [course_map.MAP_URL, quiz.SETTINGS_URL, *confetti, quiz.JS_URL]
        if not config.use_directory_urls:
            config.extra_javascript.append(assets.OFFLINE_SEARCH)  # search from file://
        add_casussen_to_nav(config.nav, self.course.casussen)
        self._theme_config(config)
        self._xapi_config(config)
        return config

    def _xapi_config(self, config) -> None:
        """Check the xapi settings; when they name an LRS, every page loads the xAPI scripts."""
        self.xapi, errors = xapi_settings(self.config.xapi or None)
        _report(errors)
        scripts, styles = xapi.page_assets(self.xapi)
        config.extra_javascript += scripts
        config.extra_css += styles

    def _theme_config(self, config) -> None:
        """Give the theme the logo, and the templates what they read (derived, see below)."""
        if logo := branding.logo_file(self.site.branding, self.root):
            config.theme["logo"] = logo[0]
        # For the templates (overrides/partials/) only, derived from the plugin settings; changelog_url
        # is added in on_files. Not a place for settings: mkdocs.yml's extra.swan is overwritten.
        config.extra["swan"] = {"version": self.config.version, "branding": self.site.branding}

    def on_files(self, files, config):
        """Add the generated pages and assets to the site; nothing is written into docs/."""
        generated = site.pages(self.site, nav_paths(config.nav)) | site.assets(self.site)
        generated |= quiz_assets(self.quiz_config["confetti"])
        generated[quiz.SETTINGS_URL] = quiz.settings_script(self.quiz, self.quiz_config)
        generated |= xapi.asset_files(self.xapi, {"cursus": config.site_name, "versie": self.config.version or "",
                                                  "aanbieder": self.site.branding.get("organisation") or ""})
        _add(files, config, generated)
        copied = _vendor_scripts(self.root)
        if logo := branding.logo_file(self.site.branding, self.root):
            copied[logo[0]] = logo[1]
        for path, source in copied.items():
            files.append(File.generated(config, path, abs_src_path=str(source)))
        _add(files, config, printables.placeholders({file.url for file in files.documentation_pages()}))
        if changelog_page := files.get_file_from_path(changelog.PAGE):
            config.extra["swan"]["changelog_url"] = changelog_page.url
        return files

    def on_nav(self, nav, config, files):
        """Remember the nav sections: the course map groups pages into modules by them."""
        self.sections = nav_sections(nav.items)
        return nav

    def on_page_markdown(self, markdown, page, config, files):
        """Put the questions, the module intro, the begrippenlijst and other blocks into the page."""
        name = page.file.src_uri
        page.meta["swan_assets"] = assets.for_page(name, markdown)
        first_line = page.file.content_string.count("\n") - markdown.count("\n") + 1
        errors = [] if page.file.generated_by else unsafe_markup(markdown, name, first_line)
        markdown, more, embedded = embed_quizzes(markdown, self.course.banks, name, self.quiz.for_page(page.meta),
                                                 self.course.broken, first_line)
        self.embedded += embedded
        errors += more + check_module_meta(page.meta, name)
        self.pages[name] = course_map.page_record(page.meta, page.url, embedded)
        markdown, more = self._expand_markers(markdown, page.meta, name)
        _report(errors + more)
        return f"{markdown}\n\n{pages.abbreviations(self.course.glossary, markdown)}\n"

    def _expand_markers(self, markdown: str, meta: dict, name: str) -> tuple[str, list]:
        """Put the module intro, the begrippenlijst, the studietijd table and the stellingen in the page."""
        course = self.course
        markdown = pages.insert_after_title(markdown, pages.module_intro(meta, name))
        markdown = pages.replace_marker(markdown, pages.GLOSSARY_MARKER, lambda: pages.glossary_page(course.glossary))
        markdown = pages.replace_marker(markdown, pages.STUDIETIJD_MARKER,
                                        lambda: pages.studietijd_table(course.modules, name))
        return stellingen.expand_marker(markdown, self.site.stellingen, name)

    @event_priority(100)
    def on_page_content(self, html, page, config, files):
        """Finish the page's quizzes and clean its YAML text before anything else reads the page."""
        record = self.pages[page.file.src_uri]
        # The course map names a page without a front matter title by its nav label or heading, known only now.
        record["title"] = record["title"] or page.title or ""
        if record["questions"]:
            html = quiz.finish_page(html, self.quiz.for_page(page.meta))
        html, errors = sanitise.finish(html)
        _report(errors)
        return html

    def on_post_page(self, output, page, config):
        """Repair the theme's HTML where it is invalid (see render/html_fixes.py), then slim it."""
        return slim.html(html_fixes.theme(output))

    def on_post_template(self, output_content, template_name, config):
        """The same for pages rendered from a bare template (Material's 404.html)."""
        return slim.html(html_fixes.theme(output_content))

    def on_post_build(self, config):
        """Write the course map and the file:// search index; minify our CSS and JS; check question placement."""
        site_dir = Path(config.site_dir)
        if not config.use_directory_urls:
            # A site that opens from file:// (the release); the search plugin has written its index by now.
            offline_search.write_script_index(site_dir)
        settings = {"title": config.site_name, "version": self.config.version or "",
                    "cesuur": self.config.eindtoets.cesuur, "vragen": self.config.eindtoets.vragen}
        built, errors = course_map.course_map(self.sections, self.pages, self.course.banks, settings)
        write_file(course_map.render_script(built).encode("utf-8"), str(site_dir / course_map.MAP_URL))
        _report(errors + placement_errors(self.course.banks, self.embedded))
        slim.files_in_place(site_dir, _own_assets(config))


def _vendor_scripts(root: Path) -> dict[str, Path]:
    """Return {site path: file} of the npm scripts the site serves; stop the build when one is missing."""
    found = {path: vendor.find(root, name) for path, name in vendor.SCRIPTS.items()}
    if missing := [name for path, name in vendor.SCRIPTS.items() if found[path] is None]:
        raise PluginError(vendor.missing_message(missing[0]))
    return found


def _own_assets(config) -> list[str]:
    """Return the site paths of our CSS and JS (the course map is written minified already)."""
    listed = [str(url) for url in config.extra_css + config.extra_javascript if str(url) != course_map.MAP_URL]
    return listed + assets.outside_config()


def _add(files, config, generated: dict[str, str | bytes]) -> None:
    """Add generated pages and assets ({site path: content}) to the site; nothing is written into docs/."""
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))


def _report(errors) -> None:
    """Log each mistake as a warning: `--strict` fails the build, and every mistake is listed."""
    for error in errors:
        log.warning(str(error))
