"""The File menu's actions: open, the example, a new dossier, a Word draft's import, a copy,
the export, the referential, About. An object the window owns (``window.files``), with its
own translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from .. import __version__
from ..app import dossiers
from ..core.errors import DossierError
from ..core.files import display, same_file
from ..core.pages import Page
from ..core.paths import private_dir
from ..core.referential import install_referential
from .folders import documents_folder
from .navigator import Place
from .texts import fill, shown

if TYPE_CHECKING:
    from ..app.draft_import import DraftMapping
    from .main_window import MainWindow

EXAMPLE_FILE = "exemple-nadia-martin.ccpt"


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def choose_and_open(self) -> None:
        start = (
            str(self.window.context.settings.recent_files[0].parent)
            if self.window.context.settings.recent_files
            else str(Path.home())
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Ouvrir un dossier"),
            start,
            self.tr("Dossier CCPT (*.ccpt);;Tous les fichiers (*)"),
        )
        if chosen:
            self.window.open_path(Path(chosen))

    def open_example(self) -> None:
        folder = private_dir(self.window.context.paths.examples)
        target = folder / EXAMPLE_FILE
        if not target.exists():
            try:
                dossiers.create_example(
                    target,
                    self.window.context.referential,
                    self.window.context.identity,
                    self.window.context.clock,
                )
            except DossierError as error:
                self.window.warn(shown(error))
                return
        self.window.open_path(target)

    def new_dossier(self) -> None:
        from .assistant import CreationAssistant  # only when creating: keeps start-up quick

        folder = documents_folder()
        assistant = CreationAssistant(self.window.context.referential, folder, self.window)
        accepted = assistant.exec() == CreationAssistant.DialogCode.Accepted
        target, dossier = (assistant.file.target(), assistant.dossier()) if accepted else (None, None)
        assistant.deleteLater()
        if target is not None:
            self.create_dossier(target, dossier)

    def import_draft(self) -> None:
        """A Word draft becomes a new dossier: the draft, its preview, then where to save."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Importer un brouillon Word"),
            str(documents_folder()),
            self.tr("Brouillon (*.docx *.odt *.doc *.pdf);;Tous les fichiers (*)"),
        )
        if not chosen:
            return
        draft = Path(chosen)
        previewed = self._preview_draft(draft)
        if previewed is None:
            return
        target = self._new_dossier_target(draft)
        if target is None:
            return
        from ..app.draft_import import build_dossier

        try:
            dossier = build_dossier(*previewed)
        except DossierError as error:
            self.window.warn(shown(error))
            return
        self.create_dossier(target, dossier)

    def _preview_draft(self, draft: Path) -> tuple[DraftMapping, str] | None:
        """The preview (the draft read in the background): the mapping and the CCPT the
        candidate confirmed, None if cancelled or unreadable (then said in one sentence)."""
        from ..app.draft_import import read_draft
        from .import_draft_dialog import ImportDraftDialog  # only when importing: keeps start-up quick

        referential = self.window.context.referential
        dialog = ImportDraftDialog(
            display(Path(draft.name)),
            lambda accept: read_draft(draft, accept_changes=accept, referential=referential),
            referential, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        mapping, ccpt, failure = dialog.mapping, dialog.chosen_ccpt(), dialog.failure
        dialog.deleteLater()
        if failure is not None:
            self.window.warn(failure)
        return (mapping, ccpt) if accepted and mapping is not None and ccpt is not None else None

    def _new_dossier_target(self, draft: Path) -> Path | None:
        """Where the new dossier goes: a .ccpt beside the candidate's documents, never the
        dossier open now."""
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Enregistrer le nouveau dossier"),
            str(documents_folder() / f"{draft.stem}.ccpt"),
            self.tr("Dossier CCPT (*.ccpt)"),
        )
        if not chosen:
            return None
        target = Path(chosen if chosen.endswith(".ccpt") else f"{chosen}.ccpt")
        session = self.window.session
        if session is not None and same_file(target, session.path):
            self.window.warn(self.tr("Choisissez un autre emplacement que celui du dossier ouvert."))
            return None
        return target

    def create_dossier(self, target: Path, dossier) -> bool:
        try:
            dossiers.create(target, dossier, self.window.context.identity, self.window.context.clock)
        except DossierError as error:
            self.window.warn(shown(error))
            return False
        return self.window.open_path(target)

    def save_copy(self) -> Path | None:
        """Ask where, write a copy of the dossier there; the copy's path, None if not made."""
        session = self.window.session
        if session is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Enregistrer une copie"),
            str(documents_folder() / session.path.name),
            self.tr("Dossier CCPT (*.ccpt)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if same_file(target, session.path):
            self.window.warn(self.tr("Choisissez un autre emplacement que celui du dossier ouvert."))
            return None
        try:
            dossiers.save_copy(
                session.dossier, target, self.window.context.identity, self.window.context.clock
            )
        except DossierError as error:
            self.window.warn(shown(error))
            return None
        return target

    def save_copy_and_open(self) -> None:
        """For a dossier that cannot be written where it is: go on writing in a copy."""
        if self.window.session is None:
            return
        self.window.workspace.sync()
        copy = self.save_copy()
        if copy is not None:
            self.window.open_path(copy)

    def export_dossier(self) -> None:
        from .export_dialog import ExportDialog  # only when exporting: keeps start-up quick

        if self.window.session is None:
            return
        self.window.save_now()
        spell = self.window.context.spell
        dialog = ExportDialog(
            self.window.session, self.window.context.settings, documents_folder(), self.window,
            speller=spell.speller if spell else None)
        dialog.review_requested.connect(
            lambda: self.window.workspace.go_to(Place(Page.PRIVACY)))
        dialog.pages_counted.connect(self.window.workspace.pages_counted)
        dialog.exec()
        dialog.deleteLater()

    def install_referential(self) -> None:
        """An advisor replaces the provisional competences by the official file."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Installer un référentiel"),
            str(Path.home()),
            self.tr("Référentiel (*.json)"),
        )
        if not chosen:
            return
        try:
            referential = install_referential(Path(chosen), self.window.context.paths)
        except DossierError as error:
            self.window.warn(shown(error))
            return
        self.window.context.referential = referential
        if self.window.session is not None:
            self.window.session.referential = referential
            self.window.workspace.refresh_overview()
        QMessageBox.information(
            self.window,
            self.tr("Référentiel installé"),
            fill(
                self.tr("Le référentiel « %1 », édition %2, est maintenant utilisé."),
                referential.title,
                referential.edition,
            ),
        )

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("À propos de Dossier CCPT"),
            fill(
                self.tr(
                    "<b>Dossier CCPT</b> %1<br><br>Pour écrire le dossier de productions de la "
                    "certification des compétences acquises dans un mandat (CCPT).<br><br>"
                    "Tout reste sur cet ordinateur : aucune connexion à Internet.<br>"
                    "Référentiel : %2, édition %3.",
                ),
                __version__,
                self.window.context.referential.title,
                self.window.context.referential.edition,
            ),
        )
