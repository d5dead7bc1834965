#!/usr/bin/python3
# test-atspi-names.py: nothing in the accessibility tree is named after its class.
#
# GTK 4.8 names whatever has no name after its type, so a screen reader reads a tab's
# close button as "GtkImage" and an expander row's arrow as "GtkImage" too. This walks
# every view the way a screen reader user reaches it (the diagram, each platform's page,
# the main menu, search, compare, a tribe's page, and a plan with every section open) and fails on any
# node named after its type, and on any image left in the tree without a name. Prints TAP.
#
# Usage: test-atspi-names.py PROGRAM PLAN
#
# SPDX-License-Identifier: GPL-3.0-or-later
import sys
import time

from atspi_helpers import (CONTROL, KEY_F, Atspi, GLib, Tap, badly_named, chord, find, find_app, focused,
                           has_state, launch, name_of, names, point_at_window, role_of, settle,
                           stop, type_text, wait_for, walk)

PROGRAM, PLAN = sys.argv[1], sys.argv[2]
PLATFORMS = ["WeChat", "Weibo", "Douyin", "RED", "Zhihu", "bilibili",
             "Tencent Video", "iQIYI", "Youku", "Mango TV"]
# Keysyms, sent with KeySynthType.SYM (Ctrl+F goes by keycode, through chord()).
F10, ESCAPE, SPACE, TAB, RETURN = 0xffc7, 0xff1b, 0x20, 0xff09, 0xff0d


def platform_button(app, platform):
    return find(app, Atspi.Role.PUSH_BUTTON,
                lambda n: n.startswith(platform + " ") and "platform, " in n)


def back_button(app):
    return find(app, Atspi.Role.PUSH_BUTTON, lambda n: n == "Back")


def is_folded(node):
    return has_state(node, Atspi.StateType.EXPANDABLE) and \
        not has_state(node, Atspi.StateType.EXPANDED)


def report(found):
    return f"{len(found)} found: " + "; ".join(sorted(set(found))[:12])


def check_view(tap, app, process, view, shown=True):
    """Fails if @view did not show, if the program is gone, or if the walk saw too little
    of a tree to mean anything, as well as on any badly named node."""
    settle(app)
    found = badly_named(app)
    nodes = sum(1 for _ in walk(app))
    alive = process.poll() is None
    return tap.check(f"{view}: nothing named after its class, no image without a name",
                     shown and alive and nodes >= 20 and not found,
                     f"shown: {shown}, running: {alive}, {nodes} nodes walked; " + report(found))


def main():
    # diagram, 10 pages, menu, search, compare (and that it compares), tribe, plan (and that
    # its sections opened)
    tap = Tap(1 + len(PLATFORMS) + 8)
    process = launch(PROGRAM)
    try:
        app = wait_for(lambda: find_app(process.pid))
        point_at_window(app)
        wait_for(lambda: platform_button(app, "Mango TV"))
        check_view(tap, app, process, "the diagram")

        for platform in PLATFORMS:
            button = wait_for(lambda: platform_button(app, platform))
            if button is None:
                tap.check(f"{platform}'s page", False, "no button for it on the diagram")
                continue
            button.do_action(0)
            back = wait_for(lambda: back_button(app))
            check_view(tap, app, process, f"{platform}'s page", shown=back is not None)
            if back is not None:
                back.do_action(0)
                wait_for(lambda: back_button(app) is None)

        # The main menu (F10), with its items built when it first opens.
        Atspi.generate_keyboard_event(F10, None, Atspi.KeySynthType.SYM)
        wait_for(lambda: "Open Plan…" in names(app, Atspi.Role.MENU_ITEM))
        check_view(tap, app, process, "the main menu")
        Atspi.generate_keyboard_event(ESCAPE, None, Atspi.KeySynthType.SYM)
        wait_for(lambda: "Open Plan…" not in names(app, Atspi.Role.MENU_ITEM))

        # Search: Ctrl+F and a word (a locked Control modifier does not reach GTK's
        # shortcuts, so Control is pressed by keycode).
        chord(CONTROL, KEY_F)
        settle(app)
        type_text("ootd")
        wait_for(lambda: "#OOTD" in names(app, Atspi.Role.LABEL))
        check_view(tap, app, process, "search results")
        Atspi.generate_keyboard_event(ESCAPE, None, Atspi.KeySynthType.SYM)

        # Compare: from a page, with three platforms chosen so the table is there.
        back = back_button(app)
        if back is not None:
            back.do_action(0)
        wechat = wait_for(lambda: platform_button(app, "WeChat"))
        wechat.do_action(0)
        compare = wait_for(lambda: find(app, Atspi.Role.PUSH_BUTTON, lambda n: n == "Compare With Others"))
        compare.do_action(0)
        # Two more platforms, so the table is there too. GTK 4.8 gives a check box no
        # action over AT-SPI: Tab to each and press Space, as a keyboard user does.
        for other in ("Weibo", "Douyin"):
            for _ in range(30):
                node = focused(app)
                if node is not None and role_of(node) == Atspi.Role.CHECK_BOX and name_of(node) == other:
                    Atspi.generate_keyboard_event(SPACE, None, Atspi.KeySynthType.SYM)
                    wait_for(lambda: has_state(node, Atspi.StateType.CHECKED), 5)
                    break
                Atspi.generate_keyboard_event(TAB, None, Atspi.KeySynthType.SYM)
                time.sleep(0.1)
        tap.check("compare shows three platforms",
                  wait_for(lambda: {"WeChat", "Weibo", "Douyin"} <= names(app, Atspi.Role.COLUMN_HEADER) or
                           {"WeChat", "Weibo", "Douyin"} <= names(app, Atspi.Role.LABEL) and
                           len([n for n in walk(app) if role_of(n) == Atspi.Role.CHECK_BOX and
                                has_state(n, Atspi.StateType.CHECKED)]) >= 3, 10)
                  is not None)
        check_view(tap, app, process, "compare")

        # A tribe's page, found by searching for it.
        chord(CONTROL, KEY_F)
        settle(app)
        type_text("boutique")
        wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == "Search Results"))
        settle(app)
        Atspi.generate_keyboard_event(RETURN, None, Atspi.KeySynthType.SYM)
        tap.check("searching for Boutique opens the tribe's page",
                  wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == "Search Results") is None
                           and "Boutique" in names(app, Atspi.Role.LABEL), 10) is not None)
        check_view(tap, app, process, "a tribe's page")
    finally:
        stop(process)

    process = launch(PROGRAM, [PLAN])
    try:
        app = wait_for(lambda: find_app(process.pid))
        point_at_window(app)
        wait_for(lambda: find(app, Atspi.Role.TEXT, lambda n: n == "Name"))
        settle(app)
        # Open every row that folds (milestones, platforms, audience), as a keyboard
        # user does: Tab through the form and press Return on each folded row's header.
        # (AT-SPI cannot unfold them: GTK gives them no action and cannot focus them.)
        # Only the folded rows are watched for focus after each Tab (a walk of the whole
        # form at every key takes minutes under ASan); the list is made again every 20
        # keys and after each row unfolds, as an unfolded row may hold folded ones.
        opened, folded = 0, []
        for presses in range(400):
            if presses % 20 == 0:
                folded = [n for n in walk(app) if is_folded(n)]
                if not folded:
                    break  # nothing left folded (at once on GTK 4.8, which cannot tell)
            node = next((n for n in folded if has_state(n, Atspi.StateType.FOCUSED)), None)
            if node is not None:
                Atspi.generate_keyboard_event(RETURN, None, Atspi.KeySynthType.SYM)
                if wait_for(lambda: not is_folded(node), 5):
                    opened += 1
                folded = [n for n in walk(app) if is_folded(n)]
            Atspi.generate_keyboard_event(TAB, None, Atspi.KeySynthType.SYM)
            time.sleep(0.05)
        settle(app)
        # GTK 4.8 puts a folded row's contents in the tree and has no way to unfold it over
        # AT-SPI; newer GTK unfolds through the row's EXPANDABLE state (counted above).
        # Either way the walk must reach what the rows fold, and the KOL table's cells,
        # each named by its column and value ("Tier: KOC"); newer GTK names a drop-down by
        # its choice alone ("KOC"), in a table cell under the column's header.
        def is_tier_cell(node):
            if role_of(node) != Atspi.Role.COMBO_BOX:
                return False
            if name_of(node).startswith("Tier: "):
                return True
            try:
                parent = node.get_parent()
            except GLib.Error:
                return False
            return (name_of(node) in ("Head", "Mid", "Micro", "KOC") and parent is not None and
                    role_of(parent) == Atspi.Role.TABLE_CELL)

        tiers = [n for n in walk(app) if is_tier_cell(n)]
        tap.check("the walk reaches the KOL table's cells (a Tier cell for each of the 3 KOLs)",
                  len(tiers) >= 3, f"{len(tiers)} Tier cells; {opened} rows unfolded")
        check_view(tap, app, process, "a plan with every section open")
    finally:
        stop(process)
    return tap.exit_code()


sys.exit(main())
