# atspi_helpers.py: what the tests that drive the real program over AT-SPI share
#
# Starting the program with accessibility on, finding it on the bus, walking its tree
# (nodes and whole programs may vanish mid-walk, so those are skipped), waiting for a condition, and
# printing TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402,F401  (Atspi is re-exported)


class Tap:
    """Numbered TAP lines; exit_code() is 0 only if something ran and all passed."""

    def __init__(self, planned):
        self.results = []
        print(f"1..{planned}", flush=True)

    def check(self, name, ok, detail=""):
        ok = bool(ok)
        self.results.append(ok)
        print(f"{'ok' if ok else 'not ok'} {len(self.results)} {name}"
              f"{' # ' + detail if detail else ''}", flush=True)
        return ok

    def exit_code(self):
        return 0 if self.results and all(self.results) else 1


# Generous: a wait ends as soon as its condition holds, and the ASan build on a busy
# machine is several times slower than a plain one.
def wait_for(predicate, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return None


def have_locale(name):
    """Whether glibc has locale @name (a minimal Debian has only C and C.UTF-8;
    build-aux/dev generates those the tests use)."""
    import locale
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error:
        return False
    locale.setlocale(locale.LC_ALL, "C")
    return True


def launch(program, args=(), **extra_env):
    """The program with the AT-SPI bridge on (the test environment turns it off)."""
    env = dict(os.environ)
    for variable in ("GTK_A11Y", "NO_AT_BRIDGE"):
        env.pop(variable, None)
    env.update(GSETTINGS_BACKEND="memory", LANGUAGE="en", GTK_A11Y="atspi")
    # Drafts go to a state folder of this run's own, so no run offers another's back.
    env["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="solar-state-")
    env.update(extra_env)
    return subprocess.Popen([program, *args], env=env)


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        # A hung program must not hang the test run.
        process.kill()
        process.wait()


def find_app(pid):
    # Other programs on the bus come and go too (a previous test's program quitting).
    for app in children(Atspi.get_desktop(0)):
        try:
            if app.get_process_id() == pid:
                return app
        except GLib.Error:
            continue
    return None


def children(node):
    """The node's children; none if the node (or the whole program) vanished meanwhile."""
    if node is None:
        return
    try:
        count = node.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:  # a child gone mid-walk: the rest may still be there
            continue
        if child is not None:
            yield child


def walk(node, depth=0):
    """Every node under @node, depth first. The tree changes while it is walked (pages are
    built on first use, dialogs come and go, the program may even be quitting), so a node
    that vanishes is skipped, with its subtree, instead of ending the walk with an error."""
    if node is None or depth > 60:
        return
    yield node
    for child in children(node):
        yield from walk(child, depth + 1)


def role_of(node):
    try:
        return node.get_role()
    except GLib.Error:
        return None


def name_of(node):
    try:
        return node.get_name() or ""
    except GLib.Error:
        return ""


def point_at_window(app, timeout=15.0):
    """Moves the pointer into the program's window once it is mapped: without a window
    manager, X sends keys to the window under the pointer. True if there was a window."""
    def mapped():
        for frame in children(app):
            try:
                extents = frame.get_extents(Atspi.CoordType.SCREEN)
            except GLib.Error:
                continue
            if extents.width > 0 and extents.height > 0:
                return extents
        return None

    extents = wait_for(mapped, timeout)
    if extents is not None:
        Atspi.generate_mouse_event(extents.x + extents.width // 2, extents.y + 20, "abs")
    return extents is not None


def text_of(node):
    """The text a text field holds, or None if it has none (or vanished)."""
    # Through the Text interface's functions: Accessible.get_text_iface() is deprecated,
    # and in newer libatspi what it returns has a get_text() of another signature.
    try:
        return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    except (GLib.Error, TypeError):
        return None


def settle(app, timeout=10.0):
    """Waits until the program's accessible tree stops changing (the same roles and names
    in two looks 0.2 s apart): pages built, dialogs up, focus moved. Then keys go where the
    program now expects them. True if it settled within @timeout."""
    def snapshot():
        return [(role_of(node), name_of(node)) for node in walk(app)]

    previous = snapshot()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        time.sleep(0.2)
        current = snapshot()
        if current == previous:
            return True
        previous = current
    return False


def has_state(node, state):
    """Whether @node is in @state; False if it vanished meanwhile."""
    try:
        return node.get_state_set().contains(state)
    except GLib.Error:
        return False


def focused(app):
    """The node with the keyboard focus, or None."""
    return next((node for node in walk(app) if has_state(node, Atspi.StateType.FOCUSED)), None)


def names(app, role=None):
    found = set()
    for node in walk(app):
        try:
            if role is None or node.get_role() == role:
                found.add(node.get_name() or "")
        except GLib.Error:
            continue
    return found


def labels(app):
    return names(app, Atspi.Role.LABEL)


# Xvfb's default keymap (evdev codes): Ctrl, Shift, A, S, Tab, Return, N, P, Q, F.
CONTROL, SHIFT, KEY_A, KEY_S, TAB, RETURN, KEY_N, KEY_P, KEY_Q, KEY_F = 37, 50, 38, 39, 23, 36, 57, 33, 24, 41


def find(app, role, predicate):
    """The first node of @role whose name @predicate accepts, nearest the root first: a
    toast or a dialog is found without walking every page (a walk of a plan's form takes
    seconds on a busy machine, and a toast is gone after five)."""
    level = [app]
    for _ in range(60):
        following = []
        for node in level:
            try:
                if node.get_role() == role and predicate(node.get_name() or ""):
                    return node
            except Exception:  # nodes may vanish mid-walk
                continue
            following.extend(children(node))
        if not following:
            return None
        level = following
    return None


# Synthesized keys are paced (0.02 s a character, 0.2 s after a chord) so that X delivers
# them in order to a program that is busy drawing; what they did is then waited for.
def chord(*keycodes):
    for code in keycodes[:-1]:
        Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keycodes[-1], None, Atspi.KeySynthType.PRESSRELEASE)
    for code in reversed(keycodes[:-1]):
        Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.RELEASE)
    time.sleep(0.2)


def type_text(text):
    for character in text:
        Atspi.generate_keyboard_event(ord(character), None, Atspi.KeySynthType.SYM)
        time.sleep(0.02)
    time.sleep(0.3)


CONTROL_ROLES = {Atspi.Role.PUSH_BUTTON, Atspi.Role.SPIN_BUTTON, Atspi.Role.TEXT,
                 Atspi.Role.CHECK_BOX, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.COMBO_BOX}


def check_control_names(app):
    """(how many controls, the roles of those without a name, the names said twice).

    A name said twice ("Total budget Total Budget") is what GTK 4.8 reads out when a
    widget has a label of its own and is labelled by another widget too."""
    unnamed, doubled, checked = [], [], 0
    for node in walk(app):
        try:
            if node.get_role() not in CONTROL_ROLES:
                continue
            name = node.get_name() or ""
            role = node.get_role_name()
        except Exception:  # nodes may vanish mid-walk
            continue
        checked += 1
        words = name.split()
        half = len(words) // 2
        if not name.strip():
            unnamed.append(role)
        elif len(words) % 2 == 0 and half and \
                " ".join(words[:half]).lower() == " ".join(words[half:]).lower():
            doubled.append(name)
    return checked, unnamed, doubled


# A name made of a widget's type ("GtkImage", "AdwGizmo", "SolarPlanEditor") is what GTK 4.8
# and 4.10 give what has no name, and what a screen reader then reads out.
# Anywhere in a name: GTK 4.8 joins the names of what labels a widget ("Save GtkImage").
CLASS_NAME = re.compile(r"\b(Gtk|Adw|Solar)[A-Z][A-Za-z0-9]*\b")


def badly_named(app):
    """Every node named after its type, and every image left in the tree without a name
    (decoration is left out of the tree; an image that means something is named), each
    as "role 'name' in parent-role 'parent-name'". Empty when all is well."""
    found = []
    for node in walk(app):
        try:
            name = node.get_name() or ""
            role = node.get_role()
            if not CLASS_NAME.search(name) and not (role == Atspi.Role.IMAGE and not name.strip()):
                continue
            parent = node.get_parent()
            where = f"{parent.get_role_name()} '{parent.get_name() or ''}'" if parent else "top"
            found.append(f"{node.get_role_name()} '{name}' in {where}")
        except GLib.Error:  # nodes may vanish mid-walk
            continue
    return found
