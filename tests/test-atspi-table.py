#!/usr/bin/python3
# test-atspi-table.py: a 1,000-KOL plan's roster driven over AT-SPI and the keyboard alone.
#
# Opens a copy of a plan made by make-plan.py (1,000 KOLs, 250 milestones, 250 KPIs), then,
# as a screen reader user would: Tabs down the form to the KOL table's Sort button, through
# the milestone and KPI tables a row each (a 250-row table must not take 750 Tabs); sorts
# the KOL table by fee, highest first, from its Sort menu; tabs into the table and renames
# the top KOL in place (Enter, type, Enter); filters by typing a name; selects every row
# left (Ctrl+A) and removes them (Delete), which a toast reports; saves (Ctrl+S) and reads
# the file back: the rename kept, the removed KOLs gone, the rest in the planner's order.
# Prints TAP.
#
# Usage: test-atspi-table.py PROGRAM PLAN
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import sys
import tempfile
import time

from atspi_helpers import (CONTROL, KEY_A, KEY_S, SHIFT, Atspi, GLib, Tap, chord, find, find_app,
                           has_state, launch, point_at_window, settle, stop, type_text, wait_for)
from atspi_helpers import TAB as TAB_KEY

PROGRAM, PLAN = sys.argv[1], sys.argv[2]
# Keysyms, sent with KeySynthType.SYM.
TAB, RETURN, DELETE, HOME = 0xff09, 0xff0d, 0xffff, 0xff50
FILTER = "KOC 99"
NEW_NAME = "Top creator, renamed"


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.2)


def menu_item(app, label):
    """The item @label of the menu that is open (a radio or check item)."""
    return wait_for(lambda: find(app, Atspi.Role.RADIO_MENU_ITEM, lambda n: n == label) or
                    find(app, Atspi.Role.CHECK_MENU_ITEM, lambda n: n == label) or
                    find(app, Atspi.Role.MENU_ITEM, lambda n: n == label), 10)


def first_row(app):
    return find(app, Atspi.Role.TABLE_ROW, lambda n: n.startswith("KOL 1 of "))


def control(app, name):
    """The control named @name, a button or a field (found once: a walk of a 1,000-KOL
    plan's tree is slow, so Tab below only looks at this one node's state)."""
    for role in (Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON, Atspi.Role.TEXT,
                 Atspi.Role.ENTRY):
        node = find(app, role, lambda n: n == name)
        if node is not None:
            return node
    return None


def has_focus(node):
    """Whether @node or a child of it has the focus (a menu button's focus is on the
    button inside it)."""
    try:
        inside = [node.get_child_at_index(i) for i in range(node.get_child_count())]
    except GLib.Error:
        return False
    return any(n is not None and has_state(n, Atspi.StateType.FOCUSED) for n in [node] + inside)


def tab_to(node, limit=80, backwards=False):
    """Tabs (or Shift+Tabs) as a keyboard user does until @node has the focus."""
    for _ in range(limit):
        if has_focus(node):
            return True
        if backwards:
            chord(SHIFT, TAB_KEY)
        else:
            key(TAB)
    return has_focus(node)


def into_table(sort):
    """From the Sort button, Tab into the table and Home to its first row (Tab enters a
    list at the row that last had the focus, wherever sorting has put it)."""
    if has_focus(sort):
        key(TAB)
    key(HOME)


def main():
    tap = Tap(9)
    with open(PLAN, encoding="utf-8") as f:
        original = json.load(f)["kols"]
    n_kols = len(original)
    top = max(original, key=lambda k: k.get("fee", 0))
    filtered = [k for k in original if FILTER.lower() in k["name"].lower()]

    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "seeding.campaign.json")
        shutil.copy(PLAN, copy)
        process = launch(PROGRAM, [copy], XDG_DATA_HOME=tmp, HOME=tmp)
        try:
            app = wait_for(lambda: find_app(process.pid))
            point_at_window(app)
            count = f"{n_kols:,} KOLs"
            tap.check(f"the plan opens with its {count} counted under the table",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == count), 60))
            settle(app)

            # Sort by fee, highest first, from the Sort menu, reached by Tab (which also
            # scrolls it into view, where its menu can open) and opened with Return.
            sort = control(app, "Sort")
            reached = sort is not None and tab_to(sort, 200)
            for item in ("Fee", "Descending"):
                if reached:
                    key(RETURN)
                    choice = menu_item(app, item)
                    if choice is not None:
                        choice.do_action(0)
                    wait_for(lambda: has_focus(sort), 5)
            row = wait_for(lambda: (r := first_row(app)) and
                           r.get_name().startswith(f"KOL 1 of {n_kols}: {top['name']},") and r, 15)
            tap.check("Tab to Sort, then Sort ▸ Fee and Sort ▸ Descending put the highest fee "
                      "first", row is not None,
                      first_row(app).get_name() if first_row(app) else "no row")

            # Tab on into the table, Home to its first row, Tab to that row's name cell;
            # Enter edits it, Enter keeps it.
            cell = find(app, Atspi.Role.TEXT, lambda n: n == f"Name: {top['name']}")
            into_table(sort)
            tap.check("Tab and Home reach the table's first name cell",
                      cell is not None and tab_to(cell, 20))
            key(RETURN)
            chord(CONTROL, KEY_A)
            type_text(NEW_NAME)
            key(RETURN)
            renamed = wait_for(lambda: find(app, Atspi.Role.TEXT,
                                            lambda n: n == f"Name: {NEW_NAME}"), 10)
            tap.check("Enter, typing and Enter rename the KOL in place", renamed is not None)

            # Filter by typing a name into the search field, back above the table.
            search = control(app, "Find a KOL by name")
            if search is not None and tab_to(search, 20, backwards=True):
                type_text(FILTER)
            shown = f"{len(filtered)} of {n_kols:,} KOLs shown"
            tap.check(f"typing “{FILTER}” leaves the {len(filtered)} KOLs so named",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == shown), 15),
                      shown)

            # Into the rows again, select them all and remove them.
            first = wait_for(lambda: find(app, Atspi.Role.TEXT,
                                          lambda n: n.startswith(f"Name: {FILTER}")), 10)
            if first is not None and tab_to(sort, 20):
                into_table(sort)
                tab_to(first, 20)
            chord(CONTROL, KEY_A)
            selected = f"{len(filtered)} KOLs selected"
            tap.check("Ctrl+A selects every row shown",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == selected), 10),
                      selected)
            key(DELETE)
            removed = f"Removed {len(filtered)} KOLs"
            tap.check("Delete removes them and a toast says so",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == removed), 10),
                      removed)

            chord(CONTROL, KEY_S)
            saved = wait_for(lambda: len(json.load(open(copy, encoding="utf-8"))["kols"]) <
                             n_kols, 20)
            kols = json.load(open(copy, encoding="utf-8"))["kols"] if saved else []
            tap.check("Ctrl+S saves the plan without those KOLs",
                      len(kols) == n_kols - len(filtered) and
                      not any(FILTER.lower() in k["name"].lower() for k in kols),
                      f"{len(kols)} KOLs saved")
            expected = [NEW_NAME if k is top else k["name"] for k in original if k not in filtered]
            tap.check("the file keeps the rename and the planner's order, not the table's",
                      [k["name"] for k in kols] == expected)
        finally:
            stop(process)
    return tap.exit_code()


sys.exit(main())
