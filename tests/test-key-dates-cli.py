#!/usr/bin/python3
# test-key-dates-cli.py: `social-solar --key-dates YEAR[..YEAR]` without a window: one key
# date a line, "YYYY-MM-DD<TAB>id<TAB>English<TAB>Chinese", sorted by date; exit 2 with a
# message that says what to type on a year or range it cannot give. Prints TAP.
#
# The dates expected for 2026 and 2027 are the Hong Kong Observatory's (公曆與農曆日期對照表,
# tests/data/hko-lunar-month-starts.txt: 正月 begins 2026-02-17 and 2027-02-06); test-key-dates
# checks every year 2020-2035 against the whole table.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys

PROGRAM = sys.argv[1]
results = []

REQUIRED = ["spring-festival", "lantern", "womens-day", "520", "dragon-boat", "618", "qixi",
            "mid-autumn", "national-day", "double-11", "double-12"]

EXPECTED_2026 = [
    ("2026-02-17", "spring-festival", "Spring Festival", "春节"),
    ("2026-03-03", "lantern", "Lantern Festival", "元宵节"),
    ("2026-03-08", "womens-day", "Women's Day", "妇女节"),
    ("2026-05-20", "520", "520 Day", "520"),
    ("2026-06-18", "618", "618 Shopping Festival", "618 购物节"),
    ("2026-06-19", "dragon-boat", "Dragon Boat Festival", "端午节"),
    ("2026-08-19", "qixi", "Qixi Festival", "七夕"),
    ("2026-09-25", "mid-autumn", "Mid-Autumn Festival", "中秋节"),
    ("2026-10-01", "national-day", "National Day", "国庆节"),
    ("2026-11-11", "double-11", "Double 11 (Singles' Day)", "双十一"),
    ("2026-12-12", "double-12", "Double 12", "双十二"),
]


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail and not ok else ''}",
          flush=True)


def run(*args, language="en"):
    env = dict(os.environ, LANGUAGE=language)
    env.pop("DISPLAY", None)       # no window may be needed
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([PROGRAM, *args], env=env, capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def rows(out):
    return [tuple(line.split("\t")) for line in out.splitlines()]


def main():
    print("1..9", flush=True)
    code, out, err = run("--key-dates", "2026")
    check("2026 prints its eleven key dates, by date, as date, id, English and Chinese",
          code == 0 and err == "" and rows(out) == EXPECTED_2026, f"{code} {err!r} {out!r}")

    code, out, err = run("--key-dates", "2026..2027")
    got = rows(out)
    check("a range prints both years, sorted by date",
          code == 0 and got[:11] == EXPECTED_2026 and [r[0] for r in got] == sorted(r[0] for r in got)
          and ("2027-02-06", "spring-festival", "Spring Festival", "春节") in got,
          f"{code} {err!r}")

    code, out, err = run("--key-dates", "2020..2035")
    got = rows(out)
    every_year = all(sum(1 for r in got if r[0].startswith(str(year)) and r[1] == key) == 1
                     for year in range(2020, 2036) for key in REQUIRED)
    check("every year 2020-2035 has each key date the issue names, once",
          code == 0 and every_year and all(len(r) == 4 for r in got), f"{code} {err!r}")

    code, out, err = run("--key-dates", "2025")
    got = rows(out)
    check("2025 also prints the sales openings a source reported",
          ("2025-10-15", "double-11-tmall-opens", "Tmall's Double 11 sales open", "天猫双十一开售") in got
          and ("2025-10-09", "double-11-jd-opens", "JD's Double 11 sales open", "京东双十一开售") in got,
          out)

    code, out, err = run("--key-dates", "2026", language="zh_CN")
    check("the columns stay the same in another language", rows(out) == EXPECTED_2026, out)

    for typed in ("26", "2027..2026", "2026-2027"):
        code, out, err = run("--key-dates", typed)
        if code != 2 or out != "" or err != (
                "social-solar: --key-dates needs a year or a range of years, such as 2026 or "
                f"2026..2027, not “{typed}”\n"):
            check(f"“{typed}” is a usage error that shows what to type", False, f"{code} {err!r}")
            break
    else:
        check("“26”, “2027..2026” and “2026-2027” are usage errors that show what to type", True)

    code, out, err = run("--key-dates", "2019..2026")
    check("a year before the calendar is refused, naming the years it covers",
          code == 2 and out == "" and err ==
          "social-solar: The marketing calendar covers 2020 to 2035, the years its lunar dates "
          "are checked for against the Hong Kong Observatory's tables; 2019 is not among them\n",
          err)

    code, out, err = run("--key-dates", "2036")
    check("a year after it too", code == 2 and "2036 is not among them" in err, err)

    code, out, err = run("--help")
    check("--help lists --key-dates", "--key-dates=YEAR[..YEAR]" in out, out[-400:])
    return 0 if all(results) else 1


sys.exit(main())
