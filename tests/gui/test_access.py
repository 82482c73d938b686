"""Accessible names on every interactive widget (contrast: test_contrast.py)."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dossier_app.gui.assistant import CreationAssistant

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == 0:
            continue
        if widget.window() is not root.window():
            continue  # popups of combo boxes and date fields: Qt names their items
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the text field inside a spin box: the spin box carries the name
        if type(widget).__name__ in ("QScrollBar",):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parent()).__name__}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(example_window, tmp_path, qtbot) -> None:
    window = example_window
    for page in ("candidate", "mandates", "annexes", "declaration", "project"):
        from dossier_app.gui.navigator import Place

        window.workspace.go_to(Place(page))
    window.workspace.chapter_page.find_bar.open_bar()
    missing = _unnamed(window)
    assert missing == [], "\n".join(missing)
    window.close_dossier()
    assert _unnamed(window) == []  # the welcome screen
    assistant = CreationAssistant(window.context.referential, tmp_path, window)
    qtbot.addWidget(assistant)
    assistant.show()
    assert _unnamed(assistant) == []


