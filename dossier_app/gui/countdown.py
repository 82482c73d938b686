"""A countdown readable from across a room, shared by the rehearsal and the mock jury.

Its stage is said three ways, never by colour alone: in words (« Plus que 2 minutes »),
by a mark before the words (△ ▲ ■, ❚❚ when paused) and by the frame around the figure
(thin, thick, doubled, then filled once the time is spent). A bar below the figure
fills as the time goes, with a notch at each warning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.rehearsal import RehearsalTimer, Stage
from . import labels
from .texts import fill
from .theme import colours


def amount(seconds: int) -> str:
    """A warning's time in words: « 2 minutes », « 1 minute », « 30 secondes », « 1 min 30 s »."""
    whole, rest = divmod(max(seconds, 0), 60)
    if whole and not rest:
        text = (QCoreApplication.translate("countdown", "%1 minute") if whole == 1
                else QCoreApplication.translate("countdown", "%1 minutes"))
        return fill(text, whole)
    if not whole:
        text = (QCoreApplication.translate("countdown", "%1 seconde") if rest == 1
                else QCoreApplication.translate("countdown", "%1 secondes"))
        return fill(text, rest)
    return fill(QCoreApplication.translate("countdown", "%1 min %2 s"), whole, rest)


def overrun(timer: RehearsalTimer) -> str:
    """« +0:12 »: how far past the time the talk has run."""
    return "+" + labels.duration(max(-timer.remaining(), 0))


def presentation_words(timer: RehearsalTimer) -> str:
    """The presentation's stage in words: « Temps restant », « Plus que 2 minutes »,
    « Plus que 30 secondes », « Temps dépassé : +0:12 »."""
    stage = timer.stage()
    if stage is Stage.OVER:
        return fill(QCoreApplication.translate("countdown", "Temps dépassé : %1"), overrun(timer))
    if stage is Stage.LAST:
        return fill(QCoreApplication.translate("countdown", "Plus que %1"), amount(timer.warnings[-1]))
    if stage is Stage.WARNING:
        return fill(QCoreApplication.translate("countdown", "Plus que %1"), amount(timer.warnings[0]))
    return QCoreApplication.translate("countdown", "Temps restant")


def announce(widget: QWidget, text: str) -> None:
    """Have the screen reader say ``text`` now (a point changed, a warning came)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def pixel_size(font: QFont) -> int:
    return QFontInfo(font).pixelSize()


class FittedLabel(QLabel):
    """A wrapping label whose font grows to fill the room it is given, up to ``share`` of
    its window's height (its size hint is ignored: the layout's stretch decides)."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = share
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        room = self.contentsRect()
        if room.width() <= 0 or room.height() <= 0 or not self.text():
            return
        font = QFont(self.font())
        low = pixel_size(QApplication.font())
        high = max(int(self.window().height() * self.share), low)
        flags = int(self.alignment()) | Qt.TextFlag.TextWordWrap.value
        while low < high:  # the largest size at which the text fits
            middle = (low + high + 1) // 2
            font.setPixelSize(middle)
            needed = QFontMetrics(font).boundingRect(QRect(0, 0, room.width(), 100_000), flags,
                                                     self.text())
            if needed.width() <= room.width() and needed.height() <= room.height():
                low = middle
            else:
                high = middle - 1
        font.setPixelSize(low)
        if font != self.font():
            self.setFont(font)


MARKS = {Stage.ON_TIME: "", Stage.WARNING: "△", Stage.LAST: "▲", Stage.OVER: "■"}
PAUSE_MARK = "❚❚"


class CountdownDisplay(QWidget):
    """The time left of a ``RehearsalTimer``, very large, with its stage in words and shapes.

    ``share`` is the figure's largest height as a share of the window's (the room the
    layout gives the display limits it too)."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = FittedLabel(share)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = self.figure.font()
        bold.setBold(True)
        self.figure.setFont(bold)
        self.words = FittedLabel(share / 4.5)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.figure, 5)
        self._layout.addWidget(self.words, 2)
        self.stage = Stage.ON_TIME
        """The stage shown (its frame and mark)."""
        self._spent = 0.0
        self._notches: list[float] = []
        self._said = (Stage.ON_TIME, False)
        """The stage and pause last announced: the screen reader hears each change once."""

    def show_timer(self, timer: RehearsalTimer, words: str) -> None:
        """Show ``timer`` now; ``words`` say its stage (the caller's wording: the question
        time does not speak as the presentation does). A new stage or a pause is announced."""
        stage, paused = timer.stage(), timer.paused
        if stage != self.stage:
            self.stage = stage
            self._invert(stage is Stage.OVER)
        target = timer.target_seconds
        self._spent = min(timer.elapsed() / target, 1.0) if target > 0 else 1.0
        self._notches = [1 - w / target for w in timer.warnings if 0 < w < target]
        # Once over, the figure counts the overrun up, signed as the words sign it.
        figure = overrun(timer) if stage is Stage.OVER else labels.duration(timer.remaining())
        self.figure.setText(figure)
        mark = PAUSE_MARK if paused else MARKS[stage]
        self.words.setText(f"{mark} {words}" if mark else words)
        self.words.setAccessibleName(words)
        self.figure.setAccessibleName(
            fill(self.tr("Temps dépassé : %1"), figure) if stage is Stage.OVER
            else fill(self.tr("Temps restant : %1"), figure))
        if (stage, paused) != self._said:
            self._said = (stage, paused)
            announce(self.words, words)
        self.update()

    def _invert(self, inverted: bool) -> None:
        """Once the time is spent the display is filled: light on dark in the light theme,
        dark on light in the dark one (a shape, whatever the colours)."""
        palette = QPalette(QApplication.palette())
        if inverted:
            text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(
                QPalette.ColorRole.Window)
            palette.setColor(QPalette.ColorRole.WindowText, back)
            palette.setColor(QPalette.ColorRole.Window, text)
        for widget in (self, self.figure, self.words):  # the style sheet stops inheritance
            widget.setPalette(palette)
        self.setAutoFillBackground(inverted)

    def sizeHint(self) -> QSize:
        height = QFontMetrics(QApplication.font()).height()
        return QSize(height * 12, height * 6)

    def _unit(self) -> int:
        """The frame's line: thicker on a larger display."""
        return max(self.height() // 60, 2)

    def _bar_height(self) -> int:
        return max(self._unit() * 2, 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        unit = self._unit()
        side = unit * 8
        self._layout.setContentsMargins(side, side, side, unit * 10 + self._bar_height())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        unit = self._unit()
        box = QRectF(self.rect()).adjusted(unit, unit, -unit, -unit)
        if self.stage is Stage.ON_TIME:
            painter.setPen(QPen(QColor(colours(self.palette()).edge), 2))
            painter.drawRoundedRect(box, 8, 8)
        elif self.stage in (Stage.WARNING, Stage.LAST):
            painter.setPen(QPen(ink, unit * 2))
            painter.drawRoundedRect(box, 8, 8)
            if self.stage is Stage.LAST:  # a second frame inside the first
                inner = box.adjusted(unit * 4, unit * 4, -unit * 4, -unit * 4)
                painter.drawRoundedRect(inner, 6, 6)
        self._paint_bar(painter, ink, box, unit)
        painter.end()

    def _paint_bar(self, painter: QPainter, ink: QColor, box: QRectF, unit: int) -> None:
        """The share of the time spent, as a bar along the bottom, notched at the warnings."""
        height = self._bar_height()
        bar = QRectF(box.left() + box.width() * 0.1, box.bottom() - unit * 6 - height,
                     box.width() * 0.8, height)
        painter.setPen(QPen(ink, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * self._spent, bar.height()), ink)
        for notch in self._notches:
            x = bar.left() + bar.width() * notch
            painter.drawLine(int(x), int(bar.top() - height), int(x), int(bar.bottom() + height))
