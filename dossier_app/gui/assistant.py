"""Creating a dossier: who I am, my mandates, my project, which CCPT, where to keep it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.model import Candidate, Dossier, Production
from ..core.referential import Ccpt, Referential, level_today
from .forms import CandidateForm, FormScrollArea, ShortText, mandates_editor, wrapped
from .richtext import html_text
from .texts import fill


class _Page(QWizardPage):
    """A page of the assistant: its introduction and content scroll together, so that
    nothing is cut off at large text sizes (QWizard's own subtitle would be). Under them,
    beside the buttons, a line says what is missing while the page is not complete."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.name = title
        self.setTitle(title)
        body = QWidget()
        self.column = QVBoxLayout(body)
        introduction = QLabel(intro)
        introduction.setWordWrap(True)
        self.column.addWidget(introduction)
        self.area = FormScrollArea(body)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        margins = self.column.contentsMargins()  # in line with the text above it
        self.problem.setContentsMargins(margins.left(), 0, margins.right(), 0)
        self.problem.hide()
        margins.setBottom(0)  # every line counts at 200 % on a laptop's 768 pixels
        self.column.setContentsMargins(margins)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.area)
        layout.addWidget(self.problem)

    def number(self, step: int, steps: int) -> None:
        """Say in the title which step of how many this page is."""
        self.setTitle(fill(self.tr("Étape %1 sur %2 : %3"), step, steps, self.name))

    def missing(self) -> str:
        """What keeps the page from being complete, in a sentence; empty when nothing does."""
        return ""

    def isComplete(self) -> bool:
        missing = self.missing()
        self.problem.setText(missing)
        self.problem.setVisible(bool(missing))
        return not missing


class _CardChoice(QRadioButton):
    """The radio button of a CCPT's card: when it takes focus (the arrow keys move focus
    and choice together, out of sight too), its card comes into view, from its top."""

    def __init__(self, card: QFrame, area: FormScrollArea) -> None:
        super().__init__()
        self.card = card
        self.area = area

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Before the area shows the button itself (see FormScrollArea), once laid out.
        QTimer.singleShot(0, self, lambda: self.area.show_widget(self.card))
        super().focusInEvent(event)


class IdentityPage(_Page):
    REQUIRED = ("first_name", "last_name")

    def __init__(self) -> None:
        super().__init__(self.tr("Vous"), self.tr(
            "Ces informations figurent sur la page de garde du dossier (* : obligatoire)."))
        self.form = CandidateForm()
        required = [self.form.edits[name] for name in self.REQUIRED]
        for label in self.form.findChildren(QLabel):  # a form's labels name their field
            if label.buddy() in required:
                label.setText(fill(self.tr("%1 * :"), label.buddy().accessibleName()))
        for edit in required:
            edit.setAccessibleDescription(self.tr("Obligatoire"))
        self.column.addWidget(self.form)
        self.column.addStretch(1)
        self.form.changed.connect(self.completeChanged)

    def missing(self) -> str:
        first, last = (bool(self.form.edits[name].text().strip()) for name in self.REQUIRED)
        if first and last:
            return ""
        if first:
            return self.tr("Indiquez votre nom d’usage pour continuer.")
        if last:
            return self.tr("Indiquez votre prénom pour continuer.")
        return self.tr("Indiquez votre prénom et votre nom d’usage pour continuer.")


class MandatesPage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("Vos mandats"), self.tr(
            "Les mandats exercés ces cinq dernières années, avec leurs dates et "
            "la part de votre temps qu’ils occupent. Vous pourrez compléter "
            "plus tard."))
        self.editor = mandates_editor()
        self.editor.add_row()
        self.column.addWidget(self.editor, 1)


class ProjectPage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("Votre projet professionnel"), self.tr(
            "Quel métier visez-vous, et pourquoi ? Quelques phrases suffisent "
            "pour commencer : c’est ce projet qui rend le transfert crédible "
            "aux yeux du jury."))
        self.text = ShortText(lines=6)
        self.text.setAccessibleName(self.tr("Projet professionnel"))
        self.text.setPlaceholderText(self.tr("Par exemple : je souhaite devenir gestionnaire de paie, "
                                             "parce que…"))
        self.column.addWidget(self.text, 1)


class CcptPage(_Page):
    def __init__(self, referential: Referential) -> None:
        super().__init__(self.tr("Le certificat visé (CCPT)"), self.tr(
            "Chaque CCPT correspond à un bloc d’un titre professionnel. "
            "Lisez les questions sous chacun : là où vous répondez souvent "
            "« oui », votre expérience de mandat a de quoi nourrir le dossier. "
            "Votre conseiller peut vous aider à choisir."))
        self.group = QButtonGroup(self)
        self.ccpts: dict[int, Ccpt] = {}
        self.cards: dict[int, QFrame] = {}
        for index, ccpt in enumerate(referential.ccpts):
            self.column.addWidget(self._card(index, ccpt))
        self.column.addStretch(1)
        self.group.idToggled.connect(self._toggled)

    def _card(self, index: int, ccpt: Ccpt) -> QFrame:
        card = QFrame()
        card.setObjectName("ccptCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet('QFrame#ccptCard[chosen="true"] { border: 2px solid palette(highlight); '
                           "border-radius: 4px; }")
        radio = _CardChoice(card, self.area)
        radio.setAccessibleName(fill(self.tr("CCPT %1"), ccpt.label))
        radio.setAccessibleDescription(ccpt.summary)
        choice, label = wrapped(radio, ccpt.label)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.group.addButton(radio, index)
        self.ccpts[index] = ccpt
        self.cards[index] = card
        provisional = html_text(self.tr("intitulé provisoire"))
        competences = "".join(
            f"<li>{html_text(c.label)}"
            + (f" <i>({provisional})</i>" if c.provenance.provisional else "")
            + "</li>" for c in ccpt.competences)
        questions = "".join(f"<li>{html_text(q)}</li>" for q in ccpt.fit_questions)
        equivalent = html_text(fill(self.tr("Équivalent : bloc « %1 » du titre professionnel %2, %3."),
                                    ccpt.ccp_label, ccpt.tp, level_today(ccpt.level)))
        competences_title = html_text(self.tr("Compétences (une production chacune) :"))
        questions_title = html_text(self.tr("Pour vous aider à choisir :"))
        details = QLabel(
            f"{html_text(ccpt.summary)}<br>{equivalent}"
            f"<br><b>{competences_title}</b><ul>{competences}</ul>"
            f"{self._trade(ccpt)}"
            f"<b>{questions_title}</b><ul>{questions}</ul>")
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(card)
        layout.addWidget(choice)
        layout.addWidget(details)
        return card

    def _trade(self, ccpt: Ccpt) -> str:
        """The official competences of the equivalent block: what the target trade expects;
        said plainly where the official list was not found."""
        trade = ccpt.trade
        title = html_text(self.tr("Ce que le métier visé attend :"))
        if trade is None:
            missing = html_text(self.tr("Le référentiel utilisé ne donne pas les compétences du "
                                        "métier visé."))
            return f"<b>{title}</b><p>{missing}</p>"
        items = "".join(f"<li>{html_text(c)}</li>" for c in trade.competences)
        note = f"<p><i>{html_text(trade.note)}</i></p>" if trade.note else ""
        return f"<b>{title}</b><ul>{items}</ul>{note}"

    def _toggled(self, index: int, checked: bool) -> None:
        """The chosen card is framed in the highlight colour."""
        card = self.cards[index]
        card.setProperty("chosen", checked)
        card.style().unpolish(card)
        card.style().polish(card)
        self.completeChanged.emit()

    def missing(self) -> str:
        return "" if self.group.checkedId() >= 0 else \
            self.tr("Choisissez un CCPT pour continuer.")

    def chosen(self) -> Ccpt:
        return self.ccpts[self.group.checkedId()]


class FilePage(_Page):
    def __init__(self, default_folder: Path) -> None:
        super().__init__(self.tr("Où garder votre dossier"), self.tr(
            "Un seul fichier contient tout le dossier. Il est enregistré "
            "automatiquement pendant que vous écrivez ; vous pourrez le copier "
            "sur une clé USB pour votre conseiller."))
        self.default_folder = default_folder
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Emplacement du fichier du dossier"))
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.column.addLayout(row)
        self.column.addStretch(1)
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

    def missing(self) -> str:
        text = self.path.text().strip()
        if not text:
            return self.tr("Indiquez où enregistrer le dossier.")
        target = Path(text).expanduser()
        if target.exists():
            return self.tr("Un fichier porte déjà ce nom : choisissez-en un autre.")
        if not target.parent.is_dir():
            return self.tr("Ce dossier n’existe pas : choisissez-en un autre.")
        return ""

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
        pages = (self.identity, self.mandates, self.project, self.ccpt, self.file)
        for step, page in enumerate(pages, start=1):
            page.number(step, len(pages))
            self.addPage(page)
        self.mandates.editor.order_tabs()  # addPage moved the add button first: the page's focus
        self._fit_size()

    def _fit_size(self) -> None:
        """Room for the text at its size, within the screen (a 1366×768 laptop at 200 %)."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 40)
        screen = self.screen().availableGeometry().size()
        self.resize(wanted.boundedTo(QSize(screen.width() * 95 // 100, screen.height() * 95 // 100)))

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
