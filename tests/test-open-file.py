#!/usr/bin/python3
# test-open-file.py: `social-solar PLAN.campaign.json` opens the plan, and a broken file
# is refused with a message that names the file and the place, while the app stays up.
#
# Drives the real program over AT-SPI. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

PROGRAM, TEMPLATE = sys.argv[1], sys.argv[2]
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail else ''}",
          flush=True)


def wait_for(predicate, timeout=15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return None


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except gi.repository.GLib.Error:
            continue
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def names(app, role):
    return {n.get_name() for n in walk(app) if n.get_role() == role}


def run(files):
    env = dict(os.environ, GSETTINGS_BACKEND="memory", LANGUAGE="en", GTK_A11Y="atspi")
    env.pop("NO_AT_BRIDGE", None)
    return subprocess.Popen([PROGRAM, *files], env=env)


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main():
    print("1..4", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "launch.campaign.json")
        shutil.copy(TEMPLATE, plan)
        broken = os.path.join(tmp, "broken.campaign.json")
        with open(broken, "w") as f:
            f.write('{\n  "format": "social-solar-campaign",\n  "version": 1,\n  "name": \n')

        process = run([plan])
        try:
            app = wait_for(lambda: find_app(process.pid))
            # The window's subtitle is the plan's file name; its name is in the form.
            shown = app and wait_for(lambda: "launch.campaign.json" in names(app, Atspi.Role.LABEL))
            check("the plan given on the command line opens", bool(shown))
            editable = app and [n for n in walk(app) if n.get_role() == Atspi.Role.TEXT]
            check("its form is there to edit", bool(editable))
        finally:
            stop(process)

        process = run([broken])
        try:
            app = wait_for(lambda: find_app(process.pid))
            message = app and wait_for(
                lambda: [n for n in names(app, Atspi.Role.LABEL) | names(app, Atspi.Role.ALERT)
                         if n and "broken.campaign.json:" in n]
                or [n.get_name() for n in walk(app)
                    if n.get_name() and "broken.campaign.json:" in n.get_name()])
            check("a broken file is refused with its name and place", bool(message),
                  str(message))
            check("the app stays up", process.poll() is None)
        finally:
            stop(process)


main()
sys.exit(0 if results and all(results) else 1)
