"""Exporting for the jury from the app: format, options, template, destination."""

from __future__ import annotations

import copy
import functools
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import FileProblem
from ..core.files import check_input_file
from ..core.privacy import Finding, Lexicon, unlisted_names
from ..core.reading_budget import production_words
from ..core.sentence import say
from ..export.service import ExportResult, export_document
from ..export.template_check import MAX_TEMPLATE_BYTES
from ..export.word import joined_pdfs
from .background import Failed, in_background
from .forms import wrapped
from .session import DossierSession
from .settings import Settings
from .texts import fill, shown


class ExportDialog(QDialog):
    review_requested = Signal()
    """« Revoir »: the user goes to the privacy page to give names their pseudonyms (the
    dialog closes)."""
    pages_counted = Signal()
    """LibreOffice's layout gave each production's real pages: the views showing the
    estimate show them instead."""

    SHOWN_NAMES = 4
    """Names listed in the line of those without a pseudonym; the others are counted."""

    def __init__(self, session: DossierSession, settings: Settings, default_folder: Path,
                 parent: QWidget | None = None, speller: Lexicon | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter le dossier pour le jury"))
        self.session = session
        self.settings = settings
        self.exported: ExportResult | None = None
        """The last export made (not ``result``: that is QDialog's own)."""
        self._exported_words: list[int] = []
        """Each production's words in the export under way: its page counts hold while the
        text stays about as long."""
        # Their sentences wrap at a large text size (a button's own text never does).
        self.word, self.pdf = QRadioButton(), QRadioButton()
        formats_group = QButtonGroup(self)  # each sits in its own row: one group keeps one on
        formats_group.addButton(self.word)
        formats_group.addButton(self.pdf)
        self.word.setChecked(True)
        self.comments, self.pseudonyms = QCheckBox(), QCheckBox()
        self.pseudonyms.setEnabled(bool(session.dossier.pseudonyms))
        choices = [wrapped(self.word, self.tr("Document Word (.docx), modifiable"))[0],
                   wrapped(self.pdf, self.tr("PDF, prêt à imprimer ou à envoyer"))[0],
                   wrapped(self.comments,
                           self.tr("Joindre les commentaires non résolus du conseiller"))[0],
                   wrapped(self.pseudonyms,
                           self.tr("Remplacer les vrais noms par leurs pseudonymes"))[0]]
        self.speller = speller
        self._unlisted: list[Finding] | None = None
        self.unlisted = QLabel()
        self.unlisted.setWordWrap(True)
        self.review = QPushButton(self.tr("Revoir"))
        self.review.setAccessibleName(self.tr("Revoir les noms sans pseudonyme"))
        self.review.clicked.connect(self._review)
        unlisted_row = _row(self.unlisted, self.review)
        unlisted_row.hide()
        self.pseudonyms.toggled.connect(lambda: self._show_unlisted(unlisted_row))
        self.template = QLineEdit(settings.export_template)
        self.template.setPlaceholderText(self.tr("Modèle fourni avec l’application"))
        self.template.setAccessibleName(self.tr("Modèle Word de l’organisme"))
        choose_template = QPushButton(self.tr("Choisir…"))
        choose_template.setAccessibleName(self.tr("Choisir un modèle Word"))
        choose_template.clicked.connect(self._choose_template)
        stem = session.path.stem
        self.target = QLineEdit(str(default_folder / f"{stem}.docx"))
        self.target.setAccessibleName(self.tr("Fichier à créer"))
        choose_target = QPushButton(self.tr("Choisir…"))
        choose_target.setAccessibleName(self.tr("Choisir le fichier à créer"))
        choose_target.clicked.connect(self._choose_target)
        self.word.toggled.connect(self._suffix_follows_format)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the LibreOffice pass has no steps to count
        self.progress.setAccessibleName(self.tr("Export en cours"))
        self.progress.hide()
        self._stop = threading.Event()
        self._steps = _Steps(self)
        self._steps.step.connect(self._step)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Exporter"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_file = self.buttons.addButton(self.tr("Ouvrir le document"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder = self.buttons.addButton(self.tr("Ouvrir le répertoire"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Fermer"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button = self.buttons.addButton(self.tr("Annuler l’export"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.open_file.hide()
        self.open_folder.hide()
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.open_file.clicked.connect(lambda: self._open_exported(folder=False))
        self.open_folder.clicked.connect(lambda: self._open_exported(folder=True))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        formats = QVBoxLayout()
        for choice in choices[:2]:
            formats.addWidget(choice)
        form.addRow(self.tr("Format :"), formats)
        options = QVBoxLayout()
        for choice in choices[2:]:
            options.addWidget(choice)
        options.addWidget(unlisted_row)  # under « Remplacer les vrais noms… », when checked
        form.addRow(self.tr("Options :"), options)
        form.addRow(self.tr("Modèle :"), _row(self.template, choose_template))
        form.addRow(self.tr("Enregistrer sous :"), _row(self.target, choose_target))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # As wide as 72 characters of its font, as tall as its rows need: a fixed size
        # squashed the choices at 200 %.
        width = self.fontMetrics().averageCharWidth() * 72
        self.resize(max(width, self.sizeHint().width()), self.heightForWidth(width)
                    if self.hasHeightForWidth() else self.sizeHint().height())

    def _show_unlisted(self, row: QWidget) -> None:
        """With pseudonyms asked for, the names the text shows without one, before
        exporting (exporting anyway stays possible)."""
        if self._unlisted is None:
            self._unlisted = unlisted_names(self.session.dossier, self.speller)
        names = [finding.name for finding in self._unlisted]
        shown_names = ", ".join(names[:self.SHOWN_NAMES]) + ("…" if len(names) > self.SHOWN_NAMES
                                                             else "")
        if len(names) == 1:
            self.unlisted.setText(fill(self.tr("1 nom sans pseudonyme : %1"), shown_names))
        else:
            self.unlisted.setText(fill(self.tr("%1 noms sans pseudonyme : %2"), len(names),
                                       shown_names))
        self.review.setAccessibleDescription(self.unlisted.text())
        row.setVisible(self.pseudonyms.isChecked() and bool(names))
        self._grow()

    def _review(self) -> None:
        if self.cancel_button.isVisible():
            return  # exporting: the dialog stays until the export is done or stopped
        self.reject()
        self.review_requested.emit()

    def fmt(self) -> str:
        return "pdf" if self.pdf.isChecked() else "docx"

    def _suffix_follows_format(self) -> None:
        path = Path(self.target.text())
        self.target.setText(str(path.with_suffix("." + self.fmt())))

    def _choose_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Modèle Word"), str(Path.home()),
                                                self.tr("Document Word (*.docx)"))
        if chosen:
            self.template.setText(chosen)

    def _choose_target(self) -> None:
        suffix = self.fmt()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer sous"), self.target.text(),
                                                f"*.{suffix}")
        if chosen:
            self.target.setText(chosen if chosen.endswith("." + suffix) else f"{chosen}.{suffix}")

    def start(self) -> threading.Thread | None:
        """Export in a worker thread; the dialog shows progress, then the outcome."""
        target = Path(self.target.text().strip()).expanduser()
        template = self.template.text().strip()
        if template:
            try:
                check_input_file(Path(template), say("le modèle"), MAX_TEMPLATE_BYTES)
            except FileProblem as problem:
                self._say(shown(problem))
                return None
        self.settings.export_template = template
        self.session.flush()
        self._stop.clear()
        dossier = copy.deepcopy(self.session.dossier)
        self._exported_words = [production_words(p) for p in dossier.productions]
        export = functools.partial(
            export_document, dossier, self.session.referential, target,
            self.fmt(), with_comments=self.comments.isChecked(),
            pseudonymized=self.pseudonyms.isChecked(),
            template=Path(template) if template else None, clock=self.session.file.clock,
            progress=self._steps.step.emit, cancelled=self._stop.is_set)
        self.export_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        self.progress.show()
        self._say(self.tr("Export en cours…"))
        return in_background(export, self._done, self)

    def _say(self, text: str) -> None:
        """The message, the dialog growing if its rows need more room (a progress bar and
        a message wrapping at 200 % would squash the choices above them)."""
        self.message.setText(text)
        self._grow()

    def _grow(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = (self.heightForWidth(self.width()) if self.hasHeightForWidth()
                  else self.sizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def cancel(self) -> None:
        """Stop the export under way (LibreOffice too); nothing is written."""
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Arrêt de l’export…"))

    def reject(self) -> None:
        """Closing (Échap) while exporting stops the export first."""
        if self.cancel_button.isVisible():
            self.cancel()
            return
        super().reject()

    def _step(self, sentence) -> None:
        if not self._stop.is_set():
            self._say(shown(sentence))

    def _done(self, outcome) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)
        if isinstance(outcome, Failed):
            self._say(outcome.message)
            self.export_button.setFocus()
            return
        self.exported = outcome
        pages = outcome.production_pages
        if pages is not None:
            self.session.page_counts.record(pages, self._exported_words,
                                          self.session.file.clock.today())
            self.pages_counted.emit()
        text = fill(self.tr("Dossier exporté : %1"), str(outcome.path))
        if not outcome.toc_page_numbers:
            text += " " + self.tr("Le sommaire n’a pas pu être numéroté : dans Word, mettez "
                                  "la table à jour (F9).")
        if outcome.path.suffix.lower() == ".docx" and joined_pdfs(self.session.dossier):
            text += " " + self.tr("Les documents PDF des annexes ne sont pas dans le fichier Word : "
                                  "ils sont joints à l’export PDF, à envoyer au jury.")
        if outcome.comments_on_headings:
            text += " " + fill(self.tr("Commentaires placés sur le titre de leur chapitre, "
                                       "faute d’y retrouver leur passage : %1."),
                               outcome.comments_on_headings)
        self.open_file.show()
        self._say(text)
        self.open_folder.show()
        self.open_file.setFocus()

    def _open_exported(self, folder: bool) -> None:
        if self.exported is not None:
            path = self.exported.path.parent if folder else self.exported.path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _Steps(QObject):
    """Carries the export's steps from its thread to the dialog's (a queued signal)."""

    step = Signal(object)


def _row(field: QWidget, button: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return holder
