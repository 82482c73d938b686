"""Which Debian/Ubuntu package Qt is missing on this machine, if any (no Qt import at load)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# Shared libraries the PySide6 wheels need from the system, and the package that has them.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

_MISSING = re.compile(r"(lib[\w.+-]+\.so[.\d]*)")


def missing_packages(screen: bool) -> list[str]:
    """Packages to install for Qt to start (``screen``: also the X11 platform plugin)."""
    if getattr(sys, "frozen", False):
        return []  # an installed bundle: its package declared what it needs (no -c to probe with)
    libraries: set[str] = set()
    probe = subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        libraries.update(_MISSING.findall(probe.stderr))
        if not libraries:
            return ["(PySide6 ne se charge pas : " + probe.stderr.strip().splitlines()[-1] + ")"]
    elif screen and sys.platform.startswith("linux"):
        libraries.update(_unresolved_xcb_libraries())
    return sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in libraries})


def _unresolved_xcb_libraries() -> set[str]:
    import PySide6  # only the package path; no Qt library is loaded

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    found: set[str] = set()
    for plugin in plugins.glob("libqxcb*.so"):
        try:
            ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        except OSError:
            return set()
        found.update(line.split()[0] for line in ldd.splitlines() if "not found" in line)
    return found


def main() -> int:
    screen = "--screen" in sys.argv
    packages = missing_packages(screen)
    if packages:
        print("Qt a besoin de bibliothèques système absentes. Installez-les avec :\n"
              f"    sudo apt-get install {' '.join(packages)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
