"""Beside the editor: the competence served, what the jury looks for, and help to write."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.guidance import ChapterGuidance
from ..core.referential import Ccpt, Competence


class GuidancePanel(QScrollArea):
    starter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Conseils pour ce chapitre"))
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._body)
        self.setMinimumWidth(260)

    def show_guidance(self, ccpt: Ccpt | None, competence: Competence | None,
                      chapter_title: str, guidance: ChapterGuidance) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone from the screen now, from memory soon
                item.widget().deleteLater()
        if competence is not None:
            provisional = (f" <i>({escape(self.tr('intitulé provisoire'))})</i>"
                           if competence.provenance.provisional else "")
            self._section(self.tr("Compétence"),
                          f"<b>{competence.number}. {escape(competence.label)}</b>{provisional}"
                          f"<br>{escape(competence.description)}")
            if competence.jury_expectations:
                self._section(self.tr("Ce que le jury regarde"), _bullets(competence.jury_expectations))
        self._section(chapter_title, escape(guidance.purpose))
        self._section(self.tr("Questions pour avancer"), _bullets(guidance.relances))
        self._heading(self.tr("Pour commencer une phrase"))
        hint = QLabel(self.tr("Cliquez pour insérer dans le texte :"))
        hint.setWordWrap(True)
        self._layout.addWidget(hint)
        for starter in guidance.starters:
            button = QPushButton(starter)
            button.setToolTip(self.tr("Insérer ce début de phrase"))
            button.setAccessibleName(self.tr("Insérer : %1").replace("%1", starter))
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label = QLabel(starter, button)  # a wrapping label: long starters stay readable
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            button.setText("")
            inner = QVBoxLayout(button)
            inner.setContentsMargins(8, 4, 8, 4)
            inner.addWidget(label)
            button.setMinimumHeight(label.sizeHint().height() + 8)
            button.clicked.connect(lambda _=False, s=starter: self.starter_chosen.emit(s))
            self._layout.addWidget(button)
        if guidance.example:
            self._section(self.tr("Un exemple"), f"<i>{escape(guidance.example)}</i>")
        if ccpt is not None and ccpt.provisional:
            self._section(self.tr("À savoir"), escape(self.tr(
                "Les compétences de ce CCPT sont une proposition provisoire : le référentiel "
                "officiel n’a pas pu être obtenu. Vérifiez-les avec votre conseiller.")))

    def _heading(self, text: str) -> None:
        label = QLabel(f"<b>{escape(text)}</b>")
        label.setProperty("role", "heading")
        self._layout.addWidget(label)

    def _section(self, title: str, html: str) -> None:
        self._heading(title)
        body = QLabel(html)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(body)


def _bullets(items) -> str:
    return "".join(f"• {escape(item)}<br>" for item in items)
