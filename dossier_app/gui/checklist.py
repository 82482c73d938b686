"""A short list of lines, each with a done box: a step's actions, a competence's gaps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ChecklistEditor(QWidget):
    """Rows of ``(done, texts...)``; ``columns`` gives each text field's accessible name
    and placeholder. Values go in and out as ``(done, [texts])`` pairs."""

    changed = Signal()

    def __init__(self, columns: list[tuple[str, str]], add_label: str, done_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.done_label = done_label
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        if len(columns) > 1:
            self.grid.setColumnStretch(2, 1)
        self._rows: list[tuple[QCheckBox, list[QLineEdit], QToolButton]] = []
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def _add_clicked(self) -> None:
        self.add_row(False, [""] * len(self.columns))[0].setFocus()
        self.changed.emit()

    def add_row(self, done: bool, texts: list[str]) -> list[QLineEdit]:
        box = QCheckBox()
        box.setChecked(done)
        box.setAccessibleName(self.done_label)
        box.setToolTip(self.done_label)
        box.toggled.connect(self.changed)
        edits = []
        for (name, placeholder), text in zip(self.columns, texts, strict=True):
            edit = QLineEdit(text)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            edit.setCursorPosition(0)
            edit.textEdited.connect(self.changed)
            edits.append(edit)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Supprimer la ligne"))
        remove.setToolTip(self.tr("Supprimer la ligne"))
        row = (box, edits, remove)
        remove.clicked.connect(lambda: self._remove(row))
        index = len(self._rows)
        self.grid.addWidget(box, index, 0)
        for column, edit in enumerate(edits, start=1):
            self.grid.addWidget(edit, index, column)
        self.grid.addWidget(remove, index, len(edits) + 1)
        self._rows.append(row)
        return edits

    def _remove(self, row) -> None:
        values = self.values()
        del values[self._rows.index(row)]
        self.load(values)
        self.changed.emit()

    def load(self, values: list[tuple[bool, list[str]]]) -> None:
        for box, edits, remove in self._rows:
            for widget in (box, *edits, remove):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        for done, texts in values:
            self.add_row(done, texts)

    def values(self) -> list[tuple[bool, list[str]]]:
        return [(box.isChecked(), [edit.text().strip() for edit in edits])
                for box, edits, _ in self._rows]
