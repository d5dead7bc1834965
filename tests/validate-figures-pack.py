#!/usr/bin/python3
# validate-figures-pack.py: data/json/figures-pack.schema.json agrees with the loader, checked
# by an independent validator (python3-jsonschema).
#
#   validate-figures-pack.py TEST_FIGURES_PACK DATA_JSON_DIR EXAMPLES_DIR
#
# TEST_FIGURES_PACK is the test-figures-pack program: with --write-packs DIR it writes the
# pack its tests load (good.json) and each pack they see refused (refused-N.json), marked
# -schema where the schema can express the rule broken. Every pack the loader takes, and
# every example in docs/examples, must validate; every -schema one must not. Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def errors_of(validator, path):
    try:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
    except ValueError as error:
        return [f"not JSON: {error}"]
    return [f"$.{'.'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(document)]


def main():
    program, data_dir, examples_dir = sys.argv[1:4]
    with open(os.path.join(data_dir, "figures-pack.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.Draft7Validator.check_schema(schema)
        check("schema is valid draft-07", True)
    except jsonschema.SchemaError as error:
        check("schema is valid draft-07", False, error.message)
        return
    validator = jsonschema.Draft7Validator(schema)

    examples = sorted(glob.glob(os.path.join(examples_dir, "*.figures-pack.json")))
    check("at least one example pack", len(examples) >= 1, f"found {len(examples)}")
    for path in examples:
        errors = errors_of(validator, path)
        check(f"example {os.path.basename(path)} validates", not errors, "; ".join(errors))

    with tempfile.TemporaryDirectory() as directory:
        subprocess.run([program, "--write-packs", directory], check=True)
        errors = errors_of(validator, os.path.join(directory, "good.json"))
        check("the pack the loader takes validates", not errors, "; ".join(errors))
        refused = sorted(glob.glob(os.path.join(directory, "refused-*-schema.json")))
        check("some refused packs are the schema's to refuse", len(refused) >= 5, f"found {len(refused)}")
        for path in refused:
            errors = errors_of(validator, path)
            check(f"{os.path.basename(path)}, refused by the loader, is refused by the schema",
                  bool(errors), "the schema accepts it")


main()
print(f"1..{len(results)}")
for number, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} {name}" + (f" # {detail}" if detail and not ok else ""))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
