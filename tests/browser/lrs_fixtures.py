"""A real Learning Record Store for the tests, and the small part of an LMS that cmi5 needs.

Ralph (PyPI `ralph-malph`, pinned in the test extra) runs as its own process with
its file-system backend on 127.0.0.1, with the accounts a host would make: one that
may only write statements (the course), one for an LMS, one that may only read
(the report). The test binds the listening socket itself and hands it to uvicorn
(`--fd`), so a request made before ralph is ready simply waits: nothing sleeps.

ralph_app.py starts ralph's own app with one documented setting changed (see there: the fs
backend of 5.1.0 stores only the first POST otherwise).

Ralph implements only the xAPI statements resource (its API is /xAPI/statements,
/whoami and health checks). A cmi5 launch needs more from an LMS: the launch URL
with its parameters, the one-time `fetch` URL for the auth token, the LMS.LaunchData
state document and the cmi5LearnerPreferences agent profile, and the LMS's own
"launched" statement. `TestLms` plays exactly those parts on the test web server and
forwards the course's statements to ralph unchanged (with the LMS's account, as an
LMS with an LRS behind it does); what the tests check is then read back from ralph.
"""

from __future__ import annotations

import base64
import http.server
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit
from urllib.request import Request, urlopen

ACCOUNTS = {"cursus": ["statements/write"], "lms": ["statements/write"], "rapport": ["statements/read"]}
CMI5 = "https://w3id.org/xapi/cmi5/context/extensions/"
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
AU_ID = "tag:movisie.nl,2025:swan-cursus/au/cursus"  # the publisher id in cmi5.xml
LMS_ACTIVITY = "https://lms.test.invalid/activiteiten/swan-cursus"  # the LMS's own activityId for the AU


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class Ralph:
    """ralph on 127.0.0.1 with the fs backend; `endpoint` is its xAPI base URL."""

    def __init__(self, folder: Path, cors_origins: list[str], app: str = "ralph_app:app", page_size: int = 5):
        import bcrypt

        self.passwords = {name: secrets.token_urlsafe(12) for name in ACCOUNTS}
        auth = [{"username": name, "scopes": scopes,
                 "agent": {"account": {"homePage": "http://127.0.0.1/", "name": name}},
                 "hash": bcrypt.hashpw(self.passwords[name].encode(), bcrypt.gensalt(4)).decode()}
                for name, scopes in ACCOUNTS.items()]
        (folder / "auth.json").write_text(json.dumps(auth), encoding="utf-8")
        (folder / "data").mkdir()
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(128)
        self.endpoint = f"http://127.0.0.1:{self.socket.getsockname()[1]}/xAPI/"
        env = {**os.environ, "RALPH_APP_DIR": str(folder), "RALPH_AUTH_FILE": str(folder / "auth.json"),
               "RALPH_RUNSERVER_BACKEND": "fs", "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "data"),
               # Write-only accounts need scopes, and scopes need the authority restriction (ralph's docs).
               "RALPH_LRS_RESTRICT_BY_AUTHORITY": "True", "RALPH_LRS_RESTRICT_BY_SCOPES": "True",
               "RALPH_RUNSERVER_CORS_ALLOW_ORIGINS": json.dumps(cors_origins),
               # Small pages, so that every reader of the statements API must follow `more`.
               "RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": str(page_size)}
        self.log = open(folder / "ralph.log", "w", encoding="utf-8")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", app, "--app-dir", str(Path(__file__).parent),
             "--fd", str(self.socket.fileno()), "--log-level", "warning"],
            env=env, pass_fds=[self.socket.fileno()], stdout=self.log, stderr=self.log)

    def request(self, method: str, url: str, user: str, body=None, headers=None) -> tuple[int, bytes]:
        data = json.dumps(body).encode() if body is not None and not isinstance(body, bytes) else body
        request = Request(url, data=data, method=method, headers={
            "Authorization": basic(user, self.passwords[user]), "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json", **(headers or {})})
        try:
            with urlopen(request, timeout=60) as response:
                return response.status, response.read()
        except HTTPError as error:
            return error.code, error.read()

    def statements(self, **params) -> list[dict]:
        """Every statement that matches, read with the read-only account, oldest first (by timestamp)."""
        found, url = [], self.endpoint + "statements?" + urlencode({"limit": 20, **params})
        while url:
            status, body = self.request("GET", url, "rapport")
            assert status == 200, body
            page = json.loads(body)
            found += page["statements"]
            url = urljoin(self.endpoint, page["more"]) if page.get("more") else None
        return sorted(found, key=lambda statement: (statement["timestamp"], statement["stored"]))

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.socket.close()
        self.log.close()


class _Session:
    def __init__(self, registration: str, actor: dict, launch_mode: str):
        self.registration, self.actor, self.launch_mode = registration, actor, launch_mode
        self.id = str(uuid.uuid4())
        self.fetch_key = secrets.token_urlsafe(12)
        self.token = base64.b64encode(f"au-{self.id}:{secrets.token_urlsafe(12)}".encode()).decode()
        self.token_given = False


class TestLms:
    """The LMS side of a cmi5 launch (see the module docstring); statements go on to ralph."""

    __test__ = False  # not a test class

    def __init__(self, ralph: Ralph, origin: str, package: str, return_url: str, mastery: float = 0.7):
        self.ralph, self.origin, self.package = ralph, origin, package
        self.return_url, self.mastery = return_url, mastery
        self.sessions: dict[str, _Session] = {}
        self.down = False  # True: the LMS's statement API answers 503, as when its LRS is down
        self.lock = threading.Lock()

    def launch_data(self, session: _Session) -> dict:
        return {"contextTemplate": {"contextActivities": {"grouping": [{"objectType": "Activity", "id": AU_ID}]},
                                    "extensions": {CMI5 + "sessionid": session.id}},
                "launchMode": session.launch_mode, "moveOn": "CompletedAndPassed", "masteryScore": self.mastery,
                "returnURL": self.return_url}

    def launch_url(self, registration: str | None = None, actor: dict | None = None,
                   launch_mode: str = "Normal") -> tuple[str, _Session]:
        """Start a session as an LMS does: record "launched", then return the AU's launch URL."""
        actor = actor or {"objectType": "Agent", "account": {"homePage": "https://lms.test.invalid",
                                                             "name": "leerling-" + secrets.token_hex(4)}}
        session = _Session(registration or str(uuid.uuid4()), actor, launch_mode)
        with self.lock:
            self.sessions[session.id] = session
        launched = {"id": str(uuid.uuid4()), "actor": actor,
                    "verb": {"id": "http://adlnet.gov/expapi/verbs/launched", "display": {"en-US": "launched"}},
                    "object": {"objectType": "Activity", "id": LMS_ACTIVITY},
                    "context": {"registration": session.registration,
                                "contextActivities": {"category": [{"id": CMI5_CATEGORY}],
                                                      "grouping": [{"objectType": "Activity", "id": AU_ID}]},
                                "extensions": {CMI5 + "sessionid": session.id, CMI5 + "launchmode": launch_mode,
                                               CMI5 + "launchurl": self.package + "cmi5.html",
                                               CMI5 + "moveon": "CompletedAndPassed",
                                               CMI5 + "masteryscore": self.mastery}}}
        status, body = self.ralph.request("POST", self.ralph.endpoint + "statements", "lms", [launched])
        assert status == 200, body
        query = urlencode({"endpoint": self.origin + "/lms/xapi/",
                           "fetch": f"{self.origin}/lms/fetch/{session.fetch_key}",
                           "actor": json.dumps(actor), "registration": session.registration,
                           "activityId": LMS_ACTIVITY})
        return f"{self.package}cmi5.html?{query}", session

    # ---- the requests of the AU ----

    def handle(self, handler: http.server.BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        path, query = parts.path, parse_qs(parts.query)
        if path.startswith("/lms/fetch/") and method == "POST":
            return self._fetch(handler, path.rsplit("/", 1)[1])
        session = self._session_of(handler.headers.get("Authorization", ""))
        if session is None:
            return _reply(handler, 401, {"error": "no valid auth token"})
        if path == "/lms/xapi/activities/state" and method == "GET":
            if query.get("stateId") == ["LMS.LaunchData"] and query.get("registration") == [session.registration]:
                return _reply(handler, 200, self.launch_data(session))
            return _reply(handler, 404, {"error": "no such state"})
        if path == "/lms/xapi/agents/profile" and method == "GET":
            return _reply(handler, 200, {"languagePreference": "nl-NL", "audioPreference": "off"})
        if path.rstrip("/") == "/lms/xapi/statements" and method in ("POST", "PUT"):
            return self._forward(handler, method, parts.query)
        return _reply(handler, 404, {"error": "not part of this test LMS"})

    def _fetch(self, handler, key: str) -> None:
        with self.lock:
            session = next((s for s in self.sessions.values() if s.fetch_key == key), None)
            if session is None or session.token_given:
                return _reply(handler, 200, {"error-code": "1", "error-text": "The token was already returned."})
            session.token_given = True
        _reply(handler, 200, {"auth-token": session.token})

    def _session_of(self, authorization: str) -> _Session | None:
        token = authorization.removeprefix("Basic ").strip()
        with self.lock:
            return next((s for s in self.sessions.values() if s.token_given and s.token == token), None)

    def _forward(self, handler, method: str, query: str) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        if self.down:
            return _reply(handler, 503, {"error": "the LRS is down"})
        url = self.ralph.endpoint + "statements" + (f"?{query}" if query else "")
        status, answer = self.ralph.request(method, url, "lms", body)
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(answer)))
        handler.end_headers()
        handler.wfile.write(answer)


def _reply(handler, status: int, data: dict) -> None:
    body = json.dumps(data).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, server_state, **kwargs):
        self.state = server_state
        super().__init__(*args, directory="/nonexistent", **kwargs)

    def _lms(self, method: str) -> bool:
        if self.path.startswith("/lms/") and self.state.lms is not None:
            self.state.lms.handle(self, method)
            return True
        return False

    def do_GET(self):
        if not self._lms("GET"):
            super().do_GET()

    def do_POST(self):
        if not self._lms("POST"):
            _reply(self, 405, {"error": "static files only"})

    def do_PUT(self):
        if not self._lms("PUT"):
            _reply(self, 405, {"error": "static files only"})

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in sorted(self.state.mounts.items(), key=lambda item: -len(item[0])):
            if path.startswith(prefix):
                self.directory = str(folder)
                return super().translate_path("/" + path[len(prefix):])
        return "/nonexistent/__not_mounted__"

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class WebServer:
    """Folders under URL prefixes on 127.0.0.1, plus the test LMS under /lms/ once one is set."""

    def __init__(self):
        self.mounts: dict[str, Path] = {}
        self.lms: TestLms | None = None
        handler = lambda *args, **kwargs: _Handler(*args, server_state=self, **kwargs)  # noqa: E731
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.handle_error = lambda request, address: None  # a browser that stops reading is no failure
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def mount(self, prefix: str, folder: Path) -> str:
        self.mounts[prefix] = folder
        return self.origin + prefix

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def reachable(url: str) -> bool:
    try:
        with urlopen(url, timeout=60):
            return True
    except HTTPError:
        return True
    except URLError:
        return False


# ---- fixtures (imported by test_cmi5.py and test_xapi.py; one server and one ralph per test file) ----

import pytest  # noqa: E402


@pytest.fixture(scope="module")
def web_server():
    server = WebServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def ralph(web_server, tmp_path_factory):
    """ralph, started for this test file and stopped after it; the course's origin may call it (CORS)."""
    lrs = Ralph(tmp_path_factory.mktemp("ralph"), [web_server.origin])
    assert reachable(lrs.endpoint.replace("/xAPI/", "/__heartbeat__")), "ralph did not start"
    yield lrs
    lrs.stop()
