"""Check that every runtime dependency has a Windows wheel for the Python the installer
bundles, so that the Windows build (PyInstaller on a Windows runner) never compiles.

    python packaging/check_windows_wheels.py [--python-version 3.11]

Downloads the wheels only (``--only-binary=:all: --platform win_amd64``) into a
temporary folder and lists them; exit 1 when one has no Windows wheel.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
PYTHON_FOR_WINDOWS = "3.11"
"""The Python the Windows installer bundles (also in .github/workflows/packages.yml)."""


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # pip judges environment markers on this (Linux) machine, so PyInstaller's Windows-only
    # dependencies are named here to be checked too.
    return [*project["dependencies"], *project["optional-dependencies"]["package"],
            "pefile", "pywin32-ctypes"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default=PYTHON_FOR_WINDOWS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
             "--platform", "win_amd64", "--python-version", args.python_version,
             "--implementation", "cp", "--dest", folder, *requirements()],
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
