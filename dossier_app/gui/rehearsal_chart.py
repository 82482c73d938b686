"""The rehearsals kept: a small chart of their totals against the presentation time, so
that the candidate sees them converge, and their list.

The chart reads without colour: the margin around the target is a hatched band between
dashed lines, a rehearsal in time is a filled disc and one outside a hollow square, and
every figure is written (and said, in the accessible description)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Rehearsal
from ..core.oral import OralRules
from . import labels
from .texts import fill
from .theme import colours

SHOWN = 10
"""The chart draws the last rehearsals only: more would crowd the figures."""


class RehearsalChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: list[int] = []
        self.target = 600
        self.tolerance = 60
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Durée des répétitions comparée au temps visé"))
        self.show_rehearsals([], self.target, self.tolerance)

    def show_rehearsals(self, totals: list[int], target: int, tolerance: int) -> None:
        """``totals`` in seconds, oldest first; the band is ``target`` ± ``tolerance``."""
        self.totals, self.target, self.tolerance = list(totals), target, tolerance
        self.setAccessibleDescription(describe(self.totals, target, tolerance))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def in_time(self, seconds: int) -> bool:
        return abs(seconds - self.target) <= self.tolerance

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 50, self.fontMetrics().height() * 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 24, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.windowText().color()
        line = QColor(colours(palette).timeline)
        metrics = self.fontMetrics()
        shown = self.totals[-SHOWN:]
        first_number = len(self.totals) - len(shown) + 1
        lowest = min([self.target - self.tolerance, *shown])
        highest = max([self.target + self.tolerance, *shown])
        pad = max((highest - lowest) * 0.12, 30.0)
        low, high = max(lowest - pad, 0.0), highest + pad
        axis_width = max(metrics.horizontalAdvance(labels.duration(s))
                         for s in (low, high, self.target)) + metrics.averageCharWidth() * 2
        area = QRectF(axis_width, metrics.height() * 1.6,
                      self.width() - axis_width - metrics.averageCharWidth() * 3,
                      self.height() - metrics.height() * 3.2)

        def y(seconds: float) -> float:
            return area.bottom() - (seconds - low) / (high - low) * area.height()

        # The margin: hatched between dashed edges, the target a solid line; figures at left.
        band = QRectF(area.left(), y(self.target + self.tolerance), area.width(),
                      y(self.target - self.tolerance) - y(self.target + self.tolerance))
        painter.fillRect(band, QBrush(line, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(line, 1, Qt.PenStyle.DashLine))
        for edge in (band.top(), band.bottom()):
            painter.drawLine(QPointF(area.left(), edge), QPointF(area.right(), edge))
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(area.left(), y(self.target)), QPointF(area.right(), y(self.target)))
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.setPen(ink)
        gap = metrics.height()
        for seconds in sorted({self.target - self.tolerance, self.target,
                               self.target + self.tolerance}):
            mark = y(seconds)
            if seconds != self.target and abs(mark - y(self.target)) < gap:
                continue  # a narrow band: its edges' figures would cover the target's
            painter.drawText(QRectF(0, mark - gap / 2, axis_width - metrics.averageCharWidth(), gap),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             labels.duration(seconds))
        if not shown:
            return
        step = area.width() / len(shown)
        points = [QPointF(area.left() + step * (index + 0.5), y(seconds))
                  for index, seconds in enumerate(shown)]
        painter.setPen(QPen(ink, 1.5))
        painter.drawPolyline(points)
        radius = max(metrics.height() / 4, 4)
        label_width = metrics.horizontalAdvance(labels.duration(max(shown))) + 4
        crowded = step < label_width * 1.1
        for index, (point, seconds) in enumerate(zip(points, shown, strict=True)):
            painter.setPen(QPen(ink, 2))
            if self.in_time(seconds):
                painter.setBrush(ink)
                painter.drawEllipse(point, radius, radius)
            else:
                painter.setBrush(palette.window())
                painter.drawRect(QRectF(point.x() - radius, point.y() - radius, 2 * radius,
                                        2 * radius))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            above = not crowded or index % 2 == 0
            top = point.y() - radius - gap if above else point.y() + radius
            painter.drawText(QRectF(point.x() - step, top, 2 * step, gap),
                             Qt.AlignmentFlag.AlignCenter, labels.duration(seconds))
            painter.drawText(QRectF(point.x() - step / 2, area.bottom() + gap * 0.3, step, gap),
                             Qt.AlignmentFlag.AlignCenter, str(first_number + index))


def describe(totals: list[int], target: int, tolerance: int) -> str:
    """« 3 répétitions : 12:10, 10:40, 9:55 ; cible 10:00 ± 1:00 »."""
    aim = fill(QCoreApplication.translate("RehearsalChart", "cible %1 ± %2"),
               labels.duration(target), labels.duration(tolerance))
    if not totals:
        return fill(QCoreApplication.translate("RehearsalChart", "Aucune répétition ; %1"), aim)
    count = (QCoreApplication.translate("RehearsalChart", "1 répétition") if len(totals) == 1
             else fill(QCoreApplication.translate("RehearsalChart", "%1 répétitions"), len(totals)))
    figures = ", ".join(labels.duration(seconds) for seconds in totals)
    return fill(QCoreApplication.translate("RehearsalChart", "%1 : %2 ; %3"), count, figures, aim)


class FittingList(QListWidget):
    """A list as tall as its first ``rows`` items (never fewer than ``least`` lines of
    text): the tab scrolls, not the list."""

    def __init__(self, rows: int = 6, least: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows, self.least = rows, least
        self.setWordWrap(True)
        self.setSpacing(2)

    def sizeHint(self) -> QSize:
        shown = min(self.count(), self.rows)
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(shown))
        height = max(rows, self.fontMetrics().lineSpacing() * self.least) + 2 * self.frameWidth() + 4
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class RehearsalsView(QWidget):
    """The chart, a line on the rehearsals in time, and the list; Suppr in the list or the
    button asks to delete the one selected (``delete_requested``: its index)."""

    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("<b>" + self.tr("Répétitions") + "</b>")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = RehearsalChart()
        self.legend = QLabel(self.tr("Sur le graphique : ● dans le temps, □ hors du temps ; la "
                                     "bande hachurée est la marge autour du temps visé."))
        self.legend.setWordWrap(True)
        self.list = FittingList()
        self.list.setAccessibleName(self.tr("Répétitions gardées"))
        self.list.setAccessibleDescription(self.tr("Suppr supprime la répétition."))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.list.installEventFilter(self)
        self.list_label = QLabel(self.tr("Répétitions &gardées (date, durée, temps par point) :"))
        self.list_label.setWordWrap(True)
        self.list_label.setBuddy(self.list)
        self.delete_button = QPushButton(self.tr("Supprimer la répé&tition"))
        self.delete_button.setAccessibleName(self.tr("Supprimer la répétition"))
        self.delete_button.clicked.connect(self._delete)
        self.read_only = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, self.summary, self.chart, self.legend, self.list_label,
                       self.list):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def show_rehearsals(self, rehearsals: list[Rehearsal], rules: OralRules,
                        read_only: bool) -> None:
        self.read_only = read_only
        target = rules.presentation_seconds
        tolerance = round(target * rules.tolerance_percent / 100)
        self.chart.show_rehearsals([r.seconds for r in rehearsals], target, tolerance)
        in_time = sum(rules.in_time(r.seconds) for r in rehearsals)
        self.summary.setText(
            self.tr("Aucune répétition gardée. Chaque répétition en plein écran vient ici.")
            if not rehearsals else fill(
                self.tr("Dans le temps (%1 à %2) : %3 sur %4 ; %5 conseillées."),
                labels.duration(target - tolerance), labels.duration(target + tolerance),
                in_time, len(rehearsals), rules.rehearsals_in_time))
        for widget in (self.chart, self.legend, self.list_label, self.list, self.delete_button):
            widget.setVisible(bool(rehearsals))  # until the first one, the sentence says it all
        row = self.list.currentRow()
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for number, rehearsal in enumerate(rehearsals, start=1):
            self.list.addItem(rehearsal_text(number, rehearsal, rules))
        if rehearsals:
            self.list.setCurrentRow(row if 0 <= row < len(rehearsals) else len(rehearsals) - 1)
        self.list.blockSignals(blocker)
        self.list.updateGeometry()
        self._enable()

    def _enable(self) -> None:
        self.delete_button.setEnabled(not self.read_only and self.list.currentRow() >= 0)

    def _delete(self) -> None:
        row = self.list.currentRow()
        if not self.read_only and row >= 0:
            self.delete_requested.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self._delete()
            return True
        return super().eventFilter(watched, event)


def rehearsal_text(number: int, rehearsal: Rehearsal, rules: OralRules) -> str:
    """« 2. 22 novembre 2026 à 10:00 — 9:55, dans le temps ; par point : 3:10, 3:20, 3:25 »."""
    translate = QCoreApplication.translate
    verdict = (translate("RehearsalsView", "dans le temps") if rules.in_time(rehearsal.seconds)
               else translate("RehearsalsView", "trop long")
               if rehearsal.seconds > rules.presentation_seconds
               else translate("RehearsalsView", "trop court"))
    text = fill(translate("RehearsalsView", "%1. %2 — %3, %4"), number,
                labels.date_time(rehearsal.date), labels.duration(rehearsal.seconds), verdict)
    if rehearsal.point_seconds:
        text = fill(translate("RehearsalsView", "%1 ; par point : %2"), text,
                    ", ".join(labels.duration(s) for s in rehearsal.point_seconds))
    return text
