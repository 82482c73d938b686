"""A short list of lines, each with a done box: a step's actions, a competence's gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .forms import french_typing
from .texts import fill

Line = tuple[QCheckBox, list[QLineEdit], QToolButton]
"""One line's widgets: its done box, its text fields, its remove button."""


class ChecklistEditor(QWidget):
    """Rows of ``(done, texts...)``; ``columns`` gives each text field's accessible name
    and placeholder. Values go in and out as ``(done, [texts])`` pairs. The add button comes
    after the lines for Tab too; removing a line leaves focus on the next one."""

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
        self._rows: list[Line] = []
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def _add_clicked(self) -> None:
        self.add_row(False, [""] * len(self.columns))[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def add_row(self, done: bool, texts: list[str]) -> list[QLineEdit]:
        box = QCheckBox()
        box.setChecked(done)
        box.setToolTip(self.done_label)
        box.toggled.connect(self.changed)
        edits = []
        for (_name, placeholder), text in zip(self.columns, texts, strict=True):
            edit = QLineEdit(text)
            edit.setPlaceholderText(placeholder)
            edit.setCursorPosition(0)
            edit.textEdited.connect(self.changed)
            french_typing(edit)
            edits.append(edit)
        remove = QToolButton()
        remove.setText("✕")
        row = (box, edits, remove)
        remove.clicked.connect(lambda: self._remove(row))
        edits[0].textChanged.connect(lambda: self._name_line(row))
        self._rows.append(row)
        self._place(len(self._rows) - 1)
        for widget in (box, *edits, remove):
            widget.show()  # now, not when the layout gets round to it: it can take focus at once
        self._order_tabs()
        return edits

    def _order_tabs(self) -> None:
        """The add button after the last line for Tab: a new line joins the focus chain at
        the end, and moving the editor to another window may move the button elsewhere."""
        if self._rows:
            QWidget.setTabOrder(self._rows[-1][2], self.add_button)

    def showEvent(self, event: QShowEvent) -> None:
        self._order_tabs()
        super().showEvent(event)

    def _place(self, index: int) -> None:
        """Put line ``index`` on its row of the grid and name its widgets after its number."""
        box, edits, remove = line = self._rows[index]
        self.grid.addWidget(box, index, 0)
        for column, edit in enumerate(edits, start=1):
            self.grid.addWidget(edit, index, column)
        self.grid.addWidget(remove, index, len(edits) + 1)
        self._name_line(line)

    def _name_line(self, line: Line) -> None:
        box, edits, remove = line
        number = self._rows.index(line) + 1
        box.setAccessibleName(fill(self.tr("%1, ligne %2"), self.done_label, number))
        for (name, _placeholder), edit in zip(self.columns, edits, strict=True):
            edit.setAccessibleName(fill(self.tr("%1, ligne %2"), name, number))
        first = edits[0].text().strip()
        removal = (fill(self.tr("Supprimer la ligne « %1 »"), first) if first
                   else fill(self.tr("Supprimer la ligne %1"), number))
        remove.setAccessibleName(removal)
        remove.setToolTip(removal)

    def _remove(self, line: Line) -> None:
        index = self._rows.index(line)
        self._rows.remove(line)
        self._drop(line)
        for later in range(index, len(self._rows)):
            self._place(later)
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)][1][0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _drop(self, line: Line) -> None:
        box, edits, remove = line
        for widget in (box, *edits, remove):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def load(self, values: list[tuple[bool, list[str]]]) -> None:
        for line in self._rows:
            self._drop(line)
        self._rows = []
        for done, texts in values:
            self.add_row(done, texts)

    def values(self) -> list[tuple[bool, list[str]]]:
        return [(box.isChecked(), [edit.text().strip() for edit in edits])
                for box, edits, _ in self._rows]
