#!/usr/bin/python3
# test-atspi-timeline.py: a 618 plan's timeline driven over AT-SPI with real keys (issue 16).
#
# Opens a copy of tests/data/618-launch.campaign.json and, as a keyboard and screen reader
# user would: switches to the Timeline with Alt+T; finds every element (milestones, KOL
# posts, key dates, holidays, the campaign) named for what it is and when, with nothing in
# the window named after its type; Tabs into the timeline (one Tab stop), walks along time
# with Right, Left, Home and End; goes to the 618 live stream and presses Enter, which
# lands in the form on that milestone's date cell ("Date: 2026-06-18"). There Enter edits the
# date, Alt+Down opens the calendar on that day (named with its key date), Right goes to the
# next (after Tab to a named month arrow, whose Enter turns the page without picking, Tab
# going round the calendar without leaving it, and Escape, which gives the cell the keyboard
# back), Enter picks it, and the cell says
# "Date: 2026-06-19" with the keyboard back on it;
# Ctrl+Z puts 18 June back. Prints TAP.
#
# Usage: test-atspi-timeline.py PROGRAM PLAN
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import sys
import tempfile
import time

from atspi_helpers import (TAB, Atspi, Tap, badly_named, chord, find, find_app, focused, has_state,
                           launch, name_of, point_at_window, role_of, settle, stop, wait_for, walk)

PROGRAM, PLAN = sys.argv[1], sys.argv[2]
# Xvfb's evdev keycodes.
ALT, CONTROL, SHIFT, ESCAPE, KEY_T, KEY_Z, KEY_DOWN = 64, 37, 50, 9, 28, 52, 116
# Keysyms, sent with KeySynthType.SYM.
RIGHT, LEFT, HOME, END, RETURN = 0xff53, 0xff51, 0xff50, 0xff57, 0xff0d
KINDS = ("Milestone ", "Key date ", "Labour Day holiday", "Qingming Festival holiday",
         "Dragon Boat Festival holiday", "618 serum launch, from ")
LIVE = "Milestone 618 live stream on Douyin, 18 Jun 2026"


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.25)


def timeline_names(app):
    """The names of the timeline's element buttons that are on screen, in tree order."""
    found = []
    for node in walk(app):
        if role_of(node) != Atspi.Role.PUSH_BUTTON:
            continue
        name = name_of(node)
        # Only the timeline's buttons have names of these forms (the form's milestones are
        # table rows); GTK 4.8 does not say what is on screen (no SHOWING state).
        if name.startswith(KINDS) or " KOL post" in name or " posts on " in name:
            found.append(name)
    return found


def focused_name(app):
    node = focused(app)
    return name_of(node) if node is not None else None


def main():
    tap = Tap(14)
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "618.campaign.json")
        shutil.copy(PLAN, copy)
        process = launch(PROGRAM, [copy], XDG_DATA_HOME=tmp, HOME=tmp)
        try:
            app = wait_for(lambda: find_app(process.pid))
            point_at_window(app)
            wait_for(lambda: find(app, Atspi.Role.TEXT, lambda n: n == "Name"), 60)
            settle(app)

            chord(ALT, KEY_T)
            names = wait_for(lambda: (lambda n: n if LIVE in n else None)(timeline_names(app)), 20) or []
            tap.check("Alt+T shows the timeline, its 618 live stream named with its platform and day",
                      LIVE in names, f"{len(names)} elements")
            expected = ["Key date 618 Shopping Festival, 18 Jun 2026", "Key date 520 Day, 20 May 2026",
                        "300 KOL posts on RED (Xiaohongshu), 1 Jun 2026: KOC 001, KOC 002, KOC 003 and 297 more",
                        "Dragon Boat Festival holiday, days off from 19 Jun 2026 to 21 Jun 2026",
                        "618 serum launch, from 27 Apr 2026 to 25 Jun 2026"]
            missing = [n for n in expected if n not in names]
            tap.check("key dates, holidays, grouped KOL posts and the campaign are named for a screen reader",
                      not missing, f"missing {missing}")
            wrong = badly_named(app)
            tap.check("nothing in the window is named after its type", not wrong, "; ".join(wrong[:5]))

            # Into the timeline: Tab until an element has the keyboard (one Tab stop).
            for _ in range(30):
                name = focused_name(app) or ""
                if name.startswith(KINDS) or " KOL post" in name or " posts on " in name:
                    break
                chord(TAB)
            first = focused_name(app)
            key(RIGHT)
            second = focused_name(app)
            key(LEFT)
            back = focused_name(app)
            tap.check("Tab enters the timeline; Right and Left walk along time",
                      first in names and second in names and second != first and back == first,
                      f"{first!r} → {second!r} → {back!r}")

            key(END)
            last = focused_name(app)
            key(HOME)
            home = focused_name(app)
            tap.check("End and Home go to the last and first elements (by date)",
                      bool(names) and last == names[-1] and home == names[0], f"{home!r} … {last!r}")

            for _ in range(len(names) + 2):
                if focused_name(app) == LIVE:
                    break
                key(RIGHT)
            tap.check("the arrow keys reach the 618 live stream", focused_name(app) == LIVE,
                      str(focused_name(app)))
            key(RETURN)
            landed = wait_for(lambda: (lambda n: n if n and n.startswith("Date: ") else None)(focused_name(app)), 15)
            tap.check("Enter on it lands in the form, on its date", landed == "Date: 2026-06-18", str(landed))

            # The date picked from the calendar, by keyboard, in the table cell.
            key(RETURN)
            chord(ALT, KEY_DOWN)
            opened = wait_for(lambda: (lambda n: n if n and "June 2026" in n else None)(focused_name(app)), 10)
            tap.check("Alt+Down in the date being edited opens the calendar on its day, named with its key date",
                      opened == "Date: Thursday 18 June 2026, 618 Shopping Festival", str(opened))
            # Tab reaches the calendar's arrows, named; Enter there turns the month and
            # picks nothing; Shift+Tab goes back to the days.
            chord(TAB)
            arrow = focused_name(app)
            key(RETURN)
            turned = focused_name(app)
            chord(SHIFT, TAB)
            back = wait_for(lambda: (lambda n: n if n and "2026" in n else None)(focused_name(app)), 5)
            tap.check("the calendar's arrows are named, and Enter on one turns the page without picking",
                      arrow in ("Previous Month", "Next Month", "Previous Year", "Next Year") and
                      turned == arrow and back is not None and "2026-06-18" not in str(back),
                      f"{arrow!r} → {turned!r} → {back!r}")
            # Tab goes round the calendar's controls and stays in it (GTK 4.24 let it leave
            # the popover for the table's next cell).
            seen = []
            for _ in range(6):
                chord(TAB)
                seen.append(focused_name(app))
            tap.check("Tab keeps to the calendar: its days and its four arrows, round again",
                      all(n in ("Previous Month", "Next Month", "Previous Year", "Next Year") or
                          (n or "").startswith("Date: ") and "2026" in n for n in seen) and
                      any((n or "").startswith("Date: ") for n in seen[:5]), repr(seen))
            # Escape closes it, the cell keeping the keyboard and its day; Enter and Alt+Down
            # open it again on 18 June for what follows.
            # (GTK 4.24 left the keyboard on the closed calendar's button; the cell takes it.)
            chord(ESCAPE)
            closed = wait_for(lambda: (lambda n: n if n == "Date: 2026-06-18" else None)(focused_name(app)), 10)
            tap.check("Escape closes the calendar: the cell has the keyboard and its day", closed is not None,
                      str(focused_name(app)))
            key(RETURN)
            chord(ALT, KEY_DOWN)
            wait_for(lambda: (lambda n: n if n and "18 June 2026" in n else None)(focused_name(app)), 10)
            key(RIGHT)
            moved = focused_name(app)
            tap.check("Right moves to the next day, said with what falls on it",
                      moved == "Date: Friday 19 June 2026, Dragon Boat Festival, Dragon Boat Festival holiday",
                      str(moved))
            key(RETURN)
            picked = wait_for(lambda: (lambda n: n if n == "Date: 2026-06-19" else None)(focused_name(app)), 10)
            tap.check("Enter picks it: the cell has the day, and the keyboard", picked == "Date: 2026-06-19",
                      str(focused_name(app)))
            chord(CONTROL, KEY_Z)
            undone = wait_for(lambda: find(app, Atspi.Role.TEXT, lambda n: n == "Date: 2026-06-18"), 10)
            tap.check("Ctrl+Z takes the picked day back", undone is not None, str(focused_name(app)))
        finally:
            stop(process)
    return tap.exit_code()


sys.exit(main())
