"""A mock jury, run by the advisor in a workshop for one production: the timed
presentation, then the timed question time, with the questions asked ticked, the
feedback on each answer and general notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock
from ..core.model import AskedQuestion, MockJury, Question
from ..core.oral import OralRules
from ..core.rehearsal import RehearsalTimer, Stage
from . import labels
from .countdown import CountdownDisplay, overrun, presentation_words
from .forms import FormScrollArea, french_typing, wrapped
from .texts import fill


class AskedRow(QWidget):
    """One of the production's questions: ticked when the jury asks it, then the
    feedback on the answer (its line shows once ticked)."""

    def __init__(self, number: int, question: Question) -> None:
        super().__init__()
        self.question = question
        text = question.question.strip()
        self.tick = QCheckBox()
        self.tick.setAccessibleName(fill(self.tr("Question posée : %1"), text))
        line, _sentence = wrapped(self.tick, fill(self.tr("%1. %2"), number, text))
        self.feedback = QLineEdit()
        self.feedback.setAccessibleName(fill(self.tr("Retour sur la réponse à la question %1"), number))
        self.feedback.setPlaceholderText(self.tr("Ce qui a convaincu, ce qui manquait"))
        french_typing(self.feedback)
        said = QLabel(self.tr("Retour :"))
        said.setBuddy(self.feedback)
        self.feedback_line = QWidget()
        under = QHBoxLayout(self.feedback_line)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) * 2
        under.setContentsMargins(indent, 0, 0, 0)
        under.addWidget(said)
        under.addWidget(self.feedback, 1)
        self.feedback_line.hide()
        self.tick.toggled.connect(self.feedback_line.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(line)
        layout.addWidget(self.feedback_line)

    def asked(self) -> AskedQuestion | None:
        if not self.tick.isChecked():
            return None
        return AskedQuestion(self.question.uid, self.feedback.text().strip())


class MockJuryDialog(QDialog):
    """After ``exec()`` accepted, ``mock_jury`` is the mock jury to keep."""

    def __init__(self, questions: list[Question], rules: OralRules, clock: Clock, author: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jury blanc"))
        self.rules = rules
        self.clock = clock
        self.author = author
        self.mock_jury: MockJury | None = None
        self.presentation = RehearsalTimer([], rules.presentation_seconds, rules.warnings_seconds, clock)
        self.least, most = (round(minutes * 60) for minutes in rules.questions_minutes)
        # One warning, when the least question time is reached; then the most runs out.
        self.question_time = RehearsalTimer([], most, (most - self.least,), clock)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)  # repaints only: the time is the clock's
        self.ticker.timeout.connect(self.refresh)
        self.pages = QStackedWidget()
        self.presentation_page = self._presentation_page()
        self.questions_page = self._questions_page([q for q in questions if q.question.strip()])
        self.pages.addWidget(self.presentation_page)
        self.pages.addWidget(self.questions_page)
        layout = QVBoxLayout(self)
        if author.strip():
            layout.addWidget(QLabel(fill(self.tr("Conduit par %1"), author.strip())))
        layout.addWidget(self.pages)
        screen = self.screen().availableGeometry()
        self.resize(screen.width() * 95 // 100, screen.height() * 90 // 100)
        self.refresh()

    # --- the two phases ----------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "title")
        label.setWordWrap(True)
        return label

    def _explained(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _presentation_page(self) -> QWidget:
        self.presentation_display = CountdownDisplay(0.35)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_or_pause)
        self.to_questions = QPushButton(self.tr("Passer aux &questions"))
        self.to_questions.setAccessibleName(self.tr("Passer aux questions du jury"))
        self.to_questions.clicked.connect(self.go_to_questions)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler le jury blanc"))
        cancel.clicked.connect(self.reject)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Étape 1 sur 2 : la présentation")))
        layout.addWidget(self._explained(fill(
            self.tr("%1 de présentation par le candidat. Démarrez quand il commence ; passez aux "
                    "questions quand il a fini."), labels.minutes(self.rules.presentation_minutes))))
        layout.addWidget(self.presentation_display, 1)
        layout.addLayout(_buttons([self.start_button, self.to_questions], [cancel]))
        return page

    def _questions_page(self, questions: list[Question]) -> QWidget:
        low, high = self.rules.questions_minutes
        self.questions_display = CountdownDisplay(0.12)
        self.pause_questions = QPushButton()
        self.pause_questions.clicked.connect(self.pause_or_resume_questions)
        self.rows = [AskedRow(number, question) for number, question in enumerate(questions, 1)]
        body = QWidget()
        listed = QVBoxLayout(body)
        if not self.rows:
            listed.addWidget(self._explained(self.tr(
                "Pas de question préparée pour cette production : notez les questions posées "
                "dans les notes.")))
        for row in self.rows:
            listed.addWidget(row)
        listed.addStretch(1)
        asked_label = QLabel(self.tr("Questions posées :"))
        scroll = FormScrollArea(body)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes générales"))
        self.notes.setPlaceholderText(self.tr("Posture, clarté, exemples, transfert vers le métier…"))
        french_typing(self.notes)
        notes_label = QLabel(self.tr("&Notes générales :"))
        notes_label.setBuddy(self.notes)
        if self.rows:
            asked_label.setBuddy(self.rows[0].tick)
        self.save_button = QPushButton(self.tr("&Enregistrer le jury blanc"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler le jury blanc"))
        cancel.clicked.connect(self.reject)
        for button in (self.pause_questions, self.save_button, cancel):
            button.setAutoDefault(False)  # Entrée in a feedback line must not save and close
        timing = QHBoxLayout()
        timing.addWidget(self.questions_display, 1)
        timing.addWidget(self.pause_questions, 0, Qt.AlignmentFlag.AlignVCenter)
        left = QVBoxLayout()
        left.addWidget(asked_label)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(notes_label)
        right.addWidget(self.notes, 1)
        work = QHBoxLayout()
        work.addLayout(left, 3)
        work.addLayout(right, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Étape 2 sur 2 : les questions du jury")))
        layout.addWidget(self._explained(fill(
            self.tr("De %1 à %2 de questions. Cochez chaque question posée et notez votre retour "
                    "sur la réponse."), labels.minutes(low), labels.minutes(high))))
        layout.addLayout(timing)
        layout.addLayout(work, 1)
        layout.addLayout(_buttons([], [self.save_button, cancel]))
        return page

    # --- what the advisor does ---------------------------------------------------------

    def start_or_pause(self) -> None:
        if self.presentation.started:
            self.presentation.toggle_pause()
        else:
            self.presentation.start()
            self.ticker.start()
        self.refresh()

    def go_to_questions(self) -> None:
        self.presentation.stop()
        self.question_time.start()
        self.ticker.start()
        self.pages.setCurrentWidget(self.questions_page)
        (self.rows[0].tick if self.rows else self.notes).setFocus()
        self.refresh()

    def pause_or_resume_questions(self) -> None:
        self.question_time.toggle_pause()
        self.refresh()

    def save(self) -> None:
        self.presentation.stop()
        self.question_time.stop()
        self.mock_jury = MockJury(
            date=self.clock.now(), presentation_seconds=round(self.presentation.elapsed()),
            questions_seconds=round(self.question_time.elapsed()),
            asked=[asked for asked in (row.asked() for row in self.rows) if asked is not None],
            notes=self.notes.toPlainText().strip(), author=self.author.strip())
        self.accept()

    def reject(self) -> None:
        """Échap, « Annuler » or closing the window: asked first when something would be lost."""
        if self._has_work() and not self._confirm_leaving():
            return
        super().reject()

    def _has_work(self) -> bool:
        return (self.presentation.started or bool(self.notes.toPlainText().strip())
                or any(row.tick.isChecked() or row.feedback.text().strip() for row in self.rows))

    def _confirm_leaving(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Jury blanc"), self.tr(
            "Abandonner ce jury blanc ? Les temps mesurés, les questions cochées et les notes "
            "seront perdus."), QMessageBox.StandardButton.NoButton, self)
        leave = box.addButton(self.tr("&Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Continuer le jury blanc"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def done(self, result: int) -> None:
        self.ticker.stop()
        super().done(result)

    # --- what the dialog shows ---------------------------------------------------------

    def refresh(self) -> None:
        """Both countdowns as the clock stands (four times a second while one runs)."""
        timer = self.presentation
        if not timer.started:
            words = self.tr("Pas encore démarrée")
        elif timer.paused:
            words = self.tr("En pause")
        else:
            words = presentation_words(timer)
        self.presentation_display.show_timer(timer, words)
        self.start_button.setText(self.tr("&Reprendre") if timer.paused else self.tr("&Pause")
                                  if timer.started else self.tr("&Démarrer"))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        asking = self.question_time
        self.questions_display.show_timer(asking, self._question_words())
        self.pause_questions.setText(self.tr("&Reprendre") if asking.paused else self.tr("&Pause"))
        self.pause_questions.setAccessibleName(
            self.tr("Reprendre le temps des questions") if asking.paused
            else self.tr("Mettre en pause le temps des questions"))

    def _question_words(self) -> str:
        timer, least = self.question_time, labels.minutes(self.least / 60)
        if timer.paused:
            return self.tr("En pause")
        stage = timer.stage()
        if stage is Stage.OVER:
            return fill(self.tr("Temps des questions dépassé : %1"), overrun(timer))
        if stage is Stage.LAST:
            return fill(self.tr("Minimum de %1 atteint : le jury peut conclure"), least)
        return fill(self.tr("Minimum de %1 dans %2"), least,
                    labels.duration(self.least - timer.elapsed()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The question time is seen at a glance and leaves the room to the questions.
        self.questions_display.setFixedHeight(max(self.height() // 5, self.fontMetrics().height() * 4))


def _buttons(left: list[QPushButton], right: list[QPushButton]) -> QHBoxLayout:
    line = QHBoxLayout()
    for button in left:
        line.addWidget(button)
    line.addStretch(1)
    for button in right:
        line.addWidget(button)
    return line
