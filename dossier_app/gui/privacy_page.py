"""The page « Confidentialité »: the pseudonym table, and under it the review of the names
the text shows without a pseudonym, each with a button that adds one, and the annexes'
attached documents, which no pseudonym reaches."""

from __future__ import annotations

import dataclasses
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Dossier, NameKind, Pseudonym
from ..core.privacy import (
    UNION_ALIAS,
    AttachedFile,
    Finding,
    Lexicon,
    Part,
    Spot,
    attached_files,
    proposed_alias,
    unlisted_names,
)
from ..core.pseudonyms import guess_kind
from . import labels
from .cell_editing import edit_in_place
from .forms import french_typing
from .spell import SpellService
from .texts import fill, shown

Row = tuple[str, str, str, str]
"""One line of the table as shown: real name, alias, kind (its value), short forms."""


class Column(IntEnum):
    REAL = 0
    ALIAS = 1
    KIND = 2
    SHORT_FORMS = 3


def kind_label(kind: NameKind) -> str:
    return shown(kind.named)


class _Delegate(QStyledItemDelegate):
    """The cells' editors: a line with French typography, a list for the kind; each named
    for a screen reader by its column and row."""

    def __init__(self, table: PseudonymTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor: QComboBox | QLineEdit
        if index.column() == Column.KIND:
            editor = QComboBox(parent)
            for kind in NameKind:
                editor.addItem(kind_label(kind), kind.value)
        else:
            editor = QLineEdit(parent)
            french_typing(editor)
        editor.setAccessibleName(self.table.cell_name(index.row(), index.column()))
        return editor

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The kind's column has room for its list's longest label and arrow."""
        hint = super().sizeHint(option, index)
        if index.column() == Column.KIND:
            metrics = option.fontMetrics
            widest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in NameKind)
            hint.setWidth(max(hint.width(), widest + 2 * metrics.height()))
        return hint

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class PseudonymTable(QTableWidget):
    """The table: Enter edits the current cell, Suppr removes its row; Tab leaves the table
    (the arrows move between cells)."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(Column), parent)
        self.headings = [self.tr("Vrai nom"), self.tr("Pseudonyme"), self.tr("Nature"),
                         self.tr("Formes courtes")]
        self.setHorizontalHeaderLabels(self.headings)
        header = self.horizontalHeader()
        for column in Column:  # the names share the room; the kind and the short forms,
            # short by nature, keep their heading whole at 200 %
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (Column.REAL, Column.ALIAS)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        short_forms = self.horizontalHeaderItem(Column.SHORT_FORMS)
        if short_forms is not None:
            short_forms.setToolTip(self.tr("Les autres noms de l’organisation, séparés par des "
                                           "virgules : « LA » pour « Logistique Atlantique »"))
        edit_in_place(self, _Delegate(self), QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAccessibleName(self.tr("Pseudonymes"))
        self.setAccessibleDescription(self.tr(
            "Entrée ou F2 modifie la case, Suppr retire le nom de la ligne, Ctrl+Z annule."))

    def cell_name(self, row: int, column: int) -> str:
        return fill(self.tr("%1, ligne %2"), self.headings[column], row + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if not editing and plain and self.currentIndex().isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(self.currentIndex())
                return
            if event.key() == Qt.Key.Key_Delete:
                self.remove_requested.emit()
                return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """Room for every row up to ten, and never fewer than three: the page scrolls,
        not the table."""
        shown = min(self.rowCount(), 10)
        empty = max(3 - shown, 0)
        rows = sum(self.rowHeight(row) for row in range(shown)) \
            + empty * self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() \
            + self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- rows ------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        def text(row: int, column: Column) -> str:
            item = self.item(row, column)
            return item.text() if item is not None else ""

        def kind(row: int) -> str:
            item = self.item(row, Column.KIND)
            value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            return value or NameKind.PERSON.value

        return [(text(r, Column.REAL), text(r, Column.ALIAS), kind(r), text(r, Column.SHORT_FORMS))
                for r in range(self.rowCount())]

    def show_rows(self, rows: list[Row]) -> None:
        blocker = self.blockSignals(True)
        self.setRowCount(len(rows))
        for number, (real, alias, kind, short_forms) in enumerate(rows):
            self.setItem(number, Column.REAL, QTableWidgetItem(real))
            self.setItem(number, Column.ALIAS, QTableWidgetItem(alias))
            kind_item = QTableWidgetItem(kind_label(NameKind(kind)))
            kind_item.setData(Qt.ItemDataRole.UserRole, kind)
            self.setItem(number, Column.KIND, kind_item)
            self.setItem(number, Column.SHORT_FORMS, QTableWidgetItem(short_forms))
        self.blockSignals(blocker)
        self.updateGeometry()


def row_of(pseudonym: Pseudonym) -> Row:
    return (pseudonym.real, pseudonym.alias, pseudonym.kind.value, ", ".join(pseudonym.short_forms))


def pseudonym_of(row: Row) -> Pseudonym:
    real, alias, kind, short_forms = row
    return Pseudonym(" ".join(real.split()), alias.strip(), NameKind(kind),
                     [form.strip() for form in short_forms.split(",") if form.strip()])


class _Edit(QUndoCommand):
    """One change of the table (an edit, a row added or removed), undone as a whole."""

    def __init__(self, page: PrivacyPage, before: list[Row], after: list[Row]) -> None:
        super().__init__()
        self.page, self.before, self.after = page, before, after
        self._done = True  # pushed once made: the first redo has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.page.restore(self.after)

    def undo(self) -> None:
        self.page.restore(self.before)


class PrivacyPage(QWidget):
    changed = Signal()

    def __init__(self, spell: SpellService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spell = spell
        self.dossier: Dossier | None = None
        self.findings: list[Finding] = []
        self.history = QUndoStack(self)
        self._shown: list[Row] = []
        self.table = PseudonymTable()
        self.table.itemChanged.connect(self._edited)
        self.table.remove_requested.connect(self.remove_current)
        self.add_button = QPushButton(self.tr("Ajouter un nom"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Retirer le nom sélectionné"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        heading = QLabel("<b>" + self.tr("Noms sans pseudonyme") + "</b>")
        heading.setProperty("role", "heading")
        heading.setIndent(0)
        heading.setWordWrap(True)
        self.review_intro = QLabel()
        self.review_intro.setWordWrap(True)
        self.review = QVBoxLayout()
        self.attached_heading = QLabel("<b>" + self.tr("Documents joints aux annexes") + "</b>")
        self.attached_heading.setProperty("role", "heading")
        self.attached_heading.setIndent(0)
        self.attached_heading.setWordWrap(True)
        self.attached = QLabel()
        self.attached.setWordWrap(True)
        self.attached.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(heading)
        layout.addWidget(self.review_intro)
        layout.addLayout(self.review)
        layout.addWidget(self.attached_heading)
        layout.addWidget(self.attached)
        layout.addStretch(1)
        if spell is not None:
            spell.ready.connect(self._dictionary_ready)  # from its thread: queued to this one

    # --- the dossier -------------------------------------------------------------------

    def load(self, dossier: Dossier) -> None:
        """Show ``dossier``'s pseudonyms (a dossier replaced under the page: nothing to
        undo any more) and the names still without one."""
        self.dossier = dossier
        self._shown = [row_of(p) for p in dossier.pseudonyms]
        self.table.show_rows(self._shown)
        self.history.clear()
        self.refresh_review()

    def values(self) -> list[Pseudonym]:
        """The table's pseudonyms; a line without a real name replaces nothing and is left out."""
        return [pseudonym_of(row) for row in self._shown if row[Column.REAL].strip()]

    def _edited(self) -> None:
        """The table's rows recorded; a line whose real name has just been typed takes the
        kind its form says (« Logistique Atlantique », an organisation), until one is chosen."""
        rows = self.table.rows()
        for index, (real, alias, kind, short) in enumerate(rows):
            before = self._shown[index] if index < len(self._shown) else ("", "", "", "")
            if real.strip() and not before[0].strip() and kind == before[2] == NameKind.PERSON.value:
                rows[index] = (real, alias, guess_kind(real).value, short)
        if rows != self.table.rows():
            self.table.show_rows(rows)
        self._record(rows)

    def _record(self, rows: list[Row]) -> None:
        """The table now holds ``rows``: one step to undo, handed to the session."""
        if rows == self._shown:
            return  # the kind's label following its value, say
        self.history.push(_Edit(self, self._shown, rows))
        self._shown = rows
        self.changed.emit()
        self.refresh_review()

    def restore(self, rows: list[Row]) -> None:
        """Undo or redo: the table as it was."""
        current = self.table.currentIndex()
        self.table.show_rows(rows)
        self._shown = rows
        if rows:
            self.table.setCurrentCell(min(max(current.row(), 0), len(rows) - 1),
                                      max(current.column(), 0))
        self.changed.emit()
        self.refresh_review()

    # --- rows ------------------------------------------------------------------------

    def add_row(self) -> None:
        """A new empty line, its real name being typed."""
        self._record([*self._shown, ("", "", NameKind.PERSON.value, "")])
        self.table.show_rows(self._shown)
        row = len(self._shown) - 1
        self.table.setCurrentCell(row, Column.REAL)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.table.item(row, Column.REAL)
        if item is not None:
            self.table.editItem(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._shown):
            return
        column = max(self.table.currentColumn(), 0)
        self._record(self._shown[:row] + self._shown[row + 1:])
        self.table.show_rows(self._shown)
        if self._shown:
            self.table.setCurrentCell(min(row, len(self._shown) - 1), column)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_finding(self, finding: Finding) -> None:
        """A pseudonym for ``finding``, with a proposed alias and its guessed kind; focus
        goes to the next name to review, or to the new line when none is left."""
        index = self.findings.index(finding) if finding in self.findings else 0
        taken = [row[Column.ALIAS] for row in self._shown]
        alias = UNION_ALIAS if finding.union else proposed_alias(finding.name, finding.kind, taken)
        self._record([*self._shown, (finding.name, alias, finding.kind.value, "")])
        self.table.show_rows(self._shown)
        buttons = self._add_buttons()
        if buttons:
            buttons[min(index, len(buttons) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setCurrentCell(len(self._shown) - 1, Column.ALIAS)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- undo --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z undo the table's changes while focus is on the page
        (a cell being typed in keeps its own undo): taken before the window's Édition menu,
        which undoes the chapter's text."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._history_key(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self._history_key(event)
        if key is QKeySequence.StandardKey.Undo:
            self.history.undo()
        elif key is QKeySequence.StandardKey.Redo:
            self.history.redo()
        else:
            super().keyPressEvent(event)

    def _history_key(self, event: QKeyEvent) -> QKeySequence.StandardKey | None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            return None
        for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
            if event.matches(key):
                return key
        return None

    # --- the review --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_review()  # the text may have changed since the page was last seen

    def _dictionary_ready(self) -> None:
        if self.isVisible():
            self.refresh_review()

    def speller(self) -> Lexicon | None:
        return self.spell.speller if self.spell is not None else None

    def refresh_review(self) -> None:
        if self.dossier is None:
            return
        self._show_attached(attached_files(self.dossier))
        dossier = dataclasses.replace(self.dossier, pseudonyms=self.values())
        findings = unlisted_names(dossier, self.speller())
        if findings == self.findings and self.review.count():
            return
        self.findings = findings
        while self.review.count():
            item = self.review.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.review_intro.setText(self.tr(
            "Ces noms trouvés dans le texte n’ont pas de pseudonyme : un export qui remplace "
            "les vrais noms les laisserait lisibles. Tous ne sont pas forcément des noms de "
            "personnes : ajoutez ceux qui en sont.") if findings else self.tr(
            "Aucun nom sans pseudonyme n’a été trouvé dans le texte."))
        previous: QWidget = self.remove_button
        for finding in findings:
            row = self._finding_row(finding)
            self.review.addWidget(row)
            button = row.findChild(QPushButton)
            if button is not None:
                QWidget.setTabOrder(previous, button)
                previous = button

    def _show_attached(self, files: list[AttachedFile]) -> None:
        """The annexes' documents, named: a pseudonymised export carries them as they are."""
        self.attached_heading.setVisible(bool(files))
        self.attached.setVisible(bool(files))
        if not files:
            return
        lines = [fill(self.tr("« %1 », annexe %2 « %3 »"), file.name, file.annex, file.title)
                 if file.title.strip() else fill(self.tr("« %1 », annexe %2"), file.name, file.annex)
                 for file in files]
        self.attached.setText("\n".join([self.tr(
            "Ces documents sont exportés tels qu’ils ont été joints : les pseudonymes ne "
            "s’appliquent pas à leur contenu ni à leur nom. Vérifiez qu’ils ne montrent aucun "
            "nom à cacher, ou joignez-en une version où ces noms sont masqués."), *lines]))

    def _finding_row(self, finding: Finding) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(finding_text(finding))
        text.setWordWrap(True)
        button = QPushButton(self.tr("Ajouter"))
        button.setAccessibleName(fill(self.tr("Ajouter « %1 » aux pseudonymes"), finding.name))
        button.setAccessibleDescription(text.text())
        button.clicked.connect(lambda: self.add_finding(finding))
        layout.addWidget(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _add_buttons(self) -> list[QPushButton]:
        items = (self.review.itemAt(i) for i in range(self.review.count()))
        return [button for item in items if item is not None and (row := item.widget()) is not None
                and (button := row.findChild(QPushButton)) is not None]


def finding_text(finding: Finding) -> str:
    """« « Claire Roussel », personne : 3 fois, d’abord dans le parcours »."""
    where = _where(finding.where)
    if finding.count == 1:
        seen = fill(QCoreApplication.translate("PrivacyPage", "une fois, dans %1"), where)
    else:
        seen = fill(QCoreApplication.translate("PrivacyPage", "%1 fois, d’abord dans %2"),
                    finding.count, where)
    if finding.union:
        return fill(QCoreApplication.translate(
            "PrivacyPage", "« %1 » : votre syndicat est nommé dans le texte, alors que la page "
                           "de garde ne le montre pas ; %2"), finding.name, seen)
    return fill(QCoreApplication.translate("PrivacyPage", "« %1 », %2 : %3"), finding.name,
                kind_label(finding.kind).lower(), seen)


def _where(spot: Spot) -> str:
    """Where a name is met first, as « dans … » goes on."""
    number = spot.production or 0
    if spot.part is Part.PRODUCTION and spot.chapter is None:
        return fill(QCoreApplication.translate("PrivacyPage", "le titre de la production %1"),
                    number)
    if spot.part is Part.PRODUCTION and spot.chapter is not None:
        return fill(QCoreApplication.translate("PrivacyPage", "la production %1, « %2 »"),
                    number, labels.chapter(spot.chapter))
    return {Part.MANDATES: QCoreApplication.translate("PrivacyPage", "les mandats"),
            Part.PROJECT: QCoreApplication.translate("PrivacyPage", "le projet professionnel"),
            Part.PATH: QCoreApplication.translate("PrivacyPage", "le parcours"),
            Part.POSITIONING: QCoreApplication.translate("PrivacyPage",
                                                         "la grille de positionnement"),
            Part.ANNEXES: QCoreApplication.translate("PrivacyPage", "les annexes"),
            Part.COMMENTS: QCoreApplication.translate("PrivacyPage", "les commentaires")}[spot.part]
