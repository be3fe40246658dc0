"""The JSON Schemas in schemas/: the one definition of each kind of data.

The build, the tests and the editor (.vscode/settings.json) all read these files.
Valid data, the usual case, is confirmed by fastjsonschema (each schema compiled
once); only data it refuses goes through jsonschema, which names every mistake.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import fastjsonschema

from .errors import ContentError, field_path

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "schemas"


@cache
def schema(kind: str) -> dict:
    """Return the schema for a kind of data ('quiz' or 'casus')."""
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


@cache
def _verdict(kind: str):
    """Return the compiled check of a kind of data: it raises on the first mistake."""
    return fastjsonschema.compile(schema(kind))


@cache
def _validator(kind: str):
    """Return jsonschema's validator of a kind of data, which lists every mistake."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(kind))


def validate(data: object, kind: str, name: str) -> list[ContentError]:
    """Check data against its schema and describe every mistake for the author."""
    try:
        _verdict(kind)(data)
        return []
    except fastjsonschema.JsonSchemaValueException:
        return sorted({_describe(error, name) for error in _validator(kind).iter_errors(data)})


def choices(kind: str, *path: str) -> dict[str, str]:
    """Return {value: Dutch label} for a fixed list of values, e.g. choices('casus', 'levels')."""
    node = schema(kind)["$defs"]["tags"]["properties"][path[0]]
    options = node.get("items", node)["oneOf"]
    return {option["const"]: option["title"] for option in options}


def _describe(error, name: str) -> ContentError:
    """Turn a jsonschema error into a sentence an author understands."""
    where = field_path(error.absolute_path)
    check = error.validator
    if check == "required":
        missing = error.message.split("'")[1]
        return ContentError(name, _join(where, missing), "this field is missing")
    if check == "additionalProperties":
        unknown = ", ".join(sorted(set(error.instance) - set(error.schema.get("properties", {}))))
        return ContentError(name, where, f"unknown field(s): {unknown}")
    if check == "pattern" and "x-message" in error.schema:
        # A schema may say in its own words what a pattern asks for (e.g. a hex colour).
        return ContentError(name, where or "(top level)", error.schema["x-message"])
    return ContentError(name, where or "(top level)", _MESSAGES.get(check, _generic)(error))


def _join(where: str, key: str) -> str:
    """Join a field path and a key."""
    return f"{where}.{key}" if where else key


def _generic(error) -> str:
    """Return jsonschema's own message."""
    return error.message


def _one_of(error) -> str:
    """Say which values are allowed where the schema lists them."""
    options = [option.get("const") for option in error.schema["oneOf"]]
    if None in options:
        return error.message
    return f"'{error.instance}' is not allowed; choose one of: {', '.join(options)}"


_TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping of fields",
               "boolean": "true or false", "integer": "a whole number"}

_MESSAGES = {
    "type": lambda e: f"must be {_TYPE_NAMES.get(e.validator_value, e.validator_value)}, "
    f"not {type(e.instance).__name__ if e.instance is not None else 'empty'}",
    "enum": lambda e: f"'{e.instance}' is not allowed; choose one of: {', '.join(map(str, e.validator_value))}",
    "oneOf": _one_of,
    "minLength": lambda e: "must not be empty",
    "minItems": lambda e: f"needs at least {e.validator_value} item(s)",
    "uniqueItems": lambda e: "lists the same value twice",
    "pattern": lambda e: "must be one line" if "\\n" in e.validator_value
    else "must use only lower-case letters, digits and single hyphens (for example 'drie-niveaus')",
}
