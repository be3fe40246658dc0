"""The shared page list (course_pages.py) names exactly the pages the build writes, and sorts them by kind."""

from course_pages import FLOW_MARKERS, course_pages, html_file, one_page_per_kind, page_kind


def test_the_page_list_names_every_built_page_once(course_site):
    listed = [html_file(course_site, page).relative_to(course_site).as_posix() for page in course_pages()]
    built = sorted(page.relative_to(course_site).as_posix() for page in course_site.rglob("*.html"))
    assert len(listed) == len(set(listed))
    assert sorted(listed) == built


def test_the_page_list_starts_at_home_and_ends_with_the_casussen_and_404():
    pages = course_pages()
    casussen = [page for page in pages if page.startswith("casussen/") and page != "casussen/"]
    assert pages[0] == ""
    assert pages[-1] == "404.html"
    assert casussen and pages[-1 - len(casussen):-1] == casussen


def test_one_page_of_each_kind_holds_every_widget_of_the_course(course_site):
    pages = course_pages()
    chosen = one_page_per_kind(course_site, pages)
    texts = [html_file(course_site, page).read_text(encoding="utf-8") for page in chosen]
    assert chosen[0] == "" and len(chosen) < len(pages) / 2
    # Each flow's widgets (a quiz of each type, a casus decision, the leidraad, the eindtoets, ...) are on one.
    for flow, markers in FLOW_MARKERS.items():
        assert any(all(marker in text for marker in markers) for text in texts), flow
    # A page with another page-kind script, or another kind of widget, is a kind of its own.
    assert page_kind(texts[0]) != page_kind(texts[0].replace('data-swan-progress="', 'data-swan-other="'))
    assert page_kind(texts[0]) != page_kind(texts[0] + '<script src="../assets/casus.0123abcd.js"></script>')
    assert page_kind(texts[0]) != page_kind(texts[0].replace("</article>", '<input type="checkbox"></article>'))
