"""Grammar checking for the window, off the UI thread.

One worker thread checks paragraphs (Grammalecte, ``core.grammar``; loaded the first time
a paragraph is to be checked) and keeps each paragraph's marks by its text, so that a
paragraph is checked again only when it changes. What the editor shows goes first; the
whole dossier's proofreading (the *Relecture* panel) fills the gaps behind it, a paragraph
at a time, and finishes with what the cache holds, the spelling and the writing advice.

The whole dossier's paragraphs wait while the candidate types (``typing``): Grammalecte is
pure Python, and a thread checking beside the typing takes Python's lock from it often
enough to slow keys down (measured in ``benchmarks/keystroke.py --grammar busy``).
"""

from __future__ import annotations

import copy
import itertools
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..core.clock import SYSTEM, Clock
from ..core.grammar import GrammarChecker, grammar_checker
from ..core.model import Dossier
from ..core.paths import AppPaths
from ..core.proof_ignores import ProofIgnores, ignores_path
from ..core.proofread import paragraphs, proofread
from ..core.proofreading import Finding, Mark
from ..core.spelling import FrenchSpeller
from ..core.writing_advice import AdviceRules

KEPT_PARAGRAPHS = 20_000
"""Paragraphs whose marks are kept (a 100 000-word dossier has about 2 000)."""
_SHOWN, _DOSSIER = 0, 1
"""Priorities: the paragraphs on screen before the whole dossier's."""
TYPING_SECONDS = 1.0
"""The whole dossier's checking waits until the last key is this old."""


@dataclass(frozen=True)
class DossierRun:
    """One proofreading of the whole dossier, as the panel asked for it."""

    number: int
    dossier: Dossier
    speller: FrenchSpeller | None
    advice: AdviceRules | None


class _Cache:
    """Grammar marks by paragraph text, in place of the checker for ``proofread``."""

    def __init__(self) -> None:
        self.marks: dict[str, list[Mark]] = {}
        self.lock = threading.Lock()

    def get(self, text: str) -> list[Mark] | None:
        with self.lock:
            return self.marks.get(text)

    def put(self, text: str, marks: list[Mark]) -> None:
        with self.lock:
            if len(self.marks) >= KEPT_PARAGRAPHS and text not in self.marks:
                del self.marks[next(iter(self.marks))]
            self.marks[text] = marks

    def check(self, text: str) -> list[Mark]:
        return list(self.get(text) or [])


class GrammarService(QObject):
    checked = Signal()
    """Paragraphs the editor waited for have their marks."""
    missing = Signal()
    """Grammalecte is not installed: told once, when it is first needed."""
    ignored = Signal()
    """The user asked to leave a finding or a rule alone."""
    dossier_progress = Signal(int, int)
    """Paragraphs of the whole dossier checked so far, and how many there are."""
    dossier_proofread = Signal(int, list)
    """A run's number and its findings (``core.proofreading.Finding``)."""

    def __init__(self, paths: AppPaths, parent: QObject | None = None,
                 load: Callable[[], GrammarChecker | None] = grammar_checker,
                 clock: Clock = SYSTEM) -> None:
        super().__init__(parent)
        self._clock = clock
        self._typing_until = 0.0
        self.ignores = ProofIgnores(ignores_path(paths.data))
        self.state = "unloaded"
        """« unloaded », « ready » or « missing » (not installed)."""
        self._load = load
        self._checker: GrammarChecker | None = None
        self._cache = _Cache()
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._queued: set[str] = set()
        self._guard = threading.Lock()
        self._runs = itertools.count(1)
        self._latest_run = 0
        self._dossier_done = self._dossier_total = 0
        self._thread = threading.Thread(target=self._work, name="grammar", daemon=True)
        self._thread.start()

    # --- asked by the editor -----------------------------------------------------------

    def marks(self, text: str) -> list[Mark] | None:
        """The grammar and style marks of a paragraph, those the user ignored left out;
        None while it has not been checked (``check`` it)."""
        if self.state == "missing":
            return []
        marks = self._cache.get(text)
        if marks is None:
            return None
        return [m for m in marks if not self.ignores.ignores(m, text)]

    def check(self, texts: set[str]) -> None:
        """Check these paragraphs before anything else waiting."""
        self._enqueue(texts, _SHOWN)

    def typing(self) -> None:
        """A key was pressed in the text: the whole dossier's checking waits a moment."""
        self._typing_until = self._clock.monotonic() + TYPING_SECONDS

    def wait(self) -> None:
        """Block until everything sent so far is done (tests, benchmarks)."""
        done = threading.Event()
        self._queue.put((_DOSSIER + 1, next(self._order), done.set))
        done.wait()

    # --- the whole dossier -------------------------------------------------------------

    def proofread_dossier(self, dossier: Dossier, speller: FrenchSpeller | None,
                          advice: AdviceRules | None) -> int:
        """Start proofreading a copy of ``dossier``; its findings come with
        ``dossier_proofread`` and the number returned. A newer run makes older ones moot."""
        run = DossierRun(next(self._runs), copy.deepcopy(dossier), speller, advice)
        self._latest_run = run.number
        self._dossier_done = 0
        self._dossier_total = self._enqueue({p.text for p in paragraphs(run.dossier)}, _DOSSIER)
        self._queue.put((_DOSSIER, next(self._order), lambda: self._finish(run)))
        return run.number

    def _finish(self, run: DossierRun) -> None:
        if run.number != self._latest_run:
            return
        findings: list[Finding] = proofread(
            run.dossier, grammar=self._cache if self.state == "ready" else None,
            speller=run.speller, advice=run.advice, ignores=self.ignores)
        self.dossier_proofread.emit(run.number, findings)

    # --- ignoring ----------------------------------------------------------------------

    def ignore_here(self, mark: Mark, paragraph: str) -> None:
        self.ignores.ignore_here(mark, paragraph)
        self.ignored.emit()

    def ignore_rule(self, rule: str) -> None:
        self.ignores.ignore_rule(rule)
        self.ignored.emit()

    # --- the worker --------------------------------------------------------------------

    def _enqueue(self, texts: set[str], priority: int) -> int:
        """Queue what is neither checked nor waiting already; how many that is."""
        with self._guard:
            fresh = {t for t in texts if t not in self._queued and self._cache.get(t) is None}
            self._queued |= fresh
        for text in sorted(fresh):
            self._queue.put((priority, next(self._order), text))
        return len(fresh)

    def _work(self) -> None:
        while True:
            priority, _order, item = self._queue.get()
            if callable(item):
                item()
                continue
            if priority == _DOSSIER:
                self._let_typing_pass()
            self._check(item)
            if priority == _SHOWN and self._next_is_not_shown():
                self.checked.emit()
            elif priority == _DOSSIER:
                self._dossier_done += 1
                self.dossier_progress.emit(self._dossier_done, self._dossier_total)

    def _let_typing_pass(self) -> None:
        while (left := self._typing_until - self._clock.monotonic()) > 0:
            time.sleep(min(left, 0.1))

    def _next_is_not_shown(self) -> bool:
        with self._queue.mutex:
            return not self._queue.queue or self._queue.queue[0][0] != _SHOWN

    def _check(self, text: str) -> None:
        if self.state == "unloaded":
            self._checker = self._load()
            self.state = "ready" if self._checker else "missing"
            if self._checker is None:
                self.missing.emit()
        marks = self._checker.check(text) if self._checker is not None else []
        self._cache.put(text, marks)
        with self._guard:
            self._queued.discard(text)
