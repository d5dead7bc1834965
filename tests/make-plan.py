#!/usr/bin/python3
# make-plan.py: a plan at a real campaign's scale, for the benchmarks and the table tests.
#
# The RED product-seeding template with KOLS creators (mostly KOCs on RED, as a seeding
# panel is), MILESTONES milestones and KPIS KPIs spread over its platforms. Names, followers
# and fees vary so that sorting and filtering have something to do; they are made up, and
# say so ("KOC 17"), as the template's figures are examples.
#
# Usage: make-plan.py TEMPLATE OUTPUT [KOLS [MILESTONES [KPIS]]]
#
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import json
import sys

PLATFORMS = ["red", "red", "red", "wechat"]   # the template's own platforms
TIERS = ["koc"] * 7 + ["micro", "micro", "mid"]


def make_plan(template, kols=1000, milestones=250, kpis=250):
    with open(template, encoding="utf-8") as f:
        plan = json.load(f)
    plan["name"] = f"RED seeding, {kols:,} creators"
    plan["budget"]["total"] = max(plan["budget"]["total"], 2_000 * kols)
    plan["kols"] = []
    for i in range(kols):
        tier = TIERS[i % len(TIERS)] if i >= 3 else "head"
        followers = {"head": 3_000_000, "mid": 300_000, "micro": 50_000, "koc": 5_000}[tier]
        followers += (i * 7919) % (followers // 2)
        plan["kols"].append({
            "name": f"{'KOC' if tier == 'koc' else 'Creator'} {i + 1}",
            "platform": PLATFORMS[i % len(PLATFORMS)],
            "tier": tier,
            "followers": followers,
            "fee": round(followers * (0.02 + (i % 13) / 1000), 2),
            "deliverables": "1 review note" if i % 2 else "1 note, 1 video",
        })
    first = plan["milestones"][0]
    start = datetime.date.fromisoformat(plan["start_date"])
    days = (datetime.date.fromisoformat(plan["end_date"]) - start).days + 1
    # Dates within the campaign but out of order, as milestones are added over a campaign's
    # life: the table sorts them.
    plan["milestones"] = [dict(first, name=f"Step {i + 1}",
                               date=(start + datetime.timedelta(days=(i * 37) % days)).isoformat())
                          for i in range(milestones)]
    kpi = plan["platforms"][0]["kpis"][0]
    per_platform = -(-kpis // len(plan["platforms"]))
    for p, platform in enumerate(plan["platforms"]):
        count = max(0, min(per_platform, kpis - p * per_platform))
        platform["kpis"] = [dict(kpi, metric=f"Metric {p + 1}.{j + 1}") for j in range(count)]
    return plan


if __name__ == "__main__":
    counts = [int(a) for a in sys.argv[3:6]]
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(make_plan(sys.argv[1], *counts), f, ensure_ascii=False, indent=1)
