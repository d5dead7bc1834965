#!/usr/bin/python3
# test-open-file.py: `social-solar PLAN.campaign.json` opens the plan, and a broken file
# is refused with a message that names the file and the place, while the app stays up.
#
# Drives the real program over AT-SPI. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import sys
import tempfile

from atspi_helpers import Atspi, Tap, find_app, launch, names, stop, wait_for, walk

PROGRAM, TEMPLATE = sys.argv[1], sys.argv[2]


def main():
    tap = Tap(4)
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "launch.campaign.json")
        shutil.copy(TEMPLATE, plan)
        broken = os.path.join(tmp, "broken.campaign.json")
        with open(broken, "w") as f:
            f.write('{\n  "format": "social-solar-campaign",\n  "version": 1,\n  "name": \n')

        process = launch(PROGRAM, [plan])
        try:
            app = wait_for(lambda: find_app(process.pid))
            # The window's subtitle is the plan's file name; its name is in the form.
            shown = app and wait_for(lambda: "launch.campaign.json" in names(app, Atspi.Role.LABEL))
            tap.check("the plan given on the command line opens", bool(shown))
            editable = app and [n for n in walk(app) if n.get_role() == Atspi.Role.TEXT]
            tap.check("its form is there to edit", bool(editable))
        finally:
            stop(process)

        process = launch(PROGRAM, [broken])
        try:
            app = wait_for(lambda: find_app(process.pid))
            message = app and wait_for(
                lambda: [n for n in names(app, Atspi.Role.LABEL) | names(app, Atspi.Role.ALERT)
                         if n and "broken.campaign.json:" in n]
                or [n.get_name() for n in walk(app)
                    if n.get_name() and "broken.campaign.json:" in n.get_name()])
            tap.check("a broken file is refused with its name and place", bool(message),
                  str(message))
            tap.check("the app stays up", process.poll() is None)
        finally:
            stop(process)


    return tap.exit_code()


sys.exit(main())
