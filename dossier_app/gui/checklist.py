"""A short list of lines, each with a done box: a step's actions, a competence's gaps."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .forms import ShortText, french_typing
from .texts import fill


class GrowingText(ShortText):
    """A text that wraps and grows to show all its lines, never fewer than ``lines``: read
    whole at any width and text size, without scrolling inside it."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(lines, parent)
        self._needed = 0
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)

    def _fit(self) -> None:
        """The height that shows every line, as QPlainTextEdit counts it (its scroll range
        stays empty): the laid out blocks, a margin and a pixel, the frame."""
        document = self.document()
        layout = document.documentLayout()
        block, height = document.begin(), 0.0
        while block.isValid():
            height += layout.blockBoundingRect(block).height()  # laid out at the current width
            block = block.next()
        needed = math.ceil(height + document.documentMargin() + 1) + 2 * self.frameWidth()
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


Field = QLineEdit | GrowingText
Line = tuple[QCheckBox, list[Field], QToolButton]
"""One line's widgets: its done box, its text fields, its remove button (laid out in a
widget of their own, at the same place in ``lines_layout`` as the line in ``_rows``)."""


def _text(field: Field) -> str:
    if isinstance(field, QLineEdit):
        return field.text().strip()
    return " ".join(field.toPlainText().split("\n")).strip()  # one line, as typed in a row


class ChecklistEditor(QWidget):
    """Rows of ``(done, texts...)``; ``columns`` gives each text field's accessible name
    and placeholder. Values go in and out as ``(done, [texts])`` pairs. The add button comes
    after the lines for Tab too; removing a line leaves focus on the next one.

    Without ``labels``, a line is one row: its box, one-line fields, its remove button (a
    step's actions). With a label per field, a line is a small framed form: each field under
    its label wraps and grows to show its whole text, then the box, which says
    ``done_text``, and the remove button (a gap and what is planned to close it)."""

    changed = Signal()

    def __init__(self, columns: list[tuple[str, str]], add_label: str, done_label: str,
                 parent: QWidget | None = None, *, labels: list[str] | None = None,
                 done_text: str = "") -> None:
        super().__init__(parent)
        self.columns = columns
        self.done_label = done_label
        self.labels = labels
        self.done_text = done_text
        self.lines_layout = QVBoxLayout()
        self._rows: list[Line] = []
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines_layout)
        layout.addWidget(self.add_button)

    def _add_clicked(self) -> None:
        self.add_row(False, [""] * len(self.columns))[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def add_row(self, done: bool, texts: list[str]) -> list[Field]:
        box = QCheckBox(self.done_text)
        box.setChecked(done)
        box.setToolTip(self.done_label)
        box.toggled.connect(self.changed)
        edits: list[Field] = []
        for (_name, placeholder), text in zip(self.columns, texts, strict=True):
            edit: Field
            if self.labels is None:
                edit = QLineEdit(text)
                edit.setCursorPosition(0)
                edit.textEdited.connect(self.changed)
                french_typing(edit)
            else:
                edit = GrowingText(lines=2)
                edit.setPlainText(text)
                edit.textChanged.connect(self.changed)
            edit.setPlaceholderText(placeholder)
            edits.append(edit)
        remove = QToolButton()
        remove.setText("✕")
        row = (box, edits, remove)
        remove.clicked.connect(lambda: self._remove(row))
        edits[0].textChanged.connect(lambda: self._name_line(row))
        line = self._line_widget(row)
        self._rows.append(row)
        self.lines_layout.addWidget(line)
        line.show()  # now, not when the layout gets round to it: it can take focus at once
        self._name_line(row)
        self.order_tabs()
        return edits

    def _line_widget(self, row: Line) -> QWidget:
        box, edits, remove = row
        if self.labels is None:
            line = QWidget()
            layout = QHBoxLayout(line)
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in (box, *edits):
                layout.addWidget(widget, 0 if widget is box else 1)
            layout.addWidget(remove)
            return line
        line = QFrame()
        line.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(line)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit in zip(self.labels, edits, strict=True):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        last = QHBoxLayout()
        last.addWidget(box)
        last.addStretch(1)
        last.addWidget(remove)
        form.addRow("", last)
        return line

    def _widgets(self, row: Line) -> list[QWidget]:
        """A line's widgets in the order of Tab, which is that of the eye."""
        box, edits, remove = row
        return [box, *edits, remove] if self.labels is None else [*edits, box, remove]

    def order_tabs(self) -> None:
        """The lines, then the add button, right after what comes before the list for Tab:
        a new line's widgets join the window's focus chain at its very end, and moving the
        editor to another window may move them elsewhere."""
        before = self._before()
        chain = [*([before] if before else []),
                 *(w for row in self._rows for w in self._widgets(row)), self.add_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _before(self) -> QWidget | None:
        """The last widget Tab reaches before the list: the list itself keeps its place in
        the window's focus chain (only its lines and button are moved)."""
        before = self.previousInFocusChain()
        while before is not None and before is not self:
            if not (self.isAncestorOf(before) or before.isAncestorOf(self)) \
                    and before.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return before
            before = before.previousInFocusChain()
        return None

    def showEvent(self, event: QShowEvent) -> None:
        self.order_tabs()
        super().showEvent(event)

    def _name_line(self, line: Line) -> None:
        box, edits, remove = line
        number = self._rows.index(line) + 1
        box.setAccessibleName(fill(self.tr("%1, ligne %2"), self.done_label, number))
        for (name, _placeholder), edit in zip(self.columns, edits, strict=True):
            edit.setAccessibleName(fill(self.tr("%1, ligne %2"), name, number))
        first = _text(edits[0])
        removal = (fill(self.tr("Supprimer la ligne « %1 »"), first) if first
                   else fill(self.tr("Supprimer la ligne %1"), number))
        remove.setAccessibleName(removal)
        remove.setToolTip(removal)

    def _remove(self, line: Line) -> None:
        index = self._rows.index(line)
        del self._rows[index]
        self._drop(index)
        for later in self._rows[index:]:
            self._name_line(later)
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)][1][0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _drop(self, index: int) -> None:
        """Take away the widget of line ``index``, which holds the line's widgets."""
        item = self.lines_layout.takeAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()

    def load(self, values: list[tuple[bool, list[str]]]) -> None:
        while self.lines_layout.count():
            self._drop(0)
        self._rows = []
        for done, texts in values:
            self.add_row(done, texts)

    def values(self) -> list[tuple[bool, list[str]]]:
        return [(box.isChecked(), [_text(edit) for edit in edits])
                for box, edits, _ in self._rows]
