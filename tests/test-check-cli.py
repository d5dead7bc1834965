#!/usr/bin/python3
# test-check-cli.py: `social-solar --check FILE...` without a window: one line per problem,
# exit 0 when every file is valid, 1 when any is not, 2 on a usage error. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import glob
import json
import os
import subprocess
import sys
import tempfile

PROGRAM, TEMPLATES = sys.argv[1], sys.argv[2]
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail else ''}",
          flush=True)


def run(*args):
    env = dict(os.environ, LANGUAGE="en")
    env.pop("DISPLAY", None)       # no window may be needed
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([PROGRAM, "--check", *args], env=env, capture_output=True, text=True,
                          timeout=60)
    return done.returncode, done.stdout, done.stderr


def main():
    print("1..9", flush=True)
    templates = sorted(glob.glob(os.path.join(TEMPLATES, "*.campaign.json")))
    code, out, err = run(*templates)
    check("the four templates are valid", code == 0 and len(templates) == 4 and err == "",
          f"{code} {err!r}")

    with tempfile.TemporaryDirectory() as tmp:
        def write(name, text):
            path = os.path.join(tmp, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            return path

        negative = write("negative.campaign.json", json.dumps(
            {"format": "social-solar-campaign", "version": 1, "name": "x",
             "budget": {"total": -5}}))
        code, out, err = run(negative)
        check("a negative budget is refused by JSON path",
              code == 1 and f"{negative}: $.budget.total: expected a number of zero or more" in err,
              err.strip())

        syntax = write("syntax.campaign.json", '{\n  "format": "social-solar-campaign",\n  "version": 1\n  "name": "x"\n}\n')
        code, out, err = run(syntax)
        check("a syntax error is given as FILE:LINE:COL", code == 1 and err.startswith(f"{syntax}:3:"),
              err.strip())

        newer = write("newer.campaign.json", json.dumps(
            {"format": "social-solar-campaign", "version": 99, "name": "x"}))
        code, out, err = run(newer)
        check("a newer version says so", code == 1 and "newer" in err, err.strip())

        code, out, err = run(templates[0], negative)
        check("one invalid file among valid ones fails the run", code == 1)

        # Readable but with advice: a Weibo hashtag not written #topic#.
        with open(templates[0], encoding="utf-8") as f:
            plan = json.load(f)
        plan["kols"] = []
        plan["milestones"] = []
        plan["platforms"] = [{"platform": "weibo", "allocation": {"mode": "share", "value": 100},
                              "tactics": ["weibo.use-hashtags"], "hashtags": ["SpringTea"],
                              "kpis": [{"metric": "Reads", "target": 1000, "unit": "reads"}]}]
        advice = write("advice.campaign.json", json.dumps(plan))
        code, out, err = run(advice)
        check("warnings are printed but do not fail", code == 0 and "warning:" in out and
              f"{advice}: " in out, f"{code} {out.strip()!r} {err.strip()!r}")

        # Readable but wrong: a date that is no date is an error of the checks, which fails.
        plan["start_date"] = "next Tuesday"
        undated = write("undated.campaign.json", json.dumps(plan))
        code, out, err = run(undated, advice)
        check("an error from the checks fails the run (warnings alone do not)",
              code == 1 and f"{undated}: start_date: error: " in out and f"{advice}: " in out,
              f"{code} {out.strip()!r}")

        code, out, err = run(os.path.join(tmp, "missing.campaign.json"))
        check("a missing file is reported", code == 1 and "cannot read the file" in err, err.strip())

    code, out, err = run()
    check("no file is a usage error", code == 2 and "--check needs" in err, f"{code}")


main()
sys.exit(0 if results and all(results) else 1)
