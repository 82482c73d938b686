"""What a screen reader finds in the running app, read from outside its process (AT-SPI):
how many focusable objects are on screen, which have no name, and which have the focus.

Needs at-spi2-core and python3-pyatspi (the system's Python, not the venv). Under Xvfb:
    xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- sh -c '
      /usr/libexec/at-spi-bus-launcher --launch-immediately & sleep 1
      QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 .venv/bin/python -m dossier_app FILE.ccpt & sleep 6
      /usr/bin/python3 tools/atspi_names.py'
Press keys in between with xdotool (after `xdotool windowfocus`) to follow the focus.
"""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and "dossier" in (app.name or "").lower():
            return app
    return None


def main() -> int:
    app = None
    for _ in range(40):
        app = find_app()
        if app is not None:
            break
        time.sleep(0.5)
    if app is None:
        print("Dossier CCPT is not on the accessibility bus")
        return 1
    unnamed: list[str] = []
    focused: list[str] = []
    total = 0

    def walk(node) -> None:
        nonlocal total
        try:
            states = node.getState()
        except Exception:  # an object gone while walking
            return
        if states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_FOCUSABLE):
            total += 1
            if not (node.name or "").strip():
                parent = node.parent
                unnamed.append(f"{node.getRoleName()} in {parent.getRoleName() if parent else '-'}"
                               f" « {parent.name if parent else ''} »")
        if states.contains(pyatspi.STATE_FOCUSED):
            focused.append(f"{node.getRoleName()} « {node.name} »")
        for index in range(min(node.childCount, 500)):
            child = node.getChildAtIndex(index)
            if child is not None:
                walk(child)

    walk(app)
    print(f"« {app.name} »: {total} focusable objects shown, {len(unnamed)} without a name; "
          f"focused: {' + '.join(focused)}")
    for line in unnamed[:40]:
        print("  no name:", line)
    return 0 if not unnamed else 2


if __name__ == "__main__":
    sys.exit(main())
