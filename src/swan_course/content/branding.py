"""Own branding: organisation name, logo and colours from mkdocs.yml (plugins: swan: branding).

Only the look changes, never the content. The colours become Material's CSS
custom properties in a generated stylesheet; a colour that white text cannot be
read on (WCAG 2.1 AA, 4.5:1) is refused.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ContentError
from .schemas import validate

CONFIG = "mkdocs.yml"
FIELD = "plugins.swan.branding"
MIN_CONTRAST = 4.5
WHITE = "#ffffff"

# The course's own look; an organisation overrides any of these in mkdocs.yml.
DEFAULTS = {"organisation": "Movisie", "logo": None, "primary": "#4051b5", "accent": "#304ffe"}


def load_branding(settings: object, root: Path) -> tuple[dict, list[ContentError]]:
    """Check the branding settings and return it with defaults filled in (defaults only on mistakes)."""
    settings = {} if settings is None else settings
    errors = [_in_config(error) for error in validate(settings, "branding", CONFIG)]
    if errors:
        return dict(DEFAULTS), errors
    branding = {**DEFAULTS, **settings}
    errors = contrast_errors(branding) + _logo_errors(branding["logo"], root)
    return (dict(DEFAULTS) if errors else branding), errors


def contrast_errors(branding: dict) -> list[ContentError]:
    """Refuse a primary or accent colour on which white text is too hard to read."""
    errors = []
    for key in ("primary", "accent"):
        ratio = contrast(branding[key], WHITE)
        if ratio < MIN_CONTRAST:
            errors.append(ContentError(CONFIG, f"{FIELD}.{key}", (
                f"white text on {branding[key]} has a contrast of {ratio:.2f}:1, below the {MIN_CONTRAST}:1 "
                "that WCAG 2.1 AA asks for; choose a darker colour")))
    return errors


def contrast(first: str, second: str) -> float:
    """Return the WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _logo_errors(logo: str | None, root: Path) -> list[ContentError]:
    """Refuse a logo path that names no file."""
    if logo and not (root / logo).is_file():
        return [ContentError(CONFIG, f"{FIELD}.logo",
                             f"there is no file {logo} (the path is relative to the folder of mkdocs.yml)")]
    return []


def _in_config(error: ContentError) -> ContentError:
    """Name a branding mistake by its place in mkdocs.yml."""
    field = FIELD if error.field in ("", "(top level)") else f"{FIELD}.{error.field}"
    return ContentError(error.file, field, error.message)


def _channels(colour: str) -> list[int]:
    """Return the red, green and blue values of a #rrggbb colour."""
    return [int(colour[index:index + 2], 16) for index in (1, 3, 5)]


def _luminance(colour: str) -> float:
    """Return the relative luminance of a colour (WCAG 2.1)."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
              for c in (value / 255 for value in _channels(colour))]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _mix(colour: str, other: str, amount: float) -> str:
    """Mix a colour with another by an amount from 0 to 1."""
    mixed = [round(a + (b - a) * amount) for a, b in zip(_channels(colour), _channels(other))]
    return "#" + "".join(f"{value:02x}" for value in mixed)
