"""The JSON Schemas in schemas/: the one definition of each kind of data.

The build, the tests and the editor (.vscode/settings.json) all read these files.
Valid data, the usual case, is confirmed by a small checker for the keywords our
schemas use (see _conforms); only data it refuses goes through jsonschema, which
names every mistake. Importing jsonschema and running it over every file took
a tenth of the build time (see scripts/benchmark).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .errors import ContentError, field_path

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "schemas"


@cache
def schema(kind: str) -> dict:
    """Return the schema for a kind of data ('quiz' or 'casus')."""
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


@cache
def _validator(kind: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(kind))


def validate(data: object, kind: str, name: str) -> list[ContentError]:
    """Check data against its schema and describe every mistake for the author."""
    root = schema(kind)
    if _supported_kind(kind) and _conforms(data, root, root):
        return []
    errors = [_describe(error, name) for error in _validator(kind).iter_errors(data)]
    return sorted(set(errors))


# The JSON Schema 2020-12 keywords _conforms checks, and those that only annotate.
_CHECKED = {"type", "properties", "required", "additionalProperties", "items", "minItems", "minLength",
            "maxLength", "pattern", "const", "enum", "oneOf", "uniqueItems", "minimum", "$ref"}
_ANNOTATIONS = {"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
                "x-message"}
_TYPES = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()),
}


@cache
def _supported_kind(kind: str) -> bool:
    return _supported(schema(kind))


def _supported(node: object) -> bool:
    """Whether every keyword in a schema is one _conforms knows; if not, jsonschema does all the work."""
    if isinstance(node, bool):
        return True
    if not isinstance(node, dict) or not set(node) <= _CHECKED | _ANNOTATIONS:
        return False
    if "$ref" in node and not node["$ref"].startswith("#/"):
        return False
    types = node.get("type", [])
    if not set(types if isinstance(types, list) else [types]) <= set(_TYPES):
        return False
    subschemas = [*node.get("properties", {}).values(), *node.get("$defs", {}).values(), *node.get("oneOf", []),
                  node.get("items", True), node.get("additionalProperties", True)]
    return all(_supported(sub) for sub in subschemas)


def _conforms(x: object, node: object, root: dict) -> bool:
    """Whether x is valid against a schema node: True exactly when jsonschema finds no error.

    tests/unit/test_schemas.py holds this to jsonschema's verdict on the course's data,
    on the fixtures and on many broken variants of them.
    """
    if isinstance(node, bool):
        return node
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if not any(_TYPES[name](x) for name in types):
            return False
    if "const" in node and not _equal(x, node["const"]):
        return False
    if "enum" in node and not any(_equal(x, option) for option in node["enum"]):
        return False
    if "oneOf" in node and sum(_conforms(x, sub, root) for sub in node["oneOf"]) != 1:
        return False
    if "$ref" in node and not _conforms(x, _resolve(root, node["$ref"]), root):
        return False
    if isinstance(x, str):
        if not node.get("minLength", 0) <= len(x) <= node.get("maxLength", len(x)):
            return False
        if "pattern" in node and not re.search(node["pattern"], x):
            return False
    elif isinstance(x, dict):
        properties = node.get("properties", {})
        if not all(key in x for key in node.get("required", ())):
            return False
        extra = node.get("additionalProperties", True)
        for key, value in x.items():
            if not _conforms(value, properties[key] if key in properties else extra, root):
                return False
    elif isinstance(x, list):
        if len(x) < node.get("minItems", 0):
            return False
        if "items" in node and not all(_conforms(item, node["items"], root) for item in x):
            return False
        if node.get("uniqueItems") and any(_equal(a, b) for i, a in enumerate(x) for b in x[i + 1:]):
            return False
    elif _TYPES["number"](x) and "minimum" in node and x < node["minimum"]:
        return False
    return True


def _resolve(root: dict, ref: str) -> object:
    node = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _equal(a: object, b: object) -> bool:
    """JSON equality: true is not 1, and lists and mappings compare item by item."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(p, q) for p, q in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[key], b[key]) for key in a)
    return a == b


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
    return f"{where}.{key}" if where else key


def _generic(error) -> str:
    return error.message


def _one_of(error) -> str:
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
