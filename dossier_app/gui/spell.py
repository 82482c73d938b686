"""Spell checking in the editor: loaded and consulted off the UI thread."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..core.paths import AppPaths
from ..core.spelling import FrenchSpeller, PersonalDictionary, checkable_words
from .theme import colours


class SpellService(QObject):
    """One speller for the app. Loading takes seconds, so it happens in a thread;
    words only Hunspell can judge are looked up in that thread too."""

    ready = Signal()
    resolved = Signal()
    words_added = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.speller: FrenchSpeller | None = None
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
    """Underlines misspelt words; words not yet judged are sent to the service."""

    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        self.enabled = True
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._waiting: set[int] = set()  # blocks with words the worker is judging
        service.ready.connect(self.rehighlight, Qt.ConnectionType.QueuedConnection)
        service.words_added.connect(self.rehighlight)
        service.resolved.connect(self._resolved, Qt.ConnectionType.QueuedConnection)

    def _resolved(self) -> None:
        """Redo only the paragraphs that were waiting: a whole chapter takes tens of ms."""
        document = self.document()
        waiting, self._waiting = self._waiting, set()
        for number in sorted(waiting):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:
        speller = self.service.speller
        if speller is None or not self.enabled:
            return
        unknown: set[str] = set()
        # The theme's colour, read again as the text is checked: the theme may have changed.
        self._format.setUnderlineColor(QColor(colours(QGuiApplication.palette()).misspelt))
        for match in checkable_words(text):
            status = speller.quick_status(match.group())
            if status is None:
                unknown.add(match.group())
            elif not status:
                self.setFormat(match.start(), match.end() - match.start(), self._format)
        if unknown:
            self._waiting.add(self.currentBlock().blockNumber())
            self.service.resolve(unknown)
