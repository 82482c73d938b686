"""What the window shows around the text: the points to settle, which give way on a
narrow window (a button in the status bar brings them back), the proofreading panel in a
tab beside them, focus mode, and the window's first size on the screen it opens on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar, QToolButton, QWidget

from ..core.readiness import Report, Severity
from .giving_way import WRITING_CHARACTERS, GivingWay, text_width
from .texts import fill

if TYPE_CHECKING:
    from .main_window import MainWindow

DEFAULT_SIZE = (1280, 820)


class Panels(QObject):
    # Made by menus.build_menus:
    readiness_action: QAction
    proofread_action: QAction
    focus_action: QAction

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = _dock(window, self.tr("Points à régler"), "readiness", window.workspace.readiness)
        self.dock.hide()
        # A tab beside the points: on a 1366×768 laptop, two panels side by side would
        # leave the text too narrow.
        self.proofread_dock = _dock(window, self.tr("Relecture"), "proofread",
                                    window.workspace.proofreading)
        window.tabifyDockWidget(self.dock, self.proofread_dock)
        self.proofread_dock.hide()
        self.proofread_dock.visibilityChanged.connect(window.workspace.proofreading.set_on_screen)
        for dock in (self.dock, self.proofread_dock):
            dock.visibilityChanged.connect(self._name_dock_tabs)
        window.installEventFilter(self)  # the window makes more tab bars as docks move
        self._name_dock_tabs()
        self.proofread_wanted = False
        self.readiness = GivingWay(self._show_readiness)
        self.readiness_button = QToolButton()
        self.readiness_button.setAutoRaise(True)
        self.readiness_button.clicked.connect(lambda: self.ask_readiness(not self.dock.isVisible()))
        window.statusBar().addPermanentWidget(self.readiness_button)
        self.readiness_button.hide()
        window.workspace.overview_shown.connect(self.show_count)
        self.focus_mode = False
        self._leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._leave.setEnabled(False)
        self._leave.activated.connect(lambda: self.set_focus_mode(False))
        self._before_focus: tuple[bool, bool] = (False, False)

    def _name_dock_tabs(self) -> None:
        """The window makes the docks' tab bars itself, as docks are tabbed and moved: each
        is named for a screen reader and kept out of the Tab order. Qt parks an unused one
        outside the window, still shown (hiding it, Qt shows it again at once); F10 and F7
        go to the panels, and a click on a tab still works."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is self.window and not bar.accessibleName():
                bar.setAccessibleName(self.tr("Panneaux : points à régler et relecture"))
                bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self._name_dock_tabs)
        return False

    # --- the points to settle ------------------------------------------------------------

    def ask_readiness(self, visible: bool) -> None:
        """Shown on request, the points take the focus: arrows, then Enter, go to one.
        Asked to hide while on screen but not in use, they take the focus instead: F10
        goes to them from the text, and hides them from there."""
        points, focused = self.window.workspace.readiness, QApplication.focusWidget()
        if not visible and self.dock.isVisible() and not (
                focused is not None and points.isAncestorOf(focused)):
            self.readiness_action.setChecked(True)
            self.dock.raise_()  # its tab may be behind the proofreading's
            points.list.setFocus()
            return
        self.readiness.ask(visible)
        if self.dock.isVisible():
            self.dock.raise_()
            points.list.setFocus()

    def _show_readiness(self, visible: bool) -> None:
        open_dossier = self.window.session is not None
        self.dock.setVisible(visible and open_dossier and not self.focus_mode)
        self.readiness_action.setChecked(visible)

    # --- the proofreading ----------------------------------------------------------------

    def ask_proofread(self, visible: bool) -> None:
        """As F10 does for the points: F7 shows the panel and gives its list the focus, or
        brings the focus to it from elsewhere; from within the panel, it hides it."""
        panel, focused = self.window.workspace.proofreading, QApplication.focusWidget()
        inside = focused is not None and panel.isAncestorOf(focused)
        if not visible and self.proofread_wanted and not inside:
            visible = True
        self.proofread_wanted = visible
        self._show_proofread()
        if self.proofread_dock.isVisible():
            self.proofread_dock.raise_()
            panel.list.setFocus()
        elif inside:
            editor = self.window.workspace.current_editor()
            (editor if editor.isVisible() else self.window.workspace.navigator).setFocus()

    def _show_proofread(self) -> None:
        open_dossier = self.window.session is not None
        self.proofread_dock.setVisible(self.proofread_wanted and open_dossier and not self.focus_mode)
        self.proofread_action.setChecked(self.proofread_wanted)

    def show_count(self, report: Report) -> None:
        blocking = sum(f.severity is Severity.BLOCKING for f in report.findings)
        self.readiness_button.setText(
            self.tr("✓ Prêt pour le jury") if report.ready
            else self.tr("⚠ 1 point à régler") if blocking == 1
            else fill(self.tr("⚠ %1 points à régler"), blocking))
        self.readiness_button.setToolTip(self.tr("Afficher ou masquer les points à régler (F10)"))
        self.readiness_button.setAccessibleName(self.readiness_button.text())

    def fit(self) -> None:
        """Give the points to settle room only where the text keeps its width beside them."""
        workspace = self.window.workspace
        needed = (workspace.navigator.width() + text_width(workspace.chapter_page.editor,
                                                           WRITING_CHARACTERS)
                  + text_width(workspace.readiness, 30) * 2)
        self.readiness.set_room(self.window.width() >= needed)

    def dossier_shown(self, shown: bool) -> None:
        """The dossier opened (the panels as the user wants them) or closed (none)."""
        self.readiness_button.setVisible(shown)
        self._show_readiness(self.readiness.visible)
        self._show_proofread()

    # --- focus mode ----------------------------------------------------------------------

    def set_focus_mode(self, on: bool) -> None:
        """Only the text, full screen, in a calm column; Esc or F11 brings the rest back."""
        window = self.window
        if on == self.focus_mode or (on and window.session is None):
            return
        if on:
            self._before_focus = (window.isFullScreen(), window.isMaximized())
        self.focus_mode = on
        self._leave.setEnabled(on)
        window.menuBar().setVisible(not on)
        window.statusBar().setVisible(not on)
        window.workspace.navigator.setVisible(not on)
        window.workspace.chapter_page.set_focus_mode(on)
        self._show_readiness(self.readiness.visible)
        self._show_proofread()
        self.focus_action.setChecked(on)
        if on:
            window.showFullScreen()
        else:
            full, maximized = self._before_focus
            if not full:
                window.showMaximized() if maximized else window.showNormal()
        window.workspace.current_editor().setFocus()

    # --- the first size ------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """Within the screen the window opens on: never taller or wider than its free area
        (a 1366×768 laptop has no room for 820 pixels and a task bar)."""
        window = self.window
        screen = window.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = window.frameGeometry().size() - window.geometry().size()
        width = min(window.width(), free.width() - frame.width())
        height = min(window.height(), free.height() - frame.height())
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
            window.move(free.topLeft())


def _dock(window: MainWindow, title: str, name: str, panel: QWidget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    # Shown and hidden through the menu, the function keys and the status bar's button,
    # which keep the user's wish; a close box would bypass it.
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock
