#!/usr/bin/env python3
"""The JSON Schemas against what they describe.

Input (positions/schema/, for editors and the loader's users):
1. Every shipped YAML file carries the yaml-language-server modeline naming
   its schema, and is valid against it.
2. Every file of the bad-input corpus (tests/bad/corpus/, which the loader
   rejects: see tests/bad/corpus_test.cpp) is rejected by its schema too,
   or cannot be read as YAML at all, except those in LOADER_ONLY: problems a
   schema of one file cannot see (references to other files, duplicate keys,
   loops, limits of the loader).

Output (docs/json/, one schema per `--format json` output, sharing
docs/json/common.schema.json):
3. Every JSON golden (tests/**/expected/*.json) is valid against the schema
   its "format" names.
4. With a POSITIONS binary: every command's JSON output on the shipped data
   (the source folder is a data folder) is valid too, and every output's
   schema has been exercised by at least one golden or shipped output.

Run: check_schemas.py SOURCE_DIR [POSITIONS]. Prints 'N passed, N failed'.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml
from referencing import Registry, Resource

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
    if path.name == "sources.yaml" or path.name.startswith("sources-"):
        return "sources"
    return "party"


OUTPUTS = ("compare", "deals", "diff", "across", "report", "list", "validate", "stability")

# What the shipped data is run through (arguments after `positions`); each
# command's JSON output at least once, what-ifs included.
SHIPPED_RUNS = [
    ["compare", "us", "ru", "ua"],
    ["compare", "us", "ru", "ua", "--scenario", "whatif-ua-accepts-swap"],
    ["deals", "us", "ru", "ua"],
    ["deals", "us", "ru", "ua", "--scenario", "whatif-ua-accepts-swap"],
    ["diff", "after-election-2024", "budapest-2025"],
    ["diff", "budapest-2025", "whatif-ua-accepts-swap"],
    ["compare", "us", "ru", "ua", "--across"],
    ["report", "us", "ru", "ua"],
    ["report", "us", "ru", "ua", "--across"],
    ["list"],
    ["validate"],
    ["stability", "docs/examples/stability/elmira.yaml"],
    ["stability", "docs/examples/stability/cuban_missile_crisis.yaml"],
    ["stability", "tests/stability/data/syria_iraq.gmcr"],
    ["stability", "us", "ru", "ua"],
]


def output_validators(root):
    """The validator for each output format, $refs resolved to docs/json/."""
    folder = root / "docs/json"
    paths = [folder / "common.schema.json", *sorted(folder.glob("positions-*.schema.json"))]
    schemas = {p.name: json.loads(p.read_text()) for p in paths}
    registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in schemas.items())
    validators = {}
    for name, schema in schemas.items():
        jsonschema.Draft7Validator.check_schema(schema)
        if name.startswith("positions-"):
            validators[name.removesuffix(".schema.json")] = jsonschema.Draft7Validator(schema, registry=registry)
    return validators


def output_errors(validators, text):
    """Why a JSON output is not valid against the schema its "format" names, or []."""
    try:
        doc = json.loads(text)
    except ValueError as e:
        return [f"not JSON: {e}"]
    fmt = doc.get("format") if isinstance(doc, dict) else None
    if fmt not in validators:
        return [f"no schema for format {fmt!r}"]
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validators[fmt].iter_errors(doc)]


def main():
    root = pathlib.Path(sys.argv[1])
    schemas = {k: json.loads((root / "positions/schema" / f"{k}.schema.json").read_text()) for k in ("catalog", "party", "scenario", "sources")}
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

    validators = output_validators(root)
    check(set(validators) == {f"positions-{o}" for o in OUTPUTS}, f"one schema per output: {sorted(validators)}")
    seen = set()
    goldens = sorted((root / "tests").glob("**/expected/*.json"))
    check(len(goldens) >= 7, "JSON goldens found")
    for path in goldens:
        text = path.read_text(encoding="utf-8")
        errors = output_errors(validators, text)
        check(not errors, f"{path.relative_to(root)}: {errors[:40]}")
        if not errors:
            seen.add(json.loads(text)["format"])
    if len(sys.argv) > 2:
        binary = sys.argv[2]
        for args in SHIPPED_RUNS:
            run = subprocess.run([binary, *args, "--format", "json"], cwd=root, capture_output=True, text=True,
                                 timeout=600)
            what = "positions " + " ".join(args) + " --format json"
            check(run.returncode == 0, f"{what}: exit {run.returncode}: {run.stderr.strip()}")
            errors = output_errors(validators, run.stdout)
            check(not errors, f"{what} (shipped data): {errors[:40]}")
            if not errors:
                seen.add(json.loads(run.stdout)["format"])
        check(seen == set(validators), f"outputs never checked: {sorted(set(validators) - seen)}")

        # `positions init` writes files its own schemas accept, with the
        # modelines pointing at the schemas it copies beside them.
        with tempfile.TemporaryDirectory() as work:
            folder = pathlib.Path(work) / "talks"
            run = subprocess.run([binary, "init", str(folder)], capture_output=True, text=True, timeout=60)
            check(run.returncode == 0, f"positions init: exit {run.returncode}: {run.stderr.strip()}")
            made = sorted((folder / "positions").glob("*.yaml")) + sorted((folder / "scenarios").glob("*.yaml"))
            check(len(made) == 4, f"positions init made {len(made)} data files")
            for path in made:
                kind = kind_of(path)
                text = path.read_text(encoding="utf-8")
                want = "schema/" if path.parent.name == "positions" else "../positions/schema/"
                check(text.splitlines()[0] == f"# yaml-language-server: $schema={want}{kind}.schema.json",
                      f"init {path.name}: modeline")
                check((path.parent / want / f"{kind}.schema.json").resolve().is_file(),
                      f"init {path.name}: the schema its modeline names is missing")
                errors = list(validator(kind).iter_errors(yaml.load(text, Loader=DataLoader)))
                check(not errors, f"init {path.name}: {[e.message for e in errors]}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
