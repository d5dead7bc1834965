#!/usr/bin/python3
# test-bad-files.py: every way a plan file can be refused, each with the exact message
# `social-solar --check` prints for it. Prints TAP.
#
#   test-bad-files.py PROGRAM BAD_FILES_DIR            run the corpus
#   test-bad-files.py --update PROGRAM BAD_FILES_DIR   rewrite every .expected from what
#                                                      PROGRAM prints now (review the diff!)
#
# tests/bad-files/NAME.campaign.json is one small file with one thing wrong, named for it, and
# NAME.campaign.json.expected what checking it gives:
#
#   # comment lines (why the case is there, what is odd about it) are ignored
#   exit: 1
#   stderr: FILE:5:29: Parse error: …
#   stdout: FILE: start_date: error: …
#
# FILE stands for the path given to the program. Lines keep their order within each stream;
# bytes that are not UTF-8 are written \xNN. Files over the size limit and ~100,000 brackets
# deep are generated here, in a temporary directory, rather than committed.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import concurrent.futures
import difflib
import os
import subprocess
import sys
import tempfile

UPDATE = len(sys.argv) > 1 and sys.argv[1] == "--update"
PROGRAM, BAD_FILES = sys.argv[1 + UPDATE], sys.argv[2 + UPDATE]
TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "data", "json",
                        "templates", "red-product-seeding.campaign.json")
SUFFIX = ".expected"
MAX_SIZE = 16 * 1024 * 1024    # SOLAR_JSON_MAX_SIZE
MAX_DEPTH = 64                 # SOLAR_JSON_MAX_DEPTH
NOTES_COLUMN = len('  "notes": ') + 1
results = []


def check(name, ok, detail="", diagnostics=()):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail else ''}",
          flush=True)
    for line in diagnostics:
        print(f"# {line}", flush=True)


def run(*paths):
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")   # “quotes” stay UTF-8
    env.pop("DISPLAY", None)       # no window may be needed
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([PROGRAM, "--check", *paths], env=env, capture_output=True,
                          timeout=120)
    return done.returncode, done.stdout, done.stderr


def outcome(code, out, err, paths):
    """What a run gave, in the .expected form, with each path written FILE."""
    def lines(stream, data):
        text = data.decode("utf-8", errors="backslashreplace")
        for path in paths:
            text = text.replace(path, "FILE")
        return [f"{stream}: {line}" for line in text.splitlines()]

    return [f"exit: {code}"] + lines("stderr", err) + lines("stdout", out)


def read_expected(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if not line.startswith("#") and line.strip()]


def compare(name, expected, paths, code, out, err):
    actual = outcome(code, out, err, paths)
    if code not in (0, 1, 2):
        check(name, False, f"killed by signal {-code}" if code < 0 else f"exited {code}",
              err.decode("utf-8", errors="backslashreplace").splitlines()[-20:])
        return
    diff = list(difflib.unified_diff(expected, actual, "expected", "actual", lineterm=""))
    check(name, not diff, "", diff)


def corpus():
    files = sorted(os.listdir(BAD_FILES))
    expected = {f for f in files if f.endswith(SUFFIX)}
    cases = [f for f in files if not f.endswith(SUFFIX)]
    return cases, expected


def update():
    cases, _ = corpus()
    for case in cases:
        path = os.path.join(BAD_FILES, case)
        expected_path = path + SUFFIX
        comments = []
        if os.path.exists(expected_path):
            with open(expected_path, encoding="utf-8") as f:
                comments = [line for line in f if line.startswith("#")]
        with open(expected_path, "w", encoding="utf-8") as f:
            f.writelines(comments)
            f.write("\n".join(outcome(*run(path), [path])) + "\n")
        print(f"wrote {expected_path}")


def padded_plan(size):
    """A valid plan of exactly @size bytes, most of them its notes."""
    head = '{"format": "social-solar-campaign", "version": 1, "name": "Big", "notes": "'
    tail = '"}\n'
    return head + "x" * (size - len(head) - len(tail)) + tail


def main():
    cases, expected = corpus()
    generated = [
        # name, file contents, expected lines (paths as FILE)
        ("over the size limit (17 MiB, generated)",
         padded_plan(17 * 1024 * 1024),
         ["exit: 1",
          "stderr: FILE: the file is larger than 16 MiB, the most Social Solar opens; this is not a plan it wrote"]),
        ("exactly the size limit loads (16 MiB, generated)",
         padded_plan(MAX_SIZE),
         ["exit: 0"]),
        ("100,000 nested arrays (generated)",
         "[" * 100000 + "]" * 100000,
         ["exit: 1",
          f"stderr: FILE:1:{MAX_DEPTH + 1}: nested more than {MAX_DEPTH} levels deep; "
          "this is not a file Social Solar wrote"]),
        ("100,000 nested objects in a plan's notes, never closed (generated)",
         '{\n  "format": "social-solar-campaign",\n  "version": 1,\n  "name": "x",\n'
         '  "notes": ' + '{"a": ' * 100000,
         ["exit: 1",
          # the outer object is level 1; the 64th {"a": is level 65
          f"stderr: FILE:5:{NOTES_COLUMN + 6 * (MAX_DEPTH - 1)}: nested more than "
          f"{MAX_DEPTH} levels deep; this is not a file Social Solar wrote"]),
        ("the exact limit of nesting loads (generated)",
         '{"format": "social-solar-campaign", "version": 1, "name": "x", "kept": '
         + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "}",
         ["exit: 0"]),
    ]

    print(f"1..{1 + len(cases) + len(generated) + 1}", flush=True)

    missing = [f"{case} has no {case}{SUFFIX}" for case in cases if case + SUFFIX not in expected]
    orphans = [f"{name} has no {name[:-len(SUFFIX)]}" for name in sorted(expected)
               if name[:-len(SUFFIX)] not in cases]
    check(f"every one of the {len(cases)} bad files has its .expected file and vice versa",
          bool(cases) and not missing and not orphans, "", missing + orphans)

    # Each run loads the dataset first; running them side by side keeps the test quick.
    with concurrent.futures.ThreadPoolExecutor(min(8, os.cpu_count() or 1)) as pool:
        paths = [os.path.join(BAD_FILES, case) for case in cases]
        for case, path, ran in zip(cases, paths, pool.map(run, paths)):
            expected_lines = read_expected(path + SUFFIX) if case + SUFFIX in expected else []
            compare(case, expected_lines, [path], *ran)

    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, text, expected_lines) in enumerate(generated):
            path = os.path.join(tmp, f"generated-{i}.campaign.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            compare(name, expected_lines, [path], *run(path))

    # Several files at once: each bad one is reported with its own name, the good one is not
    # mentioned, and the run fails.
    bad = [os.path.join(BAD_FILES, case) for case in
           ("negative-budget.campaign.json", "truncated.campaign.json")]
    code, out, err = run(bad[0], TEMPLATE, bad[1])
    want = ["exit: 1"]
    for path in bad:
        want += [line.replace("FILE", path) for line in read_expected(path + SUFFIX)
                 if line.startswith("stderr: ")]
    compare("one good and two bad files: both bad ones reported, in order, and exit 1",
            want, [], code, out, err)


if UPDATE:
    update()
    sys.exit(0)
main()
sys.exit(0 if results and all(results) else 1)
