#!/usr/bin/python3
# bench-check.py: `social-solar --check` on a 100,000-item plan against json-glib's own parse.
#
# Issue 14's target: checking a 100,000-item plan takes at most 1.5x the time json-glib takes
# to parse the same file, and at most 2x its memory, process start and the dataset
# subtracted. Both programs run as processes of their own, each on the large plan and on a
# one-item plan of the same shape; the one-item run is what is subtracted (start-up, and for
# social-solar the dataset and rules it loads). Medians of 5 runs; peak RSS from wait4().
# A benchmark, not a test: it prints figures and never fails on them.
#
# Usage: bench-check.py SOCIAL_SOLAR BENCH_JSON_PARSE TEMPLATE [ITEMS]
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import statistics
import sys
import tempfile
import time

PROGRAM, PARSER, TEMPLATE = sys.argv[1:4]
ITEMS = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
RUNS = 5


def make_plan(path, items):
    """The template with @items items: 3/5 KOLs, 1/5 milestones, 1/5 KPIs on its platforms,
    written compactly (a 100,000-item plan stays under the loader's 16 MiB limit)."""
    with open(TEMPLATE, encoding="utf-8") as f:
        plan = json.load(f)
    kol, milestone = plan["kols"][0], plan["milestones"][0]
    kpi = plan["platforms"][0]["kpis"][0]
    n_kols, n_milestones = items * 3 // 5, items // 5
    n_kpis = items - n_kols - n_milestones
    plan["kols"] = [dict(kol, name=f"KOC {i}") for i in range(n_kols)]
    plan["milestones"] = [dict(milestone, name=f"Step {i}") for i in range(n_milestones)]
    per_platform = -(-n_kpis // len(plan["platforms"]))
    for i, platform in enumerate(plan["platforms"]):
        count = max(0, min(per_platform, n_kpis - i * per_platform))
        platform["kpis"] = [dict(kpi, metric=f"Metric {i}.{j}") for j in range(count)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, separators=(",", ":"))


def run_once(argv):
    """(seconds, peak RSS in KiB) of one run of @argv."""
    start = time.monotonic()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed (exit {os.waitstatus_to_exitcode(status)})")
    return elapsed, usage.ru_maxrss


def measure(*argvs):
    """(median seconds, peak RSS in KiB) of each of @argvs over RUNS runs. The runs take
    turns, so a machine that gets busier or quieter meanwhile weighs on each the same."""
    results = [([], []) for _ in argvs]
    for _ in range(RUNS):
        for argv, (times, peaks) in zip(argvs, results):
            elapsed, peak = run_once(argv)
            times.append(elapsed)
            peaks.append(peak)
    return [(statistics.median(times), max(peaks)) for times, peaks in results]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        small, large = os.path.join(tmp, "one.campaign.json"), os.path.join(tmp, "large.campaign.json")
        make_plan(small, 1)
        make_plan(large, ITEMS)
        size = os.path.getsize(large)
        check_small, check_large, parse_small, parse_large = measure(
            [PROGRAM, "--check", small], [PROGRAM, "--check", large],
            [PARSER, small], [PARSER, large])

    check_time, parse_time = check_large[0] - check_small[0], parse_large[0] - parse_small[0]
    check_rss, parse_rss = check_large[1] - check_small[1], parse_large[1] - parse_small[1]
    print(f"plan: {ITEMS:,} items, {size / 2**20:.1f} MiB; medians of {RUNS} runs, "
          "process start and the dataset subtracted")
    print(f"  social-solar --check  {check_time:7.3f} s  {check_rss / 1024:7.1f} MiB")
    print(f"  json-glib parse       {parse_time:7.3f} s  {parse_rss / 1024:7.1f} MiB")
    print(f"  ratio                 {check_time / max(parse_time, 1e-9):7.2f}x  "
          f"{check_rss / max(parse_rss, 1):7.2f}x"
          "   (targets: 1.5x time, 2x memory)")


main()
