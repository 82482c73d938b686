"""The competences badge from the app: what it holds, who vouches for it and whether it is
signed, in words, the JSON it will be, and where to save it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.badge import Issuer, badge, configured_issuer, sign, signing_key, signing_problem
from ..core.errors import DossierError
from ..core.files import write_private_bytes
from .folders import documents_folder
from .session import DossierSession
from .texts import fill, shown

if TYPE_CHECKING:
    from .main_window import AppContext


class BadgeDialog(QDialog):
    """Shows the badge of the dossier's CCPT and saves it: signed (a VC-JWT, ``.jwt``) when
    the organisation configured a key that loads and « Signer le badge » is checked, else
    the JSON. A badge that cannot be made (no validated result, a damaged issuer file) says
    why in place of the preview, and nothing can be saved."""

    def __init__(self, session: DossierSession, context: AppContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge de compétences (Open Badges 3.0)"))
        self.session = session
        self.credential: dict[str, Any] | None = None
        self.issuer: Issuer | None = None
        self.file_dialog: QFileDialog | None = None
        """The last « where to save » asked (tests answer it by keyboard)."""
        problem = ""
        try:
            self.issuer = configured_issuer(context.paths)
            self.credential = badge(session.dossier, session.referential, issuer=self.issuer,
                                    now=context.clock.now())
        except DossierError as error:
            problem = shown(error)
        self.key_problem = ""
        if self.issuer is not None and self.issuer.key is not None:
            found = signing_problem(self.issuer)
            self.key_problem = shown(found) if found is not None else ""
        self.sign_box = QCheckBox(self.tr("&Signer le badge avec la clé de l’organisation"))
        self.sign_box.setAccessibleName(self.tr("Signer le badge"))
        self.can_sign = self.issuer is not None and self.issuer.key is not None
        """The organisation named a key: the choice is offered (disabled if the key fails)."""
        self.sign_box.setHidden(not self.can_sign)  # before it has a parent: never a window
        self.sign_box.setEnabled(self.credential is not None and not self.key_problem)
        self.sign_box.setChecked(self.sign_box.isEnabled())
        self.sign_box.toggled.connect(self._signing_changed)
        self.contents = self._paragraph(self._contents_text(), self.tr("Contenu du badge"))
        self.issued_by = self._paragraph(self._issuer_text(), self.tr("Émetteur du badge"))
        self.signature = self._paragraph(self._signature_text(), self.tr("Signature du badge"))
        self.problem = self._paragraph(problem, self.tr("Pourquoi le badge ne peut pas être fait"))
        self.problem.setVisible(bool(problem))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())  # as large as the text the user chose
        self.preview.setFont(fixed)
        self.preview.setAccessibleName(self.tr("Aperçu du badge (JSON)"))
        self.preview.setTabChangesFocus(True)
        self.preview.setPlainText(self._json() if self.credential else "")
        self.preview.setVisible(self.credential is not None)
        preview_label = QLabel(self.tr("&Aperçu du contenu du badge (JSON, lisible par les "
                                       "portefeuilles de badges) :"))
        preview_label.setWordWrap(True)
        preview_label.setBuddy(self.preview)
        preview_label.setVisible(self.credential is not None)
        self.status = self._paragraph("", self.tr("Résultat de l’enregistrement"))
        self.status.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Enregistrer le badge…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAccessibleName(self.tr("Enregistrer le badge"))
        self.save_button.setEnabled(self.credential is not None)
        self.save_button.clicked.connect(self.save)
        self.close_button = self.buttons.addButton(self.tr("&Fermer"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Fermer"))
        self.close_button.clicked.connect(self.reject)
        # The words scroll rather than clip when large text leaves them too little room.
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.problem, self.contents, self.issued_by, self.signature):
            words_layout.addWidget(widget)
        words_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(words)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Ce que dit le badge"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 2)
        # The choice stays in sight by the buttons, however little room the words get.
        for part in (preview_label, self.preview, self.status, self.sign_box, self.buttons):
            layout.addWidget(part)
        layout.setStretchFactor(self.preview, 3)
        (self.save_button if self.credential else self.close_button).setFocus()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Wide enough to read, never beyond the screen (a 1366×768 laptop at 200 %)."""
        screen = self.screen().availableGeometry()
        em = self.fontMetrics().averageCharWidth()
        self.resize(min(em * 110, int(screen.width() * 0.9)), int(screen.height() * 0.9))

    def _paragraph(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _contents_text(self) -> str:
        ccpt = self.session.ccpt
        if ccpt is None:
            return ""
        result = self.session.dossier.result()
        decided = (fill(self.tr("obtenu le %1"), result.date.strftime("%d/%m/%Y"))
                   if result is not None and result.date is not None else self.tr("obtenu"))
        return fill(self.tr(
            "Ce badge dit que vous avez obtenu le CCPT « %1 » (%2), reconnu équivalent au bloc "
            "« %3 » du titre professionnel %4, et donne ses compétences et celles du bloc. Il "
            "vous nomme par vos prénom et nom ; il ne contient ni votre adresse, ni votre "
            "courriel, ni votre téléphone, ni votre syndicat."),
            ccpt.label, decided, ccpt.ccp_label, ccpt.tp)

    def _issuer_text(self) -> str:
        if self.issuer is None:
            return self.tr(
                "Émetteur : vous-même. Ce badge est auto-déclaré : aucune organisation ne "
                "l’atteste, et il le dit. Pour un badge émis par votre organisme "
                "d’accompagnement, il doit se déclarer émetteur sur cet ordinateur.")
        return fill(self.tr("Émetteur : %1, l’organisation configurée sur cet ordinateur."),
                    self.issuer.name)

    @property
    def signed(self) -> bool:
        """Whether the badge is saved signed."""
        return self.can_sign and self.sign_box.isChecked()

    def _signing_changed(self) -> None:
        self.signature.setText(self._signature_text())

    def _signature_text(self) -> str:
        unsigned = self.tr(
            "Non signé : tout le monde peut le lire, et personne ne peut vérifier qu’il vient "
            "bien de son émetteur ni qu’il n’a pas été modifié.")
        if self.issuer is None:
            return unsigned
        if self.issuer.key is None:
            return unsigned + " " + self.tr(
                "Pour le signer, l’organisation émettrice doit désigner sa clé de signature "
                "dans sa configuration.")
        if self.key_problem:
            return fill(self.tr("Le badge ne peut pas être signé : %1. Il s’enregistrera non "
                                "signé. %2"), self.key_problem, unsigned)
        if not self.signed:
            return unsigned + " " + self.tr(
                "Cochez « Signer le badge » pour qu’il puisse être vérifié.")
        return fill(self.tr(
            "Signé : le fichier est signé avec la clé privée de %1. Quiconque a la clé "
            "publique de cette organisation peut vérifier que le badge vient bien d’elle et "
            "qu’il n’a pas été modifié depuis. Le fichier (.jwt) est un texte codé que lisent "
            "les portefeuilles de badges ; il dit ce que montre l’aperçu."), self.issuer.name)

    def _json(self) -> str:
        return json.dumps(self.credential, ensure_ascii=False, indent=2) + "\n"

    def save(self) -> None:
        """Ask where (the app's own file dialog, so that a keyboard reaches every field),
        then write the badge readable by the user alone."""
        suffix = "jwt" if self.signed else "json"
        dialog = QFileDialog(self, self.tr("Enregistrer le badge"),
                             str(documents_folder() / f"{self.session.path.stem}-badge.{suffix}"),
                             self.tr("Badge Open Badges signé (*.jwt)") if self.signed
                             else self.tr("Badge Open Badges (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.file_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.save_to(Path(dialog.selectedFiles()[0]))

    def save_to(self, target: Path) -> bool:
        if self.credential is None:
            return False
        try:
            # The key is read again: the file may have changed since the dialog opened.
            data = ((sign(self.credential, signing_key(self.issuer)) + "\n").encode("ascii")
                    if self.signed else self._json().encode("utf-8"))
            write_private_bytes(target, data)
        except DossierError as error:
            self.status.setText(fill(self.tr("Le badge n’a pas été enregistré : %1"),
                                     shown(error)))
            self.status.show()
            return False
        self.status.setText(fill(self.tr("Badge signé enregistré : %1") if self.signed
                                 else self.tr("Badge enregistré : %1"), str(target)))
        self.status.show()
        return True
