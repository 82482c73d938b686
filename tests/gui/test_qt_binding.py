"""The Qt binding itself: PySide6 6.12.0 on Python 3.10/3.11 dropped a reference to None
on every call of a method that returns nothing, so a long session ended in an abort
(« none_dealloc »). The dependency excludes it; this catches any version doing it again."""

import sys

from PySide6.QtWidgets import QLabel, QTableWidgetItem


def test_calling_qt_setters_keeps_none_alive(qapp) -> None:
    label, item = QLabel(), QTableWidgetItem("x")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Dossier CCPT")
        item.setToolTip("conseil")
    assert sys.getrefcount(None) - before > -100  # a leak would show -1000
