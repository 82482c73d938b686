"""Spelling and grammar in the editor: loaded and consulted off the UI thread."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..core.paths import AppPaths
from ..core.proofread import SPELLING_RULE
from ..core.proofreading import Kind, Mark
from ..core.spelling import FrenchSpeller, PersonalDictionary, checkable_words
from .grammar_service import GrammarService
from .text_document import LINE_BREAK
from .theme import colours

GRAMMAR_PAUSE_MS = 600
"""A paragraph being typed is checked for grammar once typing pauses this long."""


class SpellService(QObject):
    """One speller for the app. Loading takes seconds, so it happens in a thread;
    words only Hunspell can judge are looked up in that thread too."""

    ready = Signal()
    resolved = Signal()
    words_added = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None, grammar: bool = True) -> None:
        super().__init__(parent)
        self.paths = paths
        self.speller: FrenchSpeller | None = None
        self.grammar = GrammarService(paths, self) if grammar else None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        self._queued: set[str] = set()
        self._guard = threading.Lock()

    def start(self) -> None:
        self._executor.submit(self._load)

    def _load(self) -> None:
        personal = PersonalDictionary(self.paths.data / "dictionnaire-personnel.txt")
        self.speller = FrenchSpeller(personal)
        self.ready.emit()

    def wait_until_ready(self) -> None:
        """Block until loaded (tests, benchmarks)."""
        self._executor.submit(lambda: None).result()

    def resolve(self, words: set[str]) -> None:
        with self._guard:
            fresh = words - self._queued
            self._queued |= fresh
        if fresh:
            self._executor.submit(self._resolve, fresh)

    def _resolve(self, words: set[str]) -> None:
        speller = self.speller
        if speller is None:
            return
        for word in words:
            speller.is_correct(word)
        with self._guard:
            self._queued -= words
        self.resolved.emit()

    def add_to_dictionary(self, word: str) -> None:
        if self.speller is not None:
            self.speller.personal.add(word)
            self.words_added.emit()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words with a wave, grammar with dashes and style with dots, each
    in its own colour. Words not yet judged are sent to the service at once; paragraphs
    not yet checked for grammar once typing pauses (a check takes a tenth of a second or
    so: never one per key)."""

    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        self.enabled = True
        self.grammar_enabled = service.grammar is not None
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._grammar = QTextCharFormat()
        self._grammar.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        self._style = QTextCharFormat()
        self._style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self._waiting: set[int] = set()  # blocks with words the worker is judging
        self._grammar_pending: dict[int, str] = {}  # blocks to check once typing pauses
        self._grammar_waiting: set[int] = set()  # blocks the grammar worker is checking
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(GRAMMAR_PAUSE_MS)
        self._pause.timeout.connect(self._send_grammar)
        service.ready.connect(self.rehighlight, Qt.ConnectionType.QueuedConnection)
        service.words_added.connect(self.rehighlight)
        service.resolved.connect(self._resolved, Qt.ConnectionType.QueuedConnection)
        if service.grammar is not None:
            service.grammar.checked.connect(self._grammar_checked, Qt.ConnectionType.QueuedConnection)
            service.grammar.ignored.connect(self.rehighlight)

    def set_grammar_enabled(self, enabled: bool) -> None:
        self.grammar_enabled = enabled and self.service.grammar is not None
        self.rehighlight()

    def _resolved(self) -> None:
        waiting, self._waiting = self._waiting, set()
        self._redo(waiting)

    def _grammar_checked(self) -> None:
        waiting, self._grammar_waiting = self._grammar_waiting, set()
        self._redo(waiting)

    def _redo(self, numbers: set[int]) -> None:
        """Redo only the paragraphs that were waiting: a whole chapter takes tens of ms."""
        document = self.document()
        for number in sorted(numbers):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def _send_grammar(self) -> None:
        grammar = self.service.grammar
        pending, self._grammar_pending = self._grammar_pending, {}
        document = self.document()
        current = {number: text for number, text in pending.items()
                   if _paragraph(document.findBlockByNumber(number).text()) == text}
        if grammar is not None and current:
            self._grammar_waiting |= set(current)
            grammar.check(set(current.values()))

    def highlightBlock(self, text: str) -> None:
        # The theme's colours, read again as the text is checked: the theme may have changed.
        theme = colours(QGuiApplication.palette())
        grammar = self.service.grammar
        if grammar is not None and self.grammar_enabled and text.strip():
            paragraph = _paragraph(text)
            marks = grammar.marks(paragraph)
            if marks is None:
                self._grammar_pending[self.currentBlock().blockNumber()] = paragraph
                self._pause.start()
            for mark in marks or ():
                grammatical = mark.kind is Kind.GRAMMAR
                look = self._grammar if grammatical else self._style
                look.setUnderlineColor(QColor(theme.grammar if grammatical else theme.style))
                self.setFormat(mark.start, mark.end - mark.start, look)
        speller = self.service.speller
        if speller is None or not self.enabled:
            return
        unknown: set[str] = set()
        self._format.setUnderlineColor(QColor(theme.misspelt))
        for match in checkable_words(text):
            status = speller.quick_status(match.group())
            if status is None:
                unknown.add(match.group())
            elif not status and not self._ignored(match.start(), match.end(), text):
                self.setFormat(match.start(), match.end() - match.start(), self._format)
        if unknown:
            self._waiting.add(self.currentBlock().blockNumber())
            self.service.resolve(unknown)

    def _ignored(self, start: int, end: int, text: str) -> bool:
        """A misspelt word the user ignored here (from the *Relecture* panel)."""
        grammar = self.service.grammar
        return grammar is not None and grammar.ignores.ignores(
            Mark(start, end, Kind.SPELLING, SPELLING_RULE, ""), _paragraph(text))


def _paragraph(text: str) -> str:
    """A block's text as ``core.markdown`` spells it: a hard line break is ``"\\n"``."""
    return text.replace(LINE_BREAK, "\n")
