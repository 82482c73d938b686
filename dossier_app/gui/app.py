"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_ID, __version__
from ..core.clock import Clock
from ..core.guidance import load_guidance
from ..core.paths import AppPaths
from ..core.referential import active_referential
from ..core.resources import resources_dir
from ..core.typography import french_spacing
from ..storage.lock import LockIdentity
from .main_window import AppContext, MainWindow
from .settings import Settings
from .spell import SpellService
from .theme import apply_theme, editor_font


def create_window(paths: AppPaths, spell_checking: bool = True,
                  clock: Clock | None = None) -> tuple[MainWindow, AppContext]:
    """The main window and its context, on an existing QApplication."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_window needs a QApplication")
    settings = Settings(paths)
    install_translator(app, settings.language)
    apply_theme(app, settings.theme, settings.text_scale)
    referential, _problem = active_referential(paths)
    spell = SpellService(paths, app) if spell_checking else None
    context = AppContext(paths, settings, referential, load_guidance(), spell,
                         LockIdentity.current(), clock or Clock())
    window = MainWindow(context)
    if spell is not None and spell.grammar is not None:  # told from the grammar thread
        spell.grammar.missing.connect(window.status_line.grammar_missing,
                                      Qt.ConnectionType.QueuedConnection)
    for editor in (window.workspace.chapter_page.editor, window.workspace.project):
        editor.setFont(editor_font(settings.text_scale))
    return window, context


TRANSLATOR_NAME = "dossier-ccpt-translator"


def install_translator(app: QApplication, language: str) -> None:
    """Our strings are written in French; other languages come from a .qm file. Qt's own
    dialogs (file chooser, standard buttons) follow the same language."""
    # Dates and numbers Qt writes follow the UI: British English, as the translation is.
    QLocale.setDefault(QLocale("en_GB" if language == "en" else language))
    for earlier in app.findChildren(QTranslator, TRANSLATOR_NAME):  # a window made before
        app.removeTranslator(earlier)
        earlier.deleteLater()
    translator: QTranslator = FrenchTypography(app) if language == "fr" else QTranslator(app)
    qt_translator = QTranslator(app)
    for each in (translator, qt_translator):
        each.setObjectName(TRANSLATOR_NAME)
    if language == "fr" or translator.load(
            str(resources_dir() / "translations" / f"dossier_ccpt_{language}.qm")):
        app.installTranslator(translator)
    pyside = sys.modules["PySide6"].__file__
    if pyside is not None and qt_translator.load(QLocale(language), "qtbase", "_",
                                                 str(Path(pyside).parent / "Qt" / "translations")):
        app.installTranslator(qt_translator)


class FrenchTypography(QTranslator):
    """French is the source language: its strings need no translation, only French spaces
    (no-break before « : », narrow ones before « ; ! ? » and inside « »), put here once
    rather than typed into every label."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return french_spacing(source)

    def isEmpty(self) -> bool:
        return False


def run(file: Path | None, quit_after_show: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication runs already: the window needs a QApplication")
    app.setApplicationName("Dossier CCPT")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dossier-ccpt.svg")))
    window, context = create_window(AppPaths.default(), spell_checking=not quit_after_show)
    window.headless = quit_after_show  # a bad file is one line on stderr, never a dialog
    if file is None or not window.open_path(file):
        if quit_after_show and file is not None:
            return 2  # the sentence is on stderr already (see MainWindow.warn)
        window.show_welcome()
    window.panels.fit_to_screen()
    window.show()
    if quit_after_show:
        PaintWatcher(window, app.quit)
    elif context.spell is not None:
        QTimer.singleShot(0, context.spell.start)  # after the first paint: start-up stays quick
    code = app.exec()
    if context.spell is not None:
        context.spell.shutdown()
    return code


class PaintWatcher(QObject):
    """Calls ``done`` once anything in ``window`` has painted (for --quit-after-show)."""

    def __init__(self, window: QWidget, done) -> None:
        super().__init__(window)
        self._window = window
        self._done = done
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("a window needs its application")
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and self._done is not None
                and isinstance(watched, QWidget) and watched.window() is self._window):
            done, self._done = self._done, None
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
