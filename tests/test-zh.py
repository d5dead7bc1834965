#!/usr/bin/python3
# test-zh.py: the Simplified Chinese translation (issue 8). Prints TAP. Two modes:
#
#   test-zh.py catalogue SOURCE_ROOT
#       Every file with translatable strings is in po/POTFILES.in, zh_CN is in po/LINGUAS,
#       `msgfmt -c --statistics` passes with no untranslated or fuzzy message, and every msgid
#       of a freshly extracted template has a non-empty msgstr in po/zh_CN.po: adding a _("…")
#       without translating it fails here.
#
#   test-zh.py atspi PROGRAM SOCIAL_SOLAR_MO
#       Runs the uninstalled program with LANGUAGE=zh_CN and SOLAR_LOCALEDIR pointing at a
#       temporary tree holding the built catalogue, and finds Chinese labels over AT-SPI, in
#       the window and on WeChat's page, as a screen reader user would hear them.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import subprocess
import sys
import tempfile

DOMAIN = "social-solar"
LANGUAGE = "zh_CN"
results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    detail = " ".join(str(detail).split())
    print(f"{'ok' if ok else 'not ok'} {len(results)} {name}{' # ' + detail if detail and not ok else ''}",
          flush=True)
    return ok


def bail(message):
    print(f"Bail out! {message}", flush=True)
    sys.exit(1)


# ---- catalogue --------------------------------------------------------------------------------

# The keywords and flags of meson's i18n 'glib' preset (what `ninja social-solar-pot` uses);
# .ui, .xml, .desktop.in and .metainfo.xml.in files are recognised by xgettext itself.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3", "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format", "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format", "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
]

TRANSLATABLE = re.compile(r'\b(?:N?C?_|g_dngettext|g_dcgettext|g_dpgettext2)\s*\(\s*(?:"|[^,()]*,\s*")'
                          r'|translatable="yes"')


def unquote(text):
    """The value of a PO string literal."""
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(0)), text[1:-1])


def read_po(path):
    """{(msgctxt, msgid): (msgstrs, fuzzy)} of a PO file, obsolete entries left out."""
    text = subprocess.run(["msgattrib", "--no-wrap", "--no-obsolete", path], check=True,
                          capture_output=True, text=True).stdout
    entries = {}
    for block in text.split("\n\n"):
        fields = []  # [keyword, value]; a line that starts with '"' continues the last one
        fuzzy = False
        for line in block.splitlines():
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("msg"):
                keyword, literal = line.split(" ", 1)
                fields.append([keyword, unquote(literal)])
            elif line.startswith('"') and fields:
                fields[-1][1] += unquote(line)
        ctx = next((value for keyword, value in fields if keyword == "msgctxt"), None)
        msgid = next((value for keyword, value in fields if keyword == "msgid"), None)
        strs = [value for keyword, value in fields if keyword.startswith("msgstr")]
        if msgid:  # not the header
            entries[(ctx, msgid)] = (strs, fuzzy)
    return entries


def describe(keys):
    shown = [(f"{ctx}|" if ctx else "") + msgid for ctx, msgid in sorted(keys, key=str)[:8]]
    more = f" and {len(keys) - 8} more" if len(keys) > 8 else ""
    return "; ".join(repr(s) for s in shown) + more


def catalogue(source_root):
    po_dir = os.path.join(source_root, "po")
    po_file = os.path.join(po_dir, f"{LANGUAGE}.po")
    potfiles_in = os.path.join(po_dir, "POTFILES.in")
    print("1..6", flush=True)

    with open(potfiles_in, encoding="utf-8") as f:
        potfiles = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    unlisted = []
    for top in ("src", os.path.join("data", "ui")):
        for directory, _dirs, files in os.walk(os.path.join(source_root, top)):
            for name in files:
                if not name.endswith((".c", ".ui")):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as f:
                    if TRANSLATABLE.search(f.read()):
                        unlisted.append(os.path.relpath(path, source_root))
    unlisted = sorted(p for p in unlisted if p not in potfiles)
    check("every file with translatable strings is in po/POTFILES.in", not unlisted,
          f"add to po/POTFILES.in: {', '.join(unlisted)}")

    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        linguas = [w for line in f if not line.startswith("#") for w in line.split()]
    check(f"{LANGUAGE} is in po/LINGUAS", LANGUAGE in linguas, f"LINGUAS: {linguas}")

    stats = subprocess.run(["msgfmt", "-c", "--statistics", "-o", os.devnull, po_file],
                           capture_output=True, text=True)
    summary = stats.stderr.strip()
    print(f"# msgfmt --statistics: {summary}", flush=True)
    check("msgfmt -c accepts po/zh_CN.po (header, plural forms, format strings)",
          stats.returncode == 0, summary)
    check("msgfmt counts no untranslated and no fuzzy message",
          stats.returncode == 0 and "untranslated" not in summary and "fuzzy" not in summary,
          summary)

    with tempfile.TemporaryDirectory() as scratch:
        pot = os.path.join(scratch, f"{DOMAIN}.pot")
        run = subprocess.run(["xgettext", "--directory", source_root, "--files-from", potfiles_in,
                              "--output", pot, *XGETTEXT_ARGS], capture_output=True, text=True)
        if not check("xgettext extracts the template from po/POTFILES.in", run.returncode == 0,
                     run.stderr):
            return
        template = read_po(pot)
    translations = read_po(po_file)
    untranslated = [key for key in template
                    if key not in translations
                    or translations[key][1]
                    or not translations[key][0]
                    or not all(translations[key][0])]
    print(f"# {len(template)} messages in the template", flush=True)
    check("every message in the template has a zh_CN translation", template and not untranslated,
          f"translate in po/zh_CN.po (ninja -C _build social-solar-update-po): "
          f"{describe(untranslated)}")


# ---- AT-SPI -----------------------------------------------------------------------------------

def atspi(program, mo_file):
    from atspi_helpers import Atspi, GLib, find_app, have_locale, labels, names, wait_for, walk

    print("1..7", flush=True)

    main_c = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "app", "main.c")
    try:
        with open(main_c, encoding="utf-8") as f:
            honoured = "SOLAR_LOCALEDIR" in f.read()
    except OSError:
        honoured = True  # no sources next to the test: let the run itself tell
    if not honoured:
        bail("src/app/main.c does not read SOLAR_LOCALEDIR, so the uninstalled program cannot "
             "find the built catalogue: bind the text domain to "
             "g_getenv (\"SOLAR_LOCALEDIR\") when it is set, LOCALEDIR otherwise")
    if not have_locale("zh_CN.UTF-8"):
        bail("the zh_CN.UTF-8 locale is missing, and gettext ignores LANGUAGE without it: "
             "build-aux/dev test generates it (localedef -i zh_CN -f UTF-8 zh_CN.UTF-8)")

    def wechat_button(app):
        for node in walk(app):
            try:
                if node.get_role() == Atspi.Role.PUSH_BUTTON and \
                        (node.get_name() or "").startswith("WeChat 微信, "):
                    return node
            except GLib.Error:
                continue
        return None

    def chinese(strings):
        return sorted(s for s in strings if re.search("[\u4e00-\u9fff]", s))[:25]

    with tempfile.TemporaryDirectory() as localedir:
        messages = os.path.join(localedir, LANGUAGE, "LC_MESSAGES")
        os.makedirs(messages)
        shutil.copy(mo_file, os.path.join(messages, f"{DOMAIN}.mo"))

        env = dict(os.environ)
        for variable in ("GTK_A11Y", "NO_AT_BRIDGE", "LC_MESSAGES", "LANG"):
            env.pop(variable, None)
        # gettext ignores LANGUAGE in the "C" locale, and newer glibc in C.UTF-8 too:
        # zh_CN.UTF-8 (generated by build-aux/dev).
        env.update(GSETTINGS_BACKEND="memory", GTK_A11Y="atspi", LANGUAGE=LANGUAGE,
                   XDG_STATE_HOME=os.path.join(localedir, "state"),
                   LC_ALL="zh_CN.UTF-8", SOLAR_LOCALEDIR=localedir)
        app_process = subprocess.Popen([program], env=env)
        try:
            app = wait_for(lambda: find_app(app_process.pid))
            if not check("the program appears on the accessibility bus", app is not None):
                return

            window = {"中国社交太阳系",  # "China's social solar system", the window's subtitle
                      "社交太阳系"}      # "Social Solar", its title
            shown = wait_for(lambda: window <= labels(app))
            check("the window's title and subtitle are in Chinese", shown,
                  f"Chinese labels: {chinese(labels(app))}")
            check("the header bar's buttons have Chinese names",
                  wait_for(lambda: {"显示达人通道", "搜索", "主菜单"} <= names(app), 5),
                  f"Chinese names: {chinese(names(app))}")

            wechat = wait_for(lambda: wechat_button(app))
            name = wechat.get_name() if wechat else None
            check("WeChat's body announces its tier and key figure in Chinese",
                  name == "WeChat 微信, 核心平台, 12亿月活跃用户", name)
            if wechat is None:
                return

            wechat.do_action(0)
            page = {"微信", "核心平台",       # the name, "Core platform"
                    "人人离不开的超级应用",   # the dataset's positioning line in Chinese
                    "数据",                   # "Figures"
                    "12亿", "月活跃用户",     # the key figure, counted in 亿
                    "品牌可用功能"}           # "Functions for Brands"
            found = wait_for(lambda: page <= labels(app))
            check("WeChat's page shows its labels in Chinese", found,
                  f"missing {sorted(page - labels(app))}; Chinese labels: {chinese(labels(app))}")
            check("the page's Back button has a Chinese name",
                  wait_for(lambda: "返回" in names(app, Atspi.Role.PUSH_BUTTON), 20))
            english = {"Figures", "Core platform", "Functions for Brands",
                       "The super app nobody can live without"} & labels(app)
            check("no English text is left on the page", not english, sorted(english))
        finally:
            app_process.terminate()
            try:
                app_process.wait(10)
            except subprocess.TimeoutExpired:
                app_process.kill()
                app_process.wait()


if len(sys.argv) == 3 and sys.argv[1] == "catalogue":
    catalogue(sys.argv[2])
elif len(sys.argv) == 4 and sys.argv[1] == "atspi":
    atspi(sys.argv[2], sys.argv[3])
else:
    print("usage: test-zh.py catalogue SOURCE_ROOT | atspi PROGRAM SOCIAL_SOLAR_MO", file=sys.stderr)
    sys.exit(2)
sys.exit(0 if results and all(results) else 1)
