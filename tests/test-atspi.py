#!/usr/bin/python3
# test-atspi.py: drives the real program the way a screen reader user does, over AT-SPI.
#
# Starts social-solar, finds the ten platform buttons in the accessible tree by their names,
# switches the diagram to the latest figures and back with the keyboard (Shift+Tab to the
# switch, Space), activates WeChat through its accessible action, checks its page is shown,
# then presses Alt+Left on the keyboard and checks the diagram is back. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import sys

from atspi_helpers import (Atspi, GLib, Tap, check_control_names, children, chord, find_app, focused,
                           labels, launch, name_of, names, point_at_window, role_of, settle, stop,
                           wait_for, walk)

PROGRAM = sys.argv[1]
PLATFORMS = ["WeChat", "Weibo", "Douyin", "RED", "Zhihu", "bilibili",
             "Tencent Video", "iQIYI", "Youku", "Mango TV"]


# GTK 4.8 does not report the SHOWING state, and keeps the hidden page of a stack in the
# tree, so what is on screen is told by what only the shown page puts there: the window's
# subtitle and the Back button (hidden widgets are left out of the tree).
def buttons(app):
    return [n for n in walk(app) if role_of(n) == Atspi.Role.PUSH_BUTTON]


def window_subtitle(app):
    """The second label of the window title: the page shown."""
    for node in walk(app):
        if role_of(node) == Atspi.Role.LABEL and name_of(node) == "Social Solar":
            try:
                parent = node.get_parent()
            except GLib.Error:
                return None
            names = [name_of(child) for child in children(parent)]
            return names[1] if len(names) > 1 else None
    return None


def menu_items(app):
    """The names of the menu items on screen (a closed popover leaves the tree)."""
    return names(app, Atspi.Role.MENU_ITEM)


def has_back_button(app):
    return any(name_of(button) == "Back" for button in buttons(app))


def platform_buttons(app):
    found = {}
    for button in buttons(app):
        name = name_of(button)
        for platform in PLATFORMS:
            if name.startswith(platform + " ") and "platform, " in name:
                found[platform] = button
    return found


def focused_platform(app):
    for platform, button in platform_buttons(app).items():
        try:
            if button.get_state_set().contains(Atspi.StateType.FOCUSED):
                return platform
        except GLib.Error:
            continue
    return None


def press(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def press_alt_left(app):
    point_at_window(app)
    # KeySynthType is not a set of flags: hold Alt (Mod1) by locking the modifier.
    mod1, left = 1 << 3, 0xff51
    Atspi.generate_keyboard_event(mod1, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(left, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(mod1, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def main():
    tap = Tap(18)
    check = tap.check
    app_process = launch(PROGRAM)
    try:
        app = wait_for(lambda: find_app(app_process.pid))
        if not check("the program appears on the accessibility bus", app is not None):
            return tap.exit_code()
        found = wait_for(lambda: (lambda f: f if len(f) == 10 else None)(platform_buttons(app)))
        found = found or platform_buttons(app)
        check("ten platform buttons in the accessible tree", len(found) == 10,
              f"found {sorted(found)}")
        wechat = found.get("WeChat")
        check("WeChat announces name, tier and key figure",
              wechat is not None and wechat.get_name() ==
              "WeChat 微信, core platform, 1.2 billion monthly active users",
              wechat.get_name() if wechat else "missing")
        if wechat is None:
            return

        # The figures switch, from the keyboard: it sits just before the diagram in the Tab
        # order (Xvfb's keycodes: 50 Shift_L, 23 Tab, 65 space).
        point_at_window(app)
        settle(app)
        chord(50, 23)
        toggle = wait_for(lambda: (lambda f: f if name_of(f) == "Latest Figures" else None)(focused(app)), 10)
        check("Shift+Tab from the diagram reaches the Latest Figures switch", toggle is not None,
              name_of(focused(app)))
        chord(65)
        latest = wait_for(lambda: any(name_of(b) == "Kuaishou 快手, not in the report, 731 million "
                                      "monthly active users, September 2025" for b in buttons(app)), 20)
        check("Space shows the latest figures: Kuaishou says what sizes it", latest is not None)
        check("and WeChat is sized by its newest monthly users",
              "WeChat 微信, core platform, 1.4 billion combined monthly active users of Weixin "
              "and WeChat, 30 September 2025" in {name_of(b) for b in buttons(app)})
        chord(50, 23)
        chord(65)
        back = wait_for(lambda: len(platform_buttons(app)) == 10 and
                        not any(name_of(b).startswith("Kuaishou") for b in buttons(app)), 20)
        check("Shift+Tab and Space go back to the report's ten", back is not None,
              name_of(focused(app)))
        found = platform_buttons(app)
        wechat = found.get("WeChat")
        wechat.do_action(0)
        page = wait_for(lambda: {"WeChat", "微信", "Core platform", "Figures", "1.2 billion",
                                 "Monthly active users", "Functions for Brands", "Mini Programs",
                                 "Brand Zone"} <= labels(app))
        check("activating WeChat fills its page", bool(page),
              f"labels: {sorted(n for n in labels(app) if n)[:20]}")
        check("the page is shown: Back button and the platform in the title",
              wait_for(lambda: has_back_button(app) and "China's social solar system"
                       not in labels(app), 5) is not None)
        checked, unnamed, doubled = check_control_names(app)
        check("every control of the diagram and the page has a name, said once",
              checked >= 20 and not unnamed and not doubled,
              f"{checked} controls; unnamed {unnamed[:10]} doubled {doubled[:10]}")
        press_alt_left(app)
        back = wait_for(lambda: not has_back_button(app) and
                        "China's social solar system" in labels(app), 20)
        check("Alt+Left returns to the diagram", back is not None)

        start = wait_for(lambda: focused_platform(app), 20)
        check("focus is back on the platform that was opened", start == "WeChat", str(start))
        press(0xff53)  # Right
        moved = wait_for(lambda: (lambda p: p if p not in (None, start) else None)(focused_platform(app)), 20)
        check("an arrow key moves focus to another platform", moved is not None, str(moved))
        press(0xff0d)  # Return
        opened = wait_for(lambda: has_back_button(app) and moved in labels(app), 20)
        check("Enter opens the focused platform's page", opened is not None, str(moved))

        # Search from the keyboard: Ctrl+F, type, Enter opens the best hit.
        # By keycode (Xvfb's default keymap: 37 Control_L, 41 f): a locked Control modifier,
        # unlike a locked Alt, does not reach GTK's shortcuts.
        Atspi.generate_keyboard_event(37, None, Atspi.KeySynthType.PRESS)
        Atspi.generate_keyboard_event(41, None, Atspi.KeySynthType.PRESSRELEASE)
        Atspi.generate_keyboard_event(37, None, Atspi.KeySynthType.RELEASE)
        settle(app)
        for letter in "ootd":
            press(ord(letter))
        found = wait_for(lambda: window_subtitle(app) == "Search Results" and
                         "#OOTD" in labels(app), 20)
        check("Ctrl+F and typing OOTD lists RED's #OOTD", found is not None,
              f"subtitle {window_subtitle(app)!r}")
        press(0xff0d)  # Return
        landed = wait_for(lambda: window_subtitle(app) == "RED (Xiaohongshu)", 20)
        check("Enter opens RED's page", landed is not None, f"subtitle {window_subtitle(app)!r}")

        # The main menu's popover is built when it first opens; F10 must still open it.
        press(0xffc7)  # F10
        opened = wait_for(lambda: "Open Plan…" in menu_items(app), 20)
        check("F10 opens the main menu, with its items", opened is not None,
              repr(sorted(menu_items(app))))
        press(0xff1b)  # Escape
        closed = wait_for(lambda: "Open Plan…" not in menu_items(app), 20)
        check("Escape closes the main menu", closed is not None, repr(sorted(menu_items(app))))
    finally:
        stop(app_process)
    return tap.exit_code()


sys.exit(main())
