"""The annexes page: one row per annex (its title, kind, description, the productions it
supports, its document with a thumbnail), moved up or down by button or keyboard.

The rows only show and ask: moving, removing, attaching and opening go through
``app.annexes`` from the page's wiring (``form_pages``), which keeps the text's
references in step with the numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..app import annexes
from ..core.model import Annex, AnnexFile, AnnexKind
from . import labels
from .background import Failed, in_background
from .folders import documents_folder
from .forms import RowForm, RowListEditor, RowWords, ShortText, _form_layout
from .texts import fill

THUMBNAIL = 96
"""The side of the square a thumbnail fits in, in logical pixels."""


class AnnexRow(RowForm):
    """One annex. ``productions``: how many productions the dossier has (a box each)."""

    attach_requested = Signal()
    open_requested = Signal()
    move_requested = Signal(int)
    """-1: up one place; +1: down one."""

    def __init__(self, productions: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(RowWords(self.tr("%1, annexe %2"), self.tr("Supprimer l’annexe « %1 »"),
                                  self.tr("Supprimer l’annexe %1")), parent)
        self.file: AnnexFile | None = None
        self._pages: int | None = None
        self._other_productions: list[int] = []
        """Numbers beyond the dossier's productions, kept as they were."""
        form = _form_layout(self)
        self.heading = QLabel()
        """« Annexe 2 »: the number the text cites it by."""
        self.heading.setProperty("role", "heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        form.addRow(self.heading)
        self.name(self.title, self.tr("Titre de l’annexe"))
        self.kind = QComboBox()
        self.name(self.kind, self.tr("Nature de l’annexe"))
        for kind in AnnexKind:
            self.kind.addItem(labels.annex(kind), kind)
        self.description = ShortText(lines=3)  # wraps: read whole at any text size
        self.name(self.description, self.tr("Description de l’annexe"))
        form.addRow(self.tr("Titre :"), self.title)
        form.addRow(self.tr("Nature :"), self.kind)
        form.addRow(self.tr("Description :"), self.description)
        form.addRow(self.tr("Document :"), self._document_part())
        self.production_boxes = [QCheckBox(fill(self.tr("Production %1"), n))
                                 for n in range(1, productions + 1)]
        if self.production_boxes:
            form.addRow(self.tr("Appuie :"), self._productions_part())
        form.addRow(self._move_part())
        self.title.textEdited.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self._show_file()

    def _document_part(self) -> QWidget:
        part = QWidget()
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_text = QLabel()
        self.file_text.setWordWrap(True)
        self.file_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton()
        self.name(self.attach_button, self.tr("Joindre un fichier"))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.name(self.open_button, self.tr("Ouvrir le fichier joint"))
        self.detach_button = QPushButton(self.tr("Retirer le fichier"))
        self.name(self.detach_button, self.tr("Retirer le fichier joint"))
        self.attach_button.clicked.connect(self.attach_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.detach_button.clicked.connect(self._detach)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.attach_button, self.open_button, self.detach_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.file_text)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        return part

    def _productions_part(self) -> QWidget:
        part = QWidget()
        layout = QHBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.production_boxes, start=1):
            self.name(box, fill(self.tr("Appuie la production %1"), number))
            box.toggled.connect(self.changed)
            layout.addWidget(box)
        layout.addStretch(1)
        return part

    def _move_part(self) -> QWidget:
        part = QWidget()
        self.up_button = QPushButton(self.tr("Monter"))
        self.name(self.up_button, self.tr("Monter l’annexe d’une place"))
        self.down_button = QPushButton(self.tr("Descendre"))
        self.name(self.down_button, self.tr("Descendre l’annexe d’une place"))
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        layout = QHBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.up_button)
        layout.addWidget(self.down_button)
        layout.addStretch(1)
        return part

    def name_in_list(self, number: int, alone: bool) -> None:
        super().name_in_list(number, alone)
        self.heading.setText(fill(self.tr("Annexe %1"), number))

    def set_file(self, file: AnnexFile | None, pages: int | None = None) -> None:
        self.file, self._pages = file, pages
        self._show_file()

    def _detach(self) -> None:
        self.set_file(None)
        self.attach_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _show_file(self) -> None:
        file = self.file
        self.attach_button.setText(self.tr("Remplacer le fichier…") if file else
                                   self.tr("Joindre un fichier…"))
        self.open_button.setVisible(file is not None)
        self.detach_button.setVisible(file is not None)
        self.thumbnail.setPixmap(_thumbnail(file, self.devicePixelRatioF(), self.style()))
        self.thumbnail.setVisible(file is not None)
        self.file_text.setText(self._describe(file) if file else self.tr("Aucun fichier joint."))

    def _describe(self, file: AnnexFile) -> str:
        if file.media_type == "application/pdf":
            pages = self._pages
            kind = (self.tr("PDF") if not pages else self.tr("PDF, 1 page") if pages == 1
                    else fill(self.tr("PDF, %1 pages"), pages))
        else:
            kind = self.tr("Image PNG") if file.media_type == "image/png" else self.tr("Image JPEG")
        return fill(self.tr("%1 (%2)"), file.name, kind)

    def load(self, annex: Annex) -> None:
        self.title.setText(annex.title)
        self.kind.setCurrentIndex(self.kind.findData(annex.kind))
        self.title.setCursorPosition(0)  # show the beginning of a long title
        self.description.setPlainText(annex.description)
        for number, box in enumerate(self.production_boxes, start=1):
            box.setChecked(number in annex.productions)
        self._other_productions = [n for n in annex.productions if n > len(self.production_boxes)]
        self.set_file(annex.file, annexes.pdf_pages(annex.file) if annex.file else None)

    def value(self) -> Annex:
        chosen = [n for n, box in enumerate(self.production_boxes, start=1) if box.isChecked()]
        return Annex(self.title.text().strip(), AnnexKind(self.kind.currentData()),
                     self.description.toPlainText().replace("\n", " ").strip(),  # one line
                     sorted(chosen + self._other_productions), self.file)

    def pages(self) -> int | None:
        return self._pages


def _thumbnail(file: AnnexFile | None, ratio: float, style: QStyle) -> QPixmap:
    """An image scaled to fit the thumbnail's square (decoded at that size only); a PDF's
    file icon (its pages are not drawn: no PDF renderer is needed)."""
    side = round(THUMBNAIL * ratio)
    if file is None:
        return QPixmap()
    if file.media_type == "application/pdf":
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon).pixmap(QSize(64, 64))
    buffer = QBuffer()
    buffer.setData(QByteArray(file.data))
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    pixmap = QPixmap.fromImage(reader.read())
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class AnnexListEditor(RowListEditor):
    """The annexes, in their numbered order."""

    moved = Signal(int, int)
    """An annex moved from one 0-based place to another (the rows already show it)."""
    failed = Signal(str)
    """A document could not be attached or opened: the sentence to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.productions = 0
        super().__init__(QCoreApplication.translate("forms", "Ajouter une annexe"),
                         lambda: self._new_row(), parent)
        self.copies = annexes.PrivateCopies()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.copies.remove)
        self.destroyed.connect(self.copies.remove)

    def _new_row(self) -> AnnexRow:
        row = AnnexRow(self.productions)
        row.attach_requested.connect(lambda: self._attach(row))
        row.open_requested.connect(lambda: self._open(row))
        row.move_requested.connect(lambda step: self._move(row, step))
        return row

    def load_annexes(self, values: list[Annex], productions: int) -> None:
        self.productions = productions
        self.load(values)

    def annex_rows(self) -> list[AnnexRow]:
        return [row for row in self.row_widgets() if isinstance(row, AnnexRow)]

    def _name_rows(self) -> None:
        super()._name_rows()
        rows = self.annex_rows()
        for index, row in enumerate(rows):
            row.up_button.setEnabled(index > 0)
            row.down_button.setEnabled(index < len(rows) - 1)

    def _move(self, row: AnnexRow, step: int) -> None:
        rows = self.annex_rows()
        index = rows.index(row)
        to = index + step
        if not 0 <= to < len(rows) or not all(r.attach_button.isEnabled() for r in rows):
            return  # a document being read goes to its row: the rows keep their annexes meanwhile
        shown = [(r.value(), r.pages()) for r in rows]
        shown.insert(to, shown.pop(index))
        for place in sorted((index, to)):
            target = rows[place]
            target.blockSignals(True)
            target.load(shown[place][0])
            target.set_file(shown[place][0].file, shown[place][1])
            target.blockSignals(False)
        self._name_rows()
        button = rows[to].up_button if step < 0 else rows[to].down_button
        if not button.isEnabled():
            button = rows[to].down_button if step < 0 else rows[to].up_button
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.moved.emit(index, to)

    def _attach(self, row: AnnexRow) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Joindre un fichier à l’annexe"), str(documents_folder()),
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.docx *.doc *.odt *.rtf);;"
                    "Tous les fichiers (*)"))
        if not chosen:
            return
        row.attach_button.setEnabled(False)
        path = Path(chosen)
        beside = [other.value() for other in self.annex_rows() if other is not row]
        in_background(lambda: _read(path, beside), lambda outcome: self._attached(row, outcome),
                      self)

    def _attached(self, row: AnnexRow, outcome: tuple[AnnexFile, int | None] | Failed) -> None:
        if row not in self.annex_rows():
            return  # removed while the file was read
        row.attach_button.setEnabled(True)
        row.attach_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(outcome, Failed):
            self.failed.emit(outcome.message)
            return
        row.set_file(*outcome)
        self.changed.emit()

    def _open(self, row: AnnexRow) -> None:
        if row.file is None:
            return
        number = self.annex_rows().index(row) + 1
        try:
            copy = self.copies.write(row.file, number)
        except OSError as error:
            self.failed.emit(fill(self.tr("Le document n’a pas pu être copié pour l’ouvrir : %1."),
                                  error.strerror or str(error)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self.failed.emit(self.tr("Aucune application de cet ordinateur n’a pu ouvrir le "
                                     "document."))


def _read(path: Path, beside: list[Annex]) -> tuple[AnnexFile, int | None]:
    file = annexes.read_file(path, beside)
    return file, annexes.pdf_pages(file)
