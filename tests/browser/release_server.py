"""A small web server for the release tests: folders served under URL prefixes on 127.0.0.1.

The folders can be swapped while it runs, as when a trainer puts a new release
at the same place.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, mounts: dict[str, Path], **kwargs):
        self.mounts = mounts
        super().__init__(*args, directory="/nonexistent", **kwargs)

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in sorted(self.mounts.items(), key=lambda item: -len(item[0])):
            if path.startswith(prefix):
                self.directory = str(folder)
                return super().translate_path("/" + path[len(prefix):])
        return "/nonexistent/__not_mounted__"

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a browser that stops reading (a page left early) is no test failure


class ReleaseServer:
    """Serve {"/prefix/": folder, ...}; change self.mounts to swap folders."""

    def __init__(self, mounts: dict[str, Path]):
        self.mounts = dict(mounts)
        handler = functools.partial(_Handler, mounts=self.mounts)
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def mount(self, prefix: str, folder: Path) -> str:
        self.mounts[prefix] = folder
        return self.origin + prefix

    def close(self):
        self.server.shutdown()
        self.server.server_close()
