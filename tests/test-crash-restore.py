#!/usr/bin/python3
# test-crash-restore.py: the real program, killed with SIGKILL while a plan has unsaved
# changes, offers the plan back on the next start, with its changes; and a clean quit
# (Ctrl+Q, Discard) leaves no draft behind. Driven over AT-SPI. Prints TAP.
#
# Usage: test-crash-restore.py PROGRAM
#
# SPDX-License-Identifier: GPL-3.0-or-later
import glob
import os
import signal
import sys
import tempfile

from atspi_helpers import (CONTROL, KEY_P, KEY_Q, SHIFT, Atspi, Tap, chord, find, find_app, launch, names,
                           point_at_window, settle, stop, type_text, wait_for)

PROGRAM = sys.argv[1]
NAME = "crash test plan"


def drafts(state):
    return glob.glob(os.path.join(state, "social-solar", "drafts", "*", "*.campaign.json"))


def draft_with_name(state):
    for path in drafts(state):
        with open(path, encoding="utf-8") as f:
            if f'"name": "{NAME}"' in f.read():
                return path
    return None


def start(state, tmp):
    process = launch(PROGRAM, XDG_STATE_HOME=state, XDG_DATA_HOME=tmp, HOME=tmp)
    app = wait_for(lambda: find_app(process.pid))
    if app is not None:
        point_at_window(app)
    return process, app


def press(app, label, timeout=8):
    button = wait_for(lambda: find(app, Atspi.Role.PUSH_BUTTON, lambda n: n == label), timeout)
    if button is not None:
        button.do_action(0)
    return button is not None


def main():
    tap = Tap(9)
    with tempfile.TemporaryDirectory() as tmp:
        state = os.path.join(tmp, "state")

        # 1. Make a plan with unsaved changes, then kill the program.
        process, app = start(state, tmp)
        try:
            wechat = wait_for(lambda: find(app, Atspi.Role.PUSH_BUTTON,
                                           lambda n: n.startswith("WeChat 微信, ")))
            wechat.do_action(0)
            press(app, "Add “Mini Programs” to Plan")
            # To the plan by its key, not the toast's Show Plan: the toast is gone after
            # 5 s, which a walk of the tree can take on a busy machine (test-atspi-plan
            # follows the toast).
            wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == "Show Plan"), 20)
            chord(CONTROL, SHIFT, KEY_P)
            wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == "• Untitled Plan"), 20)
            settle(app)
            type_text(NAME)
            tap.check("the plan is named, unsaved",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == f"• {NAME}"), 20))
            draft = wait_for(lambda: draft_with_name(state), 20)
            tap.check("a draft with the change is on disk a few seconds later", draft, str(drafts(state)))
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            tap.check("the draft outlives kill -9", draft_with_name(state))
        finally:
            if process.poll() is None:
                stop(process)

        # 2. The next start offers it back.
        process, app = start(state, tmp)
        try:
            question = wait_for(lambda: find(app, Atspi.Role.LABEL,
                                             lambda n: n == "Restore Unsaved Plans?"), 20)
            tap.check("the next start asks to restore unsaved plans", question)
            # A screen reader hears each button by its plain label (GTK 4.8 alone says
            # "_Restore Restore"; solar-dialogs.c names them).
            buttons = names(app, Atspi.Role.PUSH_BUTTON)
            tap.check("its buttons are named by their plain labels",
                      {"Restore", "Discard", "Not Now"} <= buttons, str(sorted(buttons)))
            tap.check("Restore brings the plan back with its changes, marked unsaved",
                      press(app, "Restore") and
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == f"• {NAME}"), 20))

            # 3. A clean quit: Ctrl+Q asks about the plan; Discard; nothing is left.
            settle(app)
            chord(CONTROL, KEY_Q)
            tap.check("Ctrl+Q asks before dropping the unsaved plan",
                      wait_for(lambda: find(app, Atspi.Role.LABEL, lambda n: n == "Save Changes?"), 20))
            press(app, "Discard")
            try:
                code = process.wait(10)
            except Exception:
                code = None
            tap.check("after Discard the program quits cleanly", code == 0, f"exit {code}")
            left = [p for p in glob.glob(os.path.join(state, "social-solar", "drafts", "*", "*"))]
            tap.check("a clean quit leaves no draft behind", not left, str(left))
        finally:
            if process.poll() is None:
                stop(process)
    return tap.exit_code()


sys.exit(main())
