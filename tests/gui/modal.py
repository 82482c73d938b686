"""Steps run inside a modal dialog, which runs its own event loop: the test's code after
``exec()`` only resumes once the dialog is closed.

The dialog is looked for until it shows (a first file dialog can take a second or more to
open on a slow machine), never at a fixed delay. A dialog that a failed step leaves open
is closed, so a test fails instead of waiting for ever; what went wrong is raised again
by ``check()`` (and at the end of the test, if nobody called it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

LOOK_EVERY_MS = 20
LOOKS = 1500
"""How often and how many times the dialog is looked for: 30 s in all."""


class Dialogs:
    """``then(steps)`` before the action that opens a dialog; ``check()`` after it."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.failures: list[BaseException] = []

    def then(self, steps: Callable, kind: type[QWidget] = QDialog,
             after: QWidget | None = None, activate: bool = True) -> None:
        """Run ``steps(dialog)`` in the next visible modal ``kind`` that is not ``after`` (the
        one on screen now). ``activate``: make it the active window first (offscreen, a new
        window is not activated by itself, and its shortcuts need it)."""
        def look(tries: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind) or dialog is after or not dialog.isVisible():
                if tries < LOOKS:
                    QTimer.singleShot(LOOK_EVERY_MS, lambda: look(tries + 1))
                else:
                    self.failures.append(AssertionError(f"no {kind.__name__} opened"))
                return
            try:
                if activate:
                    dialog.activateWindow()
                    self._qtbot.waitUntil(lambda: _focused_in(dialog))
                steps(dialog)
            except BaseException as error:  # raised again by check()
                self.failures.append(error)
            if dialog.isVisible():
                if not self.failures:
                    self.failures.append(
                        AssertionError(f"« {dialog.windowTitle()} » stayed open"))
                _close(dialog)

        QTimer.singleShot(0, look)

    def check(self) -> None:
        if self.failures:
            error = self.failures[0]
            self.failures.clear()
            raise error


def _focused_in(dialog: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return (QApplication.activeWindow() is dialog and focused is not None
            and focused.window() is dialog)


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        QDialog.done(dialog, 0)  # not the class's own reject(), which may ask first
    else:
        dialog.close()
