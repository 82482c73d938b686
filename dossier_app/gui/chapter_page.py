"""One chapter on screen: its production's title, its status, the editor and the guidance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..app.annexes import reference
from ..core.model import Annex, ChapterKind, ChapterStatus
from ..core.trade import names_competence
from . import labels
from .comments_panel import CommentsPanel
from .editor import ChapterEditor, FindBar
from .giving_way import WRITING_CHARACTERS, GivingWay, text_width
from .guidance_panel import GuidancePanel
from .session import DossierSession
from .spell import SpellService
from .texts import fill
from .theme import set_read_only

QWIDGETSIZE_MAX = (1 << 24) - 1
SYNC_DELAY_MS = 300
"""Editor text reaches the session this long after the last keystroke (then autosave waits)."""


class ChapterPage(QWidget):
    guidance_shown = Signal(bool)
    text_synced = Signal()
    status_changed = Signal()
    compare_requested = Signal(int)
    """The revision id of the advisor's version, to compare with the candidate's text."""

    def __init__(self, spell: SpellService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DossierSession | None = None
        self.number = 0
        self.kind = ChapterKind.SITUATION
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "title")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Titre de la production (facultatif)"))
        self.title.setAccessibleName(self.tr("Titre de la production"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut du chapitre"))
        for status in ChapterStatus:
            self.status.addItem(f"{labels.STATUS_SYMBOLS[status]}  {labels.status(status)}", status)
        self.guidance_toggle = QPushButton(self.tr("Masquer les conseils"))
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setChecked(True)
        self.guidance_toggle.toggled.connect(self._guidance_asked)
        self.header = QWidget()
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("Titre :")))
        title_row.addWidget(self.title, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Statut :")))
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_row.addWidget(self.guidance_toggle)
        self.editor = ChapterEditor(spell)
        self.editor.setAccessibleName(self.tr("Texte du chapitre"))
        self.find_bar = FindBar(self.editor)
        self.guidance = GuidancePanel()
        self.guidance.starter_chosen.connect(self.editor.insert_starter)
        self.guidance.trade_toggled.connect(self._toggle_trade)
        self.comments = CommentsPanel(self.editor)
        self.side = QTabWidget()
        self.side.setAccessibleName(self.tr("Conseils et commentaires"))
        self.side.addTab(self.guidance, self.tr("Conseils"))
        self.side.addTab(self.comments, self.tr("Commentaires"))
        self.comments.changed.connect(self._comments_changed)
        writing = QWidget()
        column = QVBoxLayout(writing)
        column.setContentsMargins(0, 0, 0, 0)
        centred = QHBoxLayout()  # in focus mode, a column of calm width in the middle
        centred.addWidget(self.editor, 1)
        column.addLayout(centred, 1)
        column.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(writing)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.side_panel = GivingWay(self._show_side)
        """The guidance and comments beside the text: they give way on a narrow window."""
        self.focus_mode = False
        self.conflict = QFrame()
        self.conflict.setObjectName("banner")
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        compare = QPushButton(self.tr("Comparer les deux versions…"))
        keep = QPushButton(self.tr("Garder ma version"))
        take = QPushButton(self.tr("Prendre la version du conseiller"))
        compare.clicked.connect(self._compare)
        keep.clicked.connect(lambda: self._settle(take_theirs=False))
        take.clicked.connect(lambda: self._settle(take_theirs=True))
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addStretch(1)
        for button in (compare, keep, take):
            conflict_buttons.addWidget(button)
        conflict_layout = QVBoxLayout(self.conflict)
        conflict_layout.addWidget(self.conflict_text)
        conflict_layout.addLayout(conflict_buttons)
        self.conflict.hide()
        header.addWidget(self.heading)
        header.addWidget(self.conflict)
        header.addLayout(title_row)
        header.addLayout(status_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self._sync = QTimer(self, singleShot=True, interval=SYNC_DELAY_MS)
        self._sync.timeout.connect(self.sync)
        self.editor.textChanged.connect(self._typed)
        self.title.textEdited.connect(self._title_edited)
        self.status.activated.connect(self._status_chosen)

    def show_chapter(self, session: DossierSession, number: int, kind: ChapterKind) -> None:
        self.sync()
        self.session, self.number, self.kind = session, number, kind
        production = session.dossier.production(number)
        ccpt = session.ccpt
        competence = ccpt.competence(production.competence) if ccpt else None
        self.heading.setText(fill(self.tr("Production %1 — %2"), str(number), labels.chapter(kind)))
        self.title.setText(production.title)
        self.title.setCursorPosition(0)
        self.title.setPlaceholderText(competence.label if competence else "")
        self.editor.load_markdown(production.chapters[kind].text)
        set_read_only(self.editor, session.read_only)
        set_read_only(self.title, session.read_only)
        self.status.setEnabled(not session.read_only)
        self.refresh_status()
        self._show_guidance()
        self.comments.show_comments(session, number, kind)
        self._comments_changed()
        self.show_conflict()

    def _show_guidance(self) -> None:
        session, kind = self.session, self.kind
        if session is None or kind is None:
            return
        production = session.dossier.production(self.number)
        ccpt = session.ccpt
        competence = ccpt.competence(production.competence) if ccpt else None
        reached = production.trade_competences if kind is ChapterKind.TRANSFER else None
        text = production.chapters[ChapterKind.TRANSFER].text
        named = [number for number, label in enumerate(ccpt.trade.competences, start=1)
                 if names_competence(text, label)] if ccpt and ccpt.trade and reached is not None \
            else []
        self.guidance.show_guidance(ccpt, competence, labels.chapter(kind),
                                    session.guidance.chapters[kind], reached, named)

    def _toggle_trade(self, number: int) -> None:
        """Tick or untick a competence of the target trade the transfer argument reaches."""
        session = self.session
        if session is None or session.read_only:
            return
        production_number = self.number

        def toggle(dossier) -> None:
            reached = dossier.production(production_number).trade_competences
            if number in reached:
                reached.remove(number)
            else:
                reached.append(number)
                reached.sort()
        session.update(toggle)
        self._show_guidance()
        self.guidance.setFocus()  # the keyboard stays on the box just ticked
        self.guidance.select_link(f"trade:{number}")

    def show_conflict(self) -> None:
        """The banner asking the candidate to choose, when the advisor changed this chapter too."""
        session = self.session
        conflict = session.conflicts.get((self.number, self.kind)) if session else None
        if session is None or conflict is None:
            self.conflict.hide()
            return
        self.conflict_text.setText(fill(self.tr(
            "%1 a aussi modifié ce chapitre dans la copie relue, pendant que vous l’écriviez. "
            "Votre texte est à l’écran ; sa version est gardée. Comparez, puis choisissez."),
            conflict.author or self.tr("Votre conseiller")))
        self.conflict.setEnabled(not session.read_only)
        self.conflict.show()

    def _compare(self) -> None:
        if self.session is None:
            return
        conflict = self.session.conflicts.get((self.number, self.kind))
        if conflict is not None:
            self.compare_requested.emit(conflict.revision)

    def _settle(self, take_theirs: bool) -> None:
        self.sync()
        session = self.session
        if session is None:
            return
        if session.settle_conflict(self.number, self.kind, take_theirs):
            if take_theirs:
                self.editor.load_markdown(
                    session.dossier.production(self.number).chapters[self.kind].text)
                self.comments.refresh()
                self.text_synced.emit()
            self.show_conflict()

    def refresh_status(self) -> None:
        if self.session is not None:
            status = self.session.dossier.production(self.number).chapters[self.kind].status
            self.status.setCurrentIndex(self.status.findData(status))

    def sync(self) -> None:
        """Hand the editor's text to the session (which saves it soon)."""
        self._sync.stop()
        document = self.editor.document()
        if self.session is None or self.session.read_only or not document.isModified():
            return  # merely viewing a chapter must not rewrite it
        document.setModified(False)
        self.session.set_chapter_text(self.number, self.kind, self.editor.markdown())
        self.refresh_status()
        self.comments.refresh()  # passages may have moved or gone
        self.text_synced.emit()

    def _typed(self) -> None:
        if self.session is not None:
            self.session.note_typing()
        self._sync.start()

    def _title_edited(self, text: str) -> None:
        if self.session is None:
            return
        number = self.number
        self.session.update(lambda d: setattr(d.production(number), "title", text.strip()))

    def _status_chosen(self, index: int) -> None:
        self.sync()
        if self.session is None:
            return
        # Qt hands back our str enums as plain strings.
        self.session.set_chapter_status(self.number, self.kind,
                                        ChapterStatus(self.status.itemData(index)))
        self.status_changed.emit()

    def _comments_changed(self) -> None:
        count = self.comments.open_count()
        self.side.setTabText(1, fill(self.tr("Commentaires (%1)"), str(count))
                             if count else self.tr("Commentaires"))

    def _guidance_asked(self, visible: bool) -> None:
        self.side_panel.ask(visible)

    def _show_side(self, visible: bool) -> None:
        self.side.setVisible(visible and not self.focus_mode)
        self.guidance_toggle.blockSignals(True)
        self.guidance_toggle.setChecked(visible)
        self.guidance_toggle.blockSignals(False)
        self.guidance_toggle.setText(self.tr("Masquer les conseils") if visible
                                     else self.tr("Afficher les conseils"))
        self.guidance_shown.emit(visible)
        if visible:
            self._share_width()

    def set_focus_mode(self, on: bool) -> None:
        """Only the text, in a column of calm width: no header, no panels."""
        self.focus_mode = on
        self.header.setVisible(not on)
        self.side.setVisible(self.side_panel.visible and not on)
        self.editor.setMaximumWidth(text_width(self.editor, 72) if on else QWIDGETSIZE_MAX)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side_panel.set_room(self.width() >= self._writing_width() + self._side_width())
        self._share_width()

    def _writing_width(self) -> int:
        return text_width(self.editor, WRITING_CHARACTERS)

    def _side_width(self) -> int:
        return text_width(self.side, 30)

    def _share_width(self) -> None:
        """The text keeps the larger part: the panel beside it gets what the text spares,
        between 30 characters of its own font and a third of the page."""
        if not self.side.isVisible():
            return
        total = sum(self.splitter.sizes()) or self.splitter.width()
        side = max(self._side_width(), min(total // 3, total - self._writing_width()))
        self.splitter.setSizes([max(total - side, 1), side])


class AnnexChooser(QDialog):
    """« Insérer un renvoi à une annexe »: the annexes by number and title; Enter or a
    double click inserts the one chosen."""

    def __init__(self, annexes: list[Annex], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insérer un renvoi à une annexe"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Annexes du dossier"))
        for number, annex in enumerate(annexes, start=1):
            text = fill(self.tr("Annexe %1 — %2"), number, annex.title) if annex.title \
                else fill(self.tr("Annexe %1 (sans titre)"), number)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        insert = buttons.addButton(self.tr("Insérer"), QDialogButtonBox.ButtonRole.AcceptRole)
        insert.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Le texte dira « (voir annexe N) » à l’endroit du curseur ; le "
                               "numéro suivra si l’annexe change de place."))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def number(self) -> int:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 1


def insert_annex_reference(editor: ChapterEditor, annexes: list[Annex], parent: QWidget) -> None:
    """Ask which annex, then write « (voir annexe N) » at ``editor``'s cursor; with no annex
    yet, say where annexes are added."""
    if not annexes:
        QMessageBox.information(parent, QCoreApplication.translate("ChapterPage", "Dossier CCPT"),
                                QCoreApplication.translate(
                                    "ChapterPage", "Le dossier n’a pas encore d’annexe : ajoutez-la "
                                    "dans la page « Annexes », puis revenez ici."))
        return
    chooser = AnnexChooser(annexes, parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    cursor = editor.textCursor()
    start = cursor.selectionStart()  # a selection is replaced, as typing would
    block = editor.document().findBlock(start)
    cursor.insertText(reference(chooser.number(), block.text()[:start - block.position()]))
    editor.setTextCursor(cursor)
    editor.setFocus()
