"""The dossier's outline: identity pages, then each production with its three chapters and
its oral preparation."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QWidget

from ..app.page_counts import PageCounts
from ..core.markdown import count_words
from ..core.model import ChapterKind, ChapterStatus, Dossier
from ..core.pages import Page
from ..core.reading_budget import ReadingFigures, productions_shared, rounded_pages
from ..core.referential import Ccpt
from . import labels
from .texts import fill


@dataclass(frozen=True)
class Place:
    """Where the user is: a page, or a chapter of a production (``Page.CHAPTER``)."""

    page: Page
    production: int = 0
    kind: ChapterKind | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "page", Page(self.page))  # a page's name is accepted too


_DOSSIER_PAGES = (Page.CANDIDATE, Page.PRIVACY, Page.MANDATES, Page.PROJECT)
"""Under « Mon dossier », before the productions."""
_LATER_PAGES = (Page.PATH, Page.POSITIONING, Page.ANNEXES, Page.DECLARATION, Page.AFTER_JURY)
"""After the productions; what follows the jury comes last, as it does in time."""


class Navigator(QTreeWidget):
    """The outline, with the legend of the chapters' status symbols under it."""

    place_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setAccessibleName(self.tr("Plan du dossier"))
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(True)
        self.currentItemChanged.connect(self._chosen)
        self._items: dict[Place, QTreeWidgetItem] = {}
        self._productions: list[QTreeWidgetItem] = []
        self._ccpt: Ccpt | None = None
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setText(legend())
        self.setAccessibleDescription(legend())
        self._place_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._place_legend()

    def _place_legend(self) -> None:
        """Inside the frame, under the pages (the scroll bar runs beside it, as beside a
        table's header)."""
        width = self.frameWidth()
        inner = self.frameRect().adjusted(width, width, -width, -width)
        margin = self.fontMetrics().averageCharWidth()
        text_width = max(inner.width() - 2 * margin, 1)
        if self.verticalScrollBar().isVisible():
            text_width -= self.verticalScrollBar().width()
        height = self.legend.heightForWidth(text_width) + margin
        # Only where the pages keep their room: at a large text size on a small screen the
        # outline comes first (the chapter's status list names every symbol too).
        room = inner.height() - height >= self._rows_height()
        self.legend.setVisible(room)
        if not room:
            self.setViewportMargins(0, 0, 0, 0)
            return
        self.setViewportMargins(0, 0, 0, height)
        self.legend.setGeometry(inner.left() + margin, inner.bottom() + 1 - height + margin // 2,
                                text_width, height - margin)

    def _rows_height(self) -> int:
        rows, iterator = 0, QTreeWidgetItemIterator(self)
        while iterator.value() is not None:
            item = iterator.value()
            parent = item.parent()
            rows += parent is None or parent.isExpanded()
            iterator += 1
        return rows * max(self.sizeHintForRow(0), self.fontMetrics().height())

    def rebuild(self, dossier: Dossier, ccpt: Ccpt | None) -> None:
        current = self.current_place()
        blocker = self.blockSignals(True)
        self.clear()
        self._items.clear()
        self._productions.clear()
        self._ccpt = ccpt
        top = self._add(None, self.tr("Mon dossier"), None)
        for page in _DOSSIER_PAGES:
            self._add(top, labels.page(page), Place(page))
        for number, production in enumerate(dossier.productions, start=1):
            competence = ccpt.competence(production.competence) if ccpt else None
            title = production.title or (competence.label if competence else "")
            item = self._add(None, fill(self.tr("Production %1 : %2"), number, title) if title
                             else fill(self.tr("Production %1"), number), None)
            item.setToolTip(0, title)
            self._productions.append(item)
            for kind in ChapterKind:
                self._add(item, "", Place(Page.CHAPTER, number, kind))
            oral = self._add(item, labels.page(Page.ORAL), Place(Page.ORAL, number))
            oral.setFirstColumnSpanned(True)  # no word count: the name has the whole row
            oral.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                         fill(self.tr("%1, production %2"), labels.page(Page.ORAL), number))
        for page in _LATER_PAGES:
            self._add(None, labels.page(page), Place(page))
        self.expandAll()
        self.refresh_counts(dossier)
        self.blockSignals(blocker)
        self._place_legend()  # as many pages as there were, or not: room for the legend?
        if current in self._items:
            self.select(current)

    def refresh_counts(self, dossier: Dossier,
                       conflicts: Collection[tuple[int, ChapterKind]] = ()) -> None:
        """Status, words, and ⇄ on the chapters whose advisor version waits for a choice;
        each production's pages."""
        words_of: dict[int, int] = {}
        for place, item in self._items.items():
            kind = place.kind
            if place.page is not Page.CHAPTER or kind is None or place.production > len(dossier.productions):
                continue
            chapter = dossier.production(place.production).chapters[kind]
            words = count_words(chapter.text)
            words_of[place.production] = words_of.get(place.production, 0) + words
            waiting = (place.production, kind) in conflicts
            item.setText(0, f"{labels.STATUS_SYMBOLS[chapter.status]}  {labels.chapter(kind)}"
                         + ("  ⇄" if waiting else ""))
            item.setText(1, labels.words(words))
            status = fill(self.tr("Statut : %1"), labels.status(chapter.status))
            choice = self.tr("la version du conseiller attend votre choix")
            item.setToolTip(0, fill(self.tr("%1 ; %2"), status, choice) if waiting else status)
            spoken = (f"{labels.chapter(kind)}, {labels.status(chapter.status)}, "
                      f"{labels.words(words)}" + (f", {choice}" if waiting else ""))
            for column in (0, 1):
                item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
        self._show_pages(dossier, words_of)

    def _show_pages(self, dossier: Dossier, words_of: dict[int, int]) -> None:
        """Each production's pages beside its title, the reading time and the budget in its
        tooltip."""
        reading = reading_of(self)
        if reading is None:
            return
        figures, counts = reading
        budget = figures.budget(productions_shared(
            len(dossier.productions), len(self._ccpt.competences) if self._ccpt else None,
            figures.productions))
        advised = pages_text(rounded_pages(budget.pages))
        for number, item in enumerate(self._productions, start=1):
            words = words_of.get(number, 0)
            pages = production_pages(figures, counts, number, words)
            item.setText(1, pages)
            reading_time = reading_text(figures, counts, number, words)
            item.setToolTip(1, fill(self.tr("%1 ; conseillé : %2"), reading_time, advised)
                            if reading_time else "")
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole,
                         fill(self.tr("%1, %2"), item.text(0), reading_time or pages))

    def _add(self, parent: QTreeWidgetItem | None, text: str, place: Place | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A screen reader names each cell: the empty word count says the row's name too.
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, text)
        if place is None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        else:
            item.setData(0, Qt.ItemDataRole.UserRole, place)
            self._items[place] = item
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def current_place(self) -> Place | None:
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def select(self, place: Place) -> None:
        item = self._items.get(place)
        if item is not None:
            self.setCurrentItem(item)

    def chapters(self) -> list[Place]:
        return [p for p in self._items if p.page is Page.CHAPTER]

    def _chosen(self, item: QTreeWidgetItem | None, _previous) -> None:
        place = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if place is not None:
            self.place_chosen.emit(place)


def reading_of(widget: QWidget) -> tuple[ReadingFigures, PageCounts] | None:
    """The reading figures of the window's dossier and its real page counts (None before
    a dossier is open)."""
    session = getattr(widget.window(), "session", None)
    if session is None:
        return None
    return session.guidance.reading, session.page_counts


def pages_text(pages: int) -> str:
    if pages == 1:
        return QCoreApplication.translate("Navigator", "1 page")
    return fill(QCoreApplication.translate("Navigator", "%1 pages"), pages)


def production_pages(figures: ReadingFigures, counts: PageCounts, number: int, words: int) -> str:
    """« ≈ 4 pages », or the real count of the last export while the text is still the one
    exported (« 5 pages »); empty without words."""
    real = counts.real(number, words)
    if real is not None:
        return pages_text(real.pages)
    if not words:
        return ""
    return fill(QCoreApplication.translate("Navigator", "≈ %1"),
                pages_text(rounded_pages(figures.pages(words))))


def reading_text(figures: ReadingFigures, counts: PageCounts, number: int, words: int) -> str:
    """« ≈ 4 pages · 12 min de lecture », or « 5 pages (export du 2 décembre) · 12 min de
    lecture »; empty without words."""
    if not words:
        return ""
    minutes = max(1, round(figures.minutes(words)))
    real = counts.real(number, words)
    if real is None:
        return fill(QCoreApplication.translate("Navigator", "%1 · %2 min de lecture"),
                    production_pages(figures, counts, number, words), minutes)
    day = QLocale().toString(QDate(real.day.year, real.day.month, real.day.day), "d MMMM")
    return fill(QCoreApplication.translate("Navigator", "%1 (export du %2) · %3 min de lecture"),
                pages_text(real.pages), day, minutes)


def legend() -> str:
    """« Statuts : ○ À écrire  ◔ Brouillon … », each symbol kept with its name, whole,
    when the line wraps."""
    nbsp = "\u00a0"
    return fill(QCoreApplication.translate("Navigator", "Statuts : %1"), "   ".join(
        labels.STATUS_SYMBOLS[s] + nbsp + labels.status(s).replace(" ", nbsp)
        for s in ChapterStatus))
