"""fastjsonschema's quick verdict agrees with jsonschema: it never lets through what jsonschema refuses."""

import copy
import random

import fastjsonschema
import pytest
import yaml
from helpers import FIXTURES, ROOT

from swan_course.content import schemas
from swan_course.content.yamlfile import load_yaml
from swan_course.release.build import plugin_settings

KINDS = ("quiz", "casus", "begrippen", "branding", "gespreksleidraad", "stellingen")


def documents() -> list[tuple[str, str, object]]:
    """(kind, name, data) for every data file of the course and the test fixtures."""
    found = []
    for root in (ROOT, FIXTURES / "course", FIXTURES / "trainers", *sorted((FIXTURES / "invalid").iterdir())):
        for kind, pattern in (("quiz", "quizzes/*.yml"), ("casus", "casussen/*.yml"), ("begrippen", "begrippen.yml"),
                              ("gespreksleidraad", "gespreksleidraad.yml"), ("stellingen", "stellingen.yml")):
            for path in sorted(root.glob(pattern)):
                data, errors = load_yaml(path, path.name)
                if not errors:
                    found.append((kind, str(path.relative_to(ROOT)), data))
        if (root / "mkdocs.yml").exists():
            config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
            branding = plugin_settings(config, "swan").get("branding")
            if branding is not None:
                found.append(("branding", str((root / "mkdocs.yml").relative_to(ROOT)), branding))
    return found


def jsonschema_accepts(data: object, kind: str) -> bool:
    return next(iter(schemas._validator(kind).iter_errors(data)), None) is None


def quick_accepts(data: object, kind: str) -> bool:
    try:
        schemas._verdict(kind)(data)
        return True
    except fastjsonschema.JsonSchemaValueException:
        return False


def places(data: object, path: tuple = ()) -> list[tuple]:
    """Every path into a document, the document itself included."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += places(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += places(value, path + (index,))
    return found


REPLACEMENTS = [None, 0, 3, 2.0, -1, True, False, "", "x", "twee\nregels", "GROTE-Letters", "#4051b5", "a--b",
                [], ["x"], ["x", "x"], {}, {"onbekend": 1}]


def broken_variant(data: object, rng: random.Random) -> object:
    """A copy of the document with one thing changed: a value replaced, a field dropped or added, a list changed."""
    variant = copy.deepcopy(data)
    path = rng.choice(places(variant))
    if not path:
        return rng.choice(REPLACEMENTS)
    parent = variant
    for step in path[:-1]:
        parent = parent[step]
    key = path[-1]
    action = rng.randrange(5)
    if action == 0 and isinstance(parent, dict):
        del parent[key]
    elif action == 1 and isinstance(parent, dict):
        parent["onbekend"] = "x"
    elif action == 2 and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))
    elif action == 3 and isinstance(parent[key], list):
        parent[key] = parent[key][:rng.randrange(2)]
    else:
        parent[key] = copy.deepcopy(rng.choice(REPLACEMENTS))
    return variant


def test_every_schema_compiles_for_the_quick_check():
    assert all(callable(schemas._verdict(kind)) for kind in KINDS)


def test_the_quick_check_agrees_with_jsonschema_on_real_and_broken_documents():
    rng = random.Random(20261123)
    verdicts = {True: 0, False: 0}
    for kind, name, data in documents():
        for variant in [data] + [broken_variant(data, rng) for _ in range(30)]:
            expected = jsonschema_accepts(variant, kind)
            assert quick_accepts(variant, kind) == expected, (name, variant)
            verdicts[expected] += 1
    # The comparison means something only if both verdicts occur often.
    assert verdicts[True] > 100 and verdicts[False] > 300, verdicts


@pytest.mark.parametrize("schema, value, valid", [
    ({"const": 1}, True, False),
    ({"enum": [0]}, False, False),
    ({"type": "integer"}, 2.0, True),
    ({"type": "integer"}, True, False),
    ({"type": "number"}, 1, True),
    ({"uniqueItems": True}, [1, True], True),
    ({"uniqueItems": True}, [{"a": [1]}, {"a": [1]}], False),
    ({"oneOf": [{"type": "string"}, {"minLength": 1}]}, "x", False),
    ({"minimum": 1}, "0", True),
    ({"maxLength": 2, "minLength": 1}, "abc", False),
    ({"pattern": "^a$"}, "a\n", True),
    ({"$defs": {"x": {"type": "string"}}, "items": {"$ref": "#/$defs/x"}}, ["a", 1], False),
])
def test_edge_cases_of_json_schema(schema, value, valid):
    from jsonschema import Draft202012Validator

    definition = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    try:
        fastjsonschema.validate(definition, value)
        quick = True
    except fastjsonschema.JsonSchemaValueException:
        quick = False
    assert Draft202012Validator(schema).is_valid(value) == valid
    # The quick verdict never accepts what jsonschema refuses; where it is stricter, jsonschema decides.
    assert (quick or valid) == valid


def test_invalid_data_is_still_described_by_jsonschema():
    errors = schemas.validate({"title": "Toets"}, "quiz", "quizzes/toets.yml")
    assert [(error.field, error.message) for error in errors] == [("questions", "this field is missing")]
