"""A chapter's earlier versions: what changed, word by word, and putting one back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.diff import Change, Segment, summary, word_diff
from ..core.markdown import parse
from ..core.model import ChapterKind, RevisionReason
from . import labels
from .richtext import html_text
from .session import DossierSession
from .texts import fill
from .theme import Colours, colours

REASONS = {
    RevisionReason.AUTOSAVE: QT_TRANSLATE_NOOP("RevisionsDialog", "enregistrement automatique"),
    RevisionReason.WORKSHOP: QT_TRANSLATE_NOOP("RevisionsDialog", "atelier"),
    RevisionReason.MANUAL: QT_TRANSLATE_NOOP("RevisionsDialog", "gardée à la main"),
    RevisionReason.RESTORE: QT_TRANSLATE_NOOP("RevisionsDialog", "avant une restauration"),
    RevisionReason.SENT: QT_TRANSLATE_NOOP("RevisionsDialog", "envoyée au conseiller"),
    RevisionReason.ADVISOR: QT_TRANSLATE_NOOP("RevisionsDialog", "version du conseiller"),
}


class RevisionsDialog(QDialog):
    """Compare a version with the current text or with the version before it."""

    def __init__(self, session: DossierSession, number: int, kind: ChapterKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.number, self.kind = session, number, kind
        self.restored = False
        self.setWindowTitle(fill(self.tr("Versions du chapitre — Production %1, %2"), number,
                                 labels.chapter(kind)))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions enregistrées"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Comparer avec"))
        self.mode.addItem(self.tr("Comparer avec le texte actuel"), "current")
        self.mode.addItem(self.tr("Comparer avec la version précédente"), "previous")
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Différences"))
        self.totals = QLabel()
        keep = QPushButton(self.tr("Garder une version maintenant"))
        workshop = QPushButton(self.tr("Depuis le dernier atelier"))
        self.restore = QPushButton(self.tr("Remettre cette version"))
        close = QPushButton(self.tr("Fermer"))
        keep.clicked.connect(self.keep)
        workshop.clicked.connect(self.select_last_workshop)
        self.restore.clicked.connect(self.restore_selected)
        close.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(self.show_difference)
        self.mode.currentIndexChanged.connect(self.show_difference)
        self.restore.setEnabled(not session.read_only)
        keep.setEnabled(not session.read_only)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(keep)
        left_layout.addWidget(workshop)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.mode)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        self.revisions = self.session.file.revisions(self.number, self.kind)
        self.list.clear()
        for revision in self.revisions:
            # PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns its message.
            reason = self.tr(REASONS[revision.reason])  # type: ignore[arg-type]
            item = QListWidgetItem(f"{labels.date_time(revision.created)}\n{reason} · "
                                   f"{labels.words(revision.words)}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        if self.revisions:
            self.list.setCurrentRow(0)
        else:
            self.view.setHtml(html_text(self.tr("Aucune version n’a encore été gardée pour ce chapitre.")))
        self.restore.setEnabled(bool(self.revisions) and not self.session.read_only)

    def select_revision(self, revision_id: int) -> None:
        """Show one version against the current text (the advisor's, in a conflict)."""
        row = next((i for i, r in enumerate(self.revisions) if r.id == revision_id), None)
        if row is not None:
            self.mode.setCurrentIndex(0)
            self.list.setCurrentRow(row)

    def select_last_workshop(self) -> None:
        row = next((i for i, r in enumerate(self.revisions) if r.reason is RevisionReason.WORKSHOP),
                   None)
        if row is None:
            self.view.setHtml(html_text(self.tr("Aucune version n’a été gardée lors d’un atelier.")))
            return
        self.mode.setCurrentIndex(0)
        self.list.setCurrentRow(row)

    def _text(self, revision_id: int) -> str:
        return readable(self.session.file.revision_text(revision_id))

    def show_difference(self, *_args) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.revisions):
            return
        chosen = self._text(self.revisions[row].id)
        if self.mode.currentData() == "current":
            before = chosen
            after = readable(self.session.dossier.production(self.number).chapters[self.kind].text)
        else:
            previous = row + 1 < len(self.revisions)
            before = self._text(self.revisions[row + 1].id) if previous else ""
            after = chosen
        segments = word_diff(before, after)
        self.view.setHtml(to_html(segments, colours(self.view.palette())))
        added, removed = summary(segments)
        self.totals.setText(fill(self.tr("%1 mots ajoutés, %2 mots retirés"), str(added), str(removed)))

    def keep(self) -> None:
        self.session.keep_version(self.number, self.kind)
        self.reload()

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        if self.session.restore_revision(self.revisions[row].id, self.number, self.kind):
            self.restored = True
            self.reload()


def readable(markdown: str) -> str:
    """The chapter as it reads: paragraphs apart, list items marked."""
    return "\n\n".join(("• " if block.list_kind else "") + block.text for block in parse(markdown))


def to_html(segments: list[Segment], table: Colours) -> str:
    """Removed words struck through, added words underlined, each in its colour: readable
    without colour too. A space parts a removed word from the word put in its place."""
    parts = []
    previous: Segment | None = None
    for segment in segments:
        if (previous is not None and Change.SAME not in (previous.change, segment.change)
                and not previous.text[-1:].isspace() and not segment.text[:1].isspace()):
            parts.append(" ")
        text = html_text(segment.text).replace("\n", "<br>")
        if segment.change is Change.ADDED:
            parts.append(f'<span style="color:{table.added}; text-decoration:underline">{text}</span>')
        elif segment.change is Change.REMOVED:
            parts.append(f'<span style="color:{table.removed}; text-decoration:line-through">'
                         f'{text}</span>')
        else:
            parts.append(text)
        previous = segment
    return "".join(parts)
