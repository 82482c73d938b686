"""The main window: welcome screen or workspace, menus, status bar, opening and closing."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..app.session import Change
from ..core.clock import Clock
from ..core.errors import DossierError
from ..core.files import display, same_file
from ..core.guidance import Guidance
from ..core.markdown import count_words
from ..core.model import ChapterKind
from ..core.pages import Page
from ..core.paths import AppPaths
from ..core.progress import progress
from ..core.referential import Referential
from ..storage.lock import LockIdentity
from .banner import Banner
from .chapter_page import ChapterPage
from .editor import ChapterEditor
from .file_actions import FileActions
from .form_pages import form_pages, framed
from .look import Look
from .menus import build_menus
from .navigator import Navigator, Place
from .readiness_panel import ReadinessPanel
from .review_actions import ReviewActions
from .session import DossierSession
from .settings import Settings
from .spell import SpellService
from .status_line import StatusLine
from .texts import fill
from .welcome import WelcomePage

EXAMPLE_FILE = "exemple-nadia-martin.ccpt"


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    referential: Referential
    guidance: Guidance
    spell: SpellService | None
    identity: LockIdentity
    clock: Clock = field(default_factory=Clock)


class MainWindow(QMainWindow):
    dossier_opened = Signal()

    # Made by menus.build_menus:
    recent_menu: QMenu
    export_action: QAction
    save_action: QAction
    close_action: QAction
    revisions_action: QAction
    comment_action: QAction
    send_action: QAction
    bring_back_action: QAction
    progress_sheet_action: QAction
    guidance_action: QAction
    format_actions: list[QAction]
    dossier_actions: list[QAction]
    """What needs an open dossier: disabled on the welcome screen."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.session: DossierSession | None = None
        self.review = ReviewActions(self)
        """The accompaniment and review actions (the advisor's copy, versions, the group)."""
        self.files = FileActions(self)
        self.look = Look(self)
        """Text size, theme and language."""
        """The File menu's actions (open, the example, a copy, the export…)."""
        self.headless = False
        """Set for --quit-after-show: messages go to stderr, never to a dialog nobody sees."""
        self.setWindowTitle("Dossier CCPT")
        self.setAcceptDrops(True)
        self._build_pages()
        self.status_line = StatusLine(self.statusBar())
        build_menus(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=800)
        self._refresh_timer.timeout.connect(self.refresh_overview)
        self._word_counts: dict[tuple[int, ChapterKind], int] = {}
        geometry, state = context.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        if state is not None:
            self.restoreState(state)
        for action in self.dossier_actions:
            action.setEnabled(False)  # until a dossier is open; the caller shows one or welcome

    # --- construction ----------------------------------------------------------------

    def _build_pages(self) -> None:
        """Only what the first screen needs; the other pages are built on first visit."""
        self._welcome: WelcomePage | None = None
        self.navigator = Navigator()
        self.navigator.place_chosen.connect(self.go_to)
        self.chapter_page = ChapterPage(self.context.spell)
        self.chapter_page.text_synced.connect(self._chapter_synced)
        self.chapter_page.status_changed.connect(self.refresh_overview)
        self.chapter_page.compare_requested.connect(
            lambda revision: self.review.show_revisions(select=revision))
        self.project = ChapterEditor(self.context.spell)
        self.project.setAccessibleName(self.tr("Projet professionnel"))
        self._project_sync = QTimer(self, singleShot=True, interval=300)
        self._project_sync.timeout.connect(self._sync_project)
        self.project.textChanged.connect(self._project_typed)
        self.content = QStackedWidget()
        self.content.addWidget(self.chapter_page)
        self.pages: dict[Page, QWidget] = {Page.CHAPTER: self.chapter_page}
        self.forms: dict[Page, Any] = {}

        self.banner = Banner()
        self.banner.copy_requested.connect(self.files.save_copy_and_open)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.content, 1)
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.addWidget(self.navigator)
        self.workspace.addWidget(right)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setSizes([320, 960])
        self.workspace.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)

        self.readiness = ReadinessPanel()
        self.readiness.place_chosen.connect(self.go_to)
        self.readiness_dock = QDockWidget(self.tr("Points à régler"), self)
        self.readiness_dock.setObjectName("readiness")
        self.readiness_dock.setWidget(self.readiness)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.readiness_dock)
        self.readiness_dock.hide()

    # --- pages and places -------------------------------------------------------------

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            self._welcome = WelcomePage()
            self._welcome.create_requested.connect(self.files.new_dossier)
            self._welcome.open_requested.connect(self.files.choose_and_open)
            self._welcome.example_requested.connect(self.files.open_example)
            self._welcome.recent_chosen.connect(self.open_path)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def page(self, name: Page) -> QWidget:
        """The page for ``name``, built and filled from the dossier on first use."""
        if name not in self.pages:
            spec = form_pages()[name]
            self.forms[name] = spec.build(self)
            self.pages[name] = framed(spec.title, self.forms[name], spec.intro, spec.scroll)
            self.content.addWidget(self.pages[name])
            if self.session is not None:
                self.fill_form(name)
        return self.pages[name]

    def fill_form(self, name: Page) -> None:
        if self.session is None:
            return
        spec, form = form_pages()[name], self.forms[name]
        spec.fill(form, self)
        if spec.browsable:
            form.setReadOnly(self.session.read_only)  # steps can still be looked through
        else:
            form.setEnabled(not self.session.read_only)

    def show_welcome(self) -> None:
        self.welcome.show_recent([p for p in self.context.settings.recent_files])
        self._fill_recent_menu()
        self.stack.setCurrentWidget(self.welcome)
        self.readiness_dock.hide()
        for action in self.dossier_actions:
            action.setEnabled(False)
        self.status_line.clear()
        self.setWindowTitle("Dossier CCPT")
        self.welcome.first_button.setFocus()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.context.settings.recent_files:
            action = self.recent_menu.addAction(display(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.context.settings.recent_files))

    def go_to(self, place: Place, sync: bool = True) -> None:
        """Show ``place``; what the editors hold is handed to the session first, unless the
        dossier was just replaced under them (``sync=False``)."""
        if self.session is None:
            return
        if sync:
            self.chapter_page.sync()
            self._sync_project()
        if place.kind is not None:  # a chapter
            self.chapter_page.show_chapter(self.session, place.production, place.kind)
        self.content.setCurrentWidget(self.page(place.page))
        self._show_path_progress()
        if self.navigator.current_place() != place:
            self.navigator.select(place)

        self._show_words()
        self.session.flush()  # chapter change is a save point

    def current_place(self) -> Place | None:
        return self.navigator.current_place()

    def step_chapter(self, step: int) -> None:
        chapters = self.navigator.chapters()
        current = self.current_place()
        if not chapters:
            return
        index = chapters.index(current) + step if current in chapters else 0
        self.go_to(chapters[max(0, min(index, len(chapters) - 1))])
        self.chapter_page.editor.setFocus()

    def toggle_focus(self) -> None:
        current = self.content.currentWidget()
        if self.navigator.hasFocus() and current is not None:
            current.setFocus()
            current.focusNextChild()
            if self.content.currentWidget() is self.chapter_page:
                self.chapter_page.editor.setFocus()
        else:
            self.navigator.setFocus()

    def current_editor(self) -> ChapterEditor:
        return self.project if self.content.currentWidget() is self.pages.get(Page.PROJECT) \
            else self.chapter_page.editor

    def find_in_text(self) -> None:
        if self.content.currentWidget() is self.chapter_page:
            self.chapter_page.find_bar.open_bar()

    def zoom(self, step: int) -> None:
        editor = self.current_editor()
        editor.set_zoom(editor.zoom + step)

    # --- opening and closing ----------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in place of the dossier on screen. The new one is opened first: a
        file that cannot be opened leaves the current dossier as it was."""
        path = Path(path)
        if self.session is not None and same_file(self.session.path, path):
            return True
        try:
            session = DossierSession.open(path, self.context.referential, self.context.guidance,
                                          self.context.paths, self.context.identity,
                                          self.context.clock, parent=self)
        except UnicodeError:
            # A name that is not valid UTF-8 cannot be written into the lock row: say so
            # instead of failing without a word.
            self.warn(fill(self.tr("Impossible d’ouvrir le dossier « %1 » : son nom contient des "
                                    "caractères illisibles ; renommez le fichier puis rouvrez-le."),
                            _printable(path.name)))
            return False
        except DossierError as error:
            if not path.exists():
                self.context.settings.remove_recent(path.absolute())
                if self.session is None:
                    self.show_welcome()
                else:
                    self._fill_recent_menu()
            self.warn(error.message)
            return False
        if not self.close_dossier():
            session.close()
            session.deleteLater()
            return False
        self.session = session
        session.save_state_changed.connect(self.status_line.show_save_state)
        session.save_failed.connect(self._save_failed)
        session.backups_failing_changed.connect(self.status_line.notice)
        session.structure_changed.connect(self._refresh_timer.start)
        session.changed.connect(self._session_changed)
        self.context.settings.add_recent(path)
        self._load_session_into_pages()
        self.stack.setCurrentWidget(self.workspace)
        for action in self.dossier_actions:
            action.setEnabled(True)
        self.readiness_dock.show()
        self.status_line.show_save_state(session.state)
        self.banner.show_access(session.file)
        name = session.dossier.candidate.full_name or _printable(path.stem)
        suffix = self.tr(" (lecture seule)") if session.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — Dossier CCPT")
        first = next((p for p in self.navigator.chapters()), Place(Page.CANDIDATE))
        self.go_to(first)
        self.dossier_opened.emit()
        return True

    def _session_changed(self, change: Change) -> None:
        """The dossier was changed from outside the page on screen: every page re-reads it,
        and the place on screen is shown again."""
        if change.reload and self.session is not None:
            self._load_session_into_pages()
            place = self.current_place()
            if place is not None:
                self.go_to(place, sync=False)

    def _load_session_into_pages(self) -> None:
        session = self.session
        if session is None:
            return
        dossier = session.dossier
        self.project.load_markdown(dossier.project)
        for name in self.forms:
            self.fill_form(name)
        self._word_counts = {
            (number, kind): count_words(production.chapters[kind].text)
            for number, production in enumerate(dossier.productions, start=1) for kind in ChapterKind}
        self.navigator.rebuild(dossier, session.ccpt)
        spell = self.context.spell
        if spell is not None:
            names = [dossier.candidate.first_name, dossier.candidate.last_name,
                     dossier.candidate.birth_name, dossier.candidate.employer,
                     *(p.real for p in dossier.pseudonyms)]
            if spell.speller is not None:
                spell.speller.ignore_words(names)
            else:
                spell.ready.connect(lambda: spell.speller and spell.speller.ignore_words(names))
        self.refresh_overview()

    def save_now(self) -> None:
        if self.session is not None:
            self.chapter_page.sync()
            self._sync_project()
            self.session.flush()

    def close_dossier(self) -> bool:
        """Save and close; False when the user chose to keep it open after a failed save."""
        session = self.session
        if session is None:
            return True
        self.chapter_page.sync()
        self._sync_project()
        while not session.close():
            if self.headless:  # nobody to ask, and nothing was typed: give up the save
                print(self.tr("Le dossier n’a pas pu être enregistré."), file=sys.stderr)
                session.file.close()
                break
            choice = QMessageBox.warning(
                self, self.tr("Enregistrement impossible"),
                self.tr("Le dossier n’a pas pu être enregistré. Votre texte est toujours là : "
                        "enregistrez une copie ailleurs (sur une clé USB, par exemple), ou "
                        "réessayez."),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if choice == QMessageBox.StandardButton.Cancel:
                return False
            if choice == QMessageBox.StandardButton.Save and self.files.save_copy():
                session.file.close()
                break
        self.session = None
        self.chapter_page.session = None
        session.deleteLater()
        self.show_welcome()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_dossier():
            event.ignore()
            return
        self.context.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.context.settings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_dossier(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_dossier(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    # --- keeping the views in step ------------------------------------------------------

    def edit(self, change) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.update(change)

    def _project_typed(self) -> None:
        if self.session is not None:
            self.session.note_typing()
        self._project_sync.start()

    def _sync_project(self) -> None:
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

    def _show_words(self) -> None:
        if self.session is not None:
            self.status_line.show_words(self._word_counts, self.current_place())

    def refresh_overview(self) -> None:
        if self.session is None:
            return
        self.navigator.refresh_counts(self.session.dossier, self.session.conflicts.keys())
        self.readiness.show_report(self.session.report())
        self._show_path_progress()

    def _show_path_progress(self) -> None:
        """Only while the path page is on screen: no word counting behind the typing."""
        if self.session is not None and self.content.currentWidget() is self.pages.get(Page.PATH):
            page = self.forms[Page.PATH]
            page.show_progress(progress(self.session.dossier, page.today))

    def _save_failed(self, message: str) -> None:
        message = _printable(message)
        self.status_line.notice(message)
        self.banner.show_save_failure(message)

    def warn(self, message: str) -> None:
        message = _printable(message)
        if self.headless:
            print(message, file=sys.stderr)
            return
        QMessageBox.warning(self, self.tr("Dossier CCPT"), message)


def _printable(text: str) -> str:
    """A message naming a file whose name is not valid UTF-8, with U+FFFD for the bytes
    that cannot be shown (Qt would drop them silently)."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _dropped_dossier(mime) -> Path | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".ccpt"):
            return Path(url.toLocalFile())
    return None
