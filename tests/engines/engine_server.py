"""Serve the built course on 127.0.0.1 under a sub-path, as tests/browser does; for WebKit also
with the CSP and error collector (collector.js) put first in every page's <head>.

Classic WebDriver cannot run a script before the page's own, so for WebKit the collector has
to come with the page. It is a file of the site's own origin, placed before any policy in the
page, so no Content-Security-Policy of the course can block it.

    python tests/engines/engine_server.py SITE_DIR   # serve with the collector until Ctrl-C, for run.mjs by hand
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from pathlib import Path

SUB_PATH = "/cursus/swan/"
COLLECTOR_FILE = Path(__file__).resolve().parent / "collector.js"
COLLECTOR_URL = f"{SUB_PATH}__engines__/collector.js"
COLLECTOR_TAG = f'<script src="{COLLECTOR_URL}"></script>'.encode()


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site only under SUB_PATH, as an intranet web server would."""

    with_collector = False

    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__not_under_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def do_GET(self):
        if self.with_collector and self.path.split("?")[0] == COLLECTOR_URL:
            return self._send(COLLECTOR_FILE.read_bytes(), "text/javascript")
        page = self._html_page()
        if self.with_collector and page is not None:
            html = page.read_bytes()
            return self._send(html.replace(b"<head>", b"<head>" + COLLECTOR_TAG, 1), "text/html; charset=utf-8")
        return super().do_GET()

    def _html_page(self) -> Path | None:
        """The HTML file a GET asks for, if it asks for one (a folder means its index.html)."""
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        return path if path.suffix == ".html" and path.is_file() else None

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path, with_collector: bool = False):
    """Yield the URL of the site served on a free port of 127.0.0.1 under SUB_PATH."""
    handler_class = type("Handler", (_SubPathHandler,), {"with_collector": with_collector})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: engine_server.py SITE_DIR")
    with serve(Path(sys.argv[1]), with_collector=True) as url:
        print(url, flush=True)
        threading.Event().wait()
