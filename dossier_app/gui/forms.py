"""Forms for the dossier's non-chapter parts; the assistant reuses them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Annex, AnnexKind, Candidate, Declaration, Mandate
from . import labels
from .texts import fill

NO_DATE = QDate(1900, 1, 1)
"""A date field at its minimum means « not given » (QDateEdit has no empty state)."""


def date_edit(accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("forms", "non renseignée"))
    edit.setDate(NO_DATE)
    edit.setAccessibleName(accessible)
    return edit


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> dt.date | None:
    return None if value <= NO_DATE else dt.date(value.year(), value.month(), value.day())


def _form_layout(widget: QWidget) -> QFormLayout:
    """Labels go above their fields when the width (or a large text size) demands it."""
    form = QFormLayout(widget)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class ShortText(QPlainTextEdit):
    """A few lines of plain text whose height follows the current font size."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self.lines + 12)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class CandidateForm(QWidget):
    changed = Signal()

    FIELDS = (
        ("first_name", QT_TRANSLATE_NOOP("CandidateForm", "Prénom")),
        ("last_name", QT_TRANSLATE_NOOP("CandidateForm", "Nom d’usage")),
        ("birth_name", QT_TRANSLATE_NOOP("CandidateForm", "Nom de naissance")),
        ("address", QT_TRANSLATE_NOOP("CandidateForm", "Adresse")),
        ("email", QT_TRANSLATE_NOOP("CandidateForm", "Courriel")),
        ("phone", QT_TRANSLATE_NOOP("CandidateForm", "Téléphone")),
        ("employer", QT_TRANSLATE_NOOP("CandidateForm", "Employeur")),
        ("job_title", QT_TRANSLATE_NOOP("CandidateForm", "Emploi occupé")),
        ("union", QT_TRANSLATE_NOOP("CandidateForm", "Organisation syndicale")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _form_layout(self)
        self.edits: dict[str, QLineEdit] = {}
        for name, label in self.FIELDS:
            # PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns its message.
            text = self.tr(label)  # type: ignore[arg-type]
            edit = QLineEdit()
            edit.setAccessibleName(text)
            edit.textEdited.connect(self.changed)
            self.edits[name] = edit
            layout.addRow(fill(self.tr("%1 :"), text), edit)
        self.show_union = QCheckBox(self.tr("Faire figurer l’organisation syndicale sur la page de "
                                            "garde (donnée sensible : non par défaut)"))
        self.show_union.toggled.connect(self.changed)
        layout.addRow("", self.show_union)

    def load(self, candidate: Candidate) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(candidate, name))
            edit.setCursorPosition(0)  # show the beginning of long values
        blocker = self.show_union.blockSignals(True)
        self.show_union.setChecked(candidate.show_union)
        self.show_union.blockSignals(blocker)

    def apply(self, candidate: Candidate) -> None:
        for name, edit in self.edits.items():
            setattr(candidate, name, edit.text().strip())
        candidate.show_union = self.show_union.isChecked()


class _RowFrame(QFrame):
    """The frame around one row of a RowListEditor, with its « remove » button."""

    def __init__(self, row: Row) -> None:
        super().__init__()
        self.row = row


class RowListEditor(QWidget):
    """A list of small forms with « add » and « remove »: mandates, annexes."""

    changed = Signal()

    def __init__(self, add_label: str, make_row: Callable[[], Row],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows_layout = QVBoxLayout()
        add = QPushButton(add_label)
        add.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows_layout)
        layout.addWidget(add)
        layout.addStretch(1)

    def _add_clicked(self) -> None:
        self.add_row()
        self.changed.emit()

    def rows(self) -> list[QWidget]:
        items = (self.rows_layout.itemAt(i) for i in range(self.rows_layout.count()))
        return [widget for item in items if item is not None and (widget := item.widget()) is not None]

    def add_row(self) -> Row:
        row = self._make_row()
        frame = _RowFrame(row)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.addWidget(row)
        remove = QPushButton(self.tr("Supprimer"))
        remove.setAccessibleName(self.tr("Supprimer cette ligne"))
        remove.clicked.connect(lambda: self._remove(frame))
        box.addWidget(remove)
        row.changed.connect(self.changed)
        self.rows_layout.addWidget(frame)
        return row

    def _remove(self, frame: QFrame) -> None:
        self.rows_layout.removeWidget(frame)
        frame.deleteLater()
        self.changed.emit()

    def clear_rows(self) -> None:
        for frame in self.rows():
            self.rows_layout.removeWidget(frame)
            frame.deleteLater()

    def row_widgets(self) -> list[Row]:
        return [frame.row for frame in self.rows() if isinstance(frame, _RowFrame)]

    def load(self, values: list) -> None:
        self.clear_rows()
        for value in values:
            row = self.add_row()
            row.blockSignals(True)
            row.load(value)
            row.blockSignals(False)

    def values(self) -> list:
        return [row.value() for row in self.row_widgets()]


class MandateRow(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = _form_layout(self)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Par exemple : secrétaire du CSE"))
        self.title.setAccessibleName(self.tr("Intitulé du mandat"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Entreprise ou organisation"))
        self.start = date_edit(self.tr("Début du mandat"))
        self.ongoing = QCheckBox(self.tr("En cours"))
        self.end = date_edit(self.tr("Fin du mandat"))
        self.ongoing.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setAccessibleName(self.tr("Part du temps de travail consacrée au mandat"))
        self.description = ShortText(lines=4)
        self.description.setAccessibleName(self.tr("Ce que recouvre ce mandat"))
        end_row = QHBoxLayout()
        end_row.addWidget(self.end)
        end_row.addWidget(self.ongoing)
        end_row.addStretch(1)
        form.addRow(self.tr("Mandat :"), self.title)
        form.addRow(self.tr("Organisation :"), self.organisation)
        form.addRow(self.tr("Début :"), self.start)
        form.addRow(self.tr("Fin :"), end_row)
        form.addRow(self.tr("Temps consacré :"), self.share)
        form.addRow(self.tr("Description :"), self.description)
        for signal in (self.title.textEdited, self.organisation.textEdited, self.start.dateChanged,
                       self.end.dateChanged, self.ongoing.toggled, self.share.valueChanged,
                       self.description.textChanged):
            signal.connect(self.changed)
        self.ongoing.setChecked(True)

    def load(self, mandate: Mandate) -> None:
        self.title.setText(mandate.title)
        self.organisation.setText(mandate.organisation)
        for field in (self.title, self.organisation):
            field.setCursorPosition(0)
        self.start.setDate(to_qdate(mandate.start))
        self.ongoing.setChecked(mandate.end is None)
        self.end.setDate(to_qdate(mandate.end))
        self.share.setValue(mandate.time_share_percent or 0)
        self.description.setPlainText(mandate.description)

    def value(self) -> Mandate:
        start = from_qdate(self.start.date())
        end = None if self.ongoing.isChecked() else from_qdate(self.end.date())
        if start and end and end < start:
            end = start  # the model refuses an end before the start
        return Mandate(title=self.title.text().strip(), organisation=self.organisation.text().strip(),
                       start=start, end=end,
                       time_share_percent=self.share.value() or None,
                       description=self.description.toPlainText().strip())


class AnnexRow(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = _form_layout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titre de l’annexe"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Nature de l’annexe"))
        for kind in AnnexKind:
            self.kind.addItem(labels.annex(kind), kind)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description de l’annexe"))
        form.addRow(self.tr("Titre :"), self.title)
        form.addRow(self.tr("Nature :"), self.kind)
        form.addRow(self.tr("Description :"), self.description)
        self.title.textEdited.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.description.textEdited.connect(self.changed)

    def load(self, annex: Annex) -> None:
        self.title.setText(annex.title)
        self.kind.setCurrentIndex(self.kind.findData(annex.kind))
        self.description.setText(annex.description)

    def value(self) -> Annex:
        return Annex(self.title.text().strip(), AnnexKind(self.kind.currentData()),
                     self.description.text().strip())


def mandates_editor() -> RowListEditor:
    return RowListEditor(QCoreApplication.translate("forms", "Ajouter un mandat"), MandateRow)


def annexes_editor() -> RowListEditor:
    return RowListEditor(QCoreApplication.translate("forms", "Ajouter une annexe"), AnnexRow)


Row = MandateRow | AnnexRow
"""What a RowListEditor holds."""


class DeclarationForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(self.tr(
            "Je soussigné(e) déclare sur l’honneur que les informations contenues dans ce dossier "
            "sont exactes et que les productions présentées sont mon œuvre personnelle. "
            "La déclaration sera signée à la main sur le document imprimé."))
        text.setWordWrap(True)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Lieu de la déclaration"))
        self.dated = QCheckBox(self.tr("Date fixée"))
        self.date = date_edit(self.tr("Date de la déclaration"))
        self.dated.toggled.connect(self.date.setEnabled)
        self._today = QDate()
        self.dated.toggled.connect(self._dated_toggled)
        self.date.setEnabled(False)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Fait à :"), self.place)
        row = QHBoxLayout()
        row.addWidget(self.dated)
        row.addWidget(self.date)
        row.addStretch(1)
        form.addRow(self.tr("Le :"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addStretch(1)
        self.place.textEdited.connect(self.changed)
        self.dated.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)

    def _dated_toggled(self, on: bool) -> None:
        """Ticking « date fixée » on an empty date proposes today's."""
        if on and self.date.date() <= NO_DATE:
            self.date.setDate(self._today)

    def load(self, declaration: Declaration, today: dt.date) -> None:
        """``today`` is the date proposed when the user checks « Date fixée »."""
        self._today = to_qdate(today)
        for widget in (self.place, self.dated, self.date):
            widget.blockSignals(True)
        self.place.setText(declaration.place)
        self.dated.setChecked(declaration.date is not None)
        self.date.setEnabled(declaration.date is not None)
        self.date.setDate(to_qdate(declaration.date) if declaration.date else self._today)
        for widget in (self.place, self.dated, self.date):
            widget.blockSignals(False)

    def value(self) -> Declaration:
        return Declaration(self.place.text().strip(),
                           from_qdate(self.date.date()) if self.dated.isChecked() else None)
