#!/usr/bin/python3
# test-disk-full.py: saving onto a full disk, for real. Mounts a small tmpfs in a mount
# namespace of this test's own (as root, or as a user where user namespaces are allowed)
# and runs test-save's /save/disk-full there, which fills it and saves. Prints TAP (the
# test program's own).
#
# Usage: test-disk-full.py TEST-SAVE
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import tempfile

TEST_SAVE = os.path.abspath(sys.argv[1])
SIZE = "512k"

# In the namespace: mount, then run the test with the folder named; the mount goes with
# the namespace when the test ends.
INNER = 'mount -t tmpfs -o size={size},mode=0700 solar-full "$1" && shift && exec "$@"'


def namespace_commands():
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    plain = [unshare, "--mount", "--propagation", "private"]
    as_user = [unshare, "--map-root-user", "--mount", "--propagation", "private"]
    return [plain, as_user] if os.geteuid() == 0 else [as_user]


def can_mount(command, folder):
    probe = subprocess.run([*command, "sh", "-c", INNER.format(size=SIZE), "sh", folder, "true"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return probe.returncode == 0, probe.stderr.strip()


def main():
    with tempfile.TemporaryDirectory(prefix="solar-full-") as folder:
        reasons = []
        for command in namespace_commands():
            ok, why = can_mount(command, folder)
            if not ok:
                reasons.append(f"{' '.join(command[1:])}: {why}")
                continue
            env = dict(os.environ, SOLAR_TEST_FULL_DISK=folder)
            result = subprocess.run([*command, "sh", "-c", INNER.format(size=SIZE), "sh", folder,
                                     TEST_SAVE, "--tap", "-p", "/save/disk-full"], env=env)
            return result.returncode
        # Neither root nor user namespaces: say so, and skip (exit 77) rather than pass.
        print("1..0 # SKIP no mount namespace for a tmpfs here: run as root "
              f"({'; '.join(reasons) or 'unshare not found'})", flush=True)
        return 77


sys.exit(main())
