"""The swan plugin: wires MkDocs' build events to the content and render layers.

Every rule lives in content/ or render/; this class only passes data between
them and MkDocs, keeps the build's state and reports mistakes as warnings
(so `mkdocs build --strict` fails, naming file and field).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File
from mkdocs.utils import write_file
from mkdocs_quiz.translations import TranslationManager

from ..content import branding as branding_data
from ..content import changelog as changelog_data
from ..content import leidraad as leidraad_data
from ..content import report as report_data
from ..content import stellingen as stellingen_data
from ..content.course import load_course
from ..content.modules import check_module_meta
from ..content.nav import add_casussen_to_nav, nav_paths, nav_sections
from ..content.placement import placement_errors
from ..render import branding, casus, changelog, html_fixes, leidraad, offline_search, pages, printables, slim
from ..render import course_map, report, stellingen
from ..render.embed import embed_quizzes
from . import quiz_assets, quiz_search, quiz_speedups
from .config import SwanConfig

log = logging.getLogger("mkdocs.plugins.swan")

# Styles and scripts that only some pages load (see overrides/main.html), by the start of their path;
# pages with a progress widget also load course_map.WIDGET_ASSETS.
PAGE_ASSETS = {"casussen/": casus.ASSETS, "gespreksleidraad/": leidraad.ASSETS}


class SwanPlugin(BasePlugin[SwanConfig]):
    """Build the SWAN course: its data, generated pages, quizzes and course map."""

    def on_config(self, config):
        """Load and check all course data and settings; wire up the course and quiz assets and the casus pages."""
        self.root = Path(config.config_file_path).parent
        self.course = load_course(self.root, Path(config.docs_dir), nav_paths(config.nav))
        self.embedded, self.pages, self.sections = [], {}, []
        self.quiz = _quiz_settings(config)
        quiz_speedups.apply()
        _report(self.course.errors)
        self.leidraad, leidraad_errors = leidraad_data.load(self.root)
        _report(leidraad_errors)
        config.extra_css.insert(0, quiz_assets.CSS_URL)
        config.extra_javascript[:0] = [course_map.MAP_URL, quiz_assets.SETTINGS_URL, quiz_assets.JS_URL]
        add_casussen_to_nav(config.nav, self.course.casussen)
        self._trainer_config(config)
        if not config.use_directory_urls:
            config.extra_javascript.append(offline_search.SCRIPT_URL)  # search from file://
        return config

    def _trainer_config(self, config) -> None:
        """Check the branding, the changelog and the stellingen; give the templates what they read."""
        self.branding, errors = branding_data.load_branding(self.config.branding, self.root)
        self.releases, more = changelog_data.load_changelog(self.root, self.config.version)
        self.stellingen, most = stellingen_data.load_stellingen(self.root)
        _report(errors + more + most)
        config.extra_css.append(branding.CSS_PATH)
        if logo := branding.logo_file(self.branding, self.root):
            config.theme["logo"] = logo[0]
        # Derived from the plugin settings, for the templates (overrides/partials/) only; changelog_url
        # is added in on_files. Not a place for settings: mkdocs.yml's extra.swan is overwritten.
        config.extra["swan"] = {"version": self.config.version, "branding": self.branding}

    def on_files(self, files, config):
        """Add the generated pages (casussen, report, gespreksleidraad, trainer pages) and assets."""
        generated = {"casussen/index.md": casus.render_overview(self.course.casussen)}
        generated |= {f"casussen/{cid}/index.md": casus.render_page(cid, data)
                      for cid, data in self.course.casussen.items()}
        generated |= quiz_assets.asset_files(*self.quiz)
        if report.PAGE in nav_paths(config.nav):
            generated[report.PAGE] = report.as_markdown(report_data.build(self.course))
        if self.leidraad:
            generated |= {leidraad.PAGE: leidraad.render_page(self.leidraad),
                          leidraad.CARDS_PAGE: leidraad.render_cards(self.leidraad)}
        _add(files, config, generated)
        self._add_trainer_files(files, config)
        return files

    def _add_trainer_files(self, files, config) -> None:
        """Add the branding stylesheet and logo, the changelog and stellingen pages, and PDF placeholders."""
        generated = {branding.CSS_PATH: branding.stylesheet(self.branding)}
        if self.releases:
            generated[changelog.PAGE] = changelog.render_page(self.releases, self.config.version)
        if self.stellingen:
            generated[stellingen.PAGE] = stellingen.render_page(self.stellingen)
        _add(files, config, generated)
        if logo := branding.logo_file(self.branding, self.root):
            files.append(File.generated(config, logo[0], abs_src_path=str(logo[1])))
        urls = {file.url for file in files.documentation_pages()}
        _add(files, config, printables.placeholders(urls))
        if changelog_page := files.get_file_from_path(changelog.PAGE):
            config.extra["swan"]["changelog_url"] = changelog_page.url

    def on_nav(self, nav, config, files):
        """Remember the nav sections: the course map groups pages into modules by them."""
        self.sections = nav_sections(nav.items)
        return nav

    @event_priority(100)
    def on_page_markdown(self, markdown, page, config, files):
        """Expand quiz markers, the module intro and the begrippenlijst before mkdocs-quiz runs."""
        name = page.file.src_uri
        page.meta["swan_assets"] = _page_assets(name, markdown)
        first_line = page.file.content_string.count("\n") - markdown.count("\n") + 1
        markdown, errors, embedded = embed_quizzes(markdown, self.course.banks, name, self.course.broken, first_line)
        if embedded:
            page.meta["quiz"] = {**page.meta.get("quiz", {}), "enabled": True}
            self.embedded += embedded
        errors += check_module_meta(page.meta, name)
        self.pages[name] = course_map.page_record(page.meta, page.url, embedded)
        markdown, more = self._expand_markers(markdown, page.meta, name)
        _report(errors + more)
        return f"{markdown}\n\n{pages.abbreviations(self.course.glossary, markdown)}\n"

    def _expand_markers(self, markdown: str, meta: dict, name: str) -> tuple[str, list]:
        """Put the module intro, the begrippenlijst, the studietijd table and the stellingen in the page."""
        course = self.course
        markdown = pages.insert_after_title(markdown, pages.module_intro(meta))
        markdown = pages.replace_marker(markdown, pages.GLOSSARY_MARKER, lambda: pages.glossary_page(course.glossary))
        markdown = pages.replace_marker(markdown, pages.STUDIETIJD_MARKER,
                                        lambda: pages.studietijd_table(course.modules, name))
        return stellingen.expand_marker(markdown, self.stellingen, name)

    @event_priority(-100)
    def on_page_content(self, html, page, config, files):
        """Finish mkdocs-quiz's work and set the questions aside while the search plugin indexes the page."""
        html = quiz_speedups.convert_fragments(html, page, config, files)
        html = html_fixes.quiz(quiz_assets.stable_ids(quiz_assets.strip_inline(html)))
        return quiz_search.set_aside(html, page.file.src_uri)

    @event_priority(-100)
    def on_page_context(self, context, page, config, nav):
        """Put the questions back, after the search plugin has indexed the page."""
        page.content = quiz_search.put_back(page.content, page.file.src_uri)
        return context

    def on_post_page(self, output, page, config):
        """Repair the theme's HTML where it is invalid (see render/html_fixes.py), then slim it."""
        return slim.html(html_fixes.theme(output))

    def on_post_template(self, output_content, template_name, config):
        """The same for pages rendered from a bare template (Material's 404.html)."""
        return slim.html(html_fixes.theme(output_content))

    def on_post_build(self, config):
        """Write the course map and the file:// search index; minify our CSS and JS; check question placement."""
        site = Path(config.site_dir)
        if not config.use_directory_urls:
            # A site that opens from file:// (the release); the search plugin has written its index by now.
            offline_search.write_script_index(site)
        settings = {"title": config.site_name, "version": self.config.version or "",
                    "cesuur": self.config.eindtoets.cesuur, "vragen": self.config.eindtoets.vragen}
        built, errors = course_map.course_map(self.sections, self.pages, self.course.banks, settings)
        write_file(course_map.render_script(built).encode("utf-8"), str(site / course_map.MAP_URL))
        _report(errors + placement_errors(self.course.banks, self.embedded))
        slim.files_in_place(site, _own_assets(config))


def _page_assets(name: str, markdown: str) -> list[str]:
    """Return the styles and scripts only this page loads (read by overrides/main.html)."""
    assets = [asset for start, kind in PAGE_ASSETS.items() if name.startswith(start) for asset in kind]
    if course_map.WIDGET_MARKER in markdown:
        assets += course_map.WIDGET_ASSETS
    return assets


def _own_assets(config) -> list[str]:
    """Return the site paths of our CSS and JS (the course map is written minified already)."""
    ours = [str(url) for url in config.extra_css + config.extra_javascript if str(url) != course_map.MAP_URL]
    return ours + [a for kind in PAGE_ASSETS.values() for a in kind] + course_map.WIDGET_ASSETS + [course_map.GUARD_URL]


def _add(files, config, generated: dict[str, str | bytes]) -> None:
    """Add generated pages and assets ({site path: content}) to the site; nothing is written into docs/."""
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))


def _report(errors) -> None:
    """Log each mistake as a warning: `--strict` fails the build, and every mistake is listed."""
    for error in errors:
        log.warning(str(error))


def _quiz_settings(config) -> tuple[dict, dict]:
    """Return the quiz interface texts and options, as mkdocs-quiz would inline them."""
    plugin = config.plugins["mkdocs_quiz"]
    language = config.theme["language"]
    custom = plugin.config["custom_translations"].get(language)
    quiz_log = logging.getLogger("mkdocs.plugins.mkdocs_quiz")
    if custom and not any(type(f).__name__ == "_OwnTranslation" for f in quiz_log.filters):
        # Once per process: `mkdocs serve` runs on_config again on every rebuild.
        quiz_log.addFilter(_OwnTranslation(language))
    path = Path(config.config_file_path).parent / custom if custom else None
    translations = TranslationManager(language, path).to_dict()
    options = {"confetti": plugin.config["confetti"], "showProgress": plugin.config["show_progress"],
               "progressSidebarPosition": plugin.config["progress_sidebar_position"]}
    return translations, options


class _OwnTranslation(logging.Filter):
    """Drop mkdocs-quiz's 'no built-in translation' warning when we ship our own .po file."""

    def __init__(self, language: str):
        super().__init__()
        self.message = f"Built-in translation for '{language}' not found"

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.message)
