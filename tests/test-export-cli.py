#!/usr/bin/python3
# test-export-cli.py: `social-solar --export-orbit FILE [--size WxH] [--plan PLAN] [--dark]`
# writes what independent readers accept: the PNG (GdkPixbuf), the SVG (rsvg-convert, and
# its labels as <text>, not outlines), the PDF (pdftotext finds every platform's name).
# Clear errors and exit codes 1 and 2. TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
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


def main():
    print("1..11", flush=True)
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


main()
sys.exit(0 if results and all(results) else 1)
