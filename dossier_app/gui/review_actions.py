"""The accompaniment and review actions of the main window: the reviewer's name, the
group dashboard, chapter versions, the path, and the exchange with the advisor.

An object the window owns (kept apart so that the window's module stays about the
workspace). Its strings are in the « MainWindow » translation context, written out in
full so that lupdate finds them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..app import dossiers
from ..core.errors import DossierError
from ..core.files import same_file, write_private_bytes
from ..core.oral import active_rules
from ..core.pages import Page
from .folders import documents_folder
from .navigator import Place

if TYPE_CHECKING:
    from .main_window import MainWindow
from .texts import fill, shown


class ReviewActions:
    """Owned by the window (``window.review``); reaches the window for the open session,
    the pages and the status bar."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _workshop_held(self) -> None:
        """A workshop just held: keep a version of every chapter to compare with later."""
        from ..core.model import RevisionReason

        if self.window.session is not None and self.window.session.keep_all_versions(RevisionReason.WORKSHOP):
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Une version de chaque chapitre a été gardée."), 8000
            )

    def reviewer_name(self, ask: bool = False) -> str | None:
        """Who signs comments: asked once, then remembered (None when the user cancels)."""
        from PySide6.QtWidgets import QInputDialog

        name = self.window.context.settings.reviewer_name
        if name and not ask:
            return name
        name, accepted = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("MainWindow", "Relecture"),
            QCoreApplication.translate("MainWindow", "Votre nom, pour signer vos commentaires :"),
            text=name or self.window.context.identity.user,
        )
        if not accepted or not name.strip():
            return None
        self.window.context.settings.reviewer_name = name.strip()
        return name.strip()

    def open_group(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, QCoreApplication.translate("MainWindow", "Répertoire du groupe"), str(Path.home())
        )
        if folder:
            self.show_group(Path(folder))

    def show_group(self, folder: Path):
        """The dashboard of a folder of dossiers; opening a row opens it here, in place of
        the dossier open (the window shows one), once the user said so."""
        from .dashboard import DashboardDialog

        dashboard = DashboardDialog(folder, self.window.context.referential, self.window.context.clock,
                                    self.window, active_rules(self.window.context.paths))

        def open_row(path: Path, candidate: str) -> None:
            session = self.window.session
            if session is not None and not same_file(session.path, path):
                choice = QMessageBox.question(
                    dashboard, QCoreApplication.translate("MainWindow", "Ouvrir un autre dossier"),
                    fill(QCoreApplication.translate(
                        "MainWindow", "Ouvrir le dossier de %1 ? Le dossier ouvert sera "
                        "enregistré et fermé."), candidate),
                    QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Open)
                if choice != QMessageBox.StandardButton.Open:
                    return
            if self.window.open_path(path):  # a file that cannot be opened keeps the list
                dashboard.accept()

        dashboard.open_requested.connect(open_row)
        dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dashboard.show()
        return dashboard

    def show_revisions(self, select: int | None = None) -> None:
        """The chapter's versions; ``select`` opens on one of them (the advisor's, in a conflict)."""
        from .revisions_dialog import RevisionsDialog

        place, session = self.window.workspace.current_place(), self.window.session
        if session is None or place is None or place.kind is None:
            return  # not on a chapter
        self.window.workspace.chapter_page.sync()
        dialog = RevisionsDialog(session, place.production, place.kind, self.window)
        if select:
            dialog.select_revision(select)
        dialog.exec()  # a restored version reaches the pages through the session's change
        dialog.deleteLater()

    # --- the path and the exchange with the advisor ------------------------------------

    def plan_path(self, start) -> None:
        from ..core.path_template import active_template

        steps = active_template(self.window.context.paths).plan(start)
        self.window.edit(lambda d: setattr(d, "steps", steps))
        self.window.workspace.fill_form(Page.PATH)

    def save_path_template(self) -> None:
        from ..core.path_template import install_template, template_from_steps

        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Enregistrer le modèle de parcours"),
            str(documents_folder() / "modele-parcours.json"),
            QCoreApplication.translate("MainWindow", "Modèle de parcours (*.json)"),
        )
        if not chosen or self.window.session is None:
            return
        data = template_from_steps(Path(chosen).stem, self.window.session.dossier.steps)
        try:
            install_template(data, self.window.context.paths)
            write_private_bytes(
                Path(chosen), (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            )
        except DossierError as error:
            self.window.warn(shown(error))
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Modèle enregistré : les prochains parcours seront prévus d’après lui."
            ),
            10000,
        )

    def install_path_template(self) -> None:
        from ..core.path_template import install_template

        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Installer un modèle de parcours"),
            str(documents_folder()),
            QCoreApplication.translate("MainWindow", "Modèle de parcours (*.json)"),
        )
        if not chosen:
            return
        try:
            template = install_template(Path(chosen), self.window.context.paths)
        except DossierError as error:
            self.window.warn(shown(error))
            return
        self.window.statusBar().showMessage(
            fill(QCoreApplication.translate("MainWindow", "Modèle « %1 » installé : %2 étapes."),
                 template.title or Path(chosen).stem, len(template.steps)),
            10000,
        )

    def send_to_advisor(self) -> None:
        if self.window.session is None:
            return
        self.window.save_now()
        name = self.window.session.path.stem + "-pour-relecture.ccpt"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Envoyer à mon conseiller"),
            str(documents_folder() / name),
            QCoreApplication.translate("MainWindow", "Dossier CCPT (*.ccpt)"),
        )
        if chosen and self.window.session.send_to_advisor(Path(chosen)):
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("MainWindow", "Copie prête"),
                fill(QCoreApplication.translate(
                    "MainWindow",
                    "La copie « %1 » est prête : donnez-la à votre conseiller (clé USB, courriel). "
                    "Continuez à écrire ici ; quand la copie relue reviendra, utilisez « Reprendre "
                    "la relecture du conseiller » : rien de ce que vous aurez écrit entre-temps ne "
                    "sera perdu.",
                ), Path(chosen).name),
            )

    def bring_back_review(self) -> None:
        if self.window.session is None:
            return
        self.window.save_now()
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Reprendre la relecture du conseiller"),
            str(documents_folder()),
            QCoreApplication.translate("MainWindow", "Dossier CCPT (*.ccpt)"),
        )
        if not chosen:
            return
        try:
            result = self.window.session.bring_back(Path(chosen))
        except DossierError as error:
            self.window.warn(shown(error))
            return
        message = (
            fill(QCoreApplication.translate(
                "MainWindow",
                "Relecture reprise : %1 nouveaux commentaires, %2 réponses, %3 statuts et %4 "
                "chapitres mis à jour.",
            ), result.new_comments, result.new_replies, result.statuses_taken, result.chapters_taken)
        )
        if result.conflicts:
            message += " " + fill(QCoreApplication.translate(
                "MainWindow",
                "%1 chapitres ont été modifiés des deux côtés : votre texte est gardé et la "
                "version du conseiller vous attend dans chacun d’eux pour que vous choisissiez.",
            ), str(len(result.conflicts)))
            first = result.conflicts[0]
            self.window.workspace.go_to(Place(Page.CHAPTER, first.production, first.kind))
        QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "Relecture reprise"),
                                message)

    def export_progress_sheet(self) -> None:
        window, session = self.window, self.window.session
        if session is None:
            return
        window.save_now()
        name = session.path.stem + "-fiche-de-suivi.docx"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Fiche de suivi"),
            str(documents_folder() / name),
            QCoreApplication.translate("MainWindow", "Document Word (*.docx)"),
        )
        if not chosen:
            return
        try:
            dossiers.progress_sheet(session.dossier, window.context.referential, Path(chosen),
                                    window.context.clock)
        except DossierError as error:
            self.window.warn(shown(error))
            return
        self.window.statusBar().showMessage(
            fill(QCoreApplication.translate("MainWindow", "Fiche de suivi enregistrée : %1"), chosen),
            10000,
        )
