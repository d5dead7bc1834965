#!/usr/bin/python3
# test-export-brief.py: `social-solar --export-brief FILE.pdf|.csv|.ics PLAN` writes what
# independent readers accept, and refuses clearly what it cannot do. TAP.
#
#   - the brief (PDF): pdftotext finds the plan's name, every platform in it, the tactics'
#     titles, KOLs and milestones; a long plan breaks into pages without losing, repeating
#     or clipping a line (pdftotext -bbox: no word below the content area but the footer's),
#     and no heading ends a page; pdftoppm renders each page; in zh_CN the text is Chinese.
#   - the budget (CSV, read with Python's csv module): the line items add up to the total.
#   - the timeline (iCalendar, read with python3-icalendar): the span and the milestones.
#   - errors: unknown ending (exit 2), no plan (2), a broken plan (1, file:line:col), an
#     unwritable path (1), a calendar of a plan without dates (1); the old file is kept.
#
# Usage: test-export-brief.py PROGRAM TEMPLATE MO_FILE
#
# SPDX-License-Identifier: GPL-3.0-or-later
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import icalendar

PROGRAM, TEMPLATE, MO_FILE = sys.argv[1], sys.argv[2], sys.argv[3]
A4_HEIGHT, MARGIN, FOOTER = 841.89, 56.693, 24.0
results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    detail = " ".join(str(detail).split())[:400]
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail else ''}",
          flush=True)
    return ok


def run(*args, env_extra=None):
    env = dict(os.environ, LANGUAGE="en")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(env_extra or {})
    done = subprocess.run([PROGRAM, *args], env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stderr


def pdftotext(path, *args):
    return subprocess.run(["pdftotext", *args, path, "-"], capture_output=True, text=True,
                          check=True).stdout


def n_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def long_plan(path):
    """A plan that needs several pages: many KOLs and milestones, and notes longer than a
    page, each sentence numbered so a lost or repeated line shows."""
    with open(TEMPLATE, encoding="utf-8") as f:
        plan = json.load(f)
    plan["name"] = "Long plan for page breaks"
    plan["notes"] = " ".join(f"Sentence {i:03d} says the same thing again to fill the page."
                             for i in range(1, 181))
    plan["kols"] = [{"name": f"Creator {i:02d}", "platform": "red", "tier": "koc",
                     "followers": 1000 + i, "fee": 100, "deliverables": "1 note"}
                    for i in range(1, 61)]
    plan["milestones"] = [{"name": f"Milestone {i:02d}", "date": f"2021-03-{i:02d}",
                           "platform": "red"} for i in range(1, 29)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    return plan


def words_by_page(pdf):
    """[(page, word, xMin, yMin, xMax, yMax)] from pdftotext -bbox."""
    html = pdftotext(pdf, "-bbox")
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html)
    root = ElementTree.fromstring(html.replace("xmlns=", "data-ns="))
    words = []
    for number, page in enumerate(root.iter("page"), 1):
        for word in page.iter("word"):
            words.append((number, word.text or "", *(float(word.get(k))
                                                       for k in ("xMin", "yMin", "xMax", "yMax"))))
    return words


def test_pdf(tmp):
    with open(TEMPLATE, encoding="utf-8") as f:
        plan = json.load(f)
    pdf = os.path.join(tmp, "brief.pdf")
    code, err = run("--export-brief", pdf, TEMPLATE)
    if not check("--export-brief writes a PDF", code == 0 and os.path.getsize(pdf) > 1000, err):
        return
    text = " ".join(pdftotext(pdf).split())
    expected = [plan["name"], "WeChat", "RED", "User-generated content", "Budget Split",
                "Trial kits reach the KOC panel", "Mid-tier skincare reviewer", "Checks",
                "640,000 CNY"]
    missing = [e for e in expected if e not in text]
    check("pdftotext finds the plan's name, its platforms, tactics, KOLs and milestones",
          not missing, f"missing: {missing}")
    # The timeline, drawn by the window's renderer: its heading, a lane, a key date of
    # March 2021 and the KOCs' posts on the day the template gives them.
    timeline = text[text.find("Timeline"):] if "Timeline" in text else ""
    expected = ["Women's Day", "RED (Xiaohong", "3 KOL posts", "Review notes live before launch"]
    missing = [e for e in expected if e not in timeline]
    check("the brief has the plan's timeline, with its key dates and KOL posts as text",
          not missing, f"missing: {missing}")

    pages = os.path.join(tmp, "page")
    subprocess.run(["pdftoppm", "-r", "40", "-png", pdf, pages], check=True)
    rendered = sorted(f for f in os.listdir(tmp) if f.startswith("page"))
    check("pdftoppm renders every page", len(rendered) == n_pages(pdf) >= 2,
          f"{len(rendered)} images for {n_pages(pdf)} pages")


def test_page_breaks(tmp):
    source = os.path.join(tmp, "long.campaign.json")
    long_plan(source)
    pdf = os.path.join(tmp, "long.pdf")
    code, err = run("--export-brief", pdf, source)
    if not check("a long plan exports", code == 0, err):
        return
    pages = n_pages(pdf)
    check("a long plan takes several pages", pages >= 4, f"{pages} pages")

    raw = pdftotext(pdf, "-raw")
    sentences = re.findall(r"Sentence (\d{3})", raw)
    check("notes longer than a page: every line once, in order (nothing lost or repeated)",
          sentences == [f"{i:03d}" for i in range(1, 181)],
          f"{len(sentences)} sentences, first wrong at "
          f"{next((i for i, s in enumerate(sentences, 1) if s != f'{i:03d}'), None)}")
    creators = re.findall(r"Creator (\d{2})", raw)
    check("every KOL row once, in order", creators == [f"{i:02d}" for i in range(1, 61)],
          f"{len(creators)} rows")

    bottom = A4_HEIGHT - MARGIN - FOOTER + 1.0
    words = words_by_page(pdf)
    footer = [w for w in words if w[3] > bottom]
    overflow = [w for w in footer if not re.search(r"page|Long|plan|for|breaks|of|\d|·", w[1])]
    check("nothing but the footer below the content area", not overflow, overflow[:5])
    footers = {w[0] for w in footer if w[1] == "page"}
    check("every page has its footer", footers == set(range(1, pages + 1)), sorted(footers))

    headings = {"Key Facts", "Audience", "Budget Split", "Platforms and Tactics", "Influencers",
                "Milestones", "Timeline", "Notes", "Checks"}
    stranded = []
    for page in range(1, pages + 1):
        lines = [line.strip() for line in pdftotext(pdf, "-layout", "-f", str(page), "-l", str(page))
                 .splitlines() if line.strip()]
        body = [line for line in lines if " · page " not in line]
        if body and body[-1] in headings:
            stranded.append((page, body[-1]))
    check("no heading is the last line of a page", not stranded, stranded)


def test_chinese(tmp):
    with tempfile.TemporaryDirectory() as localedir:
        messages = os.path.join(localedir, "zh_CN", "LC_MESSAGES")
        os.makedirs(messages)
        shutil.copy(MO_FILE, os.path.join(messages, "social-solar.mo"))
        pdf = os.path.join(tmp, "zh.pdf")
        code, err = run("--export-brief", pdf, TEMPLATE,
                        # gettext ignores LANGUAGE in C.UTF-8 on newer glibc.
                        env_extra={"LANGUAGE": "zh_CN", "LC_ALL": "zh_CN.UTF-8",
                                   "SOLAR_LOCALEDIR": localedir})
    if not check("the brief exports in zh_CN", code == 0, err):
        return
    text = pdftotext(pdf)
    expected = ["微信", "小红书", "预算分配", "用户原创内容"]
    missing = [e for e in expected if e not in text]
    check("the zh_CN brief has Chinese headings, platform and tactic names", not missing,
          f"missing: {missing}")
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    check("a CJK font is embedded for the Chinese text", "CJK" in fonts, fonts)


def test_csv(tmp):
    path = os.path.join(tmp, "budget.csv")
    code, err = run("--export-brief", path, TEMPLATE)
    if not check("--export-brief writes a CSV", code == 0, err):
        return
    with open(path, newline="", encoding="utf-8") as f:
        data = f.read()
    rows = list(csv.reader(io.StringIO(data)))
    header, body = rows[0], rows[1:]
    kind = header.index("Kind") if "Kind" in header else 2
    amount = header.index("Amount") if "Amount" in header else 3
    items = sum(float(r[amount]) for r in body if r[kind] not in ("subtotal", "total"))
    totals = [float(r[amount]) for r in body if r[kind] == "total"]
    check("CSV lines use CRLF (RFC 4180)", "\r\n" in data and "\n" not in data.replace("\r\n", ""))
    check("the CSV's line items add up to the plan's total budget (800,000)",
          totals == [800000.0] and abs(items - 800000.0) < 0.005, f"items {items}, totals {totals}")


def test_ics(tmp):
    path = os.path.join(tmp, "timeline.ics")
    code, err = run("--export-brief", path, TEMPLATE)
    if not check("--export-brief writes an iCalendar file", code == 0, err):
        return
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = {str(e.get("summary")): (e.decoded("dtstart").isoformat(), e.decoded("dtend").isoformat())
              for e in calendar.walk("VEVENT")}
    launch = [k for k, v in events.items() if v[0] == "2021-03-22"]
    span = [k for k, v in events.items() if v == ("2021-03-01", "2021-05-01")]
    check("python3-icalendar reads the span (DTEND the day after) and the four milestones",
          len(events) == 5 and span and launch and any("Launch" in k for k in launch), events)

    with_key_dates = os.path.join(tmp, "key-dates.ics")
    code, err = run("--export-brief", with_key_dates, "--with-key-dates", TEMPLATE)
    with open(with_key_dates, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    added = {str(e.get("summary")): e.decoded("dtstart").isoformat() for e in calendar.walk("VEVENT")
             if str(e.get("summary")) not in events}
    check("--with-key-dates adds the key dates within the span, and only those",
          code == 0 and added == {"Women's Day": "2021-03-08"}, f"{err} {added}")


def test_errors(tmp):
    code, err = run("--export-brief", os.path.join(tmp, "brief.docx"), TEMPLATE)
    check("an unknown ending: exit 2, and the endings it knows",
          code == 2 and ".pdf" in err and ".csv" in err and ".ics" in err, err)
    code, err = run("--export-brief", os.path.join(tmp, "brief.pdf"))
    check("no plan: exit 2 and an example", code == 2 and "--export-brief" in err, err)

    broken = os.path.join(tmp, "broken.campaign.json")
    with open(broken, "w") as f:
        f.write('{"format": "social-solar-campaign", "version": 1, "name": ')
    code, err = run("--export-brief", os.path.join(tmp, "never.pdf"), broken)
    check("a broken plan: exit 1, FILE:LINE:COL, and nothing written",
          code == 1 and re.search(re.escape(broken) + r":\d+:\d+", err) and
          not os.path.exists(os.path.join(tmp, "never.pdf")), err)

    code, err = run("--export-brief", os.path.join(tmp, "no", "such", "folder", "b.pdf"), TEMPLATE)
    check("an unwritable path: exit 1 and what to check", code == 1 and "folder" in err, err)

    with open(TEMPLATE, encoding="utf-8") as f:
        plan = json.load(f)
    plan["start_date"] = plan["end_date"] = ""
    plan["milestones"] = []
    undated = os.path.join(tmp, "undated.campaign.json")
    with open(undated, "w", encoding="utf-8") as f:
        json.dump(plan, f)
    old = os.path.join(tmp, "kept.ics")
    with open(old, "w") as f:
        f.write("old calendar")
    code, err = run("--export-brief", old, undated)
    with open(old) as f:
        kept = f.read() == "old calendar"
    check("a calendar of a plan without dates: exit 1, says to set dates, old file kept",
          code == 1 and "date" in err and kept, err)


def main():
    print("1..25", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        test_pdf(tmp)
        test_page_breaks(tmp)
        test_chinese(tmp)
        test_csv(tmp)
        test_ics(tmp)
        test_errors(tmp)
    # A step that failed early skips its later checks; count those as failures.
    while len(results) < 23:
        check("not reached", False)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
