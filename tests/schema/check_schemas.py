#!/usr/bin/env python3
"""The JSON Schemas shipped in positions/schema/ against the data.

1. Every shipped YAML file carries the yaml-language-server modeline naming
   its schema, and is valid against it.
2. Every file of the bad-input corpus (tests/bad/corpus/, which the loader
   rejects: see tests/bad/corpus_test.cpp) is rejected by its schema too,
   or cannot be read as YAML at all, except those in LOADER_ONLY: problems a
   schema of one file cannot see (references to other files, duplicate keys,
   loops, limits of the loader).

Run: check_schemas.py SOURCE_DIR. Prints 'N passed, N failed'.
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml

LOADER_ONLY = {
    # references between files or inside the catalog
    "catalog-duplicate-issue-id", "catalog-duplicate-option", "catalog-requires-loop-two",
    "catalog-requires-loop-three", "catalog-rule-unknown-term", "party-condition-unknown-term",
    "party-unknown-issue", "party-unknown-speaker",
    "party-want-and-rule-out", "scenario-unknown-party",
    # issue 10's keys: party codes, options and terms named in other files, and
    # checks across keys of one stance (must_get inside wants/accepts)
    "catalog-decided-by-option-unknown-party", "catalog-decided-by-unknown-party",
    "party-must-get-not-accepted", "party-must-get-ruled-out", "party-must-get-unknown-option",
    "scenario-no-agreement-twice", "scenario-no-agreement-unknown-option",
    # JSON has no duplicate keys: the YAML reader keeps the last one
    "party-duplicate-key",
}


class DataLoader(yaml.SafeLoader):
    """YAML as the loader reads it: dates stay text, only true/false are
    booleans, and aliases are refused (an alias bomb expands on validation)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            raise yaml.YAMLError("aliases are not checked by this test")
        return super().compose_node(parent, index)


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for first in "tTfF":
    DataLoader.yaml_implicit_resolvers.setdefault(first, []).append(
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


def kind_of(path):
    if path.parent.name == "scenarios" or path.name.startswith("scenario-"):
        return "scenario"
    if path.name == "catalog.yaml" or path.name.startswith("catalog-"):
        return "catalog"
    return "party"


def main():
    root = pathlib.Path(sys.argv[1])
    schemas = {k: json.loads((root / "positions/schema" / f"{k}.schema.json").read_text()) for k in ("catalog", "party", "scenario")}
    for s in schemas.values():
        jsonschema.Draft7Validator.check_schema(s)
    passed, failed = 0, 0

    def validator(kind):
        # "format": "date" is checked too, as editors do.
        return jsonschema.Draft7Validator(schemas[kind], format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAILED:", what)

    shipped = sorted((root / "positions").glob("*.yaml")) + sorted((root / "scenarios").glob("*.yaml"))
    check(len(shipped) >= 3, "shipped files found")
    for path in shipped:
        kind = kind_of(path)
        text = path.read_text(encoding="utf-8")
        want = "schema/" if path.parent.name == "positions" else "../positions/schema/"
        modeline = f"# yaml-language-server: $schema={want}{kind}.schema.json"
        check(text.splitlines()[0] == modeline, f"{path}: first line is not '{modeline}'")
        errors = list(validator(kind).iter_errors(yaml.load(text, Loader=DataLoader)))
        check(not errors, f"{path}: {[e.message for e in errors]}")

    corpus = sorted((root / "tests/bad/corpus").glob("*.yaml"))
    check(len(corpus) >= 40, "bad corpus found")
    for path in corpus:
        try:
            data = yaml.load(path.read_bytes(), Loader=DataLoader)
            rejected = bool(list(validator(kind_of(path)).iter_errors(data)))
        except (yaml.YAMLError, RecursionError, UnicodeError, ValueError):
            rejected = True
        if path.stem in LOADER_ONLY:  # kept honest: the list holds only what the schema misses
            check(not rejected, f"{path.name} is in LOADER_ONLY but the schema rejects it")
        else:
            check(rejected, f"{path.name}: the loader rejects it but the {kind_of(path)} schema accepts it")
    for name in sorted(LOADER_ONLY):
        check((root / "tests/bad/corpus" / f"{name}.yaml").exists(), f"LOADER_ONLY names a missing file {name}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
