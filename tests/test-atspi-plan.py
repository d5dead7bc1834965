#!/usr/bin/python3
# test-atspi-plan.py: a plan made only through AT-SPI, as a screen reader user makes one.
#
# Open WeChat from the diagram, add Mini Programs to a new plan from its page, follow the
# toast to the plan, type its name and budget, save with Ctrl+S through the file chooser,
# and read the saved file. Prints TAP.
#
# Usage: test-atspi-plan.py PROGRAM [zh_CN MO_FILE]
#   With zh_CN, the program runs in Simplified Chinese (the catalogue built from
#   po/zh_CN.po, through SOLAR_LOCALEDIR) and every name looked for is the Chinese one,
#   taken from the same catalogue and the dataset.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import gettext
import json
import os
import shutil
import sys
import tempfile
import time

from atspi_helpers import (CONTROL, KEY_A, KEY_S, RETURN, TAB, Atspi, Tap, check_control_names,
                           chord, find, find_app, launch, stop, type_text, wait_for, walk)

PROGRAM = sys.argv[1]
LANGUAGE = sys.argv[2] if len(sys.argv) > 3 else "en"
MO_FILE = sys.argv[3] if len(sys.argv) > 3 else None
DATASET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "json",
                       "platforms.json")


def item_title(item_id):
    """The tactic's title as the program shows it in LANGUAGE."""
    with open(DATASET, encoding="utf-8") as f:
        for platform in json.load(f)["platforms"]:
            for item in platform.get("items", []):
                if item["id"] == item_id:
                    return item["title"]["zh" if LANGUAGE.startswith("zh") else "en"]
    raise KeyError(item_id)


def strings():
    """What the test looks for, in the program's language: the catalogue's own words."""
    if MO_FILE is None:
        tr = gettext.NullTranslations()
    else:
        with open(MO_FILE, "rb") as f:
            tr = gettext.GNUTranslations(f)

    def plain(msgid):
        # Without the mnemonic: "_Show Plan" is read "Show Plan", "查看计划(_S)" "查看计划".
        text = tr.gettext(msgid)
        for marker in ("(_S)", "_"):
            text = text.replace(marker, "")
        return text
    return {
        "add": tr.gettext("Add “%s” to Plan") % item_title("wechat.mini-programs"),
        "show": plain("_Show Plan"),
        "name": tr.gettext("Name"),
        "budget": tr.gettext("Total budget"),
    }

def focused(app):
    for node in walk(app):
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return node
        except Exception:
            continue
    return None


def tab_to(app, predicate, limit=40):
    """Tab through the form, as a keyboard user does, until @predicate holds for focus."""
    for _ in range(limit):
        node = focused(app)
        if node is not None and predicate(node):
            return node
        chord(TAB)
    return None


def main():
    tap = Tap(9)
    words = strings()
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "spring.campaign.json")
        env = {"XDG_DATA_HOME": tmp, "HOME": tmp}
        if MO_FILE is not None:
            messages = os.path.join(tmp, "locale", LANGUAGE, "LC_MESSAGES")
            os.makedirs(messages)
            shutil.copy(MO_FILE, os.path.join(messages, "social-solar.mo"))
            # gettext ignores LANGUAGE in the "C" locale; C.UTF-8 is in every glibc.
            env.update(LANGUAGE=LANGUAGE, LC_ALL="C.UTF-8",
                       SOLAR_LOCALEDIR=os.path.join(tmp, "locale"))
        process = launch(PROGRAM, **env)
        try:
            app = wait_for(lambda: find_app(process.pid))
            frame = app.get_child_at_index(0)
            extents = frame.get_extents(Atspi.CoordType.SCREEN)
            # Without a window manager, X sends keys to the window under the pointer.
            Atspi.generate_mouse_event(extents.x + extents.width // 2, extents.y + 20, "abs")

            wechat = wait_for(lambda: find(app, Atspi.Role.PUSH_BUTTON,
                                           lambda n: n.startswith("WeChat 微信, ")))
            wechat.do_action(0)
            add = wait_for(lambda: find(app, Atspi.Role.PUSH_BUTTON, lambda n: n == words["add"]))
            tap.check(f"WeChat's page offers “{words['add']}”", add is not None)
            add.do_action(0)

            show = wait_for(lambda: find(app, Atspi.Role.LABEL,
                                         lambda n: n.replace("(S)", "") == words["show"]), 5)
            tap.check("a toast offers to show the plan", show is not None)
            show.get_parent().do_action(0)

            # The plan opens with the keyboard in its name (GTK 4.8 does not report that
            # field's focus over AT-SPI; the tab's title below shows the typing landed).
            name = wait_for(lambda: find(app, Atspi.Role.TEXT, lambda n: n == words["name"]), 5)
            tap.check("the plan's form is shown", name is not None)
            time.sleep(0.5)
            type_text("spring launch")
            budget = tab_to(app, lambda n: n.get_role() == Atspi.Role.SPIN_BUTTON and
                            (n.get_name() or "").startswith(words["budget"]))
            # Named once, by the row's title, not "Total Budget Total Budget".
            tap.check("the budget's spin button is named once, not “Total budget Total Budget”",
                      budget is not None and budget.get_name() == words["budget"],
                      budget.get_name() if budget is not None else "not reached")
            chord(CONTROL, KEY_A)
            type_text("500000")
            chord(TAB)
            tap.check("the tab is named after the plan, marked unsaved",
                      wait_for(lambda: find(app, Atspi.Role.LABEL,
                                            lambda n: n == "• spring launch"), 5) is not None)

            # Every control of the form has a name a screen reader can say, and says it once.
            checked, unnamed, doubled = check_control_names(app)
            tap.check("every control on screen has a name, said once",
                      checked >= 10 and not unnamed and not doubled,
                      f"{checked} controls; unnamed {unnamed[:10]} doubled {doubled[:10]}")

            chord(CONTROL, KEY_S)
            # Wait for the file chooser's name field (GTK's own words, in either language).
            wait_for(lambda: find(app, Atspi.Role.TEXT,
                                  lambda n: n in ("Name", "File Name", "名称", "文件名")), 8)
            time.sleep(1)
            # The chooser's name field has focus, the suggested name selected.
            chord(CONTROL, KEY_A)
            type_text(target)
            chord(RETURN)
            saved = wait_for(lambda: os.path.exists(target), 8)
            tap.check("Ctrl+S saves through the file chooser", saved is not None)

            plan = json.load(open(target, encoding="utf-8")) if saved else {}
            tap.check("the file has the plan's name and budget",
                      plan.get("name") == "spring launch" and
                      plan.get("budget", {}).get("total") == 500000, json.dumps(plan)[:200])
            platforms = plan.get("platforms", [])
            tap.check("and WeChat with Mini Programs",
                      any(p.get("platform") == "wechat" and
                          "wechat.mini-programs" in p.get("tactics", []) for p in platforms))
        finally:
            stop(process)
    return tap.exit_code()


sys.exit(main())
