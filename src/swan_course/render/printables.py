"""Printable PDFs: which pages become which PDF, and the placeholder PDF the build puts in their place.

The pages link to these PDFs, and MkDocs' strict validation would refuse a link
to a file that does not exist at build time. So the build adds a small
placeholder PDF at each place, saying that the real one is made when a release
is built; release/printables.py prints the real ones over them.
"""

from __future__ import annotations

from dataclasses import dataclass


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


def _pdf_string(text: str) -> str:
    """Escape text for a PDF string."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
