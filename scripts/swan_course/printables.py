"""Printable PDFs, printed by headless Chromium from pages of the built site.

`scripts/printables <site_dir>` (also called by the release command) writes each
PDF next to its page, e.g. site/voor-trainers/stellingen.pdf.

The pages link to these PDFs, and MkDocs' strict validation would refuse a link
to a file that does not exist at build time. So the build adds a small
placeholder PDF at each place (see `placeholders`), saying that the real one is
made when a release is built; this command overwrites it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path("/usr/lib/chromium/chromium")
# Chromium must not reach out to Google's services while printing.
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-sync", "--disable-gpu"]


@dataclass(frozen=True)
class Printable:
    """A page of the built site (its URL path) and the PDF printed from it (a path in the site)."""

    page: str
    pdf: str


# Add a printable here; its page sets its own paper size with a CSS @page rule.
PRINTABLES = [
    Printable("voor-trainers/stellingen/", "voor-trainers/stellingen.pdf"),
    Printable("gespreksleidraad/kaartenset/", "gespreksleidraad/kaartenset.pdf"),
]

PLACEHOLDER_TEXT = [
    "Deze pdf wordt gemaakt als de cursus als release wordt uitgebracht.",
    "Je ziet nu een voorlopige versie: de cursus is gebouwd zonder die stap.",
    "Open de pagina in de cursus en druk die af met de browser.",
    "Of bouw de pdf met: scripts/printables <map van de gebouwde site>",
]


def placeholders(page_urls: set[str]) -> dict[str, bytes]:
    """Return {pdf path: placeholder PDF} for each printable whose page is in the site."""
    pages = {_directory_url(url) for url in page_urls}
    return {item.pdf: simple_pdf(PLACEHOLDER_TEXT) for item in PRINTABLES if item.page in pages}


def _directory_url(url: str) -> str:
    """'a/b.html' and 'a/b/index.html' (a site built for file://) as 'a/b/', the form PRINTABLES uses."""
    if url.endswith("index.html"):
        return url[: -len("index.html")]
    return url[: -len(".html")] + "/" if url.endswith(".html") else url


def html_file(site: Path, page: str) -> Path:
    """The HTML file of a page, in a site built with or without directory URLs."""
    folder = site / page / "index.html"
    return folder if folder.is_file() else site / (page.rstrip("/") + ".html")


def simple_pdf(lines: list[str]) -> bytes:
    """Return a valid one-page A4 PDF with lines of plain text (Latin-1 only)."""
    text = " ".join(f"({_pdf_string(line)}) '" for line in lines)
    stream = f"BT /F1 12 Tf 16 TL 56 800 Td {text} ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


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
    path = Path(os.environ.get("SWAN_CHROMIUM", CHROMIUM))
    return {"executable_path": str(path)} if path.exists() else {}


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


if __name__ == "__main__":
    sys.exit(main())
