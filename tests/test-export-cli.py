#!/usr/bin/python3
# test-export-cli.py: `social-solar --export-orbit FILE [--size WxH] [--plan PLAN] [--dark]`
# writes what independent readers accept: the PNG (GdkPixbuf), the SVG (rsvg-convert, and
# its labels as <text>, not outlines), the PDF (pdftotext finds every platform's name).
# With --latest, the latest figures' view: all twelve platforms and its legend.
# Clear errors and exit codes 1 and 2. `--export-timeline FILE [--zoom Z] [--dark] PLAN`: the
# same readers find a 618 plan's key dates, holidays, lanes and milestones as text. TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import gi

gi.require_version("GdkPixbuf", "2.0")
from gi.repository import GdkPixbuf  # noqa: E402

PROGRAM, TEMPLATE = sys.argv[1], sys.argv[2]
PLATFORMS = ["WeChat", "Weibo", "Douyin", "RED", "Zhihu", "bilibili", "Tencent Video", "iQIYI",
             "Youku", "Mango TV"]
ADDED = ["Kuaishou", "WeChat Channels"]
LATEST_LEGEND = ["Size: monthly users (log)", "Dotted: not in report", "Faded: report’s figure",
                 "Hollow: no figure"]
CHINESE = ["微信", "微博", "抖音", "小红书", "知乎", "哔哩哔哩", "腾讯视频", "爱奇艺", "优酷", "芒果TV"]
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail else ''}",
          flush=True)


def run(*args):
    env = dict(os.environ, LANGUAGE="en")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([PROGRAM, *args], env=env, capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr


def pixel(pixbuf, x, y):
    data = pixbuf.get_pixels()
    offset = y * pixbuf.get_rowstride() + x * pixbuf.get_n_channels()
    return tuple(data[offset:offset + 3])


PLAN_618 = {
    "format": "social-solar-campaign", "version": 1, "name": "618 serum launch",
    "start_date": "2026-05-10", "end_date": "2026-06-25",
    "milestones": [{"name": "Teaser notes", "date": "2026-05-12", "platform": "red"},
                   {"name": "618 live stream", "date": "2026-06-18", "platform": "douyin"}],
    "platforms": [{"platform": "red"}, {"platform": "douyin"}],
    "kols": [{"name": f"KOC {i}", "platform": "red", "tier": "koc", "publish_date": "2026-06-01"}
             for i in range(300)],
}
TIMELINE_TEXTS = ["618 Shopping Festival", "520 Day", "Dragon Boat Festival holiday",
                  "RED (Xiaohongshu)", "Douyin", "Teaser notes", "618 live stream",
                  "300 KOL posts", "618 serum launch"]


def svg_texts(path):
    root = ElementTree.parse(path).getroot()
    # Runs in two fonts are two elements, one after the other: join with nothing, and
    # also with spaces, so a label is found either way.
    runs = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    return "".join(runs) + "\n" + " ".join(runs)


def check_timeline(tmp):
    plan = os.path.join(tmp, "618.campaign.json")
    with open(plan, "w", encoding="utf-8") as f:
        json.dump(PLAN_618, f)

    sizes = {}
    for zoom in ("week", "quarter"):
        png = os.path.join(tmp, f"timeline-{zoom}.png")
        code, err = run("--export-timeline", png, "--zoom", zoom, plan)
        image = GdkPixbuf.Pixbuf.new_from_file(png) if code == 0 else None
        sizes[zoom] = image.get_width() if image is not None else 0
    check("timeline PNG by the week is wider than by the quarter",
          sizes["week"] > sizes["quarter"] > 0, str(sizes))

    svg = os.path.join(tmp, "timeline.svg")
    code, err = run("--export-timeline", svg, plan)
    readable = code == 0 and subprocess.run(["rsvg-convert", svg, "-o",
                                             os.path.join(tmp, "t.png")]).returncode == 0
    texts = svg_texts(svg) if readable else ""
    missing = [t for t in TIMELINE_TEXTS if t not in texts]
    check("timeline SVG read by rsvg-convert, its key dates, lanes and milestones as <text>",
          readable and not missing, f"{err} missing {missing}")

    pdf = os.path.join(tmp, "timeline.pdf")
    code, err = run("--export-timeline", pdf, "--dark", plan)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout if code == 0 else ""
    missing = [t for t in TIMELINE_TEXTS if t not in text]
    check("timeline PDF (dark) whose text has them too", code == 0 and not missing, f"{err} {missing}")

    code, err = run("--export-timeline", svg, "--zoom", "day", plan)
    check("an unknown zoom is a usage error that names the zooms",
          code == 2 and err == "social-solar: “day” is not a zoom; give week, month or quarter\n", err)

    code, err = run("--export-timeline", svg)
    check("no plan is a usage error", code == 2 and "needs one plan file" in err, err)

    undated = os.path.join(tmp, "undated.campaign.json")
    with open(undated, "w", encoding="utf-8") as f:
        json.dump({"format": "social-solar-campaign", "version": 1, "name": "x"}, f)
    code, err = run("--export-timeline", svg, undated)
    check("a plan without dates fails saying what to add",
          code == 1 and "give it a start and end date" in err, err)


def main():
    print("1..19", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        png = os.path.join(tmp, "orbit.png")
        code, err = run("--export-orbit", png, "--size", "1200x800")
        image = GdkPixbuf.Pixbuf.new_from_file(png) if code == 0 else None
        check("PNG at the asked size", image is not None and
              (image.get_width(), image.get_height()) == (1200, 800), err)
        if image is not None:
            colours = {pixel(image, x, y) for x in range(0, 1200, 40) for y in range(0, 800, 40)}
            check("light background and a drawing on it",
                  pixel(image, 2, 2) == (0xfa, 0xfa, 0xfa) and len(colours) > 10)
        else:
            check("light background and a drawing on it", False)

        dark = os.path.join(tmp, "dark.png")
        code, err = run("--export-orbit", dark, "--dark", "--plan", TEMPLATE, "--tunnel")
        image = GdkPixbuf.Pixbuf.new_from_file(dark) if code == 0 else None
        check("--dark with a plan and the tunnel", image is not None and
              pixel(image, 2, 2) == (0x24, 0x24, 0x24), err)

        svg = os.path.join(tmp, "orbit.svg")
        code, err = run("--export-orbit", svg)
        converted = os.path.join(tmp, "svg.png")
        readable = code == 0 and subprocess.run(["rsvg-convert", svg, "-o", converted]).returncode == 0
        shape = None
        if readable:
            converted_image = GdkPixbuf.Pixbuf.new_from_file(converted)
            shape = converted_image.get_width() / converted_image.get_height()
        # cairo sizes SVGs in points, so only the shape (1600x1000) is checked.
        check("SVG that rsvg-convert reads", shape is not None and abs(shape - 1.6) < 0.01,
              f"{err} {shape}")
        if readable:
            # ... and whose labels are text, as an editor or a search sees them, not outlines.
            root = ElementTree.parse(svg).getroot()
            # A name in two fonts ("芒果" and "TV") is two elements, one after the other.
            texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
            missing = [n for n in PLATFORMS + CHINESE if n not in texts]
            check("the SVG's labels are <text> with every platform's name in both languages",
                  not missing, f"missing {missing}")
            outlines = [s for s in root.iter("{http://www.w3.org/2000/svg}symbol")
                        if (s.get("id") or "").startswith("glyph")]
            check("and no text drawn as glyph outlines", not outlines, f"{len(outlines)} glyph symbols")
        else:
            check("the SVG's labels are <text> with every platform's name in both languages", False)
            check("and no text drawn as glyph outlines", False)

        pdf = os.path.join(tmp, "orbit.pdf")
        code, err = run("--export-orbit", pdf, "--plan", TEMPLATE)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout if code == 0 else ""
        missing = [name for name in PLATFORMS if name not in text]
        check("PDF whose text has every platform's name", code == 0 and not missing, str(missing))
        added = [name for name in ADDED if name in text]
        check("and not the platforms the report does not cover", code == 0 and not added, str(added))

        # The latest figures: every platform, and a legend that says what sizes the bodies.
        latest = os.path.join(tmp, "latest.pdf")
        code, err = run("--export-orbit", latest, "--latest")
        text = subprocess.run(["pdftotext", latest, "-"], capture_output=True, text=True).stdout if code == 0 else ""
        missing = [name for name in PLATFORMS + ADDED + LATEST_LEGEND if name not in text]
        check("--latest: every platform, those the report does not cover too, and the legend",
              code == 0 and not missing, f"{err} missing {missing}")

        code, err = run("--export-orbit", os.path.join(tmp, "orbit.gif"))
        check("an unknown format is a usage error", code == 2 and ".png, .svg or .pdf" in err, err.strip())

        code, err = run("--export-orbit", os.path.join(tmp, "no", "such", "dir.png"))
        check("an unwritable path fails with a message", code == 1 and "cannot write" in err.lower(), err.strip())

        code, err = run("--export-orbit", png, "--size", "big")
        check("a bad size is a usage error", code == 2 and "WIDTHxHEIGHT" in err, err.strip())

        broken = os.path.join(tmp, "broken.campaign.json")
        with open(broken, "w") as f:
            f.write("[]")
        code, err = run("--export-orbit", png, "--plan", broken)
        check("a broken plan fails with the loader's message",
              code == 1 and err.startswith(f"{broken}: $:"), err.strip())

        check_timeline(tmp)


main()
sys.exit(0 if results and all(results) else 1)
