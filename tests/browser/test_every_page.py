"""No page asks anything of another host, and no page has a script error."""

from urllib.parse import urlparse


def test_no_request_leaves_the_site_and_no_script_error(page, all_pages, site_url):
    outside, errors = [], []
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).hostname not in ("127.0.0.1",) and not request.url.startswith("data:") else None)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on("console", lambda message: errors.append(f"{page.url}: {message.text}") if message.type == "error" else None)
    for path in all_pages:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    assert outside == []
    assert errors == []
    assert len(all_pages) > 3
