"""Read a YAML content file strictly: syntax errors, empty files and duplicate keys are mistakes."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ContentError


# libyaml's parser when PyYAML has it (about ten times faster); the same rules either way.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):
    """A safe loader that refuses duplicate keys instead of keeping the last one."""


def _construct_mapping(loader, node, deep=False):
    """Build a mapping, refusing a key that appears twice."""
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark
            )
        seen.add(key)
    return _SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def load_yaml(path: Path, name: str) -> tuple[object, list[ContentError]]:
    """Return the data in a YAML file, or None with the mistakes that stop reading it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [ContentError(name, "", f"cannot be read as UTF-8 text ({error})")]
    if not text.strip():
        return None, [ContentError(name, "", "the file is empty")]
    try:
        return yaml.load(text, Loader=_StrictLoader), []
    except yaml.YAMLError as error:
        return None, [ContentError(name, "", _describe(error))]


def _describe(error: yaml.YAMLError) -> str:
    """Say what is wrong and on which line, without the parser's jargon around it."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is None:
        return f"invalid YAML: {problem}"
    hint = "; check the indentation and the colons near this line" if "expected" in problem else ""
    return f"invalid YAML on line {mark.line + 1}, column {mark.column + 1}: {problem}{hint}"
