"""Practising the jury's questions: one at a time, the least sure and least recently
practised first (``core.oral.next_question``), with a thinking timer; the answer notes
stay hidden until asked for, so that the candidate tries to answer first, then says how
it went (1, 2 or 3)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock
from ..core.model import CONFIDENCE_LEVELS, Question
from ..core.oral import OralRules, next_question
from . import labels
from .countdown import announce
from .texts import fill

AZERTY_DIGITS = {1: "&", 2: "é", 3: '"'}
"""What the keys 1, 2, 3 type without Shift on a French keyboard: they answer too."""


class PracticeDialog(QDialog):
    """Calls ``answered(question, confidence)`` each time the candidate says how an answer
    went; the caller records it on the question (one of ``questions``, the dossier's own),
    and the next question is drawn from the questions as they then stand."""

    def __init__(self, questions: list[Question], rules: OralRules, clock: Clock,
                 answered: Callable[[Question, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("S’entraîner aux questions du jury"))
        self.questions = questions
        self.rules = rules
        self.clock = clock
        self.answered = answered
        self.current: Question | None = None
        self.count = 0
        """Answers given in this session."""
        self._skipped: list[Question] = []
        """Passed over in this round: drawn again once every other question has come."""
        self._asked_at = 0.0
        self._thought: float | None = None
        """The thinking time, once the notes are shown (the timer stops there)."""
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)  # repaints only: the time is the clock's
        self.ticker.timeout.connect(self.refresh)
        self.session = QLabel()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.question.setFont(font)
        self.thinking = QLabel()
        self.thinking_bar = QProgressBar()
        self.thinking_bar.setTextVisible(False)
        self.thinking_bar.setAccessibleName(self.tr("Temps de réflexion"))
        self.thinking_bar.setRange(0, max(rules.thinking_seconds, 1))
        self.thinking_bar.setVisible(rules.thinking_seconds > 0)
        self.reveal = QPushButton(self.tr("&Voir mes notes"))
        self.reveal.setAccessibleName(self.tr("Voir mes notes"))
        self.reveal.clicked.connect(self.toggle_notes)
        self.notes_label = QLabel(self.tr("Mes notes pour répondre :"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Mes notes pour répondre"))
        self.notes.setPlaceholderText(self.tr("Pas encore de notes pour cette question : vous "
                                              "pouvez en ajouter dans « Questions du jury »."))
        self.notes_label.setBuddy(self.notes)
        self.how = QLabel(self.tr("Comment s’est passée votre réponse ?"))
        self.levels = [self._level_button(level) for level in CONFIDENCE_LEVELS]
        self.how.setBuddy(self.levels[0])
        self.skip = QPushButton(self.tr("&Passer"))
        self.skip.setAccessibleName(self.tr("Passer cette question sans noter"))
        self.skip.clicked.connect(self.skip_question)
        self.finish = QPushButton(self.tr("&Terminer"))
        self.finish.setAccessibleName(self.tr("Terminer l’entraînement"))
        self.finish.clicked.connect(self.accept)
        self.empty = QLabel(self.tr("Pas de question à travailler pour cette production. Ajoutez-en "
                                    "dans « Questions du jury », ou faites proposer celles du jury."))
        self.empty.setWordWrap(True)
        self._lay_out()
        self._fit_size()
        self._draw()

    def _level_button(self, level: int) -> QPushButton:
        button = QPushButton(fill(self.tr("%1 · %2"), level, labels.confidence(level)))
        button.setAccessibleName(labels.confidence(level))
        button.setAccessibleDescription(fill(self.tr("Touche %1"), level))
        for key in (str(level), AZERTY_DIGITS[level], f"Num+{level}"):
            QShortcut(QKeySequence(key), self, button.click)  # at once, not animated
        button.clicked.connect(lambda: self.answer(level))
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.history, 1)
        top.addWidget(self.session, 0, Qt.AlignmentFlag.AlignTop)
        timing = QHBoxLayout()
        timing.addWidget(self.thinking)
        timing.addWidget(self.thinking_bar, 1)
        reveal = QHBoxLayout()
        reveal.addWidget(self.reveal)
        reveal.addStretch(1)
        levels = QHBoxLayout()
        for button in self.levels:
            levels.addWidget(button)
        levels.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip)
        bottom.addStretch(1)
        bottom.addWidget(self.finish)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.question, 1)
        layout.addLayout(timing)
        layout.addLayout(reveal)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.how)
        layout.addLayout(levels)
        layout.addLayout(bottom)

    def _fit_size(self) -> None:
        """Room for a long question and its notes at the text's size, within the screen."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 32)
        screen = self.screen().availableGeometry().size()
        self.resize(wanted.boundedTo(QSize(screen.width() * 95 // 100, screen.height() * 90 // 100)))

    # --- drawing the questions ---------------------------------------------------------

    def _draw(self, after: Question | None = None) -> None:
        """The next question: the first of the practice order not passed over this round."""
        waiting = [q for q in self.questions if all(q is not s for s in self._skipped)]
        question = next_question(waiting, after=after)
        if question is None or question is after:
            self._skipped.clear()  # every question has come round: start a new round
            question = next_question(self.questions, after=after)
        self._show(question)

    def _show(self, question: Question | None) -> None:
        self.current = question
        practising = question is not None
        self.empty.setVisible(not practising)
        for widget in (self.history, self.question, self.thinking, self.reveal, self.how,
                       self.skip, *self.levels):
            widget.setVisible(practising)
        self.thinking_bar.setVisible(practising and self.rules.thinking_seconds > 0)
        self._show_notes(False)
        if question is None:
            self.ticker.stop()
            self.session.setText("")
            self.finish.setText(self.tr("&Fermer"))
            self.finish.setFocus()
            return
        self.question.setText(question.question.strip())
        self.notes.setPlainText(question.notes.strip())
        said = labels.confidence(question.confidence)
        if question.practised is not None:
            said = fill(self.tr("%1, le %2"), said, labels.date_time(question.practised))
        self.history.setText(fill(self.tr("%1 · Jusqu’ici : %2"), labels.origin(question.origin), said))
        self.session.setText(self.tr("Aucune réponse encore") if not self.count else
                             self.tr("1 réponse pendant cette séance") if self.count == 1 else
                             fill(self.tr("%1 réponses pendant cette séance"), self.count))
        self._asked_at = self.clock.monotonic()
        self._thought = None
        self.ticker.start()
        self.refresh()
        self.reveal.setFocus()
        announce(self.question, self.question.text())

    def refresh(self) -> None:
        """The thinking timer, as the clock stands."""
        if self.current is None:
            return
        spent = self._thought if self._thought is not None else (
            self.clock.monotonic() - self._asked_at)
        advised = self.rules.thinking_seconds
        if advised:
            text = fill(self.tr("Temps de réflexion : %1 / %2"), labels.duration(spent),
                        labels.duration(advised))
            if spent > advised:
                text = fill(self.tr("%1 (temps conseillé passé)"), text)
        else:
            text = fill(self.tr("Temps de réflexion : %1"), labels.duration(spent))
        self.thinking.setText(text)
        self.thinking_bar.setValue(min(round(spent), advised))

    # --- what the candidate does -------------------------------------------------------

    def toggle_notes(self) -> None:
        self._show_notes(not self.notes.isVisible())
        if self.notes.isVisible() and self._thought is None:
            self._thought = self.clock.monotonic() - self._asked_at
            self.refresh()

    def _show_notes(self, shown: bool) -> None:
        self.notes.setVisible(shown)
        self.notes_label.setVisible(shown)
        self.reveal.setText(self.tr("&Cacher mes notes") if shown else self.tr("&Voir mes notes"))
        self.reveal.setAccessibleName(self.tr("Cacher mes notes") if shown
                                      else self.tr("Voir mes notes"))

    def answer(self, confidence: int) -> None:
        question = self.current
        if question is None:
            return
        self.answered(question, confidence)
        self.count += 1
        self._draw(after=question)

    def skip_question(self) -> None:
        question = self.current
        if question is None:
            return
        self._skipped.append(question)
        self._draw(after=question)

    def done(self, result: int) -> None:
        self.ticker.stop()
        super().done(result)
