"""Tests that only mean something on Windows: UNC and extended-length paths, reserved
names, the lock. ``make test-windows`` runs them under Wine with the embedded Windows
Python the installer bundles (packaging/windows/test_installed.py); the workflow's
Windows job runs the same. Elsewhere they are not even collected, so ``make test`` is
unaffected."""

import os

collect_ignore_glob = [] if os.name == "nt" else ["test_*.py"]
