"""The band above the page that says why the dossier cannot be changed, or that a save
failed, and offers what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..storage.dossier_file import DossierFile
from .texts import fill, shown


class Banner(QFrame):
    copy_requested = Signal()
    """« Enregistrer une copie… »: go on writing in a copy elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")  # the theme's style sheet draws it
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Enregistrer une &copie…"))
        self.copy_button.clicked.connect(self.copy_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_access(self, file: DossierFile) -> None:
        """Why this dossier cannot be changed here, and what to do; hidden when it can."""
        self.copy_button.setVisible(False)
        if not file.read_only:
            self.hide()
            return
        if file.holder is not None:
            text = fill(self.tr("Lecture seule : ce dossier est déjà ouvert par %1. Vous pouvez "
                                "le lire ; fermez-le là-bas pour le modifier ici."),
                        shown(file.holder.describe()))
        elif file.unwritable:
            text = self.tr("Ce dossier est en lecture seule : le fichier ou son support ne peut pas "
                           "être modifié. Enregistrez une copie pour continuer à écrire.")
            self.copy_button.setVisible(True)
        else:
            text = self.tr("Lecture seule.")
        self.text.setText(text)
        self.show()

    def show_save_failure(self, message: str) -> None:
        self.copy_button.setVisible(False)
        self.text.setText(message + " " + self.tr(
            "Votre texte est toujours à l’écran ; l’enregistrement sera retenté automatiquement."))
        self.show()
