"""The positioning grid: each competence assessed by the candidate and by the advisor,
at the start and at the end of the path, side by side, with the gaps to work on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.model import LEVELS, Assessment, Dossier, Gap, Positioning
from ..core.referential import Ccpt
from . import labels
from .checklist import ChecklistEditor
from .forms import ShortText
from .texts import fill


class CompetenceGrid(QFrame):
    """One competence: two moments in columns, candidate and advisor in rows."""

    changed = Signal()

    def __init__(self, number: int, title: str, expectations: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel("<b>" + fill(self.tr("Compétence %1 — %2"), str(number), title) + "</b>")
        heading.setWordWrap(True)
        heading.setProperty("role", "subtitle")
        expected = QLabel(fill(self.tr("Ce que le jury attend : %1"), " ".join(expectations))
                          if expectations else "")
        expected.setWordWrap(True)
        self.grid = QGridLayout()
        self.levels: dict[tuple[str, str], QComboBox] = {}
        self.evidence: dict[str, ShortText] = {}
        self._headings: dict[str, QLabel] = {}
        self._row_labels: dict[str, list[QLabel]] = {}
        rows = (("candidate", self.tr("Le candidat :")), ("advisor", self.tr("Le conseiller :")))
        moments = (("start", self.tr("Au début du parcours"), self.tr("au début")),
                   ("end", self.tr("À la fin du parcours"), self.tr("à la fin")))
        for moment, heading_text, when in moments:
            heading_label = QLabel(f"<b>{heading_text}</b>")
            heading_label.setWordWrap(True)
            self._headings[moment] = heading_label
            for who, label in rows:
                combo = QComboBox()
                for value in (None, *LEVELS):
                    combo.addItem(labels.level(value), value)
                # It may narrow below its longest level (the grid goes to one column first).
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(8)
                combo.setAccessibleName(fill(self.tr("%1 %2, compétence %3"), label.rstrip(" :"),
                                             when, number))
                combo.activated.connect(self.changed)
                self.levels[(moment, who)] = combo
            notes = ShortText(lines=3)
            notes.setPlaceholderText(self.tr("Éléments de preuve : faits, documents, témoins"))
            notes.setAccessibleName(fill(self.tr("Éléments de preuve %1, compétence %2"), when, str(number)))
            notes.textChanged.connect(self.changed)
            self.evidence[moment] = notes
            # Each moment has its row labels: shown once beside both columns, or above each.
            self._row_labels[moment] = [QLabel(label, self) for _who, label in rows] + \
                [QLabel(self.tr("Preuves :"), self)]
        self._stacked: bool | None = None
        self._arrange(stacked=False)
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        gaps_label = QLabel(self.tr("<b>Écarts à combler</b> (ce que le CCPT attend et que le "
                                    "mandat montre peu) et ce qui est prévu :"))
        gaps_label.setWordWrap(True)
        self.gaps = ChecklistEditor(
            [(fill(self.tr("Écart, compétence %1"), number), self.tr("Ce qui manque")),
             (fill(self.tr("Ce qui est prévu, compétence %1"), number), self.tr("Comment le combler"))],
            self.tr("Ajouter un écart"), fill(self.tr("Écart comblé, compétence %1"), number),
            labels=[self.tr("Écart :"), self.tr("Ce qui est prévu :")], done_text=self.tr("Comblé"))
        self.gaps.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if expectations:
            layout.addWidget(expected)
        layout.addLayout(self.grid)
        layout.addWidget(self.trend)
        layout.addWidget(gaps_label)
        layout.addWidget(self.gaps)
        self.changed.connect(self._show_trend)

    def _arrange(self, stacked: bool) -> None:
        """Both moments side by side, or, when the width cannot hold two columns of levels
        (a small window, large text), the end under the start: never sideways scrolling."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        cells = {moment: (self._headings[moment], self.levels[(moment, "candidate")],
                          self.levels[(moment, "advisor")], self.evidence[moment])
                 for moment in ("start", "end")}
        for widget in (*cells["start"], *cells["end"], *self._row_labels["start"],
                       *self._row_labels["end"]):
            self.grid.removeWidget(widget)
        for index, moment in enumerate(("start", "end")):
            top, column = (4 * index, 1) if stacked else (0, 1 + index)
            for offset, cell in enumerate(cells[moment]):
                self.grid.addWidget(cell, top + offset, column)
            shown = stacked or index == 0
            for offset, label in enumerate(self._row_labels[moment], start=1):
                if shown:
                    self.grid.addWidget(label, top + offset, 0, Qt.AlignmentFlag.AlignTop
                                        if offset == 3 else Qt.AlignmentFlag.AlignVCenter)
                label.setVisible(shown)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 0 if stacked else 1)

    def _two_columns_width(self) -> int:
        """What the side-by-side grid needs to show its levels whole."""
        metrics = self.fontMetrics()
        combo = self.levels[("start", "candidate")]
        level = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        label = max(metrics.horizontalAdvance(w.text()) for w in self._row_labels["start"])
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 40
        return label + 2 * (level + 3 * metrics.height()) + margins

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(stacked=event.size().width() < self._two_columns_width())
        super().resizeEvent(event)

    def load(self, row: Positioning) -> None:
        blocked = self.blockSignals(True)
        for moment, assessment in (("start", row.start), ("end", row.end)):
            for who in ("candidate", "advisor"):
                combo = self.levels[(moment, who)]
                combo.setCurrentIndex(combo.findData(getattr(assessment, who)))
            self.evidence[moment].setPlainText(assessment.evidence)
        self.gaps.load([(g.done, [g.description, g.action]) for g in row.gaps])
        self.blockSignals(blocked)
        self._show_trend()

    def value(self) -> Positioning:
        def assessment(moment: str) -> Assessment:
            return Assessment(self.levels[(moment, "candidate")].currentData(),
                              self.levels[(moment, "advisor")].currentData(),
                              self.evidence[moment].toPlainText().strip())
        return Positioning(self.number, assessment("start"), assessment("end"),
                           [Gap(texts[0], texts[1], done) for done, texts in self.gaps.values()])

    def _show_trend(self) -> None:
        parts = []
        for who, name in (("candidate", self.tr("candidat")), ("advisor", self.tr("conseiller"))):
            start = self.levels[("start", who)].currentData()
            end = self.levels[("end", who)].currentData()
            if start is not None and end is not None:
                arrow = "↗" if end > start else "↘" if end < start else "→"
                parts.append(fill(self.tr("%1 : %2 %3 %4"), name, start, arrow, end))
        self.trend.setText(fill(self.tr("Progression : %1"), self.tr(" ; ").join(parts))
                           if parts else "")


class PositioningPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.grids: list[CompetenceGrid] = []
        self._others: list[Positioning] = []

    def load(self, dossier: Dossier, ccpt: Ccpt | None) -> None:
        self.grids = []
        while self.layout_.count():  # the grids, a message, the stretch
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if ccpt is None:
            self.layout_.addWidget(QLabel(self.tr("Choisissez d’abord le CCPT du dossier.")))
            return
        known = {c.number for c in ccpt.competences}
        self._others = [row for row in dossier.positioning if row.competence not in known]
        rows = {row.competence: row for row in dossier.positioning}
        for competence in ccpt.competences:
            grid = CompetenceGrid(competence.number, competence.label, competence.jury_expectations)
            grid.load(rows.get(competence.number, Positioning(competence.number)))
            grid.changed.connect(self.changed)
            self.grids.append(grid)
            self.layout_.addWidget(grid)
        self.layout_.addStretch(1)

    def values(self) -> list[Positioning]:
        """The grid's rows (empty ones left out), plus any for competences not shown."""
        empty = Positioning(0)
        rows = [grid.value() for grid in self.grids]
        kept = [row for row in rows
                if (row.start, row.end, row.gaps) != (empty.start, empty.end, empty.gaps)]
        return sorted(kept + self._others, key=lambda row: row.competence)
