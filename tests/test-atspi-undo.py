#!/usr/bin/python3
# test-atspi-undo.py: undo and redo of a plan with real keys, in the real program (issue 15).
#
# Opens a copy of a template plan and, with keys sent through the X server as a user's are:
# changes the plan's name and then its brand, goes back into the name field and presses
# Ctrl+Z: the brand comes back (the plan's last change), not the name's typing (what the
# field's own undo would take back); Ctrl+Z again restores the name; Ctrl+Shift+Z and
# Ctrl+Y redo both. The Edit items in the menu name the step. Then selects every KOL and
# removes them with Delete, takes that back from the toast, removes them again and takes it
# back with Ctrl+Z; saves with Ctrl+S and reads the file; and sees that undoing past the
# save marks the plan unsaved and redoing back to it clears the mark. Prints TAP.
#
# Usage: test-atspi-undo.py PROGRAM TEMPLATE.campaign.json
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import sys
import tempfile
import time

from atspi_helpers import (CONTROL, KEY_A, KEY_S, SHIFT, TAB, Atspi, GLib, Tap, chord, find,
                           find_app, has_state, launch, names, point_at_window, settle, stop,
                           text_of, type_text, wait_for)

PROGRAM, TEMPLATE = sys.argv[1], sys.argv[2]
# Xvfb's evdev keycodes, as atspi_helpers' own.
KEY_Z, KEY_Y = 52, 29
# Keysyms, sent with KeySynthType.SYM.
END, HOME, DELETE, F10, ESCAPE = 0xff57, 0xff50, 0xffff, 0xffc7, 0xff1b


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.2)


def click(node):
    """A click in the middle of @node. GTK reports window coordinates (it warns that it
    cannot give screen ones); without a window manager the window is at the screen's
    corner, so they are the screen's too."""
    try:
        box = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
    except (GLib.Error, TypeError):
        return False
    if box.width <= 0 or box.height <= 0:
        return False
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    time.sleep(0.3)
    return True


def focus_field(node):
    """Puts the keyboard in the field @node as a user would: by clicking it where the
    toolkit's coordinates can be trusted (GTK 4.8), or through AT-SPI's GrabFocus where GTK
    implements it (later versions, whose extents are relative to the parent)."""
    try:
        if Atspi.Component.grab_focus(node):
            time.sleep(0.3)
            return True
    except (GLib.Error, TypeError):
        pass
    return click(node)


def has_focus(node):
    """Whether @node or a child of it has the focus (a menu button's is on its button)."""
    try:
        inside = [node.get_child_at_index(i) for i in range(node.get_child_count())]
    except GLib.Error:
        return False
    return any(n is not None and has_state(n, Atspi.StateType.FOCUSED) for n in [node] + inside)


def select_all_kols(sort):
    """Tab to the KOL table's Sort button, on into the rows, Home, Ctrl+A, Delete."""
    for _ in range(200):
        if sort is None or has_focus(sort):
            break
        chord(TAB)
    if sort is None or not has_focus(sort):
        return False
    chord(TAB)
    key(HOME)
    chord(CONTROL, KEY_A)
    key(DELETE)
    return True


def unsaved(app, title):
    return find(app, Atspi.Role.LABEL, lambda n: n == f"• {title}") is not None


def menu_item(app, label):
    return find(app, Atspi.Role.MENU_ITEM, lambda n: n.replace("_", "") == label)


def main():
    tap = Tap(13)
    with open(TEMPLATE, encoding="utf-8") as f:
        original = json.load(f)
    name0, brand0 = original.get("name", ""), original.get("brand", "")
    n_kols = len(original.get("kols", []))
    name1, brand1 = name0 + " 2027", brand0 + " China"

    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "undo.campaign.json")
        shutil.copy(TEMPLATE, copy)
        title = os.path.basename(copy)
        process = launch(PROGRAM, [copy], XDG_DATA_HOME=tmp, HOME=tmp)
        try:
            app = wait_for(lambda: find_app(process.pid))
            point_at_window(app)
            name = wait_for(lambda: find(app, Atspi.Role.TEXT, lambda n: n == "Name"), 60)
            brand = find(app, Atspi.Role.TEXT, lambda n: n == "Brand")
            settle(app)

            # The name, then the brand; back in the name, Ctrl+Z.
            if name is not None and focus_field(name):
                key(END)
                type_text(" 2027")
            wait_for(lambda: text_of(name) == name1, 10)
            chord(TAB)
            key(END)
            type_text(" China")
            typed = wait_for(lambda: text_of(brand) == brand1, 10)
            tap.check("typing changes the name, then Tab and typing the brand",
                      text_of(name) == name1 and typed, f"{text_of(name)!r}, {text_of(brand)!r}")
            chord(SHIFT, TAB)
            chord(CONTROL, KEY_Z)
            back = wait_for(lambda: text_of(brand) == brand0, 10)
            tap.check("Ctrl+Z in the name field takes back the brand, the plan's last change, "
                      "not the field's own typing",
                      back and text_of(name) == name1, f"{text_of(name)!r}, {text_of(brand)!r}")
            chord(CONTROL, KEY_Z)
            tap.check("Ctrl+Z again restores the name, and the plan is as saved again",
                      wait_for(lambda: text_of(name) == name0, 10) and
                      wait_for(lambda: not unsaved(app, title), 10), repr(text_of(name)))

            chord(CONTROL, SHIFT, KEY_Z)
            redone = wait_for(lambda: text_of(name) == name1, 10)
            chord(CONTROL, KEY_Y)
            tap.check("Ctrl+Shift+Z and Ctrl+Y redo both, marked unsaved",
                      redone and wait_for(lambda: text_of(brand) == brand1, 10) and
                      wait_for(lambda: unsaved(app, title), 10),
                      f"{text_of(name)!r}, {text_of(brand)!r}")

            key(F10)
            item = wait_for(lambda: menu_item(app, "Undo Change Brand"), 10)
            tap.check("the menu's Undo says what it takes back: “Undo Change Brand”",
                      item is not None)
            key(ESCAPE)

            # Every KOL, selected in the table (reached by Tab, as test-atspi-table does)
            # and removed with Delete.
            sort = next(filter(None, (find(app, role, lambda n: n == "Sort") for role in
                                      (Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON))), None)
            in_table = select_all_kols(sort)
            removed = f"Removed {n_kols} KOLs"
            toast = wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == removed), 10)
            tap.check(f"Ctrl+A and Delete in the roster remove its {n_kols} KOLs, and a toast says so",
                      in_table and toast is not None,
                      f"Sort {'reached' if in_table else 'not reached' if sort else 'not found'}; "
                      f"buttons: {sorted(n for n in names(app, Atspi.Role.PUSH_BUTTON) if 'ort' in n)}")
            # libadwaita 1.2 names the toast's button "_Undo Undo" (its label, twice).
            undo = find(app, Atspi.Role.PUSH_BUTTON, lambda n: "Undo" in n.replace("_", "").split())
            if undo is not None:
                undo.do_action(0)
            count = f"{n_kols} KOLs"
            tap.check("the toast's Undo puts them back",
                      undo is not None and
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == count), 10))

            select_all_kols(sort)
            gone = wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == removed), 10)
            chord(CONTROL, KEY_Z)
            tap.check("removed again, Ctrl+Z puts them back",
                      gone is not None and
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == count), 10))
            chord(CONTROL, SHIFT, KEY_Z)
            tap.check("Ctrl+Shift+Z removes them once more",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == count) is None, 10))

            chord(CONTROL, KEY_S)
            saved = wait_for(lambda: json.load(open(copy, encoding="utf-8")).get("name") == name1, 20)
            plan = json.load(open(copy, encoding="utf-8"))
            tap.check("Ctrl+S saves the name, the brand and the empty roster",
                      saved and plan.get("brand") == brand1 and not plan.get("kols"),
                      json.dumps(plan)[:160])
            tap.check("and the plan is no longer marked unsaved",
                      wait_for(lambda: not unsaved(app, title), 10))

            chord(CONTROL, KEY_Z)
            tap.check("Ctrl+Z after saving brings the KOLs back and marks the plan unsaved",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == count), 10) and
                      wait_for(lambda: unsaved(app, title), 10))
            chord(CONTROL, KEY_Y)
            tap.check("Ctrl+Y back to the saved plan clears the mark again",
                      wait_for(lambda: not unsaved(app, title), 10))
        finally:
            stop(process)
    return tap.exit_code()


sys.exit(main())
