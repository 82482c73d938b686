"""« Préparer l'oral », one production at a time: the talk plan and its rehearsals, the
jury's questions, the mock juries. Every change goes through the session (autosaved); a
read-only dossier is shown whole and changes nothing. The rehearsal, practice and mock jury
dialogs are imported when opened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Dossier, MockJury, OralPreparation, Question, TalkPoint
from ..core.oral import BankQuestion, OralRules, active_rules, propose_plan, record_practice
from . import labels
from .forms import FormScrollArea
from .oral_plan import PlanTab
from .oral_questions import QuestionsTab
from .rehearsal_chart import FittingList
from .texts import fill

if TYPE_CHECKING:
    from .main_window import AppContext
    from .session import DossierSession


def preparation_of(dossier: Dossier, number: int) -> OralPreparation:
    """The production's preparation to show, without adding one to the dossier (only an
    edit does, through ``Dossier.oral_for``)."""
    return next((p for p in dossier.oral if p.production == number), OralPreparation(number))


class MockJuryTab(QWidget):
    """The mock juries kept, and what the selected one said on each question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._juries: list[MockJury] = []
        self._questions: dict[str, Question] = {}
        self.run_button = QPushButton(self.tr("Lancer un &jury blanc…"))
        self.run_button.setAccessibleName(self.tr("Lancer un jury blanc"))
        self.run_button.setToolTip(self.tr("Le conseiller chronomètre l’exposé puis les "
                                           "questions, et note un retour sur chaque réponse"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = FittingList(rows=5, least=2)
        self.list.setAccessibleName(self.tr("Jurys blancs"))
        self.list.currentRowChanged.connect(self._show_current)
        self.list_label = QLabel(self.tr("Jurys blancs &tenus :"))
        self.list_label.setBuddy(self.list)
        self.feedback = QTextBrowser()
        self.feedback.setTabChangesFocus(True)  # no links in it: Tab goes on
        self.feedback.setAccessibleName(self.tr("Notes et retours du jury blanc choisi"))
        self.feedback.setMinimumHeight(self.fontMetrics().height() * 8)
        self.feedback_label = QLabel(self.tr("Notes et retours par questi&on :"))
        self.feedback_label.setBuddy(self.feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        self.layout_ = layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list)
        layout.addWidget(self.feedback_label)
        layout.addWidget(self.feedback, 1)
        layout.addStretch(0)  # takes the room while there is nothing to show

    def show_preparation(self, preparation: OralPreparation, rules: OralRules,
                         read_only: bool) -> None:
        self.run_button.setEnabled(not read_only)
        last = dt.datetime.max.replace(tzinfo=dt.timezone.utc)  # a jury without a date
        self._juries = sorted(preparation.mock_juries,
                              key=lambda j: j.date.astimezone() if j.date else last)
        self._questions = {q.uid: q for q in preparation.questions}
        row = self.list.currentRow()
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for jury in self._juries:
            self.list.addItem(self._line(jury, rules))
        self.list.updateGeometry()
        self.list.blockSignals(blocker)
        self.summary.setText(fill(self.tr(
            "Aucun jury blanc pour l’instant. En atelier, le conseiller joue le jury : %1 "
            "d’exposé, puis les questions."), labels.minutes(rules.presentation_minutes)))
        self.summary.setVisible(not self._juries)
        for widget in (self.list_label, self.list, self.feedback_label, self.feedback):
            widget.setVisible(bool(self._juries))
        self.layout_.setStretch(self.layout_.count() - 1, 0 if self._juries else 1)
        if self._juries:
            self.list.setCurrentRow(row if 0 <= row < len(self._juries) else len(self._juries) - 1)
        self._show_current(self.list.currentRow())

    def _line(self, jury: MockJury, rules: OralRules) -> str:
        when = labels.date_time(jury.date) if jury.date else self.tr("date inconnue")
        who = jury.author or self.tr("auteur inconnu")
        verdict = (self.tr("dans le temps") if rules.in_time(jury.presentation_seconds)
                   else self.tr("hors du temps"))
        asked = (self.tr("1 question posée") if len(jury.asked) == 1
                 else fill(self.tr("%1 questions posées"), len(jury.asked)))
        return fill(self.tr("%1 — %2 : exposé %3 pour %4 (%5), questions %6 ; %7"), when, who,
                    labels.duration(jury.presentation_seconds),
                    labels.duration(rules.presentation_seconds), verdict,
                    labels.duration(jury.questions_seconds), asked)

    def _show_current(self, row: int) -> None:
        if not 0 <= row < len(self._juries):
            self.feedback.setHtml("")
            return
        jury = self._juries[row]
        parts = [f"<h4>{escape(self.tr('Notes'))}</h4>",
                 f"<p>{escape(jury.notes).replace(chr(10), '<br>')}</p>" if jury.notes.strip()
                 else f"<p>{escape(self.tr('Aucune note générale.'))}</p>",
                 f"<h4>{escape(self.tr('Questions posées'))}</h4>"]
        if not jury.asked:
            parts.append(f"<p>{escape(self.tr('Aucune question cochée.'))}</p>")
        items = []
        for asked in jury.asked:
            question = self._questions.get(asked.question)
            text = question.question if question else self.tr("(question supprimée depuis)")
            feedback = asked.feedback.strip() or self.tr("pas de retour noté")
            items.append(f"<li><b>{escape(text)}</b><br>"
                         f"{escape(fill(self.tr('Retour : %1'), feedback))}</li>")
        if items:
            parts.append("<ol>" + "".join(items) + "</ol>")
        self.feedback.setHtml("".join(parts))


class OralPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: DossierSession | None = None
        self.number = 0
        self.rules: OralRules = active_rules(context.paths)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "title")
        self.plan = PlanTab(self._edit, self._proposed)
        self.plan.rehearse_requested.connect(self.rehearse)
        self.questions = QuestionsTab(self._edit, self._bank, self.context.clock)
        self.questions.practise_requested.connect(self.practise)
        self.mock_juries = MockJuryTab()
        self.mock_juries.run_button.clicked.connect(self.run_mock_jury)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Préparer l’oral"))
        self.tabs.addTab(FormScrollArea(self.plan), self.tr("&Plan de l’exposé"))
        self.tabs.addTab(FormScrollArea(self.questions), self.tr("&Questions du jury"))
        self.tabs.addTab(FormScrollArea(self.mock_juries), self.tr("Jury &blanc"))
        self.rehearse_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.rehearse_shortcut.activated.connect(self.plan.rehearse_button.click)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    # --- the production on screen ------------------------------------------------------

    def show_production(self, session: DossierSession, number: int) -> None:
        self.session, self.number = session, number
        self.reload()

    def reload(self) -> None:
        """Show the session's dossier again (it may have been replaced: a review merged)."""
        session = self.session
        if session is None or not 1 <= self.number <= len(session.dossier.productions):
            return
        self.rules = active_rules(self.context.paths)
        production = session.dossier.production(self.number)
        ccpt = session.ccpt
        competence = ccpt.competence(production.competence) if ccpt else None
        title = production.title or (competence.label if competence else "")
        self.heading.setText(fill(self.tr("Production %1 : %2 — oral"), self.number, title) if title
                             else fill(self.tr("Production %1 — oral"), self.number))
        preparation = preparation_of(session.dossier, self.number)
        read_only = session.read_only
        self.plan.show_preparation(preparation, self.rules, read_only)
        self.questions.show_preparation(preparation, read_only)
        self.mock_juries.show_preparation(preparation, self.rules, read_only)

    def preparation(self) -> OralPreparation:
        if self.session is None:
            return OralPreparation(self.number)
        return preparation_of(self.session.dossier, self.number)

    def _edit(self, change: Callable[[OralPreparation], None]) -> None:
        """``change`` applied to the production's preparation, through the session (so
        autosaved; ignored when read-only)."""
        session, number = self.session, self.number
        if session is not None and not session.read_only:
            session.update(lambda dossier: change(dossier.oral_for(number)))

    def _proposed(self) -> list[TalkPoint]:
        if self.session is None:
            return []
        return propose_plan(self.session.dossier.production(self.number), self.rules)

    def _bank(self) -> list[BankQuestion]:
        session = self.session
        if session is None:
            return []
        ccpt = session.ccpt
        production = session.dossier.production(self.number)
        return self.rules.bank(ccpt.competence(production.competence) if ccpt else None)

    # --- the dialogs -------------------------------------------------------------------

    def rehearse(self) -> None:
        from .rehearsal_window import RehearsalWindow

        session = self.session
        plan = list(self.preparation().plan)
        if session is None or session.read_only or not plan:
            return
        window = RehearsalWindow(plan, self.rules, self.context.clock, self.heading.text(), self)
        window.exec()
        rehearsal = window.rehearsal
        window.deleteLater()
        if rehearsal is not None:
            self._edit(lambda preparation: preparation.rehearsals.append(rehearsal))
            self.reload()

    def practise(self) -> None:
        from .practice_dialog import PracticeDialog

        session = self.session
        if session is None or session.read_only:
            return
        clock = self.context.clock

        def answered(question: Question, confidence: int) -> None:
            # The dialog holds the dossier's own questions: the change is made on them.
            session.update(lambda _dossier: record_practice(question, confidence, clock.now()))
            self.questions.show_preparation(self.preparation(), session.read_only)

        questions = [q for q in self.preparation().questions if q.question.strip()]
        dialog = PracticeDialog(questions, self.rules, clock, answered, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def run_mock_jury(self) -> None:
        from .mock_jury_dialog import MockJuryDialog

        session = self.session
        if session is None or session.read_only:
            return
        author = self.context.settings.reviewer_name or ""
        dialog = MockJuryDialog(list(self.preparation().questions), self.rules,
                                self.context.clock, author, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        jury = dialog.mock_jury if accepted else None
        dialog.deleteLater()
        if jury is not None:
            self._edit(lambda preparation: preparation.mock_juries.append(jury))
            self.reload()
            self.tabs.setCurrentIndex(2)
