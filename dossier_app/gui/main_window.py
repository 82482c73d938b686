"""The main window: welcome screen or workspace, menus, status bar, opening and closing."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
)

from ..core.clock import Clock
from ..core.errors import DossierError
from ..core.files import display, same_file
from ..core.guidance import Guidance
from ..core.paths import AppPaths
from ..core.referential import Referential
from ..storage.lock import LockIdentity
from .file_actions import FileActions
from .look import Look
from .menus import build_menus
from .panels import DEFAULT_SIZE, Panels
from .review_actions import ReviewActions
from .session import DossierSession
from .settings import Settings
from .spell import SpellService
from .status_line import StatusLine
from .texts import fill, shown
from .welcome import WelcomePage
from .workspace import Workspace

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
        """The File menu's actions (open, the example, a copy, the export…)."""
        self.look = Look(self)
        """Text size, theme and language."""
        self.headless = False
        """Set for --quit-after-show: messages go to stderr, never to a dialog nobody sees."""
        self.setWindowTitle("Dossier CCPT")
        self.setAcceptDrops(True)
        self.status_line = StatusLine(self.statusBar())
        self._build_pages()
        build_menus(self)
        geometry, state = context.settings.window_state(self._screen_key())
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        if state is not None:
            self.restoreState(state)
        for action in self.dossier_actions:
            action.setEnabled(False)  # until a dossier is open; the caller shows one or welcome

    # --- construction ----------------------------------------------------------------

    def _build_pages(self) -> None:
        """Only what the first screen needs; the other pages are built on first visit."""
        self._welcome: WelcomePage | None = None
        self.workspace = Workspace(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.panels = Panels(self)
        """The points to settle beside the text, focus mode, the first size on screen."""

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            self._welcome = WelcomePage()
            self._welcome.create_requested.connect(self.files.new_dossier)
            self._welcome.open_requested.connect(self.files.choose_and_open)
            self._welcome.example_requested.connect(self.files.open_example)
            self._welcome.import_requested.connect(self.files.import_draft)
            self._welcome.recent_chosen.connect(self.open_path)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def show_welcome(self) -> None:
        self.welcome.show_recent([p for p in self.context.settings.recent_files])
        self._fill_recent_menu()
        self.panels.set_focus_mode(False)
        self.stack.setCurrentWidget(self.welcome)
        self.panels.dossier_shown(False)
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
            self.warn(shown(error))
            return False
        if not self.close_dossier():
            session.close()
            session.deleteLater()
            return False
        self.session = session
        session.save_state_changed.connect(self.status_line.show_save_state)
        session.save_failed.connect(self._save_failed)
        session.backups_failing_changed.connect(self.status_line.notice)
        self.context.settings.add_recent(path)
        self.stack.setCurrentWidget(self.workspace)
        for action in self.dossier_actions:
            action.setEnabled(True)
        self.panels.dossier_shown(True)
        self.status_line.show_save_state(session.state)
        name = session.dossier.candidate.full_name or _printable(path.stem)
        suffix = self.tr(" (lecture seule)") if session.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — Dossier CCPT")
        self.workspace.attach(session)
        self.dossier_opened.emit()
        return True

    def save_now(self) -> None:
        if self.session is not None:
            self.workspace.sync()
            self.session.flush()

    def close_dossier(self) -> bool:
        """Save and close; False when the user chose to keep it open after a failed save."""
        session = self.session
        if session is None:
            return True
        self.workspace.sync()
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
        self.workspace.detach()
        session.deleteLater()
        self.show_welcome()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_dossier():
            event.ignore()
            return
        self.panels.set_focus_mode(False)
        self.context.settings.save_window_state(self._screen_key(), self.saveGeometry(),
                                                self.saveState())
        self.context.settings.sync()
        event.accept()

    def _screen_key(self) -> str:
        """The window's place is remembered per screen: a laptop alone or at its monitor."""
        screen = self.screen()
        size = screen.size() if screen is not None else None
        return f"{screen.name()} {size.width()}x{size.height()}" if screen and size else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, as Space does (Qt does it in dialogs only): the
        key reaches the window when the button itself ignored it."""
        focused = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(focused, QAbstractButton) and focused.isEnabled():
            focused.click()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.look.size_panes()
        self.panels.fit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_dossier(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_dossier(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    def edit(self, change) -> None:
        if self.session is not None and not self.session.read_only:
            self.session.update(change)

    def _save_failed(self, message: str) -> None:
        message = _printable(message)
        self.status_line.notice(message)
        self.workspace.banner.show_save_failure(message)

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
