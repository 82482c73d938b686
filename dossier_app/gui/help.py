"""The Help menu's pages: the keyboard shortcuts (read from the window's own actions, so
the list cannot drift from the keys) and a short page on writing a production."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

WIDGET_KEYS = [
    # Keys that belong to widgets rather than to menu actions: (what, keys).
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Dans une liste à puces : décaler l’élément d’un "
                                          "niveau, ou le remettre"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Maj+Tab")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Quitter le texte pour le champ suivant (la touche "
                                          "Tab y met un retrait)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Tab, Ctrl+Maj+Tab")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ouvrir le menu du texte (suggestions d’orthographe "
                                          "et de grammaire)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Maj+F10, touche Menu")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Coller sans mise en forme (le texte seul, sans gras, "
                                          "italique ni listes)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Maj+V")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ouvrir le calendrier d’un champ de date"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+Bas")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Quitter le mode concentration"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Échap")),
]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        rows = [(action.text().replace("&", ""),
                 action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for action in actions if not action.shortcut().isEmpty()]
        rows += [(self.tr(str(what)), self.tr(str(keys))) for what, keys in WIDGET_KEYS]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Raccourcis clavier"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Touches")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text.rstrip("…")))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        _layout(self, self.table)


class WritingHelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Écrire une production"))
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Écrire une production"))
        text.setOpenLinks(False)
        text.setHtml(self.tr(
            "<h2>Écrire une production</h2>"
            "<p>Le dossier compte deux ou trois productions : une par compétence du CCPT "
            "(certificat de compétences professionnelles transférables) que vous visez. "
            "Chaque production a trois chapitres.</p>"
            "<h3>1. La situation</h3>"
            "<p>Racontez une situation vraie de votre mandat : quand, où, avec qui, ce qui "
            "se passait. Choisissez-la parce qu’elle montre la compétence. Une seule "
            "situation, précise, vaut mieux que trois survolées.</p>"
            "<h3>2. L’analyse</h3>"
            "<p>Dites ce que vous avez fait, étape par étape, et pourquoi. Avec qui, avec "
            "quels outils ou quels textes. Ce qui a été difficile. Le résultat. Allez plus "
            "loin qu’une liste de tâches : le jury veut voir vos choix.</p>"
            "<h3>3. L’argumentaire de transfert</h3>"
            "<p>Montrez comment ce que vous avez appris servira dans le métier visé : "
            "dans quelles situations de ce métier, et comment. Appuyez-vous sur votre "
            "projet professionnel.</p>"
            "<h3>Des conseils</h3>"
            "<ul><li>Écrivez « je », pas « on » : c’est votre expérience qui compte.</li>"
            "<li>Des phrases courtes. Un paragraphe par idée.</li>"
            "<li>Les conseils à droite du texte posent des questions pour avancer ; "
            "F9 les affiche ou les masque.</li>"
            "<li>Les points à régler (F10) disent ce qui manque avant le jury.</li>"
            "<li>La relecture (F7) signale la grammaire, l’orthographe et ce qu’un "
            "lecteur du jury aimerait trouver autrement dit ; chaque remarque se "
            "corrige ou s’ignore.</li>"
            "<li>Votre texte est enregistré tout seul, au fil de l’écriture.</li></ul>"))
        _layout(self, text)
        self.resize(640, 560)


def _layout(dialog: QDialog, body: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
