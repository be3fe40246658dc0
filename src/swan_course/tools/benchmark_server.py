"""A static web server for the benchmark that serves a site as a careful host would, and counts what it sends.

Text files (HTML, CSS, JS, JSON, SVG) go out compressed with gzip level 6 when the
browser accepts it; pages are revalidated on every visit (`Cache-Control: no-cache`,
answered with 304 when unchanged), every other file may be kept for an hour. Every
response is logged with its size as it went over the wire (status line, headers and
body), so a visit's cost is what the browser really downloaded, whatever asked for
it: the page, a script, the search worker or its language files.
"""

from __future__ import annotations

import email.utils
import gzip
import http.server
import mimetypes
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

GZIP_LEVEL = 6
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
ASSET_MAX_AGE = 3600


@dataclass(frozen=True)
class Sent:
    """One response: the path asked for, its status and the bytes sent."""

    path: str
    status: int
    size: int


class CountingServer:
    """Serve a built site on 127.0.0.1 (any free port) and log every response."""

    def __init__(self, site: Path):
        self.site = site.resolve()
        self.sent: list[Sent] = []
        self.busy = 0
        self.lock = threading.Lock()
        self._compressed: dict[Path, bytes] = {}
        handler = type("Handler", (_Handler,), {"owner": self})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def mark(self) -> int:
        """Return a mark for since(): the number of responses so far."""
        with self.lock:
            return len(self.sent)

    def since(self, mark: int) -> list[Sent]:
        """Return the responses sent after a mark."""
        with self.lock:
            return list(self.sent[mark:])

    def quiet(self) -> bool:
        """Tell whether no request is being answered right now."""
        with self.lock:
            return self.busy == 0

    def compressed(self, file: Path) -> bytes:
        """Return a file gzipped at level 6 (kept, the site does not change while it is served)."""
        if file not in self._compressed:
            self._compressed[file] = gzip.compress(file.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        return self._compressed[file]

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> CountingServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answer GET and HEAD from the site folder; see the module docstring for the rules."""

    owner: CountingServer
    protocol_version = "HTTP/1.1"  # keep-alive, as browsers and real hosts use it

    def do_GET(self):
        """Serve a file, counting what goes out."""
        self._answer(send_body=True)

    def do_HEAD(self):
        """Serve a file's headers only."""
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        """Serve the request and log the response."""
        with self.owner.lock:
            self.owner.busy += 1
        self._size, status = 0, 500
        try:
            status = self._respond(send_body)
        finally:
            with self.owner.lock:
                self.owner.busy -= 1
                self.owner.sent.append(Sent(urlsplit(self.path).path, status, self._size))

    def _respond(self, send_body: bool) -> int:
        """Send the response for self.path; return its status."""
        path = unquote(urlsplit(self.path).path)
        file = self._file(path)
        if file is not None and file.is_dir():
            return self._send(301, b"", {"Location": path + "/"}, send_body)
        if file is None or not file.is_file():
            missing = self.owner.site / "404.html"
            body = missing.read_bytes() if missing.is_file() else b"Not found"
            return self._send(404, body, {"Content-Type": "text/html; charset=utf-8"}, send_body)
        return self._send_file(file, send_body)

    def _file(self, path: str) -> Path | None:
        """Return the file a URL path names (a folder's index.html), or None outside the site."""
        file = (self.owner.site / path.lstrip("/")).resolve()
        if file != self.owner.site and self.owner.site not in file.parents:
            return None
        if path.endswith("/"):
            file = file / "index.html"
        return file

    def _send_file(self, file: Path, send_body: bool) -> int:
        """Send a file: 304 when the browser's copy is current, else the file (gzipped where it helps)."""
        modified = email.utils.formatdate(int(file.stat().st_mtime), usegmt=True)
        caching = {"Last-Modified": modified,
                   "Cache-Control": "no-cache" if file.suffix == ".html" else f"max-age={ASSET_MAX_AGE}"}
        if self.headers.get("If-Modified-Since") == modified:
            return self._send(304, b"", caching, send_body)
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        headers = {**caching, "Content-Type": kind + ("; charset=utf-8" if kind.startswith("text/") else "")}
        if file.suffix in COMPRESSED:
            headers["Vary"] = "Accept-Encoding"
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                headers["Content-Encoding"] = "gzip"
                return self._send(200, self.owner.compressed(file), headers, send_body)
        return self._send(200, file.read_bytes(), headers, send_body)

    def _send(self, status: int, body: bytes, headers: dict[str, str], send_body: bool) -> int:
        """Send status, headers and body; return the status."""
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)
            self._size += len(body)
        return status

    def send_response_only(self, code, message=None):
        """Send the status line, counting its bytes."""
        super().send_response_only(code, message)
        self._size += len(f"{self.protocol_version} {code} {message or self.responses[code][0]}\r\n")

    def send_header(self, keyword, value):
        """Send a header, counting its bytes."""
        super().send_header(keyword, value)
        self._size += len(f"{keyword}: {value}\r\n")

    def end_headers(self):
        """End the headers, counting the blank line."""
        super().end_headers()
        self._size += 2

    def log_message(self, *args):
        """Stay silent: the responses are logged in CountingServer.sent."""
