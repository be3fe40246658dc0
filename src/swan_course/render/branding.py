"""Own branding in the site: the stylesheet with the colours and the place of the logo."""

from __future__ import annotations

from pathlib import Path

from ..content.branding import WHITE, _mix

CSS_PATH = "assets/branding.css"
LOGO_DIR = "assets/branding"


def logo_file(branding: dict, root: Path) -> tuple[str, Path] | None:
    """Return (path in the site, file on disk) of the logo, or None without a logo."""
    if not branding.get("logo"):
        return None
    source = (root / branding["logo"]).resolve()
    return f"{LOGO_DIR}/logo{source.suffix.lower()}", source


def stylesheet(branding: dict) -> str:
    """Return the CSS custom properties that give Material the branding colours."""
    primary, accent = branding["primary"], branding["accent"]
    properties = {
        "--md-primary-fg-color": primary,
        "--md-primary-fg-color--light": _mix(primary, WHITE, 0.15),
        "--md-primary-fg-color--dark": _mix(primary, "#000000", 0.2),
        "--md-primary-bg-color": WHITE,
        "--md-primary-bg-color--light": "#ffffffb3",
        "--md-accent-fg-color": accent,
        "--md-accent-fg-color--transparent": f"{accent}1a",
        "--md-accent-bg-color": WHITE,
        "--md-accent-bg-color--light": "#ffffffb3",
        "--md-typeset-a-color": primary,
    }
    lines = "".join(f"  {name}: {value};\n" for name, value in properties.items())
    return ("/* Generated from mkdocs.yml plugins.swan.branding by swan_course/render/branding.py. */\n"
            f":root > * {{\n{lines}}}\n")
