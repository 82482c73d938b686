"""The same findings as ``dossier-app check``, each one a way to the place it concerns."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.model import ChapterKind
from ..core.readiness import Report, Severity
from .navigator import Place


class ReadinessPanel(QWidget):
    place_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Points à régler avant le jury"))
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_report(self, report: Report) -> None:
        blocking = sum(f.severity is Severity.BLOCKING for f in report.findings)
        if report.ready:
            self.summary.setText(self.tr("Prêt pour le jury. Il reste des conseils ci-dessous.")
                                 if report.findings else self.tr("Prêt pour le jury."))
        else:
            self.summary.setText(
                self.tr("Pas encore prêt : 1 point à régler.") if blocking == 1
                else self.tr("Pas encore prêt : %1 points à régler.").replace("%1", str(blocking)))
        self.list.clear()
        for finding in report.findings:
            mark = "⚠" if finding.severity is Severity.BLOCKING else "•"
            item = QListWidgetItem(f"{mark}  {finding.message}")
            kind = (self.tr("À régler") if finding.severity is Severity.BLOCKING
                    else self.tr("Conseil"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind} : {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, _place_of(finding))
            self.list.addItem(item)

    def _go(self, item: QListWidgetItem) -> None:
        place = item.data(Qt.ItemDataRole.UserRole)
        if place is not None:
            self.place_chosen.emit(place)


def _place_of(finding) -> Place | None:
    if finding.production:
        return Place("chapter", finding.production, finding.chapter or ChapterKind.SITUATION)
    return Place(finding.page) if finding.page else None
