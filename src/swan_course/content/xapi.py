"""xAPI settings of the web release (plugins: - swan: xapi: in mkdocs.yml): checked here.

Without `endpoint` nothing changes: no script, no setting, nothing leaves the
browser (render/xapi.py writes the browser side only when it is set).
Everything in a static site can be read by anyone who opens it, the password
too: the LRS account must be one that may only WRITE statements (see
docs/voor-trainers/leerrecords.md).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .errors import ContentError

FILE = "mkdocs.yml"
WHERE = "plugins.swan.xapi"
FIELDS = {
    "endpoint": "the address of the LRS's xAPI endpoint, for example https://lrs.example.org/xAPI/",
    "gebruiker": "the user name of an LRS account that may only write statements",
    "wachtwoord": "the password of that account (readable by anyone: the account may only write)",
    "naam_vragen": "true: the course also asks the learner's name (optional for the learner)",
}


def _error(field: str, message: str) -> ContentError:
    """Name the setting in mkdocs.yml that is wrong."""
    return ContentError(FILE, f"{WHERE}.{field}" if field else WHERE, message)


def load_settings(raw) -> tuple[dict | None, list[ContentError]]:
    """Check the xapi settings; return the settings (None when xAPI is off) and every mistake."""
    if raw is None:
        return None, []
    if not isinstance(raw, dict):
        return None, [_error("", "write the settings as fields under xapi: (endpoint, gebruiker, wachtwoord, "
                                 "naam_vragen), or leave xapi out")]
    errors = [_error(name, f"unknown field; use {', '.join(FIELDS)}") for name in raw if name not in FIELDS]
    endpoint = raw.get("endpoint")
    if endpoint in (None, ""):
        return None, errors  # switched off: the other fields may stay for later
    parts = urlsplit(str(endpoint))
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        errors.append(_error("endpoint", f"'{endpoint}' is not a web address; write {FIELDS['endpoint']}"))
    for name in ("gebruiker", "wachtwoord"):
        if not isinstance(raw.get(name), str) or not raw[name]:
            errors.append(_error(name, f"this field is missing; write {FIELDS[name]}"))
    if not isinstance(raw.get("naam_vragen", False), bool):
        errors.append(_error("naam_vragen", "write true or false"))
    if errors:
        return None, errors
    return {"endpoint": str(endpoint).rstrip("/") + "/", "gebruiker": raw["gebruiker"],
            "wachtwoord": raw["wachtwoord"], "naam_vragen": raw.get("naam_vragen", False)}, []
