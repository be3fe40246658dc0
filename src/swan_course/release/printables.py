"""Printable PDFs, printed by headless Chromium from pages of the built site.

`scripts/printables <site_dir>` (also called by the release command) writes each
PDF next to its page, e.g. site/voor-trainers/stellingen.pdf, over the
placeholder the build put there (see render/printables.py).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from ..render.printables import PRINTABLES, Printable

CHROMIUM = Path("/usr/lib/chromium/chromium")
# Chromium must not reach out to Google's services while printing.
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-sync", "--disable-gpu"]


def html_file(site: Path, page: str) -> Path:
    """The HTML file of a page, in a site built with or without directory URLs."""
    folder = site / page / "index.html"
    return folder if folder.is_file() else site / (page.rstrip("/") + ".html")


def page_count(pdf: bytes) -> int:
    """Count the pages of a PDF whose page objects are not compressed (Chromium's and ours)."""
    if not pdf.startswith(b"%PDF-"):
        raise ValueError("not a PDF: it does not start with %PDF-")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def print_pdfs(site: Path, printables: list[Printable] = PRINTABLES) -> list[tuple[Printable, int]]:
    """Print every printable whose page is in the built site; return each with its page count."""
    from playwright.sync_api import sync_playwright  # only needed here: a test and release dependency

    todo = [item for item in printables if html_file(site, item.page).is_file()]
    done = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(args=CHROMIUM_ARGS, **_executable())
        page = browser.new_page()
        # The site makes no request to another host; a printed page must not either.
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        for item in todo:
            page.goto(html_file(site, item.page).resolve().as_uri(), wait_until="load")
            target = site / item.pdf
            page.pdf(path=str(target), prefer_css_page_size=True, print_background=True, outline=True,
                     tagged=True)
            done.append((item, page_count(target.read_bytes())))
        browser.close()
    return done


def main(argv: list[str] | None = None) -> int:
    """Command line: print the PDFs into a built site."""
    parser = argparse.ArgumentParser(prog="scripts/printables", description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="the folder of the built site (mkdocs build -d ...)")
    site = parser.parse_args(argv).site_dir
    if not (site / "index.html").is_file():
        print(f"printables: {site} is not a built site (there is no index.html); build it first", file=sys.stderr)
        return 1
    missing = [item for item in PRINTABLES if not (site / item.page / "index.html").is_file()]
    for item in missing:
        print(f"printables: skipped {item.pdf}: the page {item.page} is not in this site")
    done = print_pdfs(site)
    for item, pages in done:
        print(f"printables: wrote {item.pdf} ({pages} page{'s' if pages != 1 else ''}) from {item.page}")
    if not done:
        print("printables: none of the printable pages is in this site", file=sys.stderr)
        return 1
    return 0


def _executable() -> dict:
    """Return the Chromium to print with: Debian's (or SWAN_CHROMIUM), else Playwright's own."""
    path = Path(os.environ.get("SWAN_CHROMIUM", CHROMIUM))
    return {"executable_path": str(path)} if path.exists() else {}


if __name__ == "__main__":
    sys.exit(main())
