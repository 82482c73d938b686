"""The rehearsal of the talk, full screen and readable from a metre away: one point of the
plan at a time as a cue card, under the countdown of the whole presentation time.

Keys (said on the start screen): Enter or Space starts; Space, → or Page Down (what a
presenter's remote sends) goes to the next point; P pauses and resumes; Échap or S stops.
There is no going back to a point: the timer counts each point's time once, in order."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock
from ..core.model import Rehearsal, TalkPoint
from ..core.oral import OralRules
from ..core.rehearsal import RehearsalTimer
from . import labels
from .countdown import CountdownDisplay, FittedLabel, announce, pixel_size, presentation_words
from .texts import fill

NEXT_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown)
STOP_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_S)
SETTLE_SECONDS = 1.0
"""Échap pressed again this soon after stopping is the same press, not « ne pas garder »."""


class RehearsalWindow(QDialog):
    """After ``exec()``, ``rehearsal`` is the run the candidate chose to keep (or None)."""

    def __init__(self, plan: list[TalkPoint], rules: OralRules, clock: Clock, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Répétition de l’exposé : %1"), title))
        self.rules = rules
        self.clock = clock
        self.timer = RehearsalTimer(plan, rules.presentation_seconds, rules.warnings_seconds, clock)
        self.rehearsal: Rehearsal | None = None
        self._stopped_at: float | None = None
        self._shown_point = -1
        self._scaled: list[tuple[QWidget, float]] = []
        """Widgets whose font is this share of the screen's height (or the text size, if larger)."""
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)  # repaints only: the time is the clock's
        self.ticker.timeout.connect(self.refresh)
        self.pages = QStackedWidget()
        self.start_page = self._start_page(title) if plan else self._empty_page()
        self.run_page = self._run_page()
        self.end_page = self._end_page()
        for page in (self.start_page, self.run_page, self.end_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowState(Qt.WindowState.WindowFullScreen)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Without a window manager (a bare X server, a kiosk session) full screen is only a
        # wish: the window then takes the screen's size itself.
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        if screen is not None and self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())

    # --- the pages ---------------------------------------------------------------------

    def _label(self, text: str, share: float, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self._scaled.append((label, share))
        return label

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        self._scaled.append((button, 0.03))
        return button

    def _page(self, *rows: QWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        for row in rows:
            layout.addWidget(row)
        layout.addStretch(1)
        line = QHBoxLayout()
        line.addStretch(1)
        for button in buttons:
            line.addWidget(button)
        layout.addLayout(line)
        return page

    def _start_page(self, title: str) -> QWidget:
        plan = self.timer.plan
        planned = sum(point.minutes for point in plan)
        talk = labels.minutes(self.rules.presentation_minutes)
        summary = (fill(self.tr("Exposé de %1 en %2 points."), talk, len(plan)) if len(plan) > 1
                   else fill(self.tr("Exposé de %1 en un point."), talk))
        if abs(planned - self.rules.presentation_minutes) > 1e-9:
            summary += " " + fill(self.tr("Votre plan prévoit %1."), labels.minutes(planned))
        keys = [self._label(text, 0.04) for text in (
            self.tr("Entrée ou Espace : commencer"),
            self.tr("Espace, → ou Page suivante (télécommande) : point suivant"),
            self.tr("P : pause, puis reprise"),
            self.tr("Échap ou S : arrêter et voir le bilan"))]
        self.begin = self._button(self.tr("&Commencer"), self.tr("Commencer la répétition"))
        self.begin.setDefault(True)
        self.begin.clicked.connect(self.start)
        close = self._button(self.tr("&Fermer"), self.tr("Fermer sans répéter"))
        close.clicked.connect(self.reject)
        heading = self._label(title, 0.06, bold=True)
        return self._page(heading, self._label(summary, 0.04), self._label(
            self.tr("Les touches :"), 0.04, bold=True), *keys, buttons=[self.begin, close])

    def _empty_page(self) -> QWidget:
        close = self._button(self.tr("&Fermer"), self.tr("Fermer"))
        close.setDefault(True)
        close.clicked.connect(self.reject)
        return self._page(
            self._label(self.tr("Pas encore de plan pour cet exposé"), 0.06, bold=True),
            self._label(self.tr("Écrivez d’abord les points de votre exposé dans « Plan de "
                                "l’exposé », ou faites-les proposer à partir de vos chapitres."),
                        0.04),
            buttons=[close])

    def _run_page(self) -> QWidget:
        self.number = self._label("", 0.045, bold=True)
        self.point_time = self._label("", 0.045)
        self.point_time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cue = FittedLabel(0.13)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = CountdownDisplay(0.3)
        # For the mouse; the keys do the same. Never focused, so that Space is always « next ».
        self.next_button = self._button(self.tr("Point suivant (Espace)"), self.tr("Point suivant"))
        self.pause_button = self._button("", self.tr("Pause"))
        self.stop_button = self._button(self.tr("Arrêter (Échap)"), self.tr("Arrêter"))
        for button, action in ((self.next_button, self.next_point),
                               (self.pause_button, self.toggle_pause), (self.stop_button, self.stop)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 16, 32, 16)
        top = QHBoxLayout()
        top.addWidget(self.number, 1)
        top.addWidget(self.point_time, 1)
        layout.addLayout(top)
        layout.addWidget(self.cue, 4)
        layout.addWidget(self.countdown, 5)
        line = QHBoxLayout()
        line.addStretch(1)
        for button in (self.next_button, self.pause_button, self.stop_button):
            line.addWidget(button)
        layout.addLayout(line)
        return page

    def _end_page(self) -> QWidget:
        self.verdict = self._label("", 0.045, bold=True)
        self.tolerance = self._label("", 0.03)
        self.points = QTableWidget(0, 4)
        self.points.setAccessibleName(self.tr("Temps passé sur chaque point"))
        self.points.setHorizontalHeaderLabels([self.tr("Point"), self.tr("Prévu"), self.tr("Passé"),
                                               self.tr("Écart")])
        self.points.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.points.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.points.setWordWrap(True)
        self.points.verticalHeader().hide()
        header = self.points.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._scaled.append((self.points, 0.03))
        self.keep_button = self._button(self.tr("&Garder cette répétition"),
                                        self.tr("Garder cette répétition"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.keep)
        self.discard_button = self._button(self.tr("&Ne pas garder"), self.tr("Ne pas garder"))
        self.discard_button.clicked.connect(super().reject)
        page = self._page(self._label(self.tr("Répétition terminée"), 0.06, bold=True),
                          self.verdict, self.tolerance, self.points,
                          buttons=[self.keep_button, self.discard_button])
        page.layout().setStretchFactor(self.points, 10)  # type: ignore[union-attr]  # over the page's end stretch
        return page

    # --- what the keys do --------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.pages.currentWidget() is self.run_page

    def start(self) -> None:
        if not self.timer.plan or self.timer.started:
            return
        self.timer.start()
        self.pages.setCurrentWidget(self.run_page)
        self.setFocus()
        self.ticker.start()
        self.refresh()

    def next_point(self) -> None:
        if self.timer.next_point():
            self.refresh()

    def toggle_pause(self) -> None:
        self.timer.toggle_pause()
        self.refresh()

    def stop(self) -> None:
        if not self.running:
            return
        self.timer.stop()
        self.ticker.stop()
        self._stopped_at = self.clock.monotonic()
        self._fill_end()
        self.pages.setCurrentWidget(self.end_page)
        QTimer.singleShot(0, self._fit_table)  # once the columns have their widths
        self.keep_button.setFocus()
        announce(self.verdict, self.verdict.text())

    def keep(self) -> None:
        self.rehearsal = self.timer.record()
        self.accept()

    def reject(self) -> None:
        """Closing the window during the talk stops it and shows the summary first."""
        if self.running:
            self.stop()
        else:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.running:
            if event.isAutoRepeat():
                pass  # a key held down acts once
            elif key in NEXT_KEYS:
                self.next_point()
            elif key == Qt.Key.Key_P:
                self.toggle_pause()
            elif key in STOP_KEYS:
                self.stop()
            else:
                super().keyPressEvent(event)
                return
            event.accept()
            return
        current = self.pages.currentWidget()
        if current is self.end_page and key == Qt.Key.Key_Escape and self._same_press(event):
            event.accept()
            return
        if (current is self.start_page and self.timer.plan and key in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)):
            self.start()
            event.accept()
            return
        super().keyPressEvent(event)

    def _same_press(self, event: QKeyEvent) -> bool:
        """Échap held down, or pressed twice to stop: the run is not thrown away by it."""
        return event.isAutoRepeat() or (self._stopped_at is not None and
                                        self.clock.monotonic() - self._stopped_at < SETTLE_SECONDS)

    # --- what the screen shows ---------------------------------------------------------

    def refresh(self) -> None:
        """Show the timer as it stands (called four times a second while running)."""
        timer, point = self.timer, self.timer.point
        if not self.running or point is None:
            return
        count = len(timer.plan)
        number = fill(self.tr("Point %1 sur %2"), timer.index + 1, count)
        last = timer.index + 1 == count
        self.number.setText(fill(self.tr("%1 (le dernier)"), number) if last and count > 1 else number)
        cue = point.point.strip() or self.tr("(point sans texte)")
        self.cue.setText(cue)
        self.cue.setAccessibleName(cue)
        left = timer.point_remaining()
        planned = labels.minutes(point.minutes)
        self.point_time.setText(
            fill(self.tr("Prévu : %1 · reste %2"), planned, labels.duration(left)) if left >= 0
            else fill(self.tr("Prévu : %1 · dépassé de %2"), planned, labels.duration(-left)))
        words = (self.tr("En pause : P pour reprendre") if timer.paused
                 else presentation_words(timer))
        self.countdown.show_timer(timer, words)
        self.next_button.setEnabled(not last)
        self.pause_button.setText(self.tr("Reprendre (P)") if timer.paused else self.tr("Pause (P)"))
        self.pause_button.setAccessibleName(self.tr("Reprendre") if timer.paused else self.tr("Pause"))
        if timer.index != self._shown_point:
            self._shown_point = timer.index
            announce(self.cue, fill(self.tr("%1 : %2"), number, cue))

    def _fill_end(self) -> None:
        seconds, target = round(self.timer.elapsed()), self.rules.presentation_seconds
        said, aimed = labels.duration(seconds), labels.duration(target)
        if self.rules.in_time(seconds):
            verdict = fill(self.tr("Dans le temps : %1 pour %2 prévues."), said, aimed)
        elif seconds > target:
            verdict = fill(self.tr("Trop long : %1 pour %2 prévues, %3 de trop."), said, aimed,
                           labels.duration(seconds - target))
        else:
            verdict = fill(self.tr("Trop court : %1 pour %2 prévues, %3 de moins."), said, aimed,
                           labels.duration(target - seconds))
        self.verdict.setText(verdict)
        share = QLocale().toString(self.rules.tolerance_percent, "g", 3) + "\u00a0%"
        self.tolerance.setText(fill(self.tr("Une répétition est dans le temps à %1 près."), share))
        spent = self.timer.point_seconds()
        self.points.setRowCount(len(self.timer.plan))
        for row, point in enumerate(self.timer.plan):
            values = [point.point.strip() or self.tr("(point sans texte)"), labels.minutes(point.minutes)]
            if row < len(spent):
                gap = spent[row] - round(point.minutes * 60)
                values.append(labels.duration(spent[row]))
                values.append(fill(self.tr("%1 de plus"), labels.duration(gap)) if gap > 0 else
                              fill(self.tr("%1 de moins"), labels.duration(-gap)) if gap < 0 else
                              self.tr("juste à l’heure"))
            else:
                values += [self.tr("non abordé"), "—"]
            for column, value in enumerate(values):
                self.points.setItem(row, column, QTableWidgetItem(value))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        smallest = pixel_size(QApplication.font())
        for widget, share in self._scaled:
            font = QFont(widget.font())
            font.setPixelSize(max(smallest, round(self.height() * share)))
            widget.setFont(font)
        self._fit_table()

    def _fit_table(self) -> None:
        """Rows as tall as their text, the table as tall as its rows (up to the room it has)."""
        font = self.points.font()
        for column in range(self.points.columnCount()):
            item = self.points.horizontalHeaderItem(column)
            if item is not None:  # the header's own font does not follow the table's
                item.setFont(font)
        self.points.resizeRowsToContents()
        frame = self.points.frameWidth() * 2
        self.points.setMaximumHeight(frame + self.points.horizontalHeader().sizeHint().height()
                                     + sum(self.points.rowHeight(row)
                                           for row in range(self.points.rowCount())))
