"""The advisor's comments on the chapter: listed beside the editor, highlighted in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.anchoring import chapter_text, passage, passages
from ..core.model import ChapterKind, Comment, Dossier, Reply
from ..core.oral import comment_source, question_from_comment
from . import labels, text_document
from .session import DossierSession
from .texts import fill
from .theme import colours


class CommentsPanel(QWidget):
    changed = Signal()

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.session: DossierSession | None = None
        self.number, self.kind = 0, ChapterKind.SITUATION
        self.author: Callable[[], str | None] = lambda: "Conseiller"
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Commentaires du chapitre"))
        self.list.itemActivated.connect(self._go_to)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Commenter la sélection…"))
        self.reply_button = QPushButton(self.tr("Répondre…"))
        self.resolve_button = QPushButton(self.tr("Résoudre"))
        self.question_button = QPushButton(self.tr("En faire une question pour l’oral"))
        self.question_button.setToolTip(self.tr(
            "Le commentaire choisi devient une question à préparer, dans « Préparer l’oral » "
            "de cette production"))
        self.add_button.clicked.connect(self.add_from_selection)
        self.reply_button.clicked.connect(self.reply_to_current)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.question_button.clicked.connect(self.question_for_oral)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.resolve_button)
        oral = QHBoxLayout()  # a row of its own: the panel beside the text is narrow
        oral.addWidget(self.question_button)
        oral.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addLayout(oral)

    def show_comments(self, session: DossierSession, number: int, kind: ChapterKind) -> None:
        self.session, self.number, self.kind = session, number, kind
        self.refresh()

    def _mine(self, session: DossierSession) -> list[tuple[int, Comment]]:
        return [(index, c) for index, c in enumerate(session.dossier.comments)
                if c.production == self.number and c.chapter is self.kind]

    def open_count(self) -> int:
        return sum(not c.resolved for _, c in self._mine(self.session)) if self.session else 0

    def _stored(self, session: DossierSession) -> str:
        """The chapter's Markdown as stored: where the export, too, looks for passages."""
        return session.dossier.production(self.number).chapters[self.kind].text

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.list.clear()
        mine = sorted(self._mine(session), key=lambda pair: pair[1].resolved)
        spans = passages(self._stored(session), [comment for _, comment in mine])
        for (index, comment), span in zip(mine, spans, strict=True):
            lost = span is None
            when = f", {labels.date_time(comment.created)}" if comment.created else ""
            state = (self.tr("résolu") if comment.resolved
                     else self.tr("passage supprimé ou modifié") if lost else "")
            replies = "".join(
                f"\n    ↳ {reply.body}\n      — {reply.author}"
                + (f", {labels.date_time(reply.created)}" if reply.created else "")
                for reply in comment.replies)
            item = QListWidgetItem(
                f"« {comment.quote} »\n{comment.body}\n— {comment.author or self.tr('Conseiller')}"
                f"{when}" + (f"  [{state}]" if state else "") + replies)
            item.setData(Qt.ItemDataRole.UserRole, index)
            if comment.resolved:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self.resolve_button.setEnabled(not session.read_only and bool(mine))
        self.reply_button.setEnabled(not session.read_only and bool(mine))
        self.question_button.setEnabled(not session.read_only and bool(mine))
        self.add_button.setEnabled(not session.read_only)
        self.hint.setText("" if mine else self.tr("Aucun commentaire sur ce chapitre."))
        self.highlight()

    def highlight(self) -> None:
        """Open comments' passages shown in the editor, whatever edits came since."""
        session = self.session
        if session is None:
            self.editor.setExtraSelections([])
            return
        selections = []
        document = self.editor.document()
        open_comments = [c for _, c in self._mine(session) if not c.resolved]
        spans = passages(self._stored(session), open_comments) if open_comments else []
        offsets: list[int] | None = None
        table = colours(self.editor.palette())
        for comment, span in zip(open_comments, spans, strict=True):
            if span is None:
                continue
            if offsets is None:  # the stored text's offsets as positions in the editor
                offsets = text_document.positions(document, chapter_text(self._stored(session)))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = text_document.span_cursor(document, offsets, span)
            selection.format.setBackground(QColor(table.comment))
            selection.format.setForeground(QColor(table.comment_text))
            selection.format.setToolTip(comment.body)
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def add_from_selection(self) -> bool:
        session = self.session
        if session is None:
            return False
        quote = self.editor.textCursor().selectedText().replace("\u2029", "\n").strip()
        if not quote:
            self.hint.setText(self.tr("Sélectionnez d’abord le passage à commenter."))
            return False
        author = self.author()
        if author is None:
            return False
        body, accepted = _ask_text(self, self.tr("Commentaire"), fill(
            self.tr("Votre commentaire sur « %1 » :"), _excerpt(quote)))
        if not accepted or not body.strip():
            return False
        comment = Comment(production=self.number, chapter=self.kind, quote=quote,
                          body=body.strip(), author=author,
                          created=session.file.clock.now().replace(microsecond=0, tzinfo=None))
        session.update(lambda d: d.comments.append(comment))
        self.refresh()
        self.changed.emit()
        return True

    def reply_to_current(self) -> bool:
        """Anyone can reply: the candidate explains, the advisor follows up."""
        session = self.session
        item = self.list.currentItem() or self.list.item(0)
        if session is None or item is None:
            return False
        index = item.data(Qt.ItemDataRole.UserRole)
        comment = session.dossier.comments[index]
        author = self.author()
        if author is None:
            return False
        body, accepted = _ask_text(self, self.tr("Réponse"), fill(
            self.tr("Votre réponse à « %1 » :"), _excerpt(comment.body)))
        if not accepted or not body.strip():
            return False
        reply = Reply(body=body.strip(), author=author,
                      created=session.file.clock.now().replace(microsecond=0, tzinfo=None))
        session.update(lambda d: d.comments[index].replies.append(reply))
        self.refresh()
        self.list.setCurrentRow(next(row for row in range(self.list.count()) if
                                     self.list.item(row).data(Qt.ItemDataRole.UserRole) == index))
        self.changed.emit()
        return True

    def resolve_current(self) -> None:
        session = self.session
        item = self.list.currentItem()
        if session is None or item is None:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        session.update(lambda d: setattr(d.comments[index], "resolved", True))
        self.refresh()
        self.changed.emit()

    def question_for_oral(self) -> bool:
        """The comment chosen (else the first) becomes a question of its production's oral,
        once only; the hint says where it went."""
        session = self.session
        item = self.list.currentItem() or self.list.item(0)
        if session is None or item is None or session.read_only:
            return False
        index = item.data(Qt.ItemDataRole.UserRole)
        source = comment_source(session.dossier.comments[index])
        held = any(q.source == source for p in session.dossier.oral
                   if p.production == self.number for q in p.questions)
        if not held:
            def ask(dossier: Dossier) -> None:
                question_from_comment(dossier, dossier.comments[index])

            session.update(ask)
        where = fill(self.tr("« Préparer l’oral » de la production %1, onglet « Questions du "
                             "jury »"), self.number)
        self.hint.setText(fill(self.tr("Ce commentaire est déjà une question de l’oral : %1.")
                               if held else self.tr("Question ajoutée pour l’oral : %1."), where))
        return not held

    def _go_to(self, item: QListWidgetItem) -> None:
        session = self.session
        if session is None:
            return
        comment = session.dossier.comments[item.data(Qt.ItemDataRole.UserRole)]
        span = passage(self._stored(session), comment)
        if span is not None:
            document = self.editor.document()
            offsets = text_document.positions(document, chapter_text(self._stored(session)))
            self.editor.setTextCursor(text_document.span_cursor(document, offsets, span))
            self.editor.setFocus()
        else:
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)


def _excerpt(text: str) -> str:
    return text if len(text) < 60 else text[:57] + "…"


def _ask_text(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    """A few lines to write (a comment, a reply), in a box that Tab leaves for the buttons
    and that a screen reader names by its question."""
    dialog = QInputDialog(parent)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for box in dialog.findChildren(QPlainTextEdit):
        box.setTabChangesFocus(True)
        box.setAccessibleName(label)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    body = dialog.textValue()
    dialog.deleteLater()
    return body, accepted
