"""The first screen: create, import a Word draft, open, the example, recent dossiers, and what
this is about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.files import display


class WelcomePage(QScrollArea):
    create_requested = Signal()
    import_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it would take a Tab and show nothing
        body = QWidget()
        body.setMaximumWidth(880)
        layout = QVBoxLayout(body)
        layout.setSpacing(14)
        title = QLabel(self.tr("Dossier CCPT"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Votre mandat vous a fait acquérir de vraies compétences. Un CCPT (certificat de "
            "compétences professionnelles transférables) les fait reconnaître. Pour l’obtenir, "
            "vous écrivez un <b>dossier de productions</b> : une production par compétence du "
            "certificat choisi. Chaque production a trois chapitres : la <b>situation</b> vécue, "
            "son <b>analyse</b>, et l’<b>argumentaire de transfert</b> vers le métier visé. Le "
            "jury lit le dossier avant de vous rencontrer.<br><br>Ce logiciel vous guide "
            "chapitre par chapitre. Il enregistre tout, tout seul, sur votre ordinateur : rien "
            "n’est envoyé sur Internet."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        steps = QLabel(self.tr(
            "<b>Comment ça se passe</b><ol>"
            "<li>Créez votre dossier : vous, vos mandats, votre projet, puis le CCPT visé.</li>"
            "<li>Écrivez chaque chapitre, avec à côté les questions du jury et des débuts de "
            "phrase pour vous lancer.</li>"
            "<li>Faites relire votre conseiller, réglez les points signalés, puis remettez le "
            "dossier au jury.</li></ol>"))
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.RichText)
        starts, others = QHBoxLayout(), QHBoxLayout()  # two rows: four in one are cut at 200 %
        create = QPushButton(self.tr("Créer mon dossier…"))
        create.setDefault(True)
        import_button = QPushButton(self.tr("Importer un brouillon Word…"))
        import_button.setToolTip(self.tr("Votre brouillon devient un dossier : vous vérifiez le "
                                         "rangement avant que rien ne soit écrit."))
        open_button = QPushButton(self.tr("Ouvrir un dossier…"))
        example = QPushButton(self.tr("Voir le dossier d’exemple"))
        for row, pair in ((starts, (create, import_button)), (others, (open_button, example))):
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
        create.clicked.connect(self.create_requested)
        import_button.clicked.connect(self.import_requested)
        open_button.clicked.connect(self.open_requested)
        example.clicked.connect(self.example_requested)
        self.recent_title = QLabel(f"<b>{self.tr('Dossiers récents')}</b>")
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Dossiers récents"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(steps)
        layout.addLayout(starts)
        layout.addLayout(others)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        outer = QWidget()
        centre = QHBoxLayout(outer)
        centre.addStretch(1)
        centre.addWidget(body, 10)
        centre.addStretch(1)
        self.setWidget(outer)
        self.first_button = create

    def show_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            # Shown with U+FFFD for undecodable bytes; the Path itself is kept for opening.
            item = QListWidgetItem(f"{display(Path(path.stem))}   —   {display(path.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(display(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_title.setVisible(bool(paths))
