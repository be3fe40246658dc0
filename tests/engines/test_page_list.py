"""The shared page list (course_pages.py) names exactly the pages the build writes."""

from course_pages import course_pages, html_file


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
