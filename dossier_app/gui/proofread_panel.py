"""The « Relecture » panel: what grammar, spelling and the writing advice find in the chapter
on screen or in the whole dossier, each finding a way to its words in the text.

The findings are suggestions that build on what is written, never a count of faults
(``../shared/domain.md``, Language): the panel sums them up by kind, says what each one is
about, and lets the candidate use a suggestion, leave a finding alone or teach the
dictionary a word. The whole dossier is proofread in the background by the grammar service
(``GrammarService.proofread_dossier``), only while the panel is on screen, and again a
moment after the text changes: its cache checks only the paragraphs that changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DossierError
from ..core.markdown import parse, plain_text
from ..core.model import ChapterKind, Dossier
from ..core.pages import Page
from ..core.proof_ignores import ProofIgnores, ignores_path
from ..core.proofread import known_names, proofread
from ..core.proofreading import Finding, Kind
from ..core.writing_advice import (
    LONG_WORD_LETTERS,
    AdviceRules,
    Readability,
    bundled_advice,
    readability,
)
from . import labels
from .navigator import Place
from .text_document import positions, span_cursor
from .texts import fill, shown

if TYPE_CHECKING:
    from .session import DossierSession
    from .workspace import Workspace

RERUN_DELAY_MS = 1500
"""The dossier is proofread again this long after the text last changed."""
EXCERPT_CHARACTERS = 40
"""The words a finding concerns, as the list quotes them (a long sentence is cut)."""

THIS_CHAPTER, WHOLE_DOSSIER = 0, 1
"""The scope's choices, in the order of its list."""

Texts = dict[tuple[int, ChapterKind], str]
"""Each chapter's Markdown, by production number and chapter."""


@dataclass(frozen=True)
class Shown:
    """A finding with the chapter's text it was found in: its offsets are in that text."""

    finding: Finding
    markdown: str

    @property
    def paragraph(self) -> str:
        return parse(self.markdown)[self.finding.paragraph].text

    @property
    def key(self) -> tuple[object, ...]:
        f = self.finding
        return f.production, f.chapter, f.paragraph, f.start, f.end, f.rule


class FindingList(QListWidget):
    """The findings; Delete leaves the chosen one alone, the Menu key and Shift+F10 open
    its actions, as in the editor."""

    delete_pressed = Signal()
    menu_asked = Signal(QPoint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Delete and not modifiers:
            self.delete_pressed.emit()
        elif (key == Qt.Key.Key_Menu and not modifiers) or (
                key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier):
            item = self.currentItem()
            self.menu_asked.emit(self.visualItemRect(item).center() if item else QPoint(8, 8))
        else:
            super().keyPressEvent(event)


class ProofreadPanel(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        context = workspace.main.context
        self.context = context
        self.session: DossierSession | None = None
        self.grammar = context.spell.grammar if context.spell is not None else None
        self.advice: AdviceRules = bundled_advice()  # the session's, once attached
        self.advice_problem: DossierError | None = None
        self.ignores = (self.grammar.ignores if self.grammar is not None
                        else ProofIgnores(ignores_path(context.paths.data)))
        self.on_screen = False
        self.findings: list[Shown] = []
        """The latest run's findings, those since ignored left out."""
        self._run: tuple[int, Texts] | None = None
        """The run under way: its number and the texts it proofreads."""
        self._last: object = None
        """What the latest run was asked to proofread: the same is not proofread again."""
        self._progress: tuple[int, int] | None = None
        self._scope_chosen = False
        self._listed: tuple[bool, tuple[int, ChapterKind] | None] | None = None
        """The scope and chapter the list shows."""
        self._rerun = QTimer(self, singleShot=True, interval=RERUN_DELAY_MS)
        self._rerun.timeout.connect(self.run)
        self._build()
        self._connect_services()
        workspace.place_shown.connect(self._place_shown)

    def _build(self) -> None:
        # A list of two rather than two radio buttons: one line, even at twice the text size.
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Ce chapitre"), self.tr("Tout le dossier")])
        self.scope.setAccessibleName(self.tr("Relire ce chapitre ou tout le dossier"))
        self.scope.setCurrentIndex(WHOLE_DOSSIER)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.summary = _wrapped()
        self.shape = _wrapped()
        self.shape.setToolTip(self.tr("Un repère sur la forme du texte, pas une note : des phrases "
                                      "courtes et des mots simples se lisent plus facilement."))
        self.notes = _wrapped()
        self.list = FindingList()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)  # where one finding ends and the next begins
        self.list.setAccessibleName(self.tr("Remarques de relecture"))
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.delete_pressed.connect(self.ignore_here)
        self.list.menu_asked.connect(self._show_menu)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.replace_button = QPushButton(self.tr("Remplacer"))
        self.replace_button.clicked.connect(self.replace)
        self.here_button = QPushButton(self.tr("Ignorer ici"))
        self.here_button.setToolTip(self.tr("Ne plus signaler cette remarque à cet endroit (Suppr)"))
        self.here_button.clicked.connect(self.ignore_here)
        self.rule_button = QPushButton(self.tr("Ignorer cette règle"))
        self.rule_button.setToolTip(self.tr("Ne plus signaler ce genre de remarque, nulle part"))
        self.rule_button.clicked.connect(self.ignore_rule)
        self.word_button = QPushButton(self.tr("Ajouter au dictionnaire"))
        self.word_button.clicked.connect(self.add_word)
        buttons = QGridLayout()
        buttons.addWidget(self.replace_button, 0, 0)
        buttons.addWidget(self.here_button, 0, 1)
        # One of the two is shown, as the finding is a word or not: two rows of buttons
        # fit beside the text at twice the text size.
        buttons.addWidget(self.rule_button, 1, 0, 1, 2)
        buttons.addWidget(self.word_button, 1, 0, 1, 2)
        for action in self.action_buttons():
            action.setAccessibleName(action.text())
        self.language_note = _wrapped()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scope, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.shape)
        layout.addWidget(self.notes)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.language_note)
        self._update_buttons()

    def action_buttons(self) -> tuple[QPushButton, ...]:
        """What can be done with the finding chosen, in the order of the buttons."""
        return self.replace_button, self.here_button, self.rule_button, self.word_button

    def sizeHint(self) -> QSize:
        """Its wrapped lines would ask for half the window: a quarter is enough, or what
        its buttons need, so that at twice the text size on a laptop the text keeps room."""
        hint = super().sizeHint()
        hint.setWidth(min(hint.width(), max(self.minimumSizeHint().width(), self.window().width() // 4)))
        return hint

    @property
    def in_chapter(self) -> bool:
        """The scope is the chapter on screen, not the whole dossier."""
        return self.scope.currentIndex() == THIS_CHAPTER

    def _connect_services(self) -> None:
        """The services speak from their threads: their news is taken on the UI thread."""
        queued = Qt.ConnectionType.QueuedConnection
        spell = self.context.spell
        if spell is not None:
            spell.ready.connect(self._again_soon, queued)
            spell.words_added.connect(self._again_soon)
        if self.grammar is not None:
            self.grammar.dossier_progress.connect(self._show_progress, queued)
            self.grammar.dossier_proofread.connect(self._proofread, queued)
            self.grammar.missing.connect(self._show_notes, queued)
            self.grammar.ignored.connect(self._again_soon)

    # --- the session and the screen ----------------------------------------------------

    def attach(self, session: DossierSession) -> None:
        self.session = session
        self.advice, self.advice_problem = session.advice_rules, session.advice_problem
        self.findings, self._run, self._last, self._scope_chosen = [], None, None, False
        session.changed.connect(self._text_changed)
        self.refresh()
        if self.on_screen:
            self.run()

    def detach(self) -> None:
        self.session = None
        self._rerun.stop()
        self.findings, self._run = [], None
        self.list.clear()

    def set_on_screen(self, visible: bool) -> None:
        """The panel works only while it is seen: on screen, it proofreads what changed."""
        self.on_screen = visible
        if not visible:
            self._rerun.stop()
            return
        if not self._scope_chosen:  # the chapter on screen, if there is one
            self._scope_chosen = True
            self.scope.setCurrentIndex(THIS_CHAPTER if self._chapter_on_screen() else WHOLE_DOSSIER)
        self.refresh()
        self.run()

    def _text_changed(self, *_args: object) -> None:
        if self.on_screen:
            self._rerun.start()

    def _again_soon(self) -> None:
        """Something other than the text changed what is found (a word, an ignore)."""
        self._last = None
        self._text_changed()

    def _place_shown(self, _place: Place) -> None:
        """In the chapter's scope, the list follows the chapter on screen (a finding chosen
        in the same chapter leaves the list as it is)."""
        if self.on_screen and self.in_chapter and self._listed != (True, self._chapter_on_screen()):
            self.refresh()

    def _chapter_on_screen(self) -> tuple[int, ChapterKind] | None:
        place = self.workspace.current_place()
        if place is None or place.page is not Page.CHAPTER or place.kind is None:
            return None
        return place.production, place.kind

    # --- proofreading ------------------------------------------------------------------

    def run(self) -> None:
        """Proofread the dossier, unless it is what was proofread last."""
        self._rerun.stop()
        session = self.session
        if session is None or not self.on_screen:
            return
        dossier = session.dossier
        texts = _texts(dossier)
        asked = (texts, tuple(known_names(dossier)))
        if asked == self._last:
            return
        self._last = asked
        spell = self.context.spell
        if self.grammar is None or spell is None:  # the advice alone takes milliseconds
            found = proofread(dossier, grammar=None, speller=None, advice=self.advice,
                              ignores=self.ignores)
            self._show_findings(found, texts)
            return
        self._run = (self.grammar.proofread_dossier(dossier, spell.speller, self.advice), texts)
        self._progress = None
        self._show_notes()

    @property
    def running(self) -> bool:
        """A run is under way: what is listed may be out of date."""
        return self._run is not None

    def _show_progress(self, done: int, total: int) -> None:
        if self.running:
            self._progress = (min(done, total), total)
            self._show_notes()

    def _proofread(self, run: int, findings: list[Finding]) -> None:
        if self._run is not None and self._run[0] == run:
            self._show_findings(findings, self._run[1])

    def _show_findings(self, findings: list[Finding], texts: Texts) -> None:
        self._run = None
        self.findings = [Shown(f, texts.get((f.production, f.chapter), "")) for f in findings]
        self.refresh()
        self._count_grammar(findings)

    def _count_grammar(self, findings: list[Finding]) -> None:
        """The points to settle count the grammar remarks of each production as a note."""
        session = self.workspace.session
        if session is None:
            return
        counts: dict[tuple[int, ChapterKind], int] = {}
        for finding in findings:
            if finding.kind is Kind.GRAMMAR:
                place = finding.production, finding.chapter
                counts[place] = counts.get(place, 0) + 1
        if counts != session.grammar_counts:
            session.grammar_counts = counts
            self.workspace.refresh_overview()

    # --- what the panel shows ----------------------------------------------------------

    def refresh(self) -> None:
        """The list, its summary and notes for the scope chosen, the same finding chosen."""
        chapter = self._chapter_on_screen()
        in_chapter = self.in_chapter
        current = self.current()
        row = self.list.currentRow() if self._listed == (in_chapter, chapter) else 0
        self._listed = (in_chapter, chapter)
        self.list.clear()
        shown_findings = [s for s in self.findings if not in_chapter
                          or (s.finding.production, s.finding.chapter) == chapter]
        if in_chapter and chapter is None:
            shown_findings = []
        for each in shown_findings:
            item = QListWidgetItem(self._describe(each.finding, where=not in_chapter))
            item.setData(Qt.ItemDataRole.UserRole, each)
            self.list.addItem(item)
        keys = [s.key for s in shown_findings]
        if current is not None and current.key in keys:
            row = keys.index(current.key)
        if shown_findings:
            self.list.setCurrentRow(max(0, min(row, len(shown_findings) - 1)))
        self._show_summary(shown_findings, in_chapter, chapter)
        self._show_notes()
        self._update_buttons()

    def _describe(self, finding: Finding, where: bool) -> str:
        lines = [fill(self.tr("%1 · « %2 »"), self.kind_label(finding.kind), _excerpt(finding.text)),
                 self.message(finding)]
        if where:
            lines.append(fill(self.tr("Production %1 · %2 · paragraphe %3"), finding.production,
                              labels.chapter(finding.chapter), finding.paragraph + 1))
        if finding.mark.suggestions:
            lines.append(fill(self.tr("Proposition : « %1 »"), finding.mark.suggestions[0]))
        return "\n".join(lines)

    def message(self, finding: Finding) -> str:
        """Advice in the window's language; Grammalecte's and the speller's messages in
        French, since they describe French text."""
        language = self.context.settings.language
        if finding.kind is Kind.ADVICE and language != "fr":
            return self.advice.message(finding.rule, language)
        return finding.mark.message

    def kind_label(self, kind: Kind) -> str:
        return {Kind.GRAMMAR: self.tr("Grammaire"), Kind.SPELLING: self.tr("Orthographe"),
                Kind.TYPOGRAPHY: self.tr("Typographie"), Kind.STYLE: self.tr("Style"),
                Kind.ADVICE: self.tr("Conseil")}[kind]

    def _count(self, kind: Kind, count: int) -> str:
        one, many = {
            Kind.GRAMMAR: (self.tr("1 remarque de grammaire"), self.tr("%1 remarques de grammaire")),
            Kind.SPELLING: (self.tr("1 mot à vérifier"), self.tr("%1 mots à vérifier")),
            Kind.TYPOGRAPHY: (self.tr("1 remarque de typographie"),
                              self.tr("%1 remarques de typographie")),
            Kind.STYLE: (self.tr("1 remarque de style"), self.tr("%1 remarques de style")),
            Kind.ADVICE: (self.tr("1 conseil"), self.tr("%1 conseils")),
        }[kind]
        return one if count == 1 else fill(many, QLocale().toString(count))

    def _show_summary(self, findings: list[Shown], in_chapter: bool,
                      chapter: tuple[int, ChapterKind] | None) -> None:
        session = self.session
        if session is None:
            self.summary.clear()
            self.shape.clear()
            return
        if in_chapter and chapter is None:
            self.summary.setText(self.tr("Ouvrez un chapitre pour voir sa relecture, ou choisissez "
                                         "« Tout le dossier »."))
            self.shape.clear()
            return
        counts = Counter(s.finding.kind for s in findings)
        parts = ", ".join(self._count(kind, counts[kind]) for kind in Kind if counts[kind])
        if parts:  # the scope is in sight, just above
            self.summary.setText(fill(self.tr("%1.", "the counts of a proofreading"), parts))
        else:
            self.summary.setText(self.tr("Rien à signaler dans ce chapitre.") if in_chapter
                                 else self.tr("Rien à signaler dans le dossier."))
        texts = _texts(session.dossier)
        chosen = [texts[chapter]] if chapter is not None and in_chapter else list(texts.values())
        self.shape.setText(self._shape(_combined([_readability(text) for text in chosen])))

    def _shape(self, figures: Readability) -> str:
        if not figures.sentences:
            return self.tr("Pas encore de phrase à mesurer.")
        share = QLocale().toString(round(figures.long_word_share * 100)) + "\u00a0%"
        return fill(self.tr("Phrases de %1 mots en moyenne · %2 de mots longs (%3 lettres ou plus)"),
                    QLocale().toString(round(figures.average_sentence_words)), share,
                    LONG_WORD_LETTERS)

    def _show_notes(self) -> None:
        """What is not checked, and how far the proofreading is."""
        notes = []
        if self.grammar is None:
            notes.append(self.tr("La grammaire et l’orthographe ne sont pas vérifiées dans cette "
                                 "session : seuls les conseils d’écriture sont listés."))
        elif self.grammar.state == "missing":
            notes.append(self.tr("La grammaire n’est pas vérifiée : Grammalecte n’est pas installé "
                                 "(paquet python3-grammalecte). L’orthographe et les conseils le "
                                 "sont."))
        if self.running:
            done, total = self._progress or (0, 0)
            notes.append(fill(self.tr("Relecture en cours : %1 paragraphes sur %2"),
                              QLocale().toString(done), QLocale().toString(total)) if total
                         else self.tr("Relecture en cours…"))
        if self.advice_problem is not None:
            notes.append(fill(self.tr("Les conseils de votre organisme n’ont pas pu être lus, ceux "
                                      "de l’application sont utilisés : %1"), shown(self.advice_problem)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        french_messages = self.grammar is not None and self.context.settings.language != "fr"
        self.language_note.setText(self.tr("Les messages de grammaire sont en français, comme "
                                           "le texte.")
                                   if french_messages else "")
        self.language_note.setVisible(french_messages)

    # --- the finding chosen ------------------------------------------------------------

    def current(self) -> Shown | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current()
        finding = chosen.finding if chosen is not None else None
        writable = self.session is not None and not self.session.read_only
        suggestion = finding.mark.suggestions[0] if finding and finding.mark.suggestions else ""
        self.replace_button.setEnabled(bool(suggestion) and writable)
        self.replace_button.setToolTip(fill(self.tr("Remplacer « %1 » par « %2 »"),
                                            _excerpt(finding.text), suggestion)
                                       if finding is not None and suggestion else "")
        self.here_button.setEnabled(finding is not None)
        word = finding is not None and finding.kind is Kind.SPELLING
        self.rule_button.setVisible(not word)
        self.rule_button.setEnabled(finding is not None and not word)
        self.word_button.setVisible(word)
        self.word_button.setEnabled(word and self.context.spell is not None)

    def _go(self, item: QListWidgetItem) -> None:
        chosen = item.data(Qt.ItemDataRole.UserRole)
        if chosen is not None and self.select_in_text(chosen):
            self.workspace.chapter_page.editor.setFocus()

    def select_in_text(self, chosen: Shown) -> bool:
        """Show the finding's chapter with its words selected; False when the chapter is
        gone (the list is then out of date until the next run)."""
        session, finding = self.session, chosen.finding
        if session is None or finding.production > len(session.dossier.productions):
            return False
        self.workspace.go_to(Place(Page.CHAPTER, finding.production, finding.chapter))
        editor = self.workspace.chapter_page.editor
        blocks = parse(chosen.markdown)
        start = sum(len(block.text) + 1 for block in blocks[:finding.paragraph]) + finding.start
        document = editor.document()
        offsets = positions(document, plain_text(blocks))
        editor.setTextCursor(span_cursor(document, offsets, (start, start + finding.end - finding.start)))
        editor.ensureCursorVisible()
        return True

    def replace(self) -> None:
        """The first suggestion in place of the finding's words, if they are still there."""
        chosen = self.current()
        if chosen is None or not chosen.finding.mark.suggestions or not self.select_in_text(chosen):
            return
        cursor: QTextCursor = self.workspace.chapter_page.editor.textCursor()
        if cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n") == chosen.finding.text:
            cursor.insertText(chosen.finding.mark.suggestions[0])
            self._forget(lambda s: s is chosen)
        self.list.setFocus()

    def ignore_here(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        if self.grammar is not None:
            self.grammar.ignore_here(chosen.finding.mark, chosen.paragraph)
        else:
            self.ignores.ignore_here(chosen.finding.mark, chosen.paragraph)
        self._forget(lambda s: s is chosen)

    def ignore_rule(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.finding.kind is Kind.SPELLING:
            return  # the speller's one rule is every word: a word goes to the dictionary
        rule = chosen.finding.rule
        if self.grammar is not None:
            self.grammar.ignore_rule(rule)
        else:
            self.ignores.ignore_rule(rule)
        self._forget(lambda s: s.finding.rule == rule)

    def add_word(self) -> None:
        chosen, spell = self.current(), self.context.spell
        if chosen is None or spell is None or chosen.finding.kind is not Kind.SPELLING:
            return
        word = chosen.finding.text
        spell.add_to_dictionary(word)
        self._forget(lambda s: s.finding.kind is Kind.SPELLING and s.finding.text == word)

    def _forget(self, gone) -> None:
        """Take findings off the list at once; the next run confirms it."""
        self.findings = [s for s in self.findings if not gone(s)]
        self._last = None
        self.refresh()
        self._text_changed()

    def _show_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position) or self.list.currentItem()
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Aller au texte"), lambda: self._go(item))
        for button in self.action_buttons():
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _excerpt(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= EXCERPT_CHARACTERS:
        return words
    cut = words[:EXCERPT_CHARACTERS].rsplit(" ", 1)[0]
    return cut + "…"


def _texts(dossier: Dossier) -> Texts:
    return {(number, kind): production.chapters[kind].text
            for number, production in enumerate(dossier.productions, start=1) for kind in ChapterKind}


@lru_cache(maxsize=256)
def _readability(markdown: str) -> Readability:
    """Per chapter text, kept: the dossier's figures are summed from its chapters', and one
    edit changes one chapter."""
    return readability(markdown)


def _combined(parts: list[Readability]) -> Readability:
    sentences, words = sum(p.sentences for p in parts), sum(p.words for p in parts)
    long_words = sum(p.long_word_share * p.words for p in parts)
    return Readability(sentences, words, words / sentences if sentences else 0.0,
                       long_words / words if words else 0.0)
