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

from ..content.docs_check import unsafe_markup
from ..content.modules import check_module_meta
from ..content.nav import add_casussen_to_nav, nav_paths, nav_sections, sidebar
from ..content.placement import placement_errors
from ..content.site import load_site, settings_in_extra
from ..content.xapi import load_settings as xapi_settings
from ..render import assets, branding, changelog, course_map, csp, exam, html_fixes, offline_search, pages
from ..render import printables, quiz, sanitise, search_index, site, slim, stellingen, vendor, xapi
from ..render.embed import embed_quizzes
from .config import SwanConfig
from .quiz_package import quiz_assets, quiz_settings

log = logging.getLogger("mkdocs.plugins.swan")


class SwanPlugin(BasePlugin[SwanConfig]):
    """Build the SWAN course: its data, generated pages, quizzes and course map."""

    def on_config(self, config):
        """Load and check all course data and settings; wire up the course and quiz assets and the casus pages."""
        self.root = Path(config.config_file_path).parent
        _report(settings_in_extra(config.extra))
        self.site = load_site(self.root, Path(config.docs_dir), nav_paths(config.nav), self.config.version,
                              self.config.branding)
        self.course, self.embedded, self.pages, self.sections = self.site.course, [], {}, []
        self.quiz, self.quiz_config = quiz_settings(config)
        _report(self.site.errors)
        add_casussen_to_nav(config.nav, self.course.casussen)
        self._theme_config(config)
        self.xapi, errors = xapi_settings(self.config.xapi or None)
        _report(errors)
        # The course's own styles and scripts of every page (render/assets.py); a site that opens from
        # file:// (the release) searches without a worker; xAPI adds its scripts when an LRS is set.
        self.every_page = assets.every_page(self.quiz_config["confetti"], not config.use_directory_urls, self.xapi)
        # Pages may connect to their own site, and to the LRS when one is set (render/csp.py).
        self.connect = [csp.origin(self.xapi["endpoint"])] if self.xapi else []
        return config

    def _theme_config(self, config) -> None:
        """Give the theme the logo, and the templates what they read (derived, see below)."""
        if logo := branding.logo_file(self.site.branding, self.root):
            config.theme["logo"] = logo[0]
        # For the templates (overrides/partials/) only, derived from the plugin settings; changelog_url
        # is added in on_files. Not a place for settings: on_config refuses them in mkdocs.yml's extra.swan.
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

    def on_page_context(self, context, page, config, nav):
        """Render the page's sidebar without the other casus pages (content/nav.py, sidebar)."""
        context["nav"] = sidebar(nav, page)
        return context

    def on_page_markdown(self, markdown, page, config, files):
        """Put the questions, the module intro, the begrippenlijst and other blocks into the page."""
        name = page.file.src_uri
        page.meta["swan_assets"] = assets.for_page(name, markdown)
        if not search_index.searched(name):
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        first_line = page.file.content_string.count("\n") - markdown.count("\n") + 1
        errors = [] if page.file.generated_by else unsafe_markup(markdown, name, first_line)
        markdown, more, embedded = embed_quizzes(markdown, self.course.banks, name, self.quiz.for_page(page.meta),
                                                 self.course.broken, first_line)
        markdown, in_exam = exam.embed(markdown, self.course.banks.get(exam.BANK), self._exam_settings())
        embedded += in_exam
        self.embedded += embedded
        errors += more + check_module_meta(page.meta, name)
        self.pages[name] = course_map.page_record(page.meta, page.url, embedded)
        markdown, more = self._expand_markers(markdown, page.meta, name)
        _report(errors + more)
        return f"{markdown}\n\n{pages.abbreviations(self.course.glossary, markdown)}\n"

    def _exam_settings(self) -> exam.ExamSettings:
        """Return the eindtoets settings: the draw per attempt and the pass mark."""
        return exam.ExamSettings(self.config.eindtoets.vragen, self.config.eindtoets.cesuur)

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
        questions = record["questions"]
        if any(not ref.startswith(exam.BANK + "/") for ref in questions):
            html = quiz.finish_page(html, self.quiz.for_page(page.meta))
        elif questions:
            html = quiz.without_tooltips(html)
        html, errors = sanitise.finish(html)
        html = csp.align_classes(html)
        _report(errors + [f"{page.file.src_uri}: {problem}: the course's Content-Security-Policy does not apply "
                          "styles written in the page; give the element a class and style it in a stylesheet"
                          for problem in csp.style_problems(html)])
        return html

    def on_env(self, env, config, files):
        """With every page read: write the course map, then join and name the course's styles and scripts."""
        self._write_course_map(config, files)
        pages = [file.page for file in files.documentation_pages() if file.page]
        made, texts = self._bundles(files, pages)
        _serve_assets(files, config, made, texts)
        for page in pages:
            page.meta["swan_assets"] = [made.names[path] for path in page.meta.get("swan_assets", [])]
        # mkdocs.yml's extra_css and extra_javascript are for a host's own files; ours are in the bundles.
        config.extra_css[:] = [made.css, *(url for url in config.extra_css if str(url) not in made.bundled)]
        config.extra_javascript[:] = [made.js, *(u for u in config.extra_javascript if str(u) not in made.bundled)]
        # For the templates: the storage guard, inline in <head> (main.html); the bundle, which only the
        # course's own root holds, and the course's first folders let the 404 page find that root (404.html).
        config.extra["swan"] |= {"head_script": assets.head_script(texts[assets.STORAGE_GUARD]),
                                 "root_marker": made.js, "top_folders": _top_folders(pages)}
        return env

    def _write_course_map(self, config, files) -> None:
        """Add the course map (every page is known now) and report what it finds wrong."""
        settings = {"title": config.site_name, "version": self.config.version or "",
                    "cesuur": self.config.eindtoets.cesuur, "vragen": self.config.eindtoets.vragen}
        built, errors = course_map.course_map(self.sections, self.pages, self.course.banks, settings)
        _report(errors + placement_errors(self.course.banks, self.embedded))
        _add(files, config, {course_map.MAP_URL: course_map.render_script(built)})

    def _bundles(self, files, pages) -> tuple[assets.Bundles, dict[str, str]]:
        """Join the every-page assets and name the page-kind ones (render/assets.py); also return the sources."""
        styles, scripts = self.every_page
        kinds = [path for page in pages for path in page.meta.get("swan_assets", [])]
        needed = [*styles, *scripts, *kinds, assets.STORAGE_GUARD]
        texts = {path: found.content_string for path in [*needed, *assets.LAUNCH_PAGE_FILES]
                 if (found := files.get_file_from_path(path))}
        if missing := [path for path in needed if path not in texts]:
            raise PluginError(f"the course's own {missing[0]} is missing (overrides/ or a generated file): "
                              "every page, or a page that asks for it, loads it")
        return assets.bundles(styles, scripts, kinds, texts), texts

    def on_post_page(self, output, page, config):
        """Repair the theme's HTML where it is invalid (see render/html_fixes.py), slim it, add the CSP."""
        return csp.make_page(slim.html(html_fixes.theme(output)), self.connect)

    def on_post_template(self, output_content, template_name, config):
        """The same for pages rendered from a bare template (404.html); sitemap.xml is only slimmed."""
        output = slim.html(html_fixes.theme(output_content))
        return csp.make_page(output, self.connect) if template_name.endswith(".html") else output

    def on_post_build(self, config):
        """Write the file:// search index of a site that opens from file:// (the release)."""
        if not config.use_directory_urls:
            # The search plugin has written its index by now.
            offline_search.write_script_index(Path(config.site_dir))


def _vendor_scripts(root: Path) -> dict[str, Path]:
    """Return {site path: file} of the npm scripts the site serves; stop the build when one is missing."""
    found = {path: vendor.find(root, name) for path, name in vendor.SCRIPTS.items()}
    if missing := [name for path, name in vendor.SCRIPTS.items() if found[path] is None]:
        raise PluginError(vendor.missing_message(missing[0]))
    return found


def _serve_assets(files, config, made: assets.Bundles, texts: dict[str, str]) -> None:
    """Serve the bundles and hashed files; a source they hold is served by its own name only for the launch pages."""
    for path in made.names:
        if path not in assets.LAUNCH_PAGE_FILES and (source := files.get_file_from_path(path)):
            files.remove(source)
    for path in assets.LAUNCH_PAGE_FILES:
        if (source := files.get_file_from_path(path)) and path in texts and path != course_map.MAP_URL:
            source.content_string = assets.minified(path, texts[path])  # the course map comes minified
    _add(files, config, made.files)


def _top_folders(pages) -> list[str]:
    """Return the first folders of the site's pages, and of its assets and search index."""
    return sorted({page.url.split("/")[0] for page in pages if "/" in page.url} | {"assets", "search"})


def _add(files, config, generated: dict[str, str | bytes]) -> None:
    """Add generated pages and assets ({site path: content}) to the site; nothing is written into docs/."""
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))


def _report(errors) -> None:
    """Log each mistake as a warning: `--strict` fails the build, and every mistake is listed."""
    for error in errors:
        log.warning(str(error))
