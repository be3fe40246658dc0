"""The pages and assets made from the course data, as {path in the site: content}.

Any site generator can be fed with them: the swan plugin adds them to MkDocs'
files, and tools/benchmark.py writes them to disk for a bare Material build.
"""

from __future__ import annotations

from ..content import report as report_data
from ..content.site import Site
from . import branding, casus, changelog, exam, leidraad, report, stellingen


def pages(site: Site, nav: list[str]) -> dict[str, str]:
    """Return the generated Markdown pages: casussen, gespreksleidraad, report, changelog, stellingen."""
    course = site.course
    generated = {"casussen/index.md": casus.render_overview(course.casussen)}
    generated |= {f"casussen/{cid}/index.md": casus.render_page(cid, data) for cid, data in course.casussen.items()}
    if site.leidraad:
        generated |= {leidraad.PAGE: leidraad.render_page(site.leidraad),
                      leidraad.CARDS_PAGE: leidraad.render_cards(site.leidraad)}
    if report.PAGE in nav:
        generated[report.PAGE] = report.as_markdown(report_data.build(course))
    if site.releases:
        generated[changelog.PAGE] = changelog.render_page(site.releases, site.version)
    if site.stellingen:
        generated[stellingen.PAGE] = stellingen.render_page(site.stellingen)
    return generated


def assets(site: Site) -> dict[str, str]:
    """Return the generated assets: the branding stylesheet and the eindtoets answer key."""
    generated = {branding.CSS_PATH: branding.stylesheet(site.branding)}
    if pool := site.course.banks.get(exam.BANK):
        generated[exam.KEY_URL] = exam.key_script(pool)
    return generated
