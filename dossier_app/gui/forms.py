"""Forms for the dossier's non-chapter parts; the assistant reuses them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
    QTextCharFormat,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Candidate, Declaration, Mandate
from ..core.typography import on_type
from .text_document import type_french
from .texts import fill

if TYPE_CHECKING:
    from .annex_row import AnnexRow

NO_DATE = QDate(1900, 1, 1)
"""What ``DateField.date()`` returns for « not given » (the value QDateEdit used to hold)."""
FIRST_DATE, LAST_DATE = dt.date(1901, 1, 1), dt.date(2100, 12, 31)
"""The dates a field accepts: after NO_DATE, and no further than a dossier may look."""
_TYPED_DATE = re.compile(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})|(\d{2})(\d{2})(\d{4})")
_PARTIAL_DATE = re.compile(r"[\d/.\- ]{0,10}")


def typed_date(text: str) -> dt.date | None:
    """The date in ``text`` as typed in a date field: « 01/09/2019 », « 1.9.2019 » or
    « 01092019 », day first; None when it is not (yet) a whole, real date."""
    match = _TYPED_DATE.fullmatch(text.strip())
    if match is None:
        return None
    day, month, year = (int(part) for part in (match.groups()[:3] if match.group(1)
                                               else match.groups()[3:]))
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if FIRST_DATE <= value <= LAST_DATE else None


def _shown_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class _DateValidator(QValidator):
    """Digits and separators only, ten characters at most: letters never get in."""

    def validate(self, text: str, pos: int) -> QValidator.State:
        if not text.strip() or typed_date(text) is not None:
            return QValidator.State.Acceptable
        if _PARTIAL_DATE.fullmatch(text):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid


class _DateLine(QLineEdit):
    """The text part of a DateField: opens the calendar on Alt+Down or F4, and puts the last
    whole date back when it is left with an unfinished one."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self.field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.field.open_calendar()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.field.tidy()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:  # no clear button on a disabled date
            self.setClearButtonEnabled(self.isEnabled())
        super().changeEvent(event)


class _CalendarButton(QToolButton):
    """The button beside a date's text, as high as the text field at any text size."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__()
        self.line = line

    def sizeHint(self) -> QSize:
        height = self.line.sizeHint().height()
        return QSize(height * 3 // 4, height)


class DateField(QWidget):
    """A date that can be left empty (« non renseignée »): typed (« 01/09/2019 », or eight
    digits), picked in a calendar (Alt+Down, F4 or the button), cleared by deleting its text.
    It speaks QDateEdit's language (``date``, ``setDate``, ``dateChanged``), NO_DATE meaning
    empty, so that forms written for QDateEdit keep working; ``value`` is the plain date."""

    dateChanged = Signal(QDate)

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self.line = _DateLine(self)
        self.line.setPlaceholderText(QCoreApplication.translate("forms", "non renseignée"))
        self.line.setValidator(_DateValidator(self.line))
        self.line.setClearButtonEnabled(True)
        keys = self.tr("Tapez la date (jj/mm/aaaa) ou ouvrez le calendrier avec Alt+Bas ou F4 ; "
                       "effacez-la pour la laisser non renseignée.")
        self.line.setAccessibleDescription(keys)
        self.line.setToolTip(keys)
        self.line.textEdited.connect(self._edited)
        self.button = _CalendarButton(self.line)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does it from the text
        self.button.setToolTip(self.tr("Ouvrir le calendrier (Alt+Bas ou F4)"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setDateRange(_qdate(FIRST_DATE), _qdate(LAST_DATE))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # Qt's red lacks contrast
            self.calendar.setWeekdayTextFormat(day, QTextCharFormat())
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setAccessibleName(accessible)

    def setAccessibleName(self, name: str) -> None:
        """The name goes to the parts the user reaches: the text and the calendar."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(fill(self.tr("Calendrier : %1"), name))
        self.calendar.setAccessibleName(fill(self.tr("Calendrier : %1"), name))

    def sizeHint(self) -> QSize:
        """Room for the placeholder or a date, the clear button and the calendar button."""
        metrics = self.line.fontMetrics()
        text = max(metrics.horizontalAdvance(self.line.placeholderText()),
                   metrics.horizontalAdvance("00/00/00000"))
        hint = super().sizeHint()
        return QSize(text + 2 * metrics.height() + self.button.sizeHint().width() + 16,
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than a whole date: a squeezed row clipped it to « 2026 »."""
        metrics = self.line.fontMetrics()
        return QSize(metrics.horizontalAdvance("00/00/00000") + 2 * metrics.height()
                     + self.button.sizeHint().width() + 16, super().minimumSizeHint().height())

    # --- the value -------------------------------------------------------------------

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(_shown_date(value))
        self._store(value)

    def date(self) -> QDate:
        return to_qdate(self._value)

    def setDate(self, value: QDate) -> None:
        self.set_value(from_qdate(value))

    def _store(self, value: dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateChanged.emit(self.date())

    def _edited(self, text: str) -> None:
        """A whole date counts at once (and is written dd/mm/yyyy when typed up to its end);
        an emptied field is « not given »; anything in between waits."""
        if not text.strip():
            self._store(None)
            return
        value = typed_date(text)
        if value is None:
            return
        if self.line.cursorPosition() == len(text):
            self.line.setText(_shown_date(value))
        self._store(value)

    def tidy(self) -> None:
        """Leaving the field: an unfinished date gives way to the last whole one."""
        self.line.setText(_shown_date(self._value))

    # --- the calendar ----------------------------------------------------------------

    def open_calendar(self) -> None:
        if not self.line.isEnabled() or self.line.isReadOnly():
            return
        if self._value is not None:
            self.calendar.setSelectedDate(self.date())
        metrics = self.calendar.fontMetrics()
        size = self.calendar.sizeHint().expandedTo(  # day names whole (« mer. »), not « m… »
            QSize(7 * (metrics.horizontalAdvance("mer.") + metrics.height()), 0))
        self.calendar.resize(size)
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - size.width()))
        y = below.y() if below.y() + size.height() <= screen.bottom() else \
            self.mapToGlobal(QPoint(0, 0)).y() - size.height()
        self.calendar.move(x, max(screen.top(), y))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, value: QDate) -> None:
        self.calendar.hide()
        self.set_value(from_qdate(value))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)


def date_edit(accessible: str) -> DateField:
    return DateField(accessible)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdate(value: dt.date | None) -> QDate:
    return _qdate(value) if value else NO_DATE


def from_qdate(value: QDate) -> dt.date | None:
    return None if value <= NO_DATE else dt.date(value.year(), value.month(), value.day())


class _FrenchTyping(QObject):
    """French typography while typing (core.typography.on_type), as the chapter editor
    applies it, for the line and plain-text fields it is installed on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        typed = event.text()
        if len(typed) != 1:
            return False
        if isinstance(watched, QLineEdit) and not watched.isReadOnly() \
                and not watched.hasSelectedText():
            position = watched.cursorPosition()
            change = on_type(watched.text()[:position], typed)
            if change is None:
                return False
            remove, text = change
            watched.setSelection(position - remove, remove)
            watched.insert(text)  # one edit, reported by textEdited as typing is
            return True
        if isinstance(watched, QPlainTextEdit) and not watched.isReadOnly():
            cursor = watched.textCursor()
            if cursor.hasSelection() or not type_french(cursor, typed):
                return False
            watched.setTextCursor(cursor)
            return True
        return False


def french_typing(*fields: QLineEdit | QPlainTextEdit) -> None:
    """Typing in ``fields`` gives ’, « » and the no-break spaces, as in the chapters."""
    for field in fields:
        field.installEventFilter(_FrenchTyping(field))


class FormScrollArea(QScrollArea):
    """Scrolls a form. It takes no focus itself (it would not show it: the first Tab would
    seem lost), and brings the focused field into view however focus got there: Tab, arrow
    keys among radio buttons, a row removed."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(body)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            # Once laid out: a page just shown gives focus before its geometry is known.
            QTimer.singleShot(0, new, lambda: self.show_widget(new) if new.hasFocus() else None)

    def show_widget(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` (inside the form) is seen whole; one taller than the view
        (a CCPT's card) is shown from its top, unless its top is already in the upper half.
        A text field's cursor is brought in view too. (ensureWidgetVisible alone would
        centre a tall widget, or show only a text field's cursor line.)"""
        body = self.widget()
        if body is None or not body.isAncestorOf(widget):
            return
        row = widget.parentWidget()
        if isinstance(widget, QAbstractButton) and row is not None \
                and any(isinstance(child, _ButtonText) for child in row.children()):
            widget = row  # a wrapped() button: its sentence comes into view with it
        bar = self.verticalScrollBar()
        margin = widget.fontMetrics().height() // 2
        top = widget.mapTo(body, QPoint(0, 0)).y() - margin
        bottom = top + widget.height() + 2 * margin
        first, view = bar.value(), self.viewport().height()
        if bottom - top > view:
            if not first <= top + margin <= first + view // 2:
                bar.setValue(top)
        elif top < first:
            bar.setValue(top)
        elif bottom > first + view:
            bar.setValue(bottom - view)
        if widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            self.ensureWidgetVisible(widget, 0, margin)  # the text cursor


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
        french_typing(self)

    def toPlainText(self) -> str:
        """The text with its no-break spaces (QPlainTextEdit's own turns them into spaces,
        undoing the typography)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self.lines + 12)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _ButtonText(QLabel):
    """The wrapping text of a ``wrapped`` button: a click on it clicks the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)


def wrapped(button: QAbstractButton, text: str) -> tuple[QWidget, QLabel]:
    """A check box or radio button whose sentence wraps at large text sizes (their own text
    never does, and pushes the form sideways): the row to lay out, and the sentence."""
    if not button.accessibleName():
        button.setAccessibleName(text)
    label = _ButtonText(text, button)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, label


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
    VERBATIM = ("email", "phone")
    """Typed as they are: an apostrophe is allowed in an e-mail address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _form_layout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.show_address = QCheckBox()
        address, _text = wrapped(self.show_address, self.tr(
            "Afficher mon adresse sur la couverture du dossier"))
        self.show_address.toggled.connect(self.changed)
        for name, label in self.FIELDS:
            # PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns its message.
            text = self.tr(label)  # type: ignore[arg-type]
            edit = QLineEdit()
            edit.setAccessibleName(text)
            edit.textEdited.connect(self.changed)
            if name not in self.VERBATIM:
                french_typing(edit)
            self.edits[name] = edit
            layout.addRow(fill(self.tr("%1 :"), text), edit)
            if name == "address":
                layout.addRow(address)  # under the address, next in the tab order
        self.show_union = QCheckBox()
        union, _text = wrapped(self.show_union, self.tr(
            "Faire figurer l’organisation syndicale sur la page de garde (donnée sensible : "
            "non par défaut)"))
        self.show_union.toggled.connect(self.changed)
        layout.addRow(union)  # the whole width: a sentence, not a field under a label

    def load(self, candidate: Candidate) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(candidate, name))
            edit.setCursorPosition(0)  # show the beginning of long values
        blocker = self.show_union.blockSignals(True)
        self.show_union.setChecked(candidate.show_union)
        self.show_union.blockSignals(blocker)
        blocker = self.show_address.blockSignals(True)
        self.show_address.setChecked(candidate.show_address)
        self.show_address.blockSignals(blocker)

    def apply(self, candidate: Candidate) -> None:
        for name, edit in self.edits.items():
            setattr(candidate, name, edit.text().strip())
        candidate.show_union = self.show_union.isChecked()
        candidate.show_address = self.show_address.isChecked()


@dataclass(frozen=True)
class RowWords:
    """How a kind of row names itself to assistive technologies, once translated."""

    field: str
    """« %1, mandat %2 »: a field's name (%1) in row number %2, when there are several."""
    remove: str
    """« Supprimer le mandat « %1 » »: the remove button of a row titled %1."""
    remove_untitled: str
    """« Supprimer le mandat %1 »: the same, for row number %1 while it has no title."""


class RowForm(QWidget):
    """One row of a RowListEditor: a small form whose first field is its title."""

    changed = Signal()

    def __init__(self, words: RowWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self._names: list[tuple[QWidget, str]] = []
        self.title = QLineEdit()
        french_typing(self.title)

    def name(self, widget: QWidget, name: str) -> None:
        """Give ``widget`` its accessible name; ``name_in_list`` adds the row's number."""
        self._names.append((widget, name))
        widget.setAccessibleName(name)

    def name_in_list(self, number: int, alone: bool) -> None:
        for widget, name in self._names:
            widget.setAccessibleName(name if alone else fill(self.words.field, name, number))

    def removal(self, number: int) -> str:
        title = self.title.text().strip()
        return fill(self.words.remove, title) if title else fill(self.words.remove_untitled, number)


class _RowFrame(QFrame):
    """The frame around one row of a RowListEditor, with its « remove » button."""

    def __init__(self, row: Row, remove: QPushButton) -> None:
        super().__init__()
        self.row = row
        self.remove = remove
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.addWidget(row)
        box.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)


class RowListEditor(QWidget):
    """A list of small forms with « add » and « remove »: mandates, annexes. The add button
    comes after the rows, on screen and for Tab; removing a row leaves focus on the next."""

    changed = Signal()
    removed = Signal(int)
    """A row was removed (its 0-based index), just before ``changed``."""

    def __init__(self, add_label: str, make_row: Callable[[], Row],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows_layout = QVBoxLayout()
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _add_clicked(self) -> None:
        self.add_row().title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def rows(self) -> list[_RowFrame]:
        items = (self.rows_layout.itemAt(i) for i in range(self.rows_layout.count()))
        return [widget for item in items
                if item is not None and isinstance(widget := item.widget(), _RowFrame)]

    def add_row(self) -> Row:
        row = self._make_row()
        remove = QPushButton(self.tr("Supprimer"))
        frame = _RowFrame(row, remove)
        remove.clicked.connect(lambda: self._remove(frame))
        row.changed.connect(self.changed)
        row.title.textChanged.connect(self._name_rows)
        self.rows_layout.addWidget(frame)
        frame.show()  # now, not when the layout gets round to it: it can take focus at once
        self.order_tabs()
        self._name_rows()
        return row

    def order_tabs(self) -> None:
        """The add button after the last row for Tab: a new row joins the focus chain at its
        end, and moving the editor to another window (a QWizard taking its page in) puts the
        button elsewhere; redone when shown, and by whoever moves it before it is shown."""
        frames = self.rows()
        if frames:
            QWidget.setTabOrder(frames[-1].remove, self.add_button)

    def showEvent(self, event: QShowEvent) -> None:
        self.order_tabs()
        super().showEvent(event)

    def _remove(self, frame: _RowFrame) -> None:
        frames = self.rows()
        index = frames.index(frame)
        self.rows_layout.removeWidget(frame)
        frame.hide()
        frame.deleteLater()
        rest = frames[:index] + frames[index + 1:]
        target = rest[min(index, len(rest) - 1)].row.title if rest else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._name_rows()
        self.removed.emit(index)
        self.changed.emit()

    def _name_rows(self) -> None:
        frames = self.rows()
        for number, frame in enumerate(frames, start=1):
            frame.row.name_in_list(number, alone=len(frames) == 1)
            frame.remove.setAccessibleName(frame.row.removal(number))

    def clear_rows(self) -> None:
        for frame in self.rows():
            self.rows_layout.removeWidget(frame)
            frame.hide()  # at once: until it is deleted, it would still be drawn under the new rows
            frame.deleteLater()

    def row_widgets(self) -> list[Row]:
        return [frame.row for frame in self.rows()]

    def load(self, values: list) -> None:
        self.clear_rows()
        for value in values:
            row = self.add_row()
            row.blockSignals(True)
            row.load(value)
            row.blockSignals(False)
        self._name_rows()

    def values(self) -> list:
        return [row.value() for row in self.row_widgets()]


class MandateRow(RowForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RowWords(self.tr("%1, mandat %2"), self.tr("Supprimer le mandat « %1 »"),
                                  self.tr("Supprimer le mandat %1")), parent)
        form = _form_layout(self)
        self.title.setPlaceholderText(self.tr("Par exemple : secrétaire du CSE"))
        self.name(self.title, self.tr("Intitulé du mandat"))
        self.organisation = QLineEdit()
        french_typing(self.organisation)
        self.name(self.organisation, self.tr("Entreprise ou organisation"))
        self.start = date_edit(self.tr("Début du mandat"))
        self.name(self.start, self.start.accessibleName())
        self.end = date_edit(self.tr("Fin du mandat"))  # before « en cours »: Tab follows the eye
        self.name(self.end, self.end.accessibleName())
        self.ongoing = QCheckBox(self.tr("En cours"))
        self.name(self.ongoing, self.tr("Mandat en cours"))
        self.ongoing.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.name(self.share, self.tr("Part du temps de travail consacrée au mandat"))
        self.description = ShortText(lines=4)
        self.name(self.description, self.tr("Ce que recouvre ce mandat"))
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
        self.start.set_value(mandate.start)
        self.ongoing.setChecked(mandate.end is None)
        self.end.set_value(mandate.end)
        self.share.setValue(mandate.time_share_percent or 0)
        self.description.setPlainText(mandate.description)

    def value(self) -> Mandate:
        start = self.start.value()
        end = None if self.ongoing.isChecked() else self.end.value()
        if start and end and end < start:
            end = start  # the model refuses an end before the start
        return Mandate(title=self.title.text().strip(), organisation=self.organisation.text().strip(),
                       start=start, end=end,
                       time_share_percent=self.share.value() or None,
                       description=self.description.toPlainText().strip())


Row: TypeAlias = "MandateRow | AnnexRow"
"""What a RowListEditor holds."""


def mandates_editor() -> RowListEditor:
    return RowListEditor(QCoreApplication.translate("forms", "Ajouter un mandat"), MandateRow)


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
        french_typing(self.place)
        self.dated = QCheckBox(self.tr("Date fixée"))
        self.date = date_edit(self.tr("Date de la déclaration"))
        self.dated.toggled.connect(self.date.setEnabled)
        self._today: dt.date | None = None
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
        if on and self.date.value() is None:
            self.date.set_value(self._today)

    def load(self, declaration: Declaration, today: dt.date) -> None:
        """``today`` is the date proposed when the user checks « Date fixée »."""
        self._today = today
        for widget in (self.place, self.dated, self.date):
            widget.blockSignals(True)
        self.place.setText(declaration.place)
        self.dated.setChecked(declaration.date is not None)
        self.date.setEnabled(declaration.date is not None)
        self.date.set_value(declaration.date or today)
        for widget in (self.place, self.dated, self.date):
            widget.blockSignals(False)

    def value(self) -> Declaration:
        return Declaration(self.place.text().strip(),
                           self.date.value() if self.dated.isChecked() else None)
