#!/usr/bin/python3
# validate-schema.py: every campaign file we ship or write validates against
# data/json/campaign.schema.json, checked by an independent validator (python3-jsonschema).
#
#   validate-schema.py TEST_CAMPAIGN DATA_JSON_DIR
#
# TEST_CAMPAIGN is the test-campaign program: run with --write-plans DIR it writes, through
# solar_campaign_to_bytes(), a plan with every field set, a plan with members this version
# does not know and a migrated version 0 plan. DATA_JSON_DIR holds the schema and templates/.
# Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import copy
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


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validate(validator, name, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    detail = "; ".join(f"$.{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)
    check(name, not errors, detail)


def main():
    program, data_dir = sys.argv[1], sys.argv[2]
    schema = load(os.path.join(data_dir, "campaign.schema.json"))

    try:
        jsonschema.Draft7Validator.check_schema(schema)
        check("schema is valid draft-07", True)
    except jsonschema.SchemaError as error:
        check("schema is valid draft-07", False, error.message)
        return
    validator = jsonschema.Draft7Validator(schema)

    templates = sorted(glob.glob(os.path.join(data_dir, "templates", "*.campaign.json")))
    check("at least four templates", len(templates) >= 4, f"found {len(templates)}")
    for path in templates:
        validate(validator, f"template {os.path.basename(path)}", load(path))

    with tempfile.TemporaryDirectory() as directory:
        subprocess.run([program, "--write-plans", directory], check=True)
        written = sorted(glob.glob(os.path.join(directory, "*.campaign.json")))
        check("test-campaign wrote three plans", len(written) == 3, f"found {len(written)}")
        for path in written:
            validate(validator, f"written {os.path.basename(path)}", load(path))

    # The schema is not vacuous: it refuses what the loader refuses.
    base = load(templates[0])
    bad = {
        "missing name": lambda d: d.pop("name"),
        "other format": lambda d: d.update(format="social-solar-platforms"),
        "newer version": lambda d: d.update(version=2),
        "negative budget": lambda d: d["budget"].update(total=-1),
        "unknown objective": lambda d: d.update(objective="domination"),
        "tactics not an array": lambda d: d["platforms"][0].update(tactics="red.ugc"),
        "negative KOL fee": lambda d: d["kols"][0].update(fee=-5),
        "unknown KOL tier": lambda d: d["kols"][0].update(tier="mega"),
    }
    for name, mutate in bad.items():
        document = copy.deepcopy(base)
        mutate(document)
        check(f"schema refuses: {name}", not validator.is_valid(document))


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # report as a failed test, not a traceback without a plan
        check("validate-schema ran", False, repr(error))
    print(f"1..{len(results)}")
    for number, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {number} - {name}")
        if detail and not ok:
            print(f"# {detail}")
    sys.exit(0 if all(ok for _, ok, _ in results) else 1)
