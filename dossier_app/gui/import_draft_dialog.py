"""The preview of a Word draft's import: the candidate checks where each paragraph would go,
moves, merges or splits, chooses the CCPT, then creates the dossier (nothing is written
before). The draft is read, and read again, in the background."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..app.draft_import import OURS, PROJECT, TO_SORT, DraftMapping, Piece, PieceKind, Place, report
from ..core.model import ChapterKind
from ..core.referential import Referential
from . import labels
from .background import Failed, in_background
from .forms import wrapped
from .texts import fill, shown

Reader = Callable[[bool], DraftMapping]
"""Reads the draft again, accepting (True) or refusing its tracked changes."""

SHOWN_CHARACTERS = 90
"""Of a paragraph's first line in the plan; the whole text is in the pane beside it."""

KIND, VALUE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
"""What a row of the plan stands for (« production », « place », « piece ») and which one."""


class ImportDraftDialog(QDialog):
    """``mapping`` once read; ``failure`` holds the sentence when the first reading failed
    (the dialog then closes by itself); ``chosen_ccpt()`` after « Créer le dossier »."""

    def __init__(self, draft_name: str, read: Reader, referential: Referential,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer un brouillon Word"))
        self.read, self.referential = read, referential
        self.mapping: DraftMapping | None = None
        self.failure: str | None = None
        self._closed = False
        self._started = False
        self.finished.connect(self._forget)
        self.intro = QLabel(fill(self.tr(
            "Voici où irait chaque paragraphe de « %1 ». Déplacez ce qui est mal placé, puis "
            "créez le dossier (votre brouillon reste tel quel)."), draft_name))
        self.intro.setWordWrap(True)
        self.ccpt = self._ccpt_chooser()
        self.tree = self._plan()
        self.actions_menu = self._plan_actions()
        self.side = self._side()
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._plan_column())
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Lecture du brouillon en cours"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("&Créer le dossier…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Annuler"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.reject)
        ccpt_row = QFormLayout()
        ccpt_row.addRow(self._buddy(self.tr("CCPT &visé :"), self.ccpt), self.ccpt)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(ccpt_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._tab_order()
        self._busy(True, self.tr("Lecture du brouillon…"))

    # --- building ------------------------------------------------------------------

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _ccpt_chooser(self) -> QComboBox:
        chooser = QComboBox()
        chooser.setAccessibleName(self.tr("CCPT visé"))
        chooser.addItem(self.tr("Choisissez le CCPT visé"), None)
        for ccpt in self.referential.ccpts:
            chooser.addItem(ccpt.label, ccpt.id)
        chooser.currentIndexChanged.connect(self._ccpt_changed)
        return chooser

    def _plan(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderHidden(True)
        tree.setAccessibleName(self.tr("Plan proposé"))
        tree.setAccessibleDescription(self.tr(
            "Choisissez un ou plusieurs paragraphes, puis Ctrl+M pour les déplacer, Alt+Haut "
            "ou Alt+Bas pour les passer au chapitre d’avant ou d’après."))
        tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        tree.setWordWrap(False)
        tree.setUniformRowHeights(True)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(
            lambda point: self.actions_menu.exec(tree.viewport().mapToGlobal(point)))
        tree.itemSelectionChanged.connect(self._selection_changed)
        return tree

    def _action(self, text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(action)
        action.triggered.connect(slot)
        return action

    def _plan_actions(self) -> QMenu:
        """What the candidate does to the selected rows: a menu (right click, the « Déplacer
        vers… » button) and the plan's own shortcuts."""
        self.move_menu = QMenu(self.tr("Déplacer vers"), self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.open_move_menu = self._action(self.tr("Déplacer vers…"), self._show_move_menu, "Ctrl+M")
        self.move_up = self._action(self.tr("Vers le chapitre d’avant"),
                                    lambda: self._move_by(-1), "Alt+Up")
        self.move_down = self._action(self.tr("Vers le chapitre d’après"),
                                      lambda: self._move_by(1), "Alt+Down")
        self.split_action = self._action(self.tr("Nouvelle production à partir d’ici"), self._split)
        menu = QMenu(self)
        menu.addMenu(self.move_menu)
        for action in (self.move_up, self.move_down, self.split_action):
            menu.addAction(action)
        return menu

    def _plan_column(self) -> QWidget:
        self.move_button = QPushButton(self.tr("&Déplacer vers…"))
        self.move_button.setAccessibleName(self.tr("Déplacer les paragraphes choisis vers"))
        self.move_button.setToolTip(self.tr("Ctrl+M ; Alt+Haut ou Alt+Bas : chapitre d’avant "
                                            "ou d’après"))
        self.move_button.setMenu(self.move_menu)
        self.split_button = QPushButton(self.tr("&Scinder ici"))
        self.split_button.setAccessibleName(self.split_action.text())
        self.split_button.setToolTip(self.tr("Ce paragraphe et ceux qui le suivent dans la "
                                             "production forment une nouvelle production."))
        self.split_button.clicked.connect(self._split)
        self.add_button = QPushButton(self.tr("&Ajouter une production"))
        self.add_button.clicked.connect(self._add_production)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.move_button, self.split_button, self.add_button):
            row.addWidget(button)
        row.addStretch(1)
        title = self._buddy(self.tr("&Plan proposé :"), self.tree)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        return column

    def _side(self) -> QScrollArea:
        """The selected production, the selected text in full, what the draft held."""
        self.production_box = QGroupBox(self.tr("Production"))
        self.title = QLineEdit()
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.title.setAccessibleName(self.tr("Titre de la production"))
        self.title.textEdited.connect(self._title_edited)
        self.competence = QComboBox()
        self.competence.setAccessibleName(self.tr("Compétence de la production"))
        self.competence.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.competence.setMinimumContentsLength(12)
        self.competence.activated.connect(self._competence_chosen)
        self.merge_button = QPushButton(self.tr("&Fusionner avec la précédente"))
        self.merge_button.clicked.connect(self._merge)
        self.remove_button = QPushButton(self.tr("Supprimer la production"))
        self.remove_button.setToolTip(self.tr("Ses paragraphes vont dans « À trier »."))
        self.remove_button.clicked.connect(self._remove_production)
        form = QFormLayout(self.production_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("&Titre :"), self.title), self.title)
        form.addRow(self._buddy(self.tr("C&ompétence :"), self.competence), self.competence)
        for button in (self.merge_button, self.remove_button):  # one a row: the side is narrow
            form.addRow(button)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Texte du passage choisi"))
        self.preview.setPlaceholderText(self.tr("Choisissez un paragraphe pour lire son texte."))
        text_box = QGroupBox(self.tr("Texte choisi"))
        QVBoxLayout(text_box).addWidget(self.preview)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.production_box)
        layout.addWidget(text_box)
        layout.addWidget(self._draft_box())
        layout.addStretch(1)
        self._size_preview()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(body)
        self.side_body = body
        return area

    def _draft_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Le brouillon"))
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.accept_changes, self.refuse_changes = QRadioButton(), QRadioButton()
        group = QButtonGroup(box)
        group.addButton(self.accept_changes)
        group.addButton(self.refuse_changes)
        self.accept_changes.setChecked(True)
        self.accept_changes.toggled.connect(self._read_again)
        self.change_choices = QWidget()
        choices = QVBoxLayout(self.change_choices)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.changes)
        choices.addWidget(wrapped(self.accept_changes,
                                  self.tr("Accepter toutes les modifications suivies"))[0])
        choices.addWidget(wrapped(self.refuse_changes, self.tr("Les refuser"))[0])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Compte rendu de la lecture du brouillon"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(box)
        layout.addWidget(self.change_choices)
        layout.addWidget(self.summary)
        layout.addWidget(self._buddy(self.tr("Compte rendu de la &lecture :"), self.report))
        layout.addWidget(self.report)
        return box

    def _tab_order(self) -> None:
        chain = [self.ccpt, self.tree, self.move_button, self.split_button, self.add_button,
                 self.title, self.competence, self.merge_button, self.remove_button, self.preview,
                 self.accept_changes, self.refuse_changes, self.report, self.create_button,
                 self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- reading -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._fit_screen()
            QTimer.singleShot(0, lambda: self._start_reading(True))

    def _fit_screen(self) -> None:
        """As large as 160 characters by 44 lines of its font, never larger than the screen
        (a laptop at 200 % text gets all of it, the plan and the text one above the other)."""
        metrics = self.fontMetrics()
        wanted_width, wanted_height = metrics.averageCharWidth() * 160, metrics.lineSpacing() * 44
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(wanted_width, room.width() - 16) if room is not None else wanted_width
        height = min(wanted_height, room.height() - 48) if room is not None else wanted_height
        self.resize(max(width, 320), max(height, 240))
        self._share_width()
        if room is not None:
            self.move(room.center() - self.rect().center())

    def _share_width(self) -> None:
        """The side gets 40 % of the width, and never less than its buttons need (they
        would be cut, the side does not scroll sideways)."""
        needed = self.side_body.minimumSizeHint().width() + self.side.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(needed)
        total = self.splitter.width() or self.width()
        side = max(needed, total * 2 // 5)
        self.splitter.setSizes([total - side, side])

    def _start_reading(self, accept_changes: bool) -> None:
        self._busy(True, self.tr("Lecture du brouillon…"))
        in_background(lambda: self.read(accept_changes), self._read_done, self.parent() or self)

    def _read_done(self, outcome: DraftMapping | Failed) -> None:
        if self._closed:
            return
        if isinstance(outcome, Failed):
            if self.mapping is None:
                self.failure = outcome.message
                self.reject()
                return
            self._busy(False, outcome.message)
            return
        chosen = self.chosen_ccpt()
        self.mapping = outcome
        self._choose_ccpt(chosen or outcome.ccpt)
        self._show_draft()
        self._refill()
        self._busy(False, "")
        self.tree.setFocus()

    def _read_again(self) -> None:
        """The tracked changes accepted or refused: the draft is read again (the moves made
        here are lost, as the sentence above the choice says)."""
        if self.mapping is not None:
            self._start_reading(self.accept_changes.isChecked())

    def _busy(self, busy: bool, message: str) -> None:
        self.progress.setVisible(busy)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for widget in (self.splitter, self.ccpt, self.create_button):
            widget.setEnabled(not busy)

    def _forget(self) -> None:
        self._closed = True

    # --- showing -------------------------------------------------------------------

    def _show_draft(self) -> None:
        mapping = self.mapping
        assert mapping is not None
        self.change_choices.setVisible(mapping.tracked_changes > 0 or self.refuse_changes.isChecked())
        count = (self.tr("Le brouillon contient une modification suivie.") if mapping.tracked_changes == 1
                 else fill(self.tr("Le brouillon contient %1 modifications suivies."),
                           mapping.tracked_changes))
        self.changes.setText(count + " " + self.tr(
            "Changer ce choix relit le brouillon : les déplacements faits ici sont alors perdus."))
        self.summary.setText(self._summary(mapping))
        self.report.setPlainText("\n".join(shown(sentence) for sentence in report(mapping, self.referential)))

    def _summary(self, mapping: DraftMapping) -> str:
        """What became of the comments, the images and the tables (the details, and what
        was dropped, are in the report below)."""
        comments, annexes = len(mapping.comments), len(mapping.annexes)
        notes = sum(1 for piece in mapping.pieces if piece.kind in (PieceKind.TABLE, PieceKind.IMAGE)
                    and piece.index not in mapping.annexes
                    and mapping.places[piece.index] == TO_SORT)  # not our export's own tables
        lines = [self.tr("Aucun commentaire.") if not comments else
                 self.tr("Un commentaire, repris sur son passage.") if comments == 1 else
                 fill(self.tr("%1 commentaires, repris sur leur passage."), comments)]
        if annexes:
            lines.append(self.tr("Une image devient une annexe.") if annexes == 1 else
                         fill(self.tr("%1 images deviennent des annexes."), annexes))
        if notes:
            lines.append(self.tr("Un tableau ou une image reste dans « À trier », en note.")
                         if notes == 1 else
                         fill(self.tr("%1 tableaux ou images restent dans « À trier », en note."),
                              notes))
        return "\n".join(lines)

    def _refill(self, selected: set[int] | None = None, production: int | None = None) -> None:
        """The plan again from the mapping; ``selected`` pieces (their indices) stay selected
        and the first of them current, else the ``production``'s row."""
        mapping = self.mapping
        assert mapping is not None
        self.tree.blockSignals(True)
        self.tree.clear()
        current: QTreeWidgetItem | None = None
        for number in range(len(mapping.productions)):
            item = self._row(self.tree, self._production_text(number), "production", number)
            current = self._fill_place(item, Place(number, None), selected, here=True) or current
            for kind in ChapterKind:
                current = self._fill_place(item, Place(number, kind), selected) or current
        for place in (PROJECT, TO_SORT, OURS):
            if place == TO_SORT or mapping.pieces_at(place):
                top = self._row(self.tree, "", "place", place)
                current = self._fill_place(top, place, selected, here=True) or current
        self.tree.expandAll()
        ours = self._top(OURS)
        if ours is not None:
            ours.setExpanded(False)  # the title page and our own export's pages: seldom wanted
        self.tree.blockSignals(False)
        tops = _tops(self.tree)
        if current is not None:
            self.tree.setCurrentItem(current, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        elif tops:
            self.tree.setCurrentItem(tops[min(production or 0, len(tops) - 1)])
        self._selection_changed()

    def _fill_place(self, parent: QTreeWidgetItem, place: Place, selected: set[int] | None,
                    here: bool = False) -> QTreeWidgetItem | None:
        """The rows of ``place``'s pieces, under a row of their own (a chapter) or, ``here``,
        under ``parent`` itself (a production's own headings, « À trier »…); the first
        ``selected`` one made."""
        assert self.mapping is not None
        pieces = self.mapping.pieces_at(place)
        item = parent if here else self._row(parent, "", "place", place)
        if place.production is None or place.chapter is not None:
            item.setText(0, self._place_text(place, pieces))
        first: QTreeWidgetItem | None = None
        for piece in pieces:
            row = self._row(item, _first_line(piece, self._kind_name(piece.kind)), "piece", piece.index)
            if piece.kind is PieceKind.HEADING:  # the draft's own headings: not text of the dossier
                font = row.font(0)
                font.setItalic(True)
                row.setFont(0, font)
            if selected and piece.index in selected:
                row.setSelected(True)
                first = first or row
        return first

    def _row(self, parent: QTreeWidget | QTreeWidgetItem, text: str, kind: str,
             value: object) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KIND, kind)
        item.setData(0, VALUE, value)
        if kind == "production":
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _production_text(self, number: int) -> str:
        assert self.mapping is not None
        production = self.mapping.productions[number]
        title = production.title or self.tr("sans titre")
        return fill(self.tr("Production %1 : %2"), number + 1, title)

    def _top(self, place: Place) -> QTreeWidgetItem | None:
        return next((item for item in _tops(self.tree) if item.data(0, VALUE) == place), None)

    def _place_name(self, place: Place) -> str:
        if place.chapter is not None:
            return labels.chapter(place.chapter)
        return {PROJECT: self.tr("Projet professionnel"), TO_SORT: self.tr("À trier"),
                OURS: self.tr("Non repris (page de titre, sommaire, déclaration…)")}[place]

    def _place_text(self, place: Place, pieces: list[Piece]) -> str:
        words = sum(piece.words for piece in pieces if piece.kind is not PieceKind.HEADING)
        name = self._place_name(place)
        if not pieces:
            return fill(self.tr("%1 — vide"), name)
        return fill(self.tr("%1 — %2 mots"), name, words)

    def _kind_name(self, kind: PieceKind) -> str:
        return {PieceKind.HEADING: self.tr("Titre"), PieceKind.TEXT: "",
                PieceKind.TABLE: self.tr("Tableau"), PieceKind.IMAGE: self.tr("Image")}[kind]

    # --- the selection ---------------------------------------------------------------

    def selected_pieces(self) -> list[int]:
        """The selected paragraphs and headings, in the draft's order; a selected chapter
        counts as all its paragraphs, a production as none."""
        indices: set[int] = set()
        for item in self.tree.selectedItems():
            indices |= _pieces_under(item)
        return sorted(indices)

    def _current_production(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None:
            if item.data(0, KIND) == "production":
                return int(item.data(0, VALUE))
            place = item.data(0, VALUE) if item.data(0, KIND) == "place" else None
            if isinstance(place, Place):
                return place.production
            item = item.parent()
        return None

    def _selection_changed(self) -> None:
        pieces = self.selected_pieces()
        self.move_button.setEnabled(bool(pieces))
        for action in (self.open_move_menu, self.move_up, self.move_down):
            action.setEnabled(bool(pieces))
        item = self.tree.currentItem()
        single = item is not None and item.data(0, KIND) == "piece"
        self.split_action.setEnabled(single and self._current_production() is not None)
        self.split_button.setEnabled(self.split_action.isEnabled())
        self._show_text(item)
        self._show_production(self._current_production())

    def _show_text(self, item: QTreeWidgetItem | None) -> None:
        if self.mapping is None or item is None or item.data(0, KIND) != "piece":
            self.preview.setPlainText("")
            return
        self.preview.setPlainText(self.mapping.pieces[int(item.data(0, VALUE))].summary)

    def _show_production(self, number: int | None) -> None:
        self.production_box.setEnabled(number is not None)
        if self.mapping is None or number is None:
            self.production_box.setTitle(self.tr("Production"))
            self.title.clear()
            self.competence.clear()
            return
        production = self.mapping.productions[number]
        self.production_box.setTitle(fill(self.tr("Production %1"), number + 1))
        self.title.setText(production.title)
        self.title.setCursorPosition(0)
        # None: the dossier gets the competence of the production's rank, as it will be built.
        self._fill_competences(production.competence or number + 1)
        self.merge_button.setEnabled(number > 0)

    def _fill_competences(self, chosen: int | None) -> None:
        self.competence.clear()
        self.competence.addItem(self.tr("Pas encore choisie"), None)
        ccpt = self.referential.ccpt(self.chosen_ccpt() or "")
        for competence in ccpt.competences if ccpt is not None else ():
            self.competence.addItem(f"{competence.number}. {competence.label}", competence.number)
        found = self.competence.findData(chosen)
        self.competence.setCurrentIndex(max(found, 0))
        self.competence.setToolTip(self.competence.currentText())  # the side may cut it

    # --- the candidate's changes -------------------------------------------------------

    def chosen_ccpt(self) -> str | None:
        data = self.ccpt.currentData()
        return str(data) if data else None

    def _choose_ccpt(self, ccpt_id: str | None) -> None:
        self.ccpt.setCurrentIndex(max(self.ccpt.findData(ccpt_id), 0) if ccpt_id else 0)

    def _ccpt_changed(self) -> None:
        if self.mapping is not None:
            self._show_production(self._current_production())

    def _title_edited(self, text: str) -> None:
        number = self._current_production()
        if self.mapping is None or number is None:
            return
        self.mapping.productions[number].title = text
        top = self.tree.topLevelItem(number)
        if top is not None:
            top.setText(0, self._production_text(number))

    def _competence_chosen(self) -> None:
        number = self._current_production()
        if self.mapping is not None and number is not None:
            self.mapping.productions[number].competence = self.competence.currentData()
        self.competence.setToolTip(self.competence.currentText())

    def places(self) -> list[Place]:
        """Every place a paragraph can go, in the plan's order."""
        assert self.mapping is not None
        return [Place(number, kind) for number in range(len(self.mapping.productions))
                for kind in ChapterKind] + [PROJECT, TO_SORT]

    def move_to(self, place: Place) -> None:
        """The selected paragraphs go to ``place``; they stay selected there."""
        pieces = self.selected_pieces()
        if self.mapping is None or not pieces:
            return
        self.mapping.move(pieces, place)
        self._refill(set(pieces))
        self.tree.setFocus()

    def _move_by(self, step: int) -> None:
        """To the chapter before or after the first selected paragraph's."""
        pieces = self.selected_pieces()
        if self.mapping is None or not pieces:
            return
        places = self.places()
        here = self.mapping.places[pieces[0]]
        if here in places:
            target = places.index(here) + step
        elif here.production is not None:  # a production's own heading: its first chapter
            target = places.index(Place(here.production, ChapterKind.SITUATION)) + min(step, 0)
        else:  # not taken from the draft: back into « À trier »
            target = places.index(TO_SORT)
        if 0 <= target < len(places):
            self.move_to(places[target])

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        if self.mapping is None:
            return
        for place in self.places():
            if place.production is None:
                if place == PROJECT:
                    self.move_menu.addSeparator()
                text = self._place_name(place)
            else:
                text = fill(self.tr("Production %1 › %2"), place.production + 1,
                            labels.chapter(place.chapter) if place.chapter else "")
            action = self.move_menu.addAction(text)
            action.triggered.connect(lambda _=False, p=place: self.move_to(p))

    def _show_move_menu(self) -> None:
        """Ctrl+M: the destinations, under the current row."""
        item = self.tree.currentItem()
        rect = self.tree.visualItemRect(item) if item is not None else self.tree.rect()
        self.move_menu.exec(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def _split(self) -> None:
        """This paragraph and those after it in its production become a new production, in
        the same chapters."""
        item = self.tree.currentItem()
        if self.mapping is None or item is None or item.data(0, KIND) != "piece":
            return
        start = int(item.data(0, VALUE))
        old = self.mapping.places[start].production
        if old is None:
            return
        new = self.mapping.add_production()
        for kind in (None, *ChapterKind):
            following = [piece.index for piece in self.mapping.pieces_at(Place(old, kind))
                         if piece.index >= start]
            self.mapping.move(following, Place(new, kind))
        self._refill({start})
        self.tree.setFocus()

    def _add_production(self) -> None:
        if self.mapping is None:
            return
        self._refill(production=self.mapping.add_production())
        self.title.setFocus()

    def _merge(self) -> None:
        number = self._current_production()
        if self.mapping is None or not number:
            return
        self.mapping.merge_productions(number - 1, number)
        self._refill(production=number - 1)
        self.tree.setFocus()

    def _remove_production(self) -> None:
        number = self._current_production()
        if self.mapping is None or number is None:
            return
        self.mapping.remove_production(number)
        self._refill(production=max(number - 1, 0))
        self.tree.setFocus()

    def _create(self) -> None:
        if self.mapping is None:
            return
        if self.chosen_ccpt() is None:
            self.message.setText(self.tr("Choisissez d’abord le CCPT visé."))
            self.message.show()
            self.ccpt.setFocus()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_preview()
            if self._started:
                self._share_width()

    def _size_preview(self) -> None:
        """Six lines of text each: enough to read a paragraph, and the boxes below stay near."""
        for box in (self.preview, self.report):
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 6 + 2 * box.frameWidth() + 8)


def _first_line(piece: Piece, kind_name: str) -> str:
    text = piece.summary.strip()
    line = text.splitlines()[0] if text else ""
    if len(line) > SHOWN_CHARACTERS:
        line = line[:SHOWN_CHARACTERS].rstrip() + "…"
    return f"{kind_name} : {line}" if kind_name else line


def _tops(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for item in (tree.topLevelItem(n) for n in range(tree.topLevelItemCount()))
            if item is not None]


def _pieces_under(item: QTreeWidgetItem) -> set[int]:
    """A piece's row: that piece; a chapter's: all of its pieces; a production's: none (it
    is merged, split or removed, never moved whole)."""
    if item.data(0, KIND) == "piece":
        return {int(item.data(0, VALUE))}
    if item.data(0, KIND) == "production":
        return set()
    found: set[int] = set()
    for child in (item.child(n) for n in range(item.childCount())):
        if child is not None:
            found |= _pieces_under(child)
    return found
