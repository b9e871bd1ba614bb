"""The JSON Schema of rule files, made from the rule-file reader's own tables (`schemas/rule-file.schema.json`)."""

from __future__ import annotations

import json
from typing import Any

from checker import kinds
from checker.extract import KINDS as CLAIM_KINDS
from checker.rules import CHECK_KEYS, PACK_KEYS, SELECTOR_KEYS, SOURCE_KEYS

ID = "https://crosscheck.invalid/schemas/rule-file.schema.json"  # a name, not a place: editors map it to the file
NAME = r"^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$"
WORD = r"^[A-Za-z_][\w-]*$"
TEXT: dict[str, Any] = {"type": ["string", "number"], "minLength": 1}  # YAML reads `[11]` as a number; the reader takes it as text
SEVERITIES = ["error", "warning", "info"]


def _texts(description: str, enum: list[str] | None = None) -> dict[str, Any]:
    one = {**TEXT, "enum": enum} if enum else TEXT
    return {"description": description, "anyOf": [one, {"type": "array", "items": one, "minItems": 1}]}


def _selector() -> dict[str, Any]:
    props: dict[str, Any] = {key: {"description": words, **TEXT} for key, words in SELECTOR_KEYS.items()}
    for key in ("subject", "sentence", "about", "entities"):
        props[key] = _texts(SELECTOR_KEYS[key])
    props["kind"] = _texts(SELECTOR_KEYS["kind"], list(CLAIM_KINDS))
    props["unit"] = _texts(SELECTOR_KEYS["unit"])
    props["qualifier"] = _texts(SELECTOR_KEYS["qualifier"])
    return {"type": "object", "additionalProperties": False, "properties": props,
            "minProperties": 1, "not": {"required": ["description"], "maxProperties": 1}}


def _check() -> dict[str, Any]:
    extra = {key: words for kind in kinds.KINDS.values() for key, words in kind.EXTRA_KEYS.items()}
    props: dict[str, Any] = {key: {"description": words, **TEXT} for key, words in CHECK_KEYS.items()}
    props["severity"] = {"description": CHECK_KEYS["severity"], "enum": SEVERITIES}
    props.update({key: {"description": words, "enum": ["info", "warning", "ignore"]} for key, words in extra.items()})
    props["agree"] = _texts("quantities whose figures must agree across sources")
    props["expect"] = {"description": "a relation between quantities, such as a + b == c", **TEXT}
    return {"type": "object", "additionalProperties": False, "properties": props,
            "oneOf": [{"required": [kind]} for kind in kinds.KINDS]}


def schema() -> dict[str, Any]:
    """The rule-file schema: every key the reader takes, with its words; what it cannot say (expressions,
    one measure per quantity) `crosscheck rules validate` checks."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#", "$id": ID,
        "title": "crosscheck rule file", "description": "A pack of named quantities and checks over them.",
        "type": "object", "additionalProperties": False, "required": ["checks"],
        "properties": {
            "pack": {"description": PACK_KEYS["pack"], "type": "string", "pattern": WORD},
            "description": {"description": PACK_KEYS["description"], **TEXT},
            "sources": {"description": PACK_KEYS["sources"], "type": "object", "additionalProperties": False,
                        "properties": {"contains": _texts(SOURCE_KEYS["contains"])}},
            "quantities": {"description": PACK_KEYS["quantities"], "type": "object",
                           "propertyNames": {"pattern": NAME}, "additionalProperties": _selector()},
            "checks": {"description": PACK_KEYS["checks"], "type": "object",
                       "propertyNames": {"pattern": WORD}, "additionalProperties": _check()},
        },
    }


def text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
