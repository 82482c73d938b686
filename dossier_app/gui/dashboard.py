"""The advisor's view of a workshop group: one row per dossier of a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..app import dossiers
from ..core.clock import Clock
from ..core.errors import DossierError
from ..core.model import ChapterStatus, Outcome
from ..core.oral import OralRules
from ..core.pace import PaceStatus
from ..core.referential import Referential
from ..storage.group import DossierSummary, summarize_folder
from . import labels
from .path_page import pace_status
from .texts import fill, shown


class _Number(QTableWidgetItem):
    """Sorts by its number, not its text."""

    def __init__(self, value: int, text: str | None = None) -> None:
        super().__init__(text if text is not None else str(value))
        self.setData(Qt.ItemDataRole.UserRole + 1, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return (self.data(Qt.ItemDataRole.UserRole + 1) or 0) < \
            (other.data(Qt.ItemDataRole.UserRole + 1) or 0)


class _Named(QTableWidgetItem):
    """Sorts as a reader of the UI's language would (« é » with « e », « dossier 2 »
    before « dossier 10 »)."""

    def __init__(self, text: str, collator: QCollator) -> None:
        super().__init__(text)
        self.collator = collator

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.collator.compare(self.text(), other.text()) < 0


PACE_COLUMN = 8
ORAL_COLUMN = 9
RESULT_COLUMN = 10
FOLLOW_UP_COLUMN = 11
ADVICE_COLUMN = 12
FILE_COLUMN = 13
PACE_RANKS = (PaceStatus.PAST, PaceStatus.LATE, PaceStatus.ON_TIME, PaceStatus.AHEAD,
              PaceStatus.DONE, PaceStatus.NO_DATE)
"""The pace column sorts the most pressing first."""


class DashboardDialog(QDialog):
    """Lists; never writes. Opening a row hands the dossier to the main window."""

    open_requested = Signal(object, str)
    """The dossier's path and its candidate's name, as the row shows it."""

    def __init__(self, folder: Path, referential: Referential, clock: Clock,
                 parent: QWidget | None = None, oral_rules: OralRules | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.oral_rules = oral_rules
        self.clock = clock
        self.collator = QCollator()  # the default locale follows the UI's language
        self.collator.setNumericMode(True)
        self.collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.referential = referential
        self.setWindowTitle(fill(self.tr("Groupe : %1"), folder.name or str(folder)))
        self.summary = QLabel()
        self.table = QTableWidget(0, FILE_COLUMN + 1)
        self.table.setAccessibleName(self.tr("Dossiers du groupe"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Candidat"), self.tr("CCPT"), self.tr("Chapitres"), self.tr("Mots"),
            self.tr("Commentaires ouverts"), self.tr("Dernière modification"),
            self.tr("Prochaine étape"), self.tr("Jury"), self.tr("Rythme"), self.tr("Prêt pour l’oral"),
            self.tr("Résultat"), self.tr("Suite de parcours"), self.tr("Conseils d’écriture"),
            self.tr("Fichier")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # CCPT labels wrap
        self.table.itemActivated.connect(lambda item: self._open_row(item.row()))
        self.table.installEventFilter(self)  # Enter opens the row, and only that
        refresh = QPushButton(self.tr("Actualiser"))
        refresh.clicked.connect(self.reload)
        self.open_button = QPushButton(self.tr("Ouvrir pour relecture"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.sheet_button = QPushButton(self.tr("Fiche de suivi…"))
        self.sheet_button.clicked.connect(self.export_sheet)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1320, 640)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row opens it. The table would also pass the key on to the dialog,
        whose default button (« Actualiser ») would then refill the list under the
        question asked before opening."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_row(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self.rows = summarize_folder(self.folder, self.clock.today(), self.oral_rules)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            self._fill(row, summary)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeRowsToContents()
        readable = sum(not s.problem for s in self.rows)
        self.summary.setText(fill(self.tr("%1 dossiers dans « %2 »."), str(readable), str(self.folder)))

    def _fill(self, row: int, summary: DossierSummary) -> None:
        name = QTableWidgetItem(summary.candidate or summary.path.stem)
        name.setData(Qt.ItemDataRole.UserRole, str(summary.path))
        name.setToolTip(str(summary.path))
        self.table.setItem(row, 0, name)
        file_name = _Named(summary.path.name, self.collator)
        file_name.setToolTip(str(summary.path))
        self.table.setItem(row, FILE_COLUMN, file_name)
        if summary.problem:  # no cell span: spans do not follow the rows when sorting
            self.table.setItem(row, 1, QTableWidgetItem(shown(summary.problem)))
            for column in range(2, FILE_COLUMN):
                self.table.setItem(row, column, QTableWidgetItem(""))
            return
        ccpt = self.referential.ccpt(summary.ccpt)
        self.table.setItem(row, 1, QTableWidgetItem(ccpt.label if ccpt else summary.ccpt))
        present = [status for status in reversed(ChapterStatus) if summary.statuses[status]]
        chapters = _Number(summary.statuses[ChapterStatus.FINAL], "   ".join(
            f"{labels.STATUS_SYMBOLS[s]} {summary.statuses[s]}" for s in present))
        spelled = ", ".join(f"{summary.statuses[s]} {labels.status(s).lower()}" for s in present)
        chapters.setToolTip(spelled)
        chapters.setData(Qt.ItemDataRole.AccessibleTextRole, spelled)
        self.table.setItem(row, 2, chapters)
        self.table.setItem(row, 3, _Number(summary.words, labels.words(summary.words)))
        self.table.setItem(row, 4, _Number(summary.open_comments))
        when = summary.last_change
        self.table.setItem(row, 5, _Number(int(when.timestamp()) if when else 0,
                                           labels.date_time(when) if when else ""))
        step = summary.next_step
        next_item = _Number(step[0].toordinal() if step else 0,
                            f"{labels.long_date(step[0])}\n{step[1]}" if step else "")
        next_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 6, next_item)
        jury = summary.jury
        self.table.setItem(row, 7, _Number(jury.toordinal() if jury else 0,
                                           labels.long_date(jury) if jury else ""))
        self.table.setItem(row, PACE_COLUMN, self._pace(summary))
        oral = _Number(summary.oral_ready, fill(self.tr("%1 / %2"), summary.oral_ready,
                                                summary.productions)
                       if summary.productions else "")
        spoken = fill(self.tr("%1 productions sur %2 prêtes pour l’oral"), summary.oral_ready,
                      summary.productions)
        oral.setToolTip(spoken)
        oral.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.table.setItem(row, ORAL_COLUMN, oral)
        self.table.setItem(row, RESULT_COLUMN, self._result(summary))
        self.table.setItem(row, FOLLOW_UP_COLUMN, QTableWidgetItem(summary.follow_up))
        self.table.setItem(row, ADVICE_COLUMN, _Number(summary.writing_advice))

    def _result(self, summary: DossierSummary) -> QTableWidgetItem:
        """« Validé le 15 janvier 2027 », « En attente »; sorted by outcome, then date."""
        outcome = summary.outcome
        if outcome is None:
            return _Number(0, "")
        text = shown(outcome.named)
        if summary.decided is not None and outcome is not Outcome.PENDING:
            text = fill(self.tr("%1 le %2"), text, labels.long_date(summary.decided))
        rank = {Outcome.PENDING: 1, Outcome.NOT_VALIDATED: 2, Outcome.VALIDATED: 3}[outcome]
        item = _Number(rank * 1_000_000 + (summary.decided.toordinal() if summary.decided else 0), text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _pace(self, summary: DossierSummary) -> QTableWidgetItem:
        """« En retard », the words left, and the ready date when the candidate shares the
        writing log (``summary.pace`` has none otherwise)."""
        figures = summary.pace
        if figures is None:
            return _Number(len(PACE_RANKS), "")
        lines = [pace_status(figures.status)]
        if figures.remaining:
            lines.append(fill(self.tr("%1 à écrire"), labels.words(figures.remaining)))
        if figures.ready is not None:
            lines.append(fill(self.tr("prêt vers le %1"), labels.long_date(figures.ready)))
        item = _Number(PACE_RANKS.index(figures.status) * 10**9 + figures.remaining, "\n".join(lines))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))
        return item

    def _selected(self) -> Path | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def export_sheet(self) -> Path | None:
        """The selected candidate's progress sheet; the dossier is only read."""
        path = self._selected()
        if path is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Fiche de suivi"), str(path.with_name(path.stem + "-fiche-de-suivi.docx")),
            self.tr("Document Word (*.docx)"))
        if not chosen:
            return None
        try:
            dossiers.progress_sheet(dossiers.read(path), self.referential, Path(chosen), self.clock)
        except DossierError as error:
            QMessageBox.warning(self, self.tr("Fiche de suivi"), shown(error))
            return None
        self.summary.setText(fill(self.tr("Fiche de suivi enregistrée : %1"), chosen))
        return Path(chosen)

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)), item.text())
