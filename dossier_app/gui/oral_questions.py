"""The questions tab of « Préparer l'oral »: the production's questions (the jury's bank,
the advisor's, the candidate's own), each with its answer notes and how sure the candidate
feels, and the way to the practice."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock
from ..core.model import CONFIDENCE_LEVELS, OralPreparation, Question, QuestionOrigin
from ..core.oral import BankQuestion, add_bank_questions, record_practice
from . import labels, oral_plan
from .checklist import GrowingText
from .oral_plan import lay_out_buttons, wide_enough
from .texts import fill
from .theme import set_read_only

NO_LEVEL = 0
"""The radio button « Pas encore travaillée »."""


def question_summary(question: Question) -> str:
    """« Questions types du jury · À peu près · 3 novembre 2026 à 10:00 »."""
    parts = [labels.origin(question.origin), labels.confidence(question.confidence)]
    if question.practised is not None:
        parts.append(labels.date_time(question.practised))
    return " · ".join(parts)


class QuestionsTab(QWidget):
    practise_requested = Signal()

    def __init__(self, edit: Callable[[Callable[[OralPreparation], None]], None],
                 bank: Callable[[], list[BankQuestion]], clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.bank = bank
        """The jury's questions for this production (its competence's included)."""
        self.clock = clock
        self.read_only = False
        self._questions: list[Question] = []
        self._loading = False
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Toutes"), None)
        for origin in QuestionOrigin:
            self.filter.addItem(labels.origin(origin), origin.value)
        self.filter.setAccessibleName(self.tr("Origine des questions montrées"))
        self.filter.currentIndexChanged.connect(self._refill)
        filter_label = QLabel(self.tr("Ori&gine :"))
        filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)  # besides the indented second line
        self.list.setAccessibleName(self.tr("Questions du jury"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_button = self._button(self.tr("Aj&outer une question"), self.add_question)
        self.remove_button = self._button(self.tr("&Supprimer la question"), self.remove_question)
        self.propose_button = self._button(self.tr("Proposer les questio&ns du jury"),
                                           self.propose_questions)
        self.propose_button.setToolTip(self.tr(
            "Les questions types : sur chaque chapitre, celles du professionnel du métier et "
            "du représentant syndical, et ce que le jury regarde dans la compétence"))
        self.practise_button = self._button(self.tr("S’en&traîner…"), self.practise_requested.emit)
        self.practise_button.setToolTip(self.tr(
            "Une question à la fois, les moins sûres et les moins travaillées d’abord"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.question_edit = GrowingText(2)
        self.question_edit.setAccessibleName(self.tr("Texte de la question"))
        self.question_edit.textChanged.connect(self._question_typed)
        question_label = QLabel(self.tr("Te&xte de la question :"))
        question_label.setBuddy(self.question_edit)
        self.notes = GrowingText(5)
        self.notes.setAccessibleName(self.tr("Ma réponse, en points clés"))
        self.notes.setPlaceholderText(self.tr("Les points clés de votre réponse, un par ligne : "
                                              "un fait, un chiffre, ce que cela montre"))
        self.notes.textChanged.connect(self._notes_typed)
        notes_label = QLabel(self.tr("&Ma réponse, en points clés :"))
        notes_label.setBuddy(self.notes)
        self.origin_line = QLabel()
        self.origin_line.setWordWrap(True)
        self.levels = QButtonGroup(self)
        levels = QVBoxLayout()
        levels.setSpacing(0)
        for level in (NO_LEVEL, *CONFIDENCE_LEVELS):
            button = QRadioButton(labels.confidence(level or None))
            button.setAccessibleName(fill(self.tr("Aisance : %1"), button.text()))
            self.levels.addButton(button, level)
            levels.addWidget(button)
        self.levels.idClicked.connect(self._level_chosen)
        levels_label = QLabel(self.tr("&Votre aisance sur cette question :"))
        levels_label.setBuddy(self.levels.button(NO_LEVEL))
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        for widget in (question_label, self.question_edit, self.origin_line, notes_label,
                       self.notes, levels_label):
            details.addWidget(widget)
        details.addLayout(levels)
        details.addStretch(1)

        self.action_row = QGridLayout()
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter, 1)
        self.edit_row = QGridLayout()
        self.list_column = QWidget()
        column = QVBoxLayout(self.list_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.list, 1)
        column.addLayout(self.edit_row)
        self.details_column = QWidget()
        right = QVBoxLayout(self.details_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.hint)
        right.addWidget(self.details, 1)
        self.grid = QGridLayout()
        self._beside: bool | None = None
        self._arrange(beside=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.action_row)
        layout.addWidget(self.status)
        layout.addLayout(self.grid, 1)
        order = [self.propose_button, self.practise_button, self.filter, self.list,
                 self.add_button, self.remove_button, self.question_edit, self.notes,
                 *self.levels.buttons()]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: slot())
        return button

    def _arrange(self, beside: bool) -> None:
        """The selected question beside the list, or under it when the width is short."""
        if beside == self._beside:
            return
        self._beside = beside
        self.grid.removeWidget(self.list_column)
        self.grid.removeWidget(self.details_column)
        self.grid.addWidget(self.list_column, 0, 0)
        self.grid.addWidget(self.details_column, *((0, 1) if beside else (1, 0)))
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if beside else 0)
        self.grid.setRowStretch(0, 1)
        self.list.setMinimumHeight(0 if beside else self.fontMetrics().height() * 8)
        lay_out_buttons(self.action_row, [self.propose_button, self.practise_button],
                        2 if beside else 1)
        lay_out_buttons(self.edit_row, [self.add_button, self.remove_button], 2 if beside else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(beside=wide_enough(self, event.size().width(), 100, self._beside))
        super().resizeEvent(event)

    # --- showing ---------------------------------------------------------------------

    def show_preparation(self, preparation: OralPreparation, read_only: bool) -> None:
        self.read_only = read_only
        self._questions = list(preparation.questions)
        for field in (self.question_edit, self.notes):
            set_read_only(field, read_only)
        self._refill()

    def _shown(self) -> list[Question]:
        origin = self.filter.currentData()
        return [q for q in self._questions if origin is None or q.origin.value == origin]

    def _refill(self, _index: int = 0, select: str | None = None) -> None:
        current = select or self.current_uid()
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for question in self._shown():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, question.uid)
            self._describe(item, question)
            self.list.addItem(item)
        rows = [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]
        if rows:
            self.list.setCurrentRow(rows.index(current) if current in rows else 0)
        self.list.blockSignals(blocker)
        self._show_current()

    def _describe(self, item: QListWidgetItem, question: Question) -> None:
        text = question.question.strip() or self.tr("(question sans texte)")
        summary = question_summary(question)
        item.setText(f"{text}\n    {summary}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}, {summary.replace(' · ', ', ')}")

    def current_uid(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current(self) -> Question | None:
        uid = self.current_uid()
        return next((q for q in self._questions if q.uid == uid), None)

    def _show_current(self) -> None:
        question = self.current()
        self._loading = True
        self.details.setEnabled(question is not None)
        self.question_edit.setPlainText(question.question if question else "")
        self.notes.setPlainText(question.notes if question else "")
        self._loading = False
        level = (question.confidence or NO_LEVEL) if question else NO_LEVEL
        self.levels.button(level).setChecked(True)
        for button in self.levels.buttons():
            button.setEnabled(question is not None and not self.read_only)
        if question is None:
            self.origin_line.setText("")
        else:
            when = (fill(self.tr("travaillée pour la dernière fois le %1"),
                         labels.date_time(question.practised)) if question.practised
                    else self.tr("jamais travaillée"))
            self.origin_line.setText(fill(self.tr("Origine : %1 ; %2."),
                                          labels.origin(question.origin), when))
        self.hint.setText("" if question is not None else (
            self.tr("Aucune question pour l’instant : « Proposer les questions du jury » ajoute "
                    "les questions types, ou ajoutez les vôtres.") if not self._questions
            else self.tr("Choisissez une question dans la liste.")))
        self.hint.setVisible(question is None)
        writable = not self.read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and question is not None)
        self.propose_button.setEnabled(writable)
        self.practise_button.setEnabled(writable and any(q.question.strip()
                                                         for q in self._questions))

    def _refresh_item(self, question: Question) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == question.uid:
            self._describe(item, question)

    # --- editing ---------------------------------------------------------------------

    def _change(self, question: Question, change: Callable[[Question], None]) -> None:
        """Apply ``change`` to the dossier's question (``question`` is the dossier's own)."""
        uid = question.uid

        def apply(preparation: OralPreparation) -> None:
            held = preparation.question(uid)
            if held is not None:
                change(held)

        self.edit(apply)
        self._refresh_item(question)

    def _question_typed(self) -> None:
        question = self.current()
        if question is not None and not self._loading and not self.read_only:
            text = self.question_edit.toPlainText()
            self._change(question, lambda q: setattr(q, "question", text))
            self.practise_button.setEnabled(any(q.question.strip() for q in self._questions))

    def _notes_typed(self) -> None:
        question = self.current()
        if question is not None and not self._loading and not self.read_only:
            text = self.notes.toPlainText()
            self._change(question, lambda q: setattr(q, "notes", text))

    def _level_chosen(self, level: int) -> None:
        """A level says where the candidate stands now, as a practice does; « pas encore
        travaillée » takes the question back to never practised."""
        question = self.current()
        if question is None or self.read_only:
            return
        if level == NO_LEVEL:
            def forget(q: Question) -> None:
                q.confidence, q.practised = None, None
            self._change(question, forget)
        else:
            moment = self.clock.now()
            self._change(question, lambda q: record_practice(q, level, moment))
        self._show_current()

    def add_question(self) -> None:
        if self.read_only:
            return
        question = Question(origin=QuestionOrigin.CANDIDATE)
        self.edit(lambda preparation: preparation.questions.append(question))
        self._questions.append(question)
        if self.filter.currentData() not in (None, QuestionOrigin.CANDIDATE.value):
            self.filter.setCurrentIndex(0)
        self._refill(select=question.uid)
        self.status.hide()
        self.question_edit.setFocus()

    def remove_question(self) -> None:
        question = self.current()
        if question is None or self.read_only:
            return
        text = question.question.strip() or self.tr("(question sans texte)")
        if not oral_plan.confirm(self, self.tr("Supprimer la question"), fill(
                self.tr("Supprimer la question « %1 » et vos notes de réponse ?"), text)):
            return
        row = self.list.currentRow()
        uid = question.uid
        self.edit(lambda preparation: setattr(preparation, "questions",
                                              [q for q in preparation.questions if q.uid != uid]))
        self._questions = [q for q in self._questions if q.uid != uid]
        self._refill()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()

    def propose_questions(self) -> int:
        """Add the jury's questions not there yet; how many were added."""
        if self.read_only:
            return 0
        bank = self.bank()
        added: list[int] = []
        held: list[Question] = []

        def add(preparation: OralPreparation) -> None:
            added.append(add_bank_questions(preparation, bank))
            held.extend(preparation.questions)

        self.edit(add)
        count = added[0] if added else 0
        if held:
            self._questions = held
        first_new = self._questions[-count].uid if count else None
        if count and self.filter.currentData() not in (None, QuestionOrigin.JURY.value):
            self.filter.setCurrentIndex(0)
        self._refill(select=first_new)
        self.status.setText(self.tr("Les questions du jury sont déjà toutes là.") if not count
                            else self.tr("1 question du jury ajoutée.") if count == 1
                            else fill(self.tr("%1 questions du jury ajoutées."), count))
        self.status.show()
        return count
