"""What the search index holds: what a learner looks for, not every word of every page.

Material's search loads the whole index on a learner's first visit, so its size is part of
every first visit. Left out, with Material's documented means (page meta `search: exclude`,
`data-search-exclude` on a heading through attr_list, which leaves out its section):

- the pages that print what another page already holds (the kaartenset, the stellingen
  sheets), and the editors' section (UNSEARCHED_PAGES): learners do not look for how
  the course is written, and editors open those pages from the navigation;
- on a casus page, everything after its opening: a casus is found by its title, its
  "in het kort" box and what it is about (the opening); its rounds, verantwoording and
  reflection questions are read on the page, and their headings are the same in every casus;
- on the casus overview, the coverage table, the filters and the cards, which repeat the
  opening of each casus.

Questions never enter the index (render/quiz.py marks them).
"""

from __future__ import annotations

from . import leidraad, report, stellingen

# Pages left out as a whole: docs/ paths (generated pages included), or a folder ending in "/".
UNSEARCHED_PAGES = [leidraad.CARDS_PAGE, stellingen.PAGE, report.PAGE, "redactie/"]
# attr_list's form, at the end of a Markdown heading: the heading's section is left out.
UNSEARCHED = "data-search-exclude"


def unsearched(anchor: str | None = None) -> str:
    """Return the attribute list that ends a heading whose section stays out of the index (with its anchor)."""
    return f"{{#{anchor} {UNSEARCHED}}}" if anchor else f"{{{UNSEARCHED}}}"


def searched(path: str) -> bool:
    """Whether a page (its docs/ path) goes into the search index at all."""
    return not any(path == left_out or (left_out.endswith("/") and path.startswith(left_out))
                   for left_out in UNSEARCHED_PAGES)
