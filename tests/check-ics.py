#!/usr/bin/python3
# check-ics.py: the timeline calendar as an independent parser (python3-icalendar) reads it.
#
#   check-ics.py FILE.ics
#       Prints the file's events, one a line: summary, start and end, separated by tabs.
#
#   check-ics.py --test TEST_BRIEF_FILES
#       Runs TEST_BRIEF_FILES --write-ics FILE (tests/test-brief-files.c writes its calendar
#       plan through solar_timeline_ics_new()) and checks the events icalendar finds against
#       what that plan says. Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import re
import subprocess
import sys
import tempfile

import icalendar

# The plan of build_calendar_plan() in tests/test-brief-files.c: the campaign, then its dated
# milestones in order; the undated "No date" and the impossible 2021-02-30 are left out.
# An all-day event's DTEND is the day after its last day.
LONG_NAME = "双十一直播预热活动第" * 20
EXPECTED = [
    ("Summer, Beat; 夏日", "2021-06-15", "2021-08-01"),
    ("Teaser, part 1", "2021-06-10", "2021-06-11"),
    ("Launch; live", "2021-06-20", "2021-06-21"),
    (LONG_NAME, "2021-12-31", "2022-01-01"),
]
STAMP = datetime.datetime(2021, 6, 1, 1, 30, 15, tzinfo=datetime.timezone.utc)

results = []


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def read_calendar(path):
    with open(path, "rb") as f:
        return icalendar.Calendar.from_ical(f.read())


def events_of(calendar):
    """(summary, start, end) of each VEVENT, dates as ISO text, in file order."""
    return [(str(event.get("SUMMARY")), event.decoded("DTSTART").isoformat(),
             event.decoded("DTEND").isoformat())
            for event in calendar.walk("VEVENT")]


def print_events(path):
    for summary, start, end in events_of(read_calendar(path)):
        summary = summary.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        print(f"{summary}\t{start}\t{end}")


def unescape_text(escaped):
    """An iCalendar TEXT value as written (RFC 5545, 3.3.11) → the text it stands for."""
    return re.sub(r"\\([\\;,nN])",
                  lambda m: "\n" if m.group(1) in "nN" else m.group(1), escaped)


def check_calendar(calendar):
    check("VERSION is 2.0", str(calendar.get("VERSION")) == "2.0")
    check("PRODID", str(calendar.get("PRODID")) == "-//Social Solar//Social Solar//EN")
    # An X- property's value is TEXT unless it says otherwise (RFC 5545, 3.8.8.2). icalendar
    # 4 unescapes it as TEXT; 7 keeps it as written, a vUnknown. Both write it back as it
    # was in the file, so that is unescaped here, by the rules of 3.3.11.
    name = calendar.get("X-WR-CALNAME")
    text = unescape_text(name.to_ical().decode("utf-8")) if name is not None else None
    check("X-WR-CALNAME is the plan's name, unescaped", text == "Summer, Beat; 夏日", repr(name))
    errors = [(c.name, e) for c in calendar.walk() for e in getattr(c, "errors", [])]
    check("no parse errors", not errors, repr(errors))

    events = calendar.walk("VEVENT")
    found = events_of(calendar)
    check("the expected events", found == EXPECTED, f"found {found!r}")
    check("all-day events (DATE, not DATE-TIME)",
          all(type(e.decoded("DTSTART")) is datetime.date and
              type(e.decoded("DTEND")) is datetime.date for e in events))
    check("DTSTAMP is the stamp, in UTC",
          all(e.decoded("DTSTAMP") == STAMP and e.decoded("DTSTAMP").utcoffset().total_seconds() == 0
              for e in events),
          repr([e.get("DTSTAMP").to_ical() for e in events]))
    uids = [str(e.get("UID")) for e in events]
    check("UIDs are unique and ours",
          len(set(uids)) == len(uids) and all(u.endswith("@socialsolar.github.io") for u in uids),
          repr(uids))
    descriptions = [str(e.get("DESCRIPTION")) for e in events]
    check("descriptions unescaped, line breaks kept",
          descriptions[:2] == ["Feel the beat\nall summer",
                               "Plan: Summer, Beat; 夏日\nPlatform: Douyin"],
          repr(descriptions))


def run_test(program):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "timeline.ics")
        subprocess.run([program, "--write-ics", path], check=True)
        with open(path, "rb") as f:
            raw = f.read()
        check("CRLF line ends only", raw.count(b"\n") == raw.count(b"\r\n") and
              raw.count(b"\r") == raw.count(b"\r\n"))
        check("no line over 75 octets", all(len(line) <= 75 for line in raw.split(b"\r\n")))
        check_calendar(read_calendar(path))


def main():
    if len(sys.argv) == 2:
        print_events(sys.argv[1])
        return 0
    if len(sys.argv) != 3 or sys.argv[1] != "--test":
        print("usage: check-ics.py FILE.ics | check-ics.py --test TEST_BRIEF_FILES", file=sys.stderr)
        return 2

    try:
        run_test(sys.argv[2])
    except Exception as error:  # report as a failed test, not a traceback without a plan
        check("check-ics ran", False, repr(error))
    print(f"1..{len(results)}")
    for number, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {number} - {name}")
        if detail and not ok:
            print(f"# {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
