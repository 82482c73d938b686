"""The window's status bar: the word counts, the save state, and passing notices."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from ..app.session import SaveState
from ..core.model import ChapterKind
from . import labels
from .navigator import Place, reading_of, reading_text
from .texts import fill

NOTICE_MS = 15000
"""How long a notice (a failed save, backups not made) stays."""


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.words = _Fitting()
        self.words.setAccessibleName(self.tr("Nombre de mots"))
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("État de l’enregistrement"))
        bar.addWidget(self.words, 1)
        bar.addPermanentWidget(self.saved)

    def show_words(self, counts: dict[tuple[int, ChapterKind], int], place: Place | None) -> None:
        """The chapter's, its production's and the dossier's words, and the production's
        pages and reading time (the dossier's words alone off a chapter). From the counts
        made as the text is handed to the session: nothing is counted here."""
        total = sum(counts.values())
        if place is not None and place.kind is not None:
            production = sum(v for (n, _), v in counts.items() if n == place.production)
            chapter = labels.words(counts.get((place.production, place.kind), 0))
            reading = reading_of(self.bar)
            pages = reading_text(*reading, place.production, production) if reading else ""
            texts = [fill(self.tr("Chapitre : %1   ·   Production %2 : %3   ·   Dossier : %4"),
                          chapter, place.production, labels.words(production), labels.words(total)),
                     fill(self.tr("Chapitre : %1   ·   Dossier : %2"), chapter, labels.words(total)),
                     fill(self.tr("Chapitre : %1"), chapter)]
            if pages:
                texts = [fill(self.tr("Chapitre : %1   ·   Production %2 : %3, %4   ·   Dossier : %5"),
                              chapter, place.production, labels.words(production), pages,
                              labels.words(total)),
                         fill(self.tr("Chapitre : %1   ·   Production %2 : %3"), chapter,
                              place.production, pages),
                         fill(self.tr("Chapitre : %1   ·   %2"), chapter, pages), texts[-1]]
            self.words.set_texts(texts)
        else:
            self.words.set_texts([fill(self.tr("Dossier : %1"), labels.words(total))])

    def show_save_state(self, state: str) -> None:
        self.saved.setText({SaveState.SAVED: self.tr("✓ Enregistré"),
                            SaveState.PENDING: self.tr("Modifications en cours…"),
                            SaveState.FAILED: self.tr("⚠ Échec de l’enregistrement"),
                            SaveState.READ_ONLY: self.tr("Lecture seule")}[state])

    def notice(self, message: str) -> None:
        """A message that passes: the dossier is saved, only something beside it is not."""
        if message:
            self.bar.showMessage(message, NOTICE_MS)

    def grammar_missing(self) -> None:
        """Said once, when grammar is first needed and Grammalecte is not installed."""
        self.notice(self.tr("La grammaire n’est pas vérifiée : Grammalecte n’est pas installé "
                            "(paquet python3-grammalecte). L’orthographe l’est."))

    def clear(self) -> None:
        self.words.set_texts([""])
        self.saved.setText("")


class _Fitting(QLabel):
    """The longest of its texts that fits its width (the whole one in its tooltip): at a
    large text size the counts shorten instead of running under the save state."""

    def __init__(self) -> None:
        super().__init__()
        self._texts = [""]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_texts(self, texts: list[str]) -> None:
        self._texts = texts
        self.setToolTip(texts[0])
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        self.setText(next((t for t in self._texts if metrics.horizontalAdvance(t) <= room),
                          self._texts[-1]))
