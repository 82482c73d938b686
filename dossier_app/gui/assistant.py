"""Creating a dossier: who I am, my mandates, my project, which CCPT, where to keep it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.model import Candidate, Dossier, Production
from ..core.referential import Ccpt, Referential
from .forms import CandidateForm, mandates_editor
from .richtext import html_text
from .texts import fill


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class IdentityPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Vous"))
        self.setSubTitle(self.tr("Ces informations figurent sur la page de garde du dossier. "
                                 "Seuls le prénom et le nom sont indispensables."))
        self.form = CandidateForm()
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(self.form))
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.form.edits["first_name"].text().strip()
                    and self.form.edits["last_name"].text().strip())


class MandatesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Vos mandats"))
        self.setSubTitle(self.tr("Les mandats exercés ces cinq dernières années, avec leurs dates et "
                                 "la part de votre temps qu’ils occupent. Vous pourrez compléter "
                                 "plus tard."))
        self.editor = mandates_editor()
        self.editor.add_row()
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(self.editor))


class ProjectPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Votre projet professionnel"))
        self.setSubTitle(self.tr("Quel métier visez-vous, et pourquoi ? Quelques phrases suffisent "
                                 "pour commencer : c’est ce projet qui rend le transfert crédible "
                                 "aux yeux du jury."))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Projet professionnel"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Par exemple : je souhaite devenir gestionnaire de paie, "
                                             "parce que…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)


class CcptPage(QWizardPage):
    def __init__(self, referential: Referential) -> None:
        super().__init__()
        self.setTitle(self.tr("Le certificat visé (CCPT)"))
        self.setSubTitle(self.tr("Chaque CCPT correspond à un bloc d’un titre professionnel. "
                                 "Lisez les questions sous chacun : là où vous répondez souvent "
                                 "« oui », votre expérience de mandat a de quoi nourrir le dossier. "
                                 "Votre conseiller peut vous aider à choisir."))
        self.group = QButtonGroup(self)
        self.ccpts: dict[int, Ccpt] = {}
        cards = QWidget()
        column = QVBoxLayout(cards)
        for index, ccpt in enumerate(referential.ccpts):
            column.addWidget(self._card(index, ccpt))
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(cards))
        self.group.idToggled.connect(lambda *_: self.completeChanged.emit())

    def _card(self, index: int, ccpt: Ccpt) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        radio = QRadioButton(ccpt.label)
        font = radio.font()
        font.setBold(True)
        radio.setFont(font)
        radio.setAccessibleName(fill(self.tr("CCPT %1"), ccpt.label))
        self.group.addButton(radio, index)
        self.ccpts[index] = ccpt
        provisional = html_text(self.tr("intitulé provisoire"))
        competences = "".join(
            f"<li>{html_text(c.label)}"
            + (f" <i>({provisional})</i>" if c.provenance.provisional else "")
            + "</li>" for c in ccpt.competences)
        questions = "".join(f"<li>{html_text(q)}</li>" for q in ccpt.fit_questions)
        equivalent = html_text(fill(self.tr("Équivalent : bloc « %1 » du titre professionnel %2, %3."),
                                    ccpt.ccp_label, ccpt.tp, ccpt.level))
        competences_title = html_text(self.tr("Compétences (une production chacune) :"))
        questions_title = html_text(self.tr("Pour vous aider à choisir :"))
        details = QLabel(
            f"{html_text(ccpt.summary)}<br>{equivalent}"
            f"<br><b>{competences_title}</b><ul>{competences}</ul>"
            f"<b>{questions_title}</b><ul>{questions}</ul>")
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(card)
        layout.addWidget(radio)
        layout.addWidget(details)
        return card

    def isComplete(self) -> bool:
        return self.group.checkedId() >= 0

    def chosen(self) -> Ccpt:
        return self.ccpts[self.group.checkedId()]


class FilePage(QWizardPage):
    def __init__(self, default_folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Où garder votre dossier"))
        self.setSubTitle(self.tr("Un seul fichier contient tout le dossier. Il est enregistré "
                                 "automatiquement pendant que vous écrivez ; vous pourrez le copier "
                                 "sur une clé USB pour votre conseiller."))
        self.default_folder = default_folder
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Emplacement du fichier du dossier"))
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self._browse)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        if not self.path.text():
            wizard = self.wizard()
            if not isinstance(wizard, CreationAssistant):
                return
            name = wizard.identity.form.edits
            stem = _safe(f"Dossier CCPT - {name['first_name'].text()} {name['last_name'].text()}")
            self.path.setText(str(_free_path(self.default_folder / f"{stem}.ccpt")))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le dossier"),
                                                self.path.text(),
                                                self.tr("Dossier CCPT (*.ccpt)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".ccpt") else chosen + ".ccpt")

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self.problem.setText(self.tr("Indiquez où enregistrer le dossier."))
            return False
        target = Path(text).expanduser()
        if target.exists():
            self.problem.setText(self.tr("Un fichier porte déjà ce nom : choisissez-en un autre."))
            return False
        if not target.parent.is_dir():
            self.problem.setText(self.tr("Ce dossier n’existe pas : choisissez-en un autre."))
            return False
        self.problem.setText("")
        return True

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()


class CreationAssistant(QWizard):
    def __init__(self, referential: Referential, default_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Créer mon dossier"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Créer le dossier"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.referential = referential
        self.identity = IdentityPage()
        self.mandates = MandatesPage()
        self.project = ProjectPage()
        self.ccpt = CcptPage(referential)
        self.file = FilePage(default_folder)
        for page in (self.identity, self.mandates, self.project, self.ccpt, self.file):
            self.addPage(page)
        self.resize(820, 640)

    def dossier(self) -> Dossier:
        candidate = Candidate()
        self.identity.form.apply(candidate)
        ccpt = self.ccpt.chosen()
        return Dossier(
            candidate=candidate,
            mandates=[m for m in self.mandates.editor.values() if m.title],
            project=self.project.text.toPlainText().strip(),
            ccpt=ccpt.id,
            productions=[Production(competence=c.number) for c in ccpt.competences],
            referential=self.referential.ref,
        )


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", " ".join(name.split())).strip(" .-") or "Dossier CCPT"


def _free_path(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate
