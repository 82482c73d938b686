"""The plan tab of « Préparer l'oral »: the key points of the talk with their minutes, the
prompts for what to add beyond the written text, and the rehearsals kept under them."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import OralPreparation, Rehearsal, TalkPoint
from ..core.oral import PLAN_STEP_MINUTES, OralRules
from . import labels
from .cell_editing import edit_in_place
from .forms import french_typing
from .rehearsal_chart import RehearsalsView, rehearsal_text
from .texts import fill

POINT, MINUTES = 0, 1
MAX_MINUTES = 120.0


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before something is replaced or deleted (tests answer in its place)."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class _Delegate(QStyledItemDelegate):
    """A line with French typography for the point, a spin box of half minutes for its
    duration; each named for a screen reader by its row."""

    def __init__(self, table: PlanTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor: QLineEdit | QDoubleSpinBox
        if index.column() == MINUTES:
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(1)
            editor.setSingleStep(PLAN_STEP_MINUTES)
            editor.setRange(PLAN_STEP_MINUTES, MAX_MINUTES)
            editor.setSuffix(self.table.tr(" min"))
        else:
            editor = QLineEdit(parent)
            french_typing(editor)
        editor.setAccessibleName(self.table.cell_name(index.row(), index.column()))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(index.data(Qt.ItemDataRole.UserRole) or 1.0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.UserRole)
            model.setData(index, labels.minutes(editor.value()), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class PlanTable(QTableWidget):
    """The points, one a row. Enter or F2 edits the cell, Suppr removes the point, Inser adds
    one, Alt+↑ and Alt+↓ move it, + and − change its minutes; Tab leaves the table."""

    remove_requested = Signal()
    add_requested = Signal()
    move_requested = Signal(int)
    minutes_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.headings = [self.tr("Point clé"), self.tr("Durée")]
        self.setHorizontalHeaderLabels(self.headings)
        header = self.horizontalHeader()
        header.setSectionResizeMode(POINT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        edit_in_place(self, _Delegate(self), QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows take their wrapped height once laid out: the table's own height follows, after
        # the layout pass that resized them.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.updateGeometry)
        self.verticalHeader().sectionResized.connect(lambda *_: self._refit.start())
        self.setAccessibleName(self.tr("Plan de l’exposé"))
        self.setAccessibleDescription(self.tr(
            "Entrée ou F2 modifie la case, Inser ajoute un point, Suppr le retire, Alt+Haut et "
            "Alt+Bas le déplacent, + et − changent sa durée d’une demi-minute."))

    def cell_name(self, row: int, column: int) -> str:
        return (fill(self.tr("Point %1"), row + 1) if column == POINT
                else fill(self.tr("Durée du point %1, en minutes"), row + 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            current = self.currentIndex().isValid()
            if modifiers == Qt.KeyboardModifier.AltModifier and current \
                    and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
            if modifiers == Qt.KeyboardModifier.NoModifier or key in (Qt.Key.Key_Plus,
                                                                       Qt.Key.Key_Minus):
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current:
                    self.edit(self.currentIndex())
                    return
                if key == Qt.Key.Key_Delete and current:
                    self.remove_requested.emit()
                    return
                if key == Qt.Key.Key_Insert:
                    self.add_requested.emit()
                    return
                if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and current:
                    sign = 1 if key == Qt.Key.Key_Plus else -1
                    self.minutes_requested.emit(sign * PLAN_STEP_MINUTES)
                    return
        super().keyPressEvent(event)

    def show_points(self, points: list[TalkPoint], editable: bool = True) -> None:
        blocker = self.blockSignals(True)
        self.setRowCount(len(points))
        for row, point in enumerate(points):
            text = QTableWidgetItem(point.point)
            minutes = QTableWidgetItem(labels.minutes(point.minutes))
            minutes.setData(Qt.ItemDataRole.UserRole, float(point.minutes))
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in ((POINT, text), (MINUTES, minutes)):
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
        self.blockSignals(blocker)
        self.updateGeometry()

    def points(self) -> list[TalkPoint]:
        result = []
        for row in range(self.rowCount()):
            text, minutes = self.item(row, POINT), self.item(row, MINUTES)
            result.append(TalkPoint(text.text().strip() if text else "",
                                    float(minutes.data(Qt.ItemDataRole.UserRole) or 1.0)
                                    if minutes else 1.0))
        return result

    def sizeHint(self) -> QSize:
        """Room for every row up to eight, never fewer than three: the tab scrolls, not the
        table."""
        shown = min(self.rowCount(), 8)
        rows = sum(self.rowHeight(row) for row in range(shown)) \
            + max(3 - shown, 0) * self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + 4
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def wide_enough(widget: QWidget, width: int, characters: int, beside: bool | None) -> bool:
    """Whether ``width`` holds two columns of ``characters`` in all. The answer changes a few
    characters past the threshold only: the scroll bar that a change of layout brings or
    takes away must not flip the layout back."""
    margin = widget.fontMetrics().averageCharWidth() * (-4 if beside else 4)
    return width >= widget.fontMetrics().averageCharWidth() * characters + margin


def lay_out_buttons(grid: QGridLayout, buttons: list[QPushButton], columns: int) -> None:
    """``buttons`` in rows of ``columns``, then a stretch: a row of buttons too wide for a
    narrow page (large text) goes onto two."""
    for button in buttons:
        grid.removeWidget(button)
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // columns, index % columns)
    for column in range(len(buttons) + 1):
        grid.setColumnStretch(column, 1 if column == columns else 0)


class PlanTab(QWidget):
    """Shows one production's plan and rehearsals; every change goes through ``edit``, which
    the page wires to the session (it does nothing on a read-only dossier)."""

    rehearse_requested = Signal()

    def __init__(self, edit: Callable[[Callable[[OralPreparation], None]], None],
                 proposed: Callable[[], list[TalkPoint]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.proposed = proposed
        """The plan « Proposer un plan » puts in place of the current one."""
        self.rules: OralRules | None = None
        self.read_only = False
        self._rehearsals: list[Rehearsal] = []
        self.table = PlanTable()
        self.table.itemChanged.connect(self._table_edited)
        self.table.remove_requested.connect(self.remove_point)
        self.table.add_requested.connect(self.add_point)
        self.table.move_requested.connect(self.move_point)
        self.table.minutes_requested.connect(self.change_minutes)
        self.table.itemSelectionChanged.connect(self._enable)
        table_label = QLabel(self.tr("Les points clés, pas un texte à lire : quelques mots "
                                     "chacun, et le temps que vous leur donnez."))
        table_label.setWordWrap(True)
        table_label.setBuddy(self.table)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.add_button = self._button(self.tr("Aj&outer un point"), self.add_point)
        self.remove_button = self._button(self.tr("&Supprimer le point"), self.remove_point)
        self.up_button = self._button(self.tr("Monter"), lambda: self.move_point(-1),
                                      self.tr("Alt+Haut dans le plan"))
        self.down_button = self._button(self.tr("Descendre"), lambda: self.move_point(1),
                                        self.tr("Alt+Bas dans le plan"))
        self.propose_button = self._button(self.tr("Proposer un pla&n"), self.propose,
                                           self.tr("Un point par chapitre, à partir de leur "
                                                   "première phrase, à réécrire à votre façon"))
        self.rehearse_button = self._button(self.tr("Répéter en plein écran (F5)"),
                                            self.rehearse_requested.emit)
        self.prompts_heading = QLabel()
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.PlainText)
        self.rehearsals = RehearsalsView()
        self.rehearsals.delete_requested.connect(self.delete_rehearsal)
        self.edit_row = QGridLayout()
        self.action_row = QGridLayout()
        self.plan_column = QWidget()
        plan = QVBoxLayout(self.plan_column)
        plan.setContentsMargins(0, 0, 0, 0)
        plan.addWidget(table_label)
        plan.addWidget(self.table)
        plan.addLayout(self.edit_row)
        plan.addWidget(self.total)
        plan.addLayout(self.action_row)
        self.prompts_column = QWidget()
        prompts = QVBoxLayout(self.prompts_column)
        prompts.setContentsMargins(0, 0, 0, 0)
        prompts.addWidget(self.prompts_heading)
        prompts.addWidget(self.prompts)
        prompts.addStretch(1)
        self.top = QGridLayout()
        self._beside: bool | None = None
        self._arrange(beside=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.rehearsals)
        layout.addStretch(1)
        order = [self.table, self.add_button, self.remove_button, self.up_button,
                 self.down_button, self.propose_button, self.rehearse_button,
                 self.rehearsals.list, self.rehearsals.delete_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        if tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        button.clicked.connect(lambda: slot())
        return button

    # --- layout ----------------------------------------------------------------------

    def _arrange(self, beside: bool) -> None:
        """The prompts beside the plan, or under it when the width would squeeze the plan
        (a small window, large text)."""
        if beside == self._beside:
            return
        self._beside = beside
        self.top.removeWidget(self.plan_column)
        self.top.removeWidget(self.prompts_column)
        self.top.addWidget(self.plan_column, 0, 0)
        self.top.addWidget(self.prompts_column, *((0, 1) if beside else (1, 0)))
        self.top.setColumnStretch(0, 3)
        self.top.setColumnStretch(1, 2 if beside else 0)
        lay_out_buttons(self.edit_row, [self.add_button, self.remove_button, self.up_button,
                                     self.down_button], 4 if beside else 2)
        lay_out_buttons(self.action_row, [self.propose_button, self.rehearse_button],
                        2 if beside else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(beside=wide_enough(self, event.size().width(), 110, self._beside))
        super().resizeEvent(event)

    # --- showing ---------------------------------------------------------------------

    def show_preparation(self, preparation: OralPreparation, rules: OralRules,
                         read_only: bool) -> None:
        self.rules, self.read_only = rules, read_only
        row = self.table.currentRow()
        self.table.show_points(preparation.plan, editable=not read_only)
        if self.table.rowCount():
            self.table.selectRow(min(max(row, 0), self.table.rowCount() - 1))
        self.prompts_heading.setText("<b>" + self.tr("À ajouter au-delà de l’écrit") + "</b>")
        self.prompts.setText("\n".join(f"•  {prompt}" for prompt in rules.prompts))
        self.prompts_column.setVisible(bool(rules.prompts))
        self._show_total()
        # In the order they were run (an advisor's copy merged back may interleave them).
        self._rehearsals = sorted(preparation.rehearsals, key=lambda r: r.date.astimezone())
        self.rehearsals.show_rehearsals(self._rehearsals, rules, read_only)
        self._enable()

    def _show_total(self) -> None:
        rules = self.rules
        if rules is None:
            return
        points = self.table.points()
        total = sum(point.minutes for point in points)
        target = rules.presentation_minutes
        if not points:
            self.total.setText(self.tr("Aucun point pour l’instant : « Proposer un plan » en "
                                       "fait un par chapitre, ou ajoutez les vôtres."))
            return
        text = fill(self.tr("Total : %1 sur %2"), labels.minutes(total), labels.minutes(target))
        margin = target * rules.tolerance_percent / 100
        if not rules.in_time(total * 60):
            gap = labels.minutes(abs(total - target))
            outside = (fill(self.tr("trop long de %1"), gap) if total > target
                       else fill(self.tr("trop court de %1"), gap))
            text = fill(self.tr("⚠ %1 : %2, visez entre %3 et %4."), text, outside,
                        labels.minutes(target - margin), labels.minutes(target + margin))
        else:
            text = fill(self.tr("%1 : dans la marge (%2 à %3)."), text,
                        labels.minutes(target - margin), labels.minutes(target + margin))
        self.total.setText(text)

    def _enable(self) -> None:
        writable = not self.read_only
        selected = self.table.currentRow() >= 0 and self.table.rowCount() > 0
        row = self.table.currentRow()
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and selected)
        self.up_button.setEnabled(writable and selected and row > 0)
        self.down_button.setEnabled(writable and selected and row < self.table.rowCount() - 1)
        self.propose_button.setEnabled(writable)
        self.rehearse_button.setEnabled(writable and self.table.rowCount() > 0)
        self.rehearse_button.setToolTip("" if self.table.rowCount() else
                                        self.tr("Ajoutez d’abord les points du plan."))

    # --- editing ---------------------------------------------------------------------

    def _save_plan(self, points: list[TalkPoint], row: int | None = None) -> None:
        """Keep ``points`` as the plan and show them, ``row`` selected."""
        self.edit(lambda preparation: setattr(preparation, "plan", points))
        self.table.show_points(points)
        if row is not None and points:
            self.table.selectRow(max(0, min(row, len(points) - 1)))
        self._show_total()
        self._enable()

    def _table_edited(self, _item: QTableWidgetItem) -> None:
        if not self.read_only:
            self.edit(lambda preparation: setattr(preparation, "plan", self.table.points()))
            self._show_total()

    def add_point(self) -> None:
        if self.read_only or self.rules is None:
            return
        points = self.table.points()
        left = self.rules.presentation_minutes - sum(point.minutes for point in points)
        minutes = left if left >= PLAN_STEP_MINUTES else 1.0
        points.append(TalkPoint("", round(minutes / PLAN_STEP_MINUTES) * PLAN_STEP_MINUTES))
        self._save_plan(points, len(points) - 1)
        self.table.setFocus()
        self.table.setCurrentCell(len(points) - 1, POINT)
        self.table.edit(self.table.currentIndex())

    def remove_point(self) -> None:
        row = self.table.currentRow()
        if self.read_only or row < 0:
            return
        points = self.table.points()
        del points[row]
        self._save_plan(points, row)
        self.table.setFocus()

    def move_point(self, step: int) -> None:
        row = self.table.currentRow()
        points = self.table.points()
        target = row + step
        if self.read_only or row < 0 or not 0 <= target < len(points):
            return
        points[row], points[target] = points[target], points[row]
        column = max(self.table.currentColumn(), 0)
        self._save_plan(points, target)
        self.table.setCurrentCell(target, column)
        if not self.up_button.hasFocus() and not self.down_button.hasFocus():
            self.table.setFocus()

    def change_minutes(self, step: float) -> None:
        row = self.table.currentRow()
        if self.read_only or row < 0:
            return
        points = self.table.points()
        points[row].minutes = min(max(points[row].minutes + step, PLAN_STEP_MINUTES), MAX_MINUTES)
        column = max(self.table.currentColumn(), 0)
        self._save_plan(points, row)
        self.table.setCurrentCell(row, column)

    def propose(self) -> None:
        if self.read_only:
            return
        current = self.table.points()
        question = (self.tr("Remplacer le point du plan actuel par un point par chapitre, tiré "
                            "de vos chapitres ?") if len(current) == 1 else
                    fill(self.tr("Remplacer les %1 points du plan actuel par un point par "
                                 "chapitre, tiré de vos chapitres ?"), len(current)))
        if any(point.point for point in current) and not confirm(
                self, self.tr("Proposer un plan"), question):
            return
        self._save_plan(self.proposed(), 0)
        self.table.setFocus()

    def delete_rehearsal(self, row: int) -> None:
        if self.read_only or not 0 <= row < len(self._rehearsals) or self.rules is None:
            return
        rehearsal, rules = self._rehearsals[row], self.rules
        if not confirm(self, self.tr("Supprimer la répétition"), fill(
                self.tr("Supprimer la répétition « %1 » ?"), rehearsal_text(row + 1, rehearsal,
                                                                            rules))):
            return
        self.edit(lambda preparation: preparation.rehearsals.remove(rehearsal)
                  if rehearsal in preparation.rehearsals else None)
        del self._rehearsals[row]
        self.rehearsals.show_rehearsals(self._rehearsals, rules, self.read_only)
        self.rehearsals.list.setFocus()
