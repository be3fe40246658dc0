"""Authoring mistakes, described in the author's terms: file, field, problem."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ContentError:
    """One mistake in one content file."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        """Write the mistake as the build reports it: file, field, message."""
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


def field_path(parts) -> str:
    """Render a path such as ['questions', 2, 'feedback'] as questions[2].feedback."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".")
