#!/usr/bin/python3
# check-packaging.py: the desktop-integration and Flatpak checks, one per meson test.
#
#   check-packaging.py CHECK ARGS...
#
# Each check prints what it looked at and why it failed; exit status 0 passes, 1 fails and
# 77 skips (meson's convention). Validators that exit 0 while printing problems (as
# desktop-file-validate does for some errors) fail on any output. No check uses the network.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "io.github.socialsolar.SocialSolar"
PROGRAM = "social-solar"
MIME_TYPE = "application/x-social-solar-campaign+json"
MIME_GLOB = "*.campaign.json"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
REPO_RAW_URL = "https://raw.githubusercontent.com/socialsolar/social-solar/main/"
# What the sandbox may use: a display (Wayland, or X11 where there is no Wayland), the X11
# shared memory it needs, and the GPU. Files go through the portal: no --filesystem.
FINISH_ARGS = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
SKIP = 77

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", flush=True)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


def run(argv, **kwargs):
    print("$ " + " ".join(argv), flush=True)
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def run_silent_ok(argv, what, **kwargs):
    """Runs a validator that must exit 0 and print nothing."""
    result = run(argv, **kwargs)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    check(result.returncode == 0, f"{what} exited with status {result.returncode}")
    check(not output, f"{what} printed something (any output is a failure)")
    return result


def read_desktop_entry(path):
    entry = {}
    group = None
    with open(path, encoding="utf-8") as desktop:
        for line in desktop:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                group = line
            elif group == "[Desktop Entry]" and "=" in line:
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


# ---- desktop file -----------------------------------------------------------------------

def check_desktop(path):
    run_silent_ok(["desktop-file-validate", path], "desktop-file-validate")
    entry = read_desktop_entry(path)
    check(os.path.basename(path) == APP_ID + ".desktop", f"file name {os.path.basename(path)}")
    for key in ("Name", "Comment", "Exec", "Icon", "Categories", "Keywords", "MimeType"):
        check(entry.get(key), f"no {key}=")
    check(entry.get("Icon") == APP_ID, f"Icon={entry.get('Icon')}, expected the app id")
    check(entry.get("Exec", "").split()[:1] == [PROGRAM], f"Exec={entry.get('Exec')}")
    check(entry.get("StartupNotify") == "true", "StartupNotify is not true")
    keywords = entry.get("Keywords", "").split(";")
    for word in ("China", "WeChat", "Weibo", "Douyin", "campaign", "social media"):
        check(word in keywords, f"Keywords lacks {word!r}")
    check(MIME_TYPE in entry.get("MimeType", "").split(";"), f"MimeType lacks {MIME_TYPE}")
    # D-Bus activation needs a service file we do not install.
    check(entry.get("DBusActivatable", "false") == "false", "DBusActivatable without a service file")


# ---- AppStream --------------------------------------------------------------------------

def check_appstream(path):
    result = run(["appstreamcli", "validate", "--no-net", "--explain", path])
    print((result.stdout + result.stderr).strip())
    # Errors and warnings fail it; infos do not (0.16 does not know <developer> yet).
    check(result.returncode == 0, f"appstreamcli validate exited with status {result.returncode}")


def check_metainfo_tags(path, source_root, version):
    """What Flathub requires and appstreamcli 0.16 does not check."""
    root = ET.parse(path).getroot()
    text = lambda xpath: (root.findtext(xpath) or "").strip()  # noqa: E731

    check(root.tag == "component" and root.get("type") == "desktop-application",
          "root is not <component type=\"desktop-application\">")
    check(text("id") == APP_ID, f"<id> is {text('id')!r}")
    check(os.path.basename(path) == APP_ID + ".metainfo.xml", "file name is not the app id")
    for tag in ("name", "summary"):
        check(text(tag), f"no <{tag}>")
    check(root.find("description/p") is not None, "no <description> with a paragraph")
    check(text("metadata_license") in ("CC0-1.0", "FSFAP", "MIT", "CC-BY-3.0", "CC-BY-4.0"),
          f"metadata_license {text('metadata_license')!r} is not a permissive one Flathub takes")
    check(text("project_license") == "GPL-3.0-or-later", f"project_license {text('project_license')!r}")

    developer = root.find("developer")
    check(developer is not None and developer.get("id"), "no <developer id=…>")
    check(text("developer/name"), "no <developer><name>")

    launchable = root.find("launchable")
    check(launchable is not None and launchable.get("type") == "desktop-id"
          and (launchable.text or "").strip() == APP_ID + ".desktop",
          "no <launchable type=\"desktop-id\">" + APP_ID + ".desktop</launchable>")

    rating = root.find("content_rating")
    check(rating is not None and rating.get("type") == "oars-1.1",
          "no <content_rating type=\"oars-1.1\">")

    releases = root.findall("releases/release")
    check(releases, "no <releases>")
    if releases:
        newest = releases[0]
        check(newest.get("version") == version,
              f"newest release is {newest.get('version')}, the project is {version}")
        check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", "")),
              f"release date {newest.get('date')!r} is not YYYY-MM-DD")

    check(text("url[@type='homepage']").startswith("https://"), "no https <url type=\"homepage\">")
    check(text("url[@type='bugtracker']").startswith("https://"), "no https <url type=\"bugtracker\">")

    screenshots = root.findall("screenshots/screenshot")
    check(screenshots, "no <screenshots>")
    check(any(s.get("type") == "default" for s in screenshots), "no default screenshot")
    for shot in screenshots:
        url = (shot.findtext("image") or "").strip()
        check(url.startswith("https://"), f"screenshot URL {url!r} is not https")
        check((shot.findtext("caption") or "").strip(), f"screenshot {url} has no caption")
        # The URL points into this repository: the picture must be committed there.
        if url.startswith(REPO_RAW_URL):
            local = os.path.join(source_root, url[len(REPO_RAW_URL):])
            if check(os.path.isfile(local), f"screenshot {url} is not in the tree at {local}"):
                with open(local, "rb") as png:
                    check(png.read(8) == b"\x89PNG\r\n\x1a\n", f"{local} is not a PNG")

    colors = {c.get("scheme_preference"): (c.text or "").strip()
              for c in root.findall("branding/color") if c.get("type") == "primary"}
    for scheme in ("light", "dark"):
        check(re.fullmatch(r"#[0-9a-fA-F]{6}", colors.get(scheme, "")),
              f"no primary branding colour for the {scheme} scheme")

    check(root.find("translation[@type='gettext']") is not None, "no <translation type=\"gettext\">")


# ---- GSettings --------------------------------------------------------------------------

def check_schema(schema_file):
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copy(schema_file, scratch)
        run_silent_ok(["glib-compile-schemas", "--strict", "--dry-run", scratch],
                      "glib-compile-schemas --strict")
    schema = ET.parse(schema_file).getroot().find("schema")
    check(schema is not None and schema.get("id") == APP_ID, "no schema with the app id")
    check(schema is not None and schema.get("path") == "/io/github/socialsolar/SocialSolar/",
          "schema path is not /io/github/socialsolar/SocialSolar/")
    keys = {key.get("name"): key.get("type") for key in schema.findall("key")} if schema is not None else {}
    expected = {"window-width": "i", "window-height": "i", "window-maximized": "b",
                "show-tunnel": "b", "last-view": "s"}
    for name, kind in expected.items():
        check(keys.get(name) == kind, f"key {name} of type {kind} missing (have {keys})")


# ---- shared-mime-info ---------------------------------------------------------------------

def check_mime(mime_file, desktop_file):
    if shutil.which("xmllint"):
        run_silent_ok(["xmllint", "--noout", mime_file], "xmllint")
    root = ET.parse(mime_file).getroot()
    check(root.tag == MIME_NS + "mime-info", f"root element is {root.tag}")
    types = {t.get("type"): t for t in root.findall(MIME_NS + "mime-type")}
    ours = types.get(MIME_TYPE)
    if not check(ours is not None, f"{MIME_TYPE} is not declared"):
        return
    globs = [g.get("pattern") for g in ours.findall(MIME_NS + "glob")]
    check(MIME_GLOB in globs, f"{MIME_TYPE} has globs {globs}, not {MIME_GLOB}")
    check(ours.findtext(MIME_NS + "comment"), "no <comment>")
    check(MIME_TYPE in read_desktop_entry(desktop_file).get("MimeType", "").split(";"),
          "the desktop file does not list the type, so plans would not open in the app")

    # The real thing: build a MIME database with it and ask GIO what a plan is.
    if not shutil.which("update-mime-database"):
        print("update-mime-database not installed: the database check is left out")
        return
    with tempfile.TemporaryDirectory() as scratch:
        packages = os.path.join(scratch, "share", "mime", "packages")
        os.makedirs(packages)
        shutil.copy(mime_file, os.path.join(packages, APP_ID + ".xml"))
        if os.path.exists("/usr/share/mime/packages/freedesktop.org.xml"):
            shutil.copy("/usr/share/mime/packages/freedesktop.org.xml", packages)
        env = dict(os.environ, XDG_DATA_DIRS=os.path.join(scratch, "share"),
                   XDG_DATA_HOME=os.path.join(scratch, "home"))
        run_silent_ok(["update-mime-database", os.path.join(scratch, "share", "mime")],
                      "update-mime-database", env=env)
        probe = ("import gi; from gi.repository import Gio;"
                 "print(Gio.content_type_guess('summer.campaign.json', None)[0]);"
                 "print(Gio.content_type_guess('summer.json', None)[0]);"
                 f"print(Gio.content_type_is_a('{MIME_TYPE}', 'application/json'))")
        result = run(["/usr/bin/python3", "-c", probe], env=env)
        if result.returncode != 0:
            print(result.stderr)
            print("GIO from Python is not available: the guess check is left out")
            return
        guessed = result.stdout.split()
        print("GIO guesses:", guessed)
        check(guessed[:1] == [MIME_TYPE], f"summer.campaign.json is guessed as {guessed[:1]}")
        if os.path.exists("/usr/share/mime/packages/freedesktop.org.xml"):
            check(guessed[1:2] == ["application/json"], "plain .json files changed type")
            check(guessed[2:3] == ["True"], f"{MIME_TYPE} is not a subclass of application/json")


# ---- icons ----------------------------------------------------------------------------------

def check_icons(icons_dir):
    svg_ns = "{http://www.w3.org/2000/svg}"
    icons = {
        os.path.join(icons_dir, "hicolor", "scalable", "apps", APP_ID + ".svg"): 128,
        os.path.join(icons_dir, "hicolor", "symbolic", "apps", APP_ID + "-symbolic.svg"): 16,
    }
    for path, size in icons.items():
        if not check(os.path.isfile(path), f"{path} is missing"):
            continue
        root = ET.parse(path).getroot()
        check(root.tag == svg_ns + "svg", f"{path} is not SVG")
        check(root.get("viewBox") == f"0 0 {size} {size}", f"{path}: viewBox is not 0 0 {size} {size}")
        # Rendering it with the loader GTK uses catches what parsing the XML does not.
        probe = ("import sys, gi; gi.require_version('GdkPixbuf', '2.0');"
                 "from gi.repository import GdkPixbuf;"
                 "p = GdkPixbuf.Pixbuf.new_from_file_at_size(sys.argv[1], 64, 64);"
                 "print(p.get_width(), p.get_height())")
        result = run(["/usr/bin/python3", "-c", probe, path])
        if result.returncode == 0:
            check(result.stdout.split() == ["64", "64"], f"{path} renders at {result.stdout.strip()}")
        else:
            print(result.stderr.strip())
            check("SVG" not in result.stderr and "GLib.Error" not in result.stderr,
                  f"{path} does not render")


# ---- Flatpak manifest -------------------------------------------------------------------------

def check_manifest_show(manifest):
    if not shutil.which("flatpak-builder"):
        print("flatpak-builder is not installed (build-aux/dev installs it)")
        return SKIP
    result = run(["flatpak-builder", "--show-manifest", manifest])
    if result.stderr.strip():
        print(result.stderr.strip())
    check(result.returncode == 0, f"flatpak-builder --show-manifest exited with {result.returncode}")
    check(not result.stderr.strip(), "flatpak-builder printed on stderr")
    try:
        shown = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        fail(f"flatpak-builder's manifest is not JSON: {error}")
        return None
    check(shown.get("id") == APP_ID, f"flatpak-builder reads the id as {shown.get('id')!r}")
    return None


def check_manifest_schema(manifest, schema_path):
    try:
        import jsonschema
    except ImportError:
        fail("python3-jsonschema is not installed (build-aux/dev installs it)")
        return
    if not check(os.path.isfile(schema_path),
                 f"{schema_path} is missing: the shared/ checkout belongs beside the repository"):
        return
    with open(manifest, encoding="utf-8") as file:
        data = json.load(file)
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)

    validator = jsonschema.Draft7Validator(schema)
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.path)):
        fail(f"schema: {'/'.join(map(str, error.path)) or '(top)'}: {error.message}")

    check(os.path.basename(manifest) == data.get("id", "") + ".json",
          f"file name {os.path.basename(manifest)} is not the app id {data.get('id')}.json")
    check(data.get("id") == APP_ID, f"id {data.get('id')!r}")
    check(data.get("runtime") == "org.gnome.Platform" and data.get("sdk") == "org.gnome.Sdk",
          "runtime/sdk are not org.gnome.Platform/Sdk")
    check(str(data.get("runtime-version")) == "50", f"runtime-version {data.get('runtime-version')!r}")
    check(data.get("command") == PROGRAM, f"command {data.get('command')!r}")
    finish_args = set(data.get("finish-args", []))
    check(finish_args == FINISH_ARGS,
          f"finish-args {sorted(finish_args)}; want exactly {sorted(FINISH_ARGS)}")
    modules = data.get("modules", [])
    app_module = modules[-1] if modules else {}
    check(isinstance(app_module, dict) and app_module.get("buildsystem") == "meson",
          "the last module (the app) is not built with meson")
    sources = app_module.get("sources", []) if isinstance(app_module, dict) else []
    check(any(s.get("type") == "dir" and s.get("path") == ".." for s in sources),
          "the app module does not build this repository (a dir source at ..)")


# ---- the program's command line ---------------------------------------------------------------

def check_command_line(program, version):
    # No display: --version and --help must work from a terminal without a session.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = run([program, "--version"], env=env, timeout=30)
    check(result.returncode == 0, f"--version exited with {result.returncode}")
    check(result.stdout == f"{PROGRAM} {version}\n", f"--version printed {result.stdout!r}")
    check(not result.stderr, f"--version printed on stderr: {result.stderr!r}")
    result = run([program, "--help"], env=env, timeout=30)
    print(result.stdout)
    check(result.returncode == 0, f"--help exited with {result.returncode}")
    check(re.search(r"^\s+--version\s", result.stdout, re.M), "--help does not list --version")
    check("--help-gapplication" in result.stdout, "--help lacks GApplication's own options")
    result = run([program, "--no-such-option"], env=env, timeout=30)
    check(result.returncode != 0, "an unknown option does not fail")


# ---- POTFILES ------------------------------------------------------------------------------------

def check_potfiles(source_root):
    potfiles = os.path.join(source_root, "po", "POTFILES.in")
    with open(potfiles, encoding="utf-8") as file:
        listed = [line.strip() for line in file if line.strip() and not line.startswith("#")]
    for name in listed:
        check(os.path.isfile(os.path.join(source_root, name)), f"POTFILES.in lists missing {name}")
    for name in (f"data/{APP_ID}.desktop.in", f"data/{APP_ID}.metainfo.xml.in",
                 f"data/{APP_ID}.gschema.xml", "data/ui/help-overlay.ui"):
        check(name in listed, f"POTFILES.in does not list {name}")
    # Every source with a translatable string must be listed, or translators never see it.
    marks = {".c": re.compile(r'\b(N?C?_|g_dpgettext2)\s*\(\s*"'),
             ".ui": re.compile(r'translatable="yes"')}
    for directory in ("src", os.path.join("data", "ui")):
        for parent, _, files in os.walk(os.path.join(source_root, directory)):
            for file in sorted(files):
                mark = marks.get(os.path.splitext(file)[1])
                path = os.path.join(parent, file)
                name = os.path.relpath(path, source_root)
                with open(path, encoding="utf-8") as source:
                    if mark and mark.search(source.read()):
                        check(name in listed, f"{name} has translatable strings; add it to po/POTFILES.in")
    if not shutil.which("xgettext"):
        return
    with tempfile.TemporaryDirectory() as scratch:
        # The same keywords as meson's i18n 'glib' preset.
        argv = ["xgettext", "--directory", source_root, "--files-from", potfiles,
                "--output", os.path.join(scratch, "social-solar.pot"), "--from-code=UTF-8",
                "--add-comments", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
                "--keyword=g_dpgettext2:2c,3", "--flag=N_:1:pass-c-format",
                "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
                "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
                "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
                "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format"]
        run_silent_ok(argv, "xgettext")
        with open(os.path.join(scratch, "social-solar.pot"), encoding="utf-8") as pot:
            text = pot.read()
        for msgid in ("Social Solar", "Show Shortcuts", "Window width"):
            check(f'msgid "{msgid}"' in text, f"{msgid!r} is not extracted for translators")


# ---- meson install with prefix /app ---------------------------------------------------------------

EXPORTED = [
    f"bin/{PROGRAM}",
    f"share/applications/{APP_ID}.desktop",
    f"share/metainfo/{APP_ID}.metainfo.xml",
    f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"share/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg",
    f"share/glib-2.0/schemas/{APP_ID}.gschema.xml",
    f"share/mime/packages/{APP_ID}.xml",
]


def check_install(meson, source_root, version):
    """Installs a build configured as flatpak-builder does (prefix /app) into a DESTDIR."""
    with tempfile.TemporaryDirectory(prefix="social-solar-install-") as scratch:
        build = os.path.join(scratch, "build")
        destdir = os.path.join(scratch, "dest")
        for argv in ([meson, "setup", "--prefix=/app", "-Dbenchmarks=false", build, source_root],
                     [meson, "install", "-C", build, "--destdir", destdir]):
            result = run(argv)
            if result.returncode != 0:
                print(result.stdout[-4000:], result.stderr[-4000:])
                fail(f"{argv[1]} failed with status {result.returncode}")
                return
        installed = sorted(os.path.relpath(os.path.join(d, f), destdir)
                           for d, _, files in os.walk(destdir) for f in files)
        print("installed:", *installed, sep="\n  ")
        outside = [path for path in installed if not path.startswith("app/")]
        check(not outside, f"files installed outside the prefix: {outside}")
        app = os.path.join(destdir, "app")
        for path in EXPORTED:
            check(os.path.isfile(os.path.join(app, path)), f"/app/{path} is not installed")
        # flatpak-builder exports only files named after the app id from these directories.
        for path in installed:
            rel = path[len("app/"):]
            for exported_dir in ("share/applications/", "share/metainfo/", "share/icons/",
                                 "share/mime/packages/", "share/dbus-1/services/"):
                if rel.startswith(exported_dir):
                    check(os.path.basename(rel).startswith(APP_ID),
                          f"/app/{rel} is not named after the app id: Flatpak would not export it")
        if os.path.isfile(os.path.join(app, EXPORTED[1])):
            run_silent_ok(["desktop-file-validate", os.path.join(app, EXPORTED[1])],
                          "desktop-file-validate (installed)")
        schemas = os.path.join(app, "share", "glib-2.0", "schemas")
        if os.path.isdir(schemas):
            run_silent_ok(["glib-compile-schemas", "--strict", "--dry-run", schemas],
                          "glib-compile-schemas (installed)")
        program = os.path.join(app, EXPORTED[0])
        if os.path.isfile(program):
            result = run([program, "--version"], timeout=30)
            check(result.stdout == f"{PROGRAM} {version}\n",
                  f"the installed program says {result.stdout!r}")


def main():
    name, args = sys.argv[1], sys.argv[2:]
    checks = {
        "desktop": check_desktop,
        "appstream": check_appstream,
        "metainfo-tags": check_metainfo_tags,
        "schema": check_schema,
        "mime": check_mime,
        "icons": check_icons,
        "manifest-show": check_manifest_show,
        "manifest-schema": check_manifest_schema,
        "command-line": check_command_line,
        "potfiles": check_potfiles,
        "install": check_install,
    }
    status = checks[name](*args)
    if status == SKIP and not failures:
        return SKIP
    if failures:
        print(f"{len(failures)} problem(s) in check {name!r}")
        return 1
    print(f"check {name!r}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
