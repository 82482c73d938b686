"""Check that every runtime dependency has a Windows wheel for the Python the installer
bundles, so that the Windows build never compiles.

    python packaging/check_windows_wheels.py [--python-version 3.13]

Downloads the wheels only (``--only-binary=:all: --platform win_amd64``) into a
temporary folder and lists them; exit 1 when one has no Windows wheel. The list and the
Python version are those of the build itself (packaging/windows_build.py).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from windows_build import (
    PYTHON_FOR_WINDOWS,
    TEST_REQUIREMENTS,
    WINDOWS_ONLY_DEPENDENCIES,
    requirements,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default=PYTHON_FOR_WINDOWS)
    args = parser.parse_args()
    # pip judges environment markers on this (Linux) machine, so PyInstaller's Windows-only
    # dependencies are named too; the test requirements are what tests/windows runs with.
    wanted = [*requirements("package"), *WINDOWS_ONLY_DEPENDENCIES, *TEST_REQUIREMENTS]
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
             "--platform", "win_amd64", "--python-version", args.python_version,
             "--implementation", "cp", "--dest", folder, *wanted],
            capture_output=True, text=True)
        wheels = sorted(p.name for p in Path(folder).glob("*.whl"))
    for wheel in wheels:
        print(wheel)
    if result.returncode != 0:
        missing = re.findall(r"No matching distribution found for (\S+)", result.stderr)
        print(f"No Windows wheel for Python {args.python_version}: "
              f"{', '.join(missing) or result.stderr.strip()}", file=sys.stderr)
        return 1
    print(f"{len(wheels)} wheels, all for Windows (win_amd64 or pure Python), "
          f"Python {args.python_version}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
