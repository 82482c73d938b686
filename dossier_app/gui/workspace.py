"""The writing workspace: the outline on the left, the page on screen on the right (a
chapter, the project, a form), the readiness and proofreading panels the window docks, and
the word count.

It subscribes to the open session's ``changed`` signal: when the dossier is replaced under
the pages (a merge, a plan, a restore, the advisor's copy brought back), every page is
filled again and the place on screen is shown again, without the window's help.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..app.session import Change
from ..core.markdown import count_words
from ..core.model import ChapterKind
from ..core.pages import Page
from ..core.progress import progress
from ..core.proofread import known_names
from .banner import Banner
from .chapter_page import ChapterPage, insert_annex_reference
from .editor import ChapterEditor
from .form_pages import form_pages, framed
from .navigator import Navigator, Place
from .proofread_panel import ProofreadPanel
from .readiness_panel import ReadinessPanel

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .oral_page import OralPage
    from .session import DossierSession


class Workspace(QSplitter):
    overview_shown = Signal(object)
    """The readiness report just shown (for the count in the status bar)."""
    place_shown = Signal(object)
    """The ``Place`` now on screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.main = window
        self.session: DossierSession | None = None
        spell = window.context.spell
        self.navigator = Navigator()
        self.navigator.place_chosen.connect(self.go_to)
        self.chapter_page = ChapterPage(spell)
        self.chapter_page.text_synced.connect(self._chapter_synced)
        self.chapter_page.status_changed.connect(self.refresh_overview)
        self.chapter_page.compare_requested.connect(
            lambda revision: window.review.show_revisions(select=revision))
        self.project = ChapterEditor(spell)
        self.project.setAccessibleName(self.tr("Projet professionnel"))
        self._project_sync = QTimer(self, singleShot=True, interval=300)
        self._project_sync.timeout.connect(self.sync_project)
        self.project.textChanged.connect(self._project_typed)
        self.content = QStackedWidget()
        self.content.addWidget(self.chapter_page)
        self.pages: dict[Page, QWidget] = {Page.CHAPTER: self.chapter_page}
        self.forms: dict[Page, Any] = {}
        self.oral: OralPage | None = None
        """« Préparer l'oral », built on first visit; it shows one production at a time."""
        self.banner = Banner()
        self.banner.copy_requested.connect(window.files.save_copy_and_open)
        self.readiness = ReadinessPanel()
        self.readiness.place_chosen.connect(self.go_to)
        self.proofreading = ProofreadPanel(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=800)
        self._refresh_timer.timeout.connect(self.refresh_overview)
        self._word_counts: dict[tuple[int, ChapterKind], int] = {}

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.content, 1)
        self.addWidget(self.navigator)
        self.addWidget(right)
        self.setStretchFactor(1, 1)
        self.setSizes([320, 960])
        self.setChildrenCollapsible(False)

    # --- the session -------------------------------------------------------------------

    def attach(self, session: DossierSession) -> None:
        """Show ``session``'s dossier, and follow what happens to it from now on."""
        self.session = session
        session.changed.connect(self._session_changed)
        session.structure_changed.connect(self._refresh_timer.start)
        self.banner.show_access(session.file)
        self._load()
        self.proofreading.attach(session)
        self.go_to(next(iter(self.navigator.chapters()), Place(Page.CANDIDATE)))
        self.current_editor().setFocus()  # the user came to write: the cursor is in the text

    def detach(self) -> None:
        self.session = None
        self.chapter_page.session = None
        self.proofreading.detach()
        if self.oral is not None:
            self.oral.session = None

    def _session_changed(self, change: Change) -> None:
        """The dossier was changed from outside the page on screen: every page re-reads it,
        and the place on screen is shown again."""
        if change.reload and self.session is not None:
            self._load()
            place = self.current_place()
            if place is not None:
                self.go_to(place, sync=False)

    def _load(self) -> None:
        session = self.session
        if session is None:
            return
        dossier = session.dossier
        self.project.load_markdown(dossier.project)
        for name in self.forms:
            self.fill_form(name)
        if self.oral is not None:
            self.oral.show_production(session, self.oral.number)
        self._word_counts = {
            (number, kind): count_words(production.chapters[kind].text)
            for number, production in enumerate(dossier.productions, start=1) for kind in ChapterKind}
        self.navigator.rebuild(dossier, session.ccpt)
        spell = self.main.context.spell
        if spell is not None:
            names = known_names(dossier)
            if spell.speller is not None:
                spell.speller.ignore_words(names)
            else:
                spell.ready.connect(lambda: spell.speller and spell.speller.ignore_words(names))
        self.refresh_overview()

    # --- pages and places --------------------------------------------------------------

    def page(self, name: Page) -> QWidget:
        """The page for ``name``, built and filled from the dossier on first use."""
        if name is Page.ORAL and self.oral is None:
            from .oral_page import OralPage  # only when visited: keeps start-up quick

            self.oral = OralPage(self.main.context)
            self.pages[name] = self.oral
            self.content.addWidget(self.oral)
        if name not in self.pages:
            spec = form_pages()[name]
            self.forms[name] = spec.build(self.main)
            self.pages[name] = framed(spec.title, self.forms[name], spec.intro, spec.scroll)
            self.content.addWidget(self.pages[name])
            if self.session is not None:
                self.fill_form(name)
        return self.pages[name]

    def fill_form(self, name: Page) -> None:
        if self.session is None:
            return
        spec, form = form_pages()[name], self.forms[name]
        spec.fill(form, self.main)
        if spec.browsable:
            form.setReadOnly(self.session.read_only)  # steps can still be looked through
        else:
            form.setEnabled(not self.session.read_only)

    def go_to(self, place: Place, sync: bool = True) -> None:
        """Show ``place``; what the editors hold is handed to the session first, unless the
        dossier was just replaced under them (``sync=False``)."""
        if self.session is None:
            return
        if sync:
            self.sync()
        if place.page is Page.ORAL and not place.production and self.session.dossier.productions:
            place = Place(Page.ORAL, 1)  # « the oral » without a production: the first one's
        if place.kind is not None:  # a chapter
            self.chapter_page.show_chapter(self.session, place.production, place.kind)
        page = self.page(place.page)
        if page is self.oral and self.oral is not None:
            self.oral.show_production(self.session, place.production)
        self.content.setCurrentWidget(page)
        self._show_path_progress()
        if self.navigator.current_place() != place:
            self.navigator.select(place)
        self._show_words()
        self.session.flush()  # chapter change is a save point
        self.place_shown.emit(place)

    def current_place(self) -> Place | None:
        return self.navigator.current_place()

    def step_chapter(self, step: int) -> None:
        chapters = self.navigator.chapters()
        current = self.current_place()
        if not chapters:
            return
        if current in chapters:
            index = chapters.index(current) + step
        elif current is not None and current.page is Page.ORAL:  # after its chapters
            before = sum(place.production <= current.production for place in chapters)
            index = before if step > 0 else before - 1
        else:
            index = 0
        self.go_to(chapters[max(0, min(index, len(chapters) - 1))])
        self.chapter_page.editor.setFocus()

    def toggle_focus(self) -> None:
        current = self.content.currentWidget()
        if self.navigator.hasFocus() and current is not None:
            current.setFocus()
            current.focusNextChild()
            if current is self.chapter_page:
                self.chapter_page.editor.setFocus()
        else:
            self.navigator.setFocus()

    def undo(self, again: bool = False) -> None:
        """Édition > Annuler (or Rétablir, ``again``) on what the page on screen holds: the
        chapter or the project, the field being typed in, or the privacy page's table."""
        widget = self.content.currentWidget()
        focused = QApplication.focusWidget()
        if widget is self.pages.get(Page.PRIVACY):
            history = self.forms[Page.PRIVACY].history
            (history.redo if again else history.undo)()
        elif widget in (self.chapter_page, self.pages.get(Page.PROJECT)):
            editor = self.current_editor()
            (editor.redo if again else editor.undo)()
        elif isinstance(focused, (QLineEdit, QTextEdit, QPlainTextEdit)) and widget is not None \
                and widget.isAncestorOf(focused):
            (focused.redo if again else focused.undo)()

    def current_editor(self) -> ChapterEditor:
        return self.project if self.content.currentWidget() is self.pages.get(Page.PROJECT) \
            else self.chapter_page.editor

    def find_in_text(self) -> None:
        if self.content.currentWidget() is self.chapter_page:
            self.chapter_page.find_bar.open_bar()

    def zoom(self, step: int) -> None:
        editor = self.current_editor()
        editor.set_zoom(editor.zoom + step)

    # --- keeping the views in step -----------------------------------------------------

    def sync(self) -> None:
        """Hand what the editors hold to the session."""
        self.chapter_page.sync()
        self.sync_project()

    def show_rewritten_texts(self) -> None:
        """The chapters and the project were rewritten in the dossier (annexes renumbered),
        after ``sync``: the editors show them again, at the same place."""
        if self.session is None:
            return
        dossier = self.session.dossier
        _reload(self.project, dossier.project)
        page = self.chapter_page
        if page.session is not None and page.number:
            _reload(page.editor, dossier.production(page.number).chapters[page.kind].text)

    def insert_annex_reference(self) -> None:
        """Édition > Insérer un renvoi à une annexe: at the cursor of the chapter or the
        project on screen."""
        widget = self.content.currentWidget()
        if self.session is None or widget not in (self.chapter_page, self.pages.get(Page.PROJECT)):
            self.main.status_line.notice(self.tr(
                "Un renvoi à une annexe s’insère dans le texte d’un chapitre ou du projet : "
                "ouvrez-le d’abord."))
            return
        editor = self.current_editor()
        if not editor.isReadOnly():
            insert_annex_reference(editor, self.session.dossier.annexes, self)

    def _project_typed(self) -> None:
        if self.session is not None:
            self.session.note_typing()
        self._project_sync.start()

    def sync_project(self) -> None:
        self._project_sync.stop()
        if self.session is not None and not self.session.read_only \
                and self.project.document().isModified():
            self.project.document().setModified(False)
            markdown = self.project.markdown()
            if markdown != self.session.dossier.project:
                self.session.update(lambda d: setattr(d, "project", markdown))

    def _chapter_synced(self) -> None:
        page = self.chapter_page
        if self.session is None:
            return
        chapter = self.session.dossier.production(page.number).chapters[page.kind]
        self._word_counts[(page.number, page.kind)] = count_words(chapter.text)
        self._show_words()
        self._refresh_timer.start()

    def pages_counted(self) -> None:
        """An export gave each production's real pages: the outline and the status bar
        show them in place of the estimate."""
        self._show_words()
        self.refresh_overview()

    def _show_words(self) -> None:
        if self.session is not None:
            self.main.status_line.show_words(self._word_counts, self.current_place())

    def refresh_overview(self) -> None:
        if self.session is None:
            return
        self.navigator.refresh_counts(self.session.dossier, self.session.conflicts.keys())
        report = self.session.report()
        self.readiness.show_report(report)
        self.overview_shown.emit(report)
        self._show_path_progress()

    def _show_path_progress(self) -> None:
        """Only while the path page is on screen: no word counting behind the typing."""
        if self.session is not None and self.content.currentWidget() is self.pages.get(Page.PATH):
            page = self.forms[Page.PATH]
            page.show_progress(progress(self.session.dossier, page.today))


def _reload(editor: ChapterEditor, markdown: str) -> None:
    """Show ``markdown`` in ``editor`` keeping its cursor and scroll where they were (the
    text only changed in the numbers of its references)."""
    if editor.markdown() == markdown:
        return
    position = editor.textCursor().position()
    scroll = editor.verticalScrollBar().value()
    editor.load_markdown(markdown)
    cursor = editor.textCursor()
    cursor.setPosition(min(position, len(editor.toPlainText())))
    editor.setTextCursor(cursor)
    editor.verticalScrollBar().setValue(scroll)
