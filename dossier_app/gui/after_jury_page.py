"""« Après le jury »: the jury's result per CCPT, the steps that may follow, the letter
requesting the Titre Professionnel block."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.after_jury import NextStep, Suites, fitting, on_path, outcome_summary
from ..core.errors import DossierError
from ..core.model import Dossier, JuryResult, Outcome
from ..core.referential import Referential
from ..export.tp_block_letter import letter_possible
from .folders import documents_folder
from .forms import DateField, ShortText
from .texts import fill, shown

if TYPE_CHECKING:
    from .main_window import MainWindow


class ResultBox(QGroupBox):
    """One CCPT's decision: the jury's date, the outcome in words, the remarks."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, result: JuryResult, name: str, removable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(fill(self.tr("CCPT « %1 »"), name), parent)
        self.ccpt = result.ccpt
        self.date = DateField(fill(self.tr("Date de la décision du jury, %1"), name))
        self.date.set_value(result.date)
        self.outcomes = QButtonGroup(self)
        choices = QHBoxLayout()
        self.buttons: dict[Outcome, QRadioButton] = {}
        words = {Outcome.PENDING: self.tr("En &attente"), Outcome.VALIDATED: self.tr("&Validé"),
                 Outcome.NOT_VALIDATED: self.tr("&Non validé")}
        for outcome in Outcome:
            button = QRadioButton(words[outcome])
            button.setAccessibleName(fill(self.tr("Résultat %1 : %2"), name, shown(outcome.named)))
            button.setChecked(outcome is result.outcome)
            self.outcomes.addButton(button)
            self.buttons[outcome] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.notes = ShortText(4)
        self.notes.setAccessibleName(fill(self.tr("Remarques du jury, %1"), name))
        self.notes.setPlainText(result.notes)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        date_label = QLabel(self.tr("&Date du jury :"))
        date_label.setBuddy(self.date.line)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form.addRow(date_label, date_row)
        outcome_label = QLabel(self.tr("Résultat :"))
        outcome_label.setBuddy(self.buttons[result.outcome])
        form.addRow(outcome_label, choices)
        notes_label = QLabel(self.tr("Re&marques du jury :"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        self.remove: QPushButton | None = None
        if removable:
            self.remove = QPushButton(self.tr("Retirer ce CCPT"))
            self.remove.setAccessibleName(fill(self.tr("Retirer le CCPT « %1 »"), name))
            self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
            form.addRow(self.remove)
        self.date.dateChanged.connect(self.changed)
        self.outcomes.buttonToggled.connect(self._toggled)
        self.notes.textChanged.connect(self.changed)

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:  # the button left emits too
            self.changed.emit()

    def value(self) -> JuryResult:
        outcome = next(o for o, b in self.buttons.items() if b.isChecked())
        return JuryResult(self.ccpt, self.date.value(), outcome, self.notes.toPlainText().strip())


class NextStepCard(QFrame):
    """A step that may follow: what, with whom, how, and the button adding it to the path."""

    add_requested = Signal(object)

    def __init__(self, step: NextStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(step.title)
        title.setWordWrap(True)
        title.setProperty("role", "heading")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, text in ((self.tr("Quoi :"), step.what), (self.tr("Avec qui :"), step.with_whom),
                              (self.tr("Comment :"), "\n".join(f"• {h}" for h in step.how))):
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        self.add = QPushButton(self.tr("Ajouter à mon parcours"))
        self.add.setAccessibleName(fill(self.tr("Ajouter à mon parcours : %1"), step.title))
        self.add.clicked.connect(lambda: self.add_requested.emit(self.step))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(row)

    def show_on_path(self, there: bool) -> None:
        """Once on the path, said in words (the button greyed is not enough)."""
        self.add.setEnabled(not there)
        self.status.setText(self.tr("✓ Déjà dans votre parcours (page « Parcours et ateliers »)")
                            if there else "")


class AfterJuryPage(QWidget):
    """Edits ``Dossier.results``; adding a next step and the letter are asked of the window."""

    changed = Signal()
    add_requested = Signal(object)
    """A ``NextStep`` to add to the path."""
    letter_requested = Signal()
    badge_requested = Signal()

    def __init__(self, suites: Suites, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suites = suites
        self.referential: Referential | None = None
        self.dossier_ccpt = ""
        self.boxes: list[ResultBox] = []
        self.cards: list[NextStepCard] = []
        self._shown_outcome: Outcome | None = None
        self._dossier: Dossier | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "subtitle")
        self.results_layout = QVBoxLayout()
        self.other = QComboBox()
        self.other.setAccessibleName(self.tr("Autre CCPT passé"))
        self.other.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.other.setMinimumContentsLength(12)  # long CCPT names must not widen the page
        other_label = QLabel(self.tr("Un &autre CCPT passé :"))
        other_label.setBuddy(self.other)
        self.add_other = QPushButton(self.tr("Ajouter ce CCPT"))
        self.add_other.clicked.connect(self._add_other)
        other_row = QHBoxLayout()
        other_row.addWidget(other_label)
        other_row.addWidget(self.other, 1)
        other_row.addWidget(self.add_other)
        self.letter = QPushButton(self.tr("&Lettre de demande du bloc…"))
        self.letter.setAccessibleName(self.tr("Lettre de demande du bloc du titre professionnel"))
        self.letter.clicked.connect(self.letter_requested)
        self.letter_note = QLabel()
        self.letter_note.setWordWrap(True)
        self.documents_row = QHBoxLayout()
        """The documents to carry away once the CCPT is validated: the letter, and the
        competences credential (Open Badges)."""
        self.badge = QPushButton(self.tr("&Badge de compétences (Open Badges)…"))
        self.badge.setAccessibleName(self.tr("Badge de compétences, au format Open Badges 3.0"))
        self.badge.clicked.connect(self.badge_requested)
        self.documents_row.addWidget(self.letter)
        self.documents_row.addWidget(self.badge)
        self.documents_row.addStretch(1)
        steps_title = QLabel(self.tr("Suite de parcours"))
        steps_title.setProperty("role", "heading")
        self.steps_intro = QLabel()
        self.steps_intro.setWordWrap(True)
        self.steps_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.results_layout)
        layout.addLayout(other_row)
        layout.addWidget(self.letter_note)
        layout.addLayout(self.documents_row)
        layout.addWidget(steps_title)
        layout.addWidget(self.steps_intro)
        layout.addLayout(self.steps_layout)
        layout.addStretch(1)

    # --- the dossier ---------------------------------------------------------------------

    def load(self, dossier: Dossier, referential: Referential) -> None:
        self.referential, self.dossier_ccpt, self._dossier = referential, dossier.ccpt, dossier
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []
        own = dossier.result() or JuryResult(dossier.ccpt)
        self._add_box(own, removable=False)
        for result in dossier.results:
            if result.ccpt != dossier.ccpt:
                self._add_box(result, removable=True)
        self._fill_others()
        self._shown_outcome = None
        self._refresh()

    def values(self) -> list[JuryResult]:
        """The decisions; the dossier's own CCPT left untouched (pending, no date, no
        remarks) is not recorded."""
        results = [box.value() for box in self.boxes]
        own = results[0]
        if own.outcome is Outcome.PENDING and own.date is None and not own.notes \
                and (self._dossier is None or self._dossier.result() is None):
            results = results[1:]
        return results

    def show_path(self, dossier: Dossier) -> None:
        """The path changed (a step added): say which next steps are on it now."""
        self._dossier = dossier
        for card in self.cards:
            card.show_on_path(on_path(dossier, card.step))

    # --- inside ---------------------------------------------------------------------------

    def _name(self, ccpt_id: str) -> str:
        ccpt = self.referential.ccpt(ccpt_id) if self.referential else None
        return ccpt.label if ccpt else ccpt_id or self.tr("non choisi")

    def _add_box(self, result: JuryResult, removable: bool) -> ResultBox:
        box = ResultBox(result, self._name(result.ccpt), removable)
        box.changed.connect(self._edited)
        box.remove_requested.connect(self._remove)
        self.boxes.append(box)
        self.results_layout.addWidget(box)
        return box

    def _fill_others(self) -> None:
        taken = {box.ccpt for box in self.boxes}
        self.other.clear()
        for ccpt in self.referential.ccpts if self.referential else ():
            if ccpt.id not in taken:
                self.other.addItem(ccpt.label, ccpt.id)
        self.other.setEnabled(self.other.count() > 0)
        self.add_other.setEnabled(self.other.count() > 0)

    def _add_other(self) -> None:
        ccpt_id = self.other.currentData()
        if not ccpt_id:
            return
        box = self._add_box(JuryResult(ccpt_id), removable=True)
        self._fill_others()
        self._edited()
        box.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, box: ResultBox) -> None:
        self.boxes.remove(box)
        box.deleteLater()
        self._fill_others()
        self._edited()
        self.other.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        self.changed.emit()
        self._refresh()

    def _refresh(self) -> None:
        results = [box.value() for box in self.boxes]
        summary = outcome_summary(results)
        self.summary.setText(shown(summary) if summary else "")
        self.summary.setVisible(summary is not None)
        own = results[0]
        validated = own.outcome is Outcome.VALIDATED
        self.letter.setVisible(validated)
        self.badge.setVisible(validated)  # a badge attests a CCPT obtained (core.badge)
        self.letter_note.setText(
            self.tr("Votre CCPT est validé : vous pouvez demander à la DREETS de votre région le bloc "
                    "correspondant du titre professionnel (arrêté du 12 juin 2025).") if validated else
            self.tr("La lettre de demande du bloc du titre professionnel sera proposée ici une fois "
                    "le CCPT validé."))
        if own.outcome is not self._shown_outcome:
            self._show_steps(own)

    def _show_steps(self, own: JuryResult) -> None:
        self._shown_outcome = own.outcome
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        probe = Dossier(ccpt=self.dossier_ccpt, results=[own])
        chosen = fitting(self.suites, probe)
        self.steps_intro.setText(fill(
            self.tr("Ce qui peut suivre un résultat « %1 » : ajoutez à votre parcours ce qui vous "
                    "convient, ses actions seront à cocher sur la page « Parcours et ateliers »."),
            shown(own.outcome.named)))
        for step in chosen:
            card = NextStepCard(step)
            card.add_requested.connect(self.add_requested)
            if self._dossier is not None:
                card.show_on_path(on_path(self._dossier, step))
            self.cards.append(card)
            self.steps_layout.addWidget(card)


def save_tp_block_letter(window: MainWindow) -> Path | None:
    """Ask where, then write the letter from the open dossier."""
    from ..export.tp_block_letter import write_tp_block_letter  # python-docx: not at start-up

    session = window.session
    if session is None or not letter_possible(session.dossier):
        return None
    window.save_now()
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("AfterJuryPage", "Lettre de demande du bloc"),
        str(documents_folder() / (session.path.stem + "-lettre-bloc-titre-professionnel.docx")),
        QCoreApplication.translate("AfterJuryPage", "Document Word (*.docx)"),
    )
    if not chosen:
        return None
    try:
        write_tp_block_letter(session.dossier, window.context.referential, Path(chosen),
                              window.context.clock)
    except DossierError as error:
        window.warn(shown(error))
        return None
    window.statusBar().showMessage(fill(QCoreApplication.translate(
        "AfterJuryPage", "Lettre enregistrée : %1"), chosen), 10000)
    return Path(chosen)

