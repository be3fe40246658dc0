"""MkDocs hooks: a thin adapter between MkDocs events and the swan_course functions.

Order matters: the Markdown hook runs before mkdocs-quiz (which turns <quiz>
blocks into HTML), the HTML hook after it.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import write_file
from mkdocs_quiz.translations import TranslationManager

from swan_course import (branding, casus, changelog, html_fixes, leidraad, offline_search, pages, printables, progress,
                         quiz_assets, quiz_search, quiz_speedups, report, slim, stellingen, xapi)
from swan_course.content import load_course
from swan_course.embed import embed_quizzes
from swan_course.modules import nav_paths

log = logging.getLogger("mkdocs.hooks.swan")
_state: dict = {}

# Styles and scripts that only some pages load (see overrides/main.html), by the start of their path;
# pages with a progress widget also load progress.WIDGET_ASSETS.
PAGE_ASSETS = {"casussen/": casus.ASSETS, "gespreksleidraad/": leidraad.ASSETS}


def on_config(config):
    """Load and check all course data and settings; wire up the course and quiz assets and the casus pages."""
    course = load_course(Path(config.config_file_path).parent, Path(config.docs_dir), nav_paths(config.nav))
    _state.update(course=course, embedded=[], quiz=_quiz_settings(config), pages={}, sections=[])
    quiz_speedups.apply()
    _report(course.errors)
    _state["leidraad"], leidraad_errors = leidraad.load(Path(config.config_file_path).parent)
    _report(leidraad_errors)
    config.extra_css.insert(0, quiz_assets.CSS_URL)
    config.extra_javascript[:0] = [progress.MAP_URL, quiz_assets.SETTINGS_URL, quiz_assets.JS_URL]
    _add_casussen_to_nav(config.nav, course.casussen)
    _trainer_config(config)
    _xapi_config(config)
    if not config.use_directory_urls:
        config.extra_javascript.append(offline_search.SCRIPT_URL)  # search from file://
    return config


def _trainer_config(config) -> None:
    """Check the branding, the changelog and the stellingen; apply the branding to the theme."""
    root, swan = Path(config.config_file_path).parent, config.extra.setdefault("swan", {})
    look, errors = branding.load_branding(swan.get("branding"), root)
    releases, more = changelog.load_changelog(root, swan.get("version"))
    statements, most = stellingen.load_stellingen(root)
    _report(errors + more + most)
    swan["branding"] = look
    config.extra_css.append(branding.CSS_PATH)
    if logo := branding.logo_file(look, root):
        config.theme["logo"] = logo[0]
    _state.update(branding=look, releases=releases, stellingen=statements)


def _xapi_config(config) -> None:
    """Check extra.swan.xapi; when it names an LRS endpoint, every page loads the xAPI script (swan_course.xapi)."""
    settings, errors = xapi.load_settings(config.extra["swan"].get("xapi"))
    _report(errors)
    scripts, styles = xapi.page_assets(settings)
    config.extra_javascript += scripts
    config.extra_css += styles
    course = {"cursus": config.site_name, "versie": str(config.extra["swan"].get("version", "")),
              "aanbieder": _state["branding"].get("organisation") or ""}
    _state["xapi"] = xapi.asset_files(settings, course)


def on_files(files, config):
    """Add the generated pages (casussen, report, gespreksleidraad, trainer pages) and assets; nothing is
    written into docs/."""
    course = _state["course"]
    generated = {"casussen/index.md": casus.render_overview(course.casussen)}
    generated |= {f"casussen/{cid}/index.md": casus.render_page(cid, data) for cid, data in course.casussen.items()}
    generated |= quiz_assets.asset_files(*_state["quiz"]) | _state["xapi"]
    if report.PAGE in nav_paths(config.nav):
        generated[report.PAGE] = report.as_markdown(report.build(course))
    if _state["leidraad"]:
        generated |= {leidraad.PAGE: leidraad.render_page(_state["leidraad"]),
                      leidraad.CARDS_PAGE: leidraad.render_cards(_state["leidraad"])}
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))
    _add_trainer_files(files, config)
    return files


def _add_trainer_files(files, config) -> None:
    """Add the branding stylesheet and logo, the changelog and stellingen pages, and PDF placeholders."""
    swan = config.extra["swan"]
    generated = {branding.CSS_PATH: branding.stylesheet(_state["branding"])}
    if _state["releases"]:
        generated[changelog.PAGE] = changelog.render_page(_state["releases"], swan["version"])
    if _state["stellingen"]:
        generated[stellingen.PAGE] = stellingen.render_page(_state["stellingen"])
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))
    if logo := branding.logo_file(_state["branding"], Path(config.config_file_path).parent):
        files.append(File.generated(config, logo[0], abs_src_path=str(logo[1])))
    urls = {file.url for file in files.documentation_pages()}
    for path, content in printables.placeholders(urls).items():
        files.append(File.generated(config, path, content=content))
    if changelog_page := files.get_file_from_path(changelog.PAGE):
        swan["changelog_url"] = changelog_page.url


def on_nav(nav, config, files):
    """Remember the nav sections: the course map groups pages into modules by them."""
    _state["sections"] = progress.nav_sections(nav.items)
    return nav


@event_priority(100)
def on_page_markdown(markdown, page, config, files):
    """Expand quiz markers, the module intro and the begrippenlijst before mkdocs-quiz runs."""
    course, name = _state["course"], page.file.src_uri
    page.meta["swan_assets"] = [a for start, assets in PAGE_ASSETS.items() if name.startswith(start) for a in assets]
    if progress.WIDGET_MARKER in markdown:
        page.meta["swan_assets"] += progress.WIDGET_ASSETS
    first_line = page.file.content_string.count("\n") - markdown.count("\n") + 1
    markdown, errors, embedded = embed_quizzes(markdown, course.banks, name, course.broken, first_line)
    if embedded:
        page.meta["quiz"] = {**page.meta.get("quiz", {}), "enabled": True}
        _state["embedded"] += embedded
    errors += pages.check_module_meta(page.meta, name)
    _state["pages"][name] = progress.page_record(page.meta, page.url, embedded)
    _report(errors)
    markdown = pages.insert_after_title(markdown, pages.module_intro(page.meta))
    markdown = pages.replace_marker(markdown, pages.GLOSSARY_MARKER, lambda: pages.glossary_page(course.glossary))
    markdown = pages.replace_marker(markdown, pages.STUDIETIJD_MARKER,
                                    lambda: pages.studietijd_table(course.modules, name))
    markdown, more = stellingen.expand_marker(markdown, _state["stellingen"], name)
    _report(more)
    return f"{markdown}\n\n{pages.abbreviations(course.glossary, markdown)}\n"


@event_priority(-100)
def on_page_content(html, page, config, files):
    """Finish mkdocs-quiz's work: convert its fragments in one run (see swan_course.quiz_speedups),
    replace its inlined code with cached files, and give quizzes stable ids. Then set the
    questions aside while the search plugin indexes the page (see swan_course.quiz_search)."""
    html = quiz_speedups.convert_fragments(html, page, config, files)
    html = html_fixes.quiz(quiz_assets.stable_ids(quiz_assets.strip_inline(html)))
    return quiz_search.set_aside(html, page.file.src_uri)


@event_priority(-100)
def on_page_context(context, page, config, nav):
    """Put the questions back, after the search plugin has indexed the page."""
    page.content = quiz_search.put_back(page.content, page.file.src_uri)
    return context


def on_post_page(output, page, config):
    """Repair the theme's HTML where it is invalid (see swan_course.html_fixes), then slim it."""
    return slim.html(html_fixes.theme(output))


def on_post_template(output_content, template_name, config):
    """The same for pages rendered from a bare template (Material's 404.html)."""
    return slim.html(html_fixes.theme(output_content))


def on_post_build(config):
    """Write the course map and the file:// search index; minify the course's own CSS and JS;
    check that every question is on exactly one page."""
    if not config.use_directory_urls:
        # A site that opens from file:// (the release). Runs after the search plugin's
        # on_post_build: hooks come after the listed plugins.
        offline_search.write_script_index(Path(config.site_dir))
    settings = {"title": config.site_name, **(config.extra.get("swan") or {})}
    course_map, errors = progress.course_map(_state["sections"], _state["pages"], _state["course"].banks, settings)
    _report(errors)
    write_file(progress.render_script(course_map).encode("utf-8"), str(Path(config.site_dir) / progress.MAP_URL))
    page_assets = [asset for assets in PAGE_ASSETS.values() for asset in assets]
    page_assets += progress.WIDGET_ASSETS + [progress.GUARD_URL]
    ours = [str(url) for url in config.extra_css + config.extra_javascript if str(url) != progress.MAP_URL]
    slim.files_in_place(Path(config.site_dir), ours + page_assets)
    counts = Counter(_state["embedded"])
    for bank_id, bank in _state["course"].banks.items():
        for index, question in enumerate(bank["questions"]):
            seen = counts[f"{bank_id}/{question['id']}"]
            if seen != 1:
                where = "on no page" if seen == 0 else f"on {seen} pages"
                log.warning(f"quizzes/{bank_id}.yml: questions[{index}]: question '{question['id']}' "
                            f"is embedded {where}; embed it exactly once with <!-- quiz: {bank_id}/{question['id']} -->")


def _report(errors):
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
    """Drop mkdocs-quiz's 'no built-in translation' warning when we ship our own .po file.

    mkdocs-quiz 1.7 warns for every page even when custom_translations covers the
    language, and under --strict any warning fails the build.
    """

    def __init__(self, language: str):
        super().__init__()
        self.message = f"Built-in translation for '{language}' not found"

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.message)


def _add_casussen_to_nav(nav, casussen: dict) -> None:
    """Append a page per casus to the nav section that holds casussen/index.md."""
    section = _section_with(nav or [], "casussen/index.md")
    if section is not None:
        ordered = sorted(casussen.items(), key=lambda item: item[1]["title"])
        section += [{data["title"]: f"casussen/{cid}/index.md"} for cid, data in ordered]


def _section_with(items: list, path: str):
    for item in items:
        values = [item] if isinstance(item, str) else list(item.values()) if isinstance(item, dict) else []
        if path in values:
            return items
        for value in values:
            if isinstance(value, list) and (found := _section_with(value, path)) is not None:
                return found
    return None
