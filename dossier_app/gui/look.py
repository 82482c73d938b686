"""How the window looks and speaks: text size, theme, language (saved in the settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.pages import Page
from .theme import apply_theme, editor_font

if TYPE_CHECKING:
    from .main_window import MainWindow


class Look(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        QApplication.styleHints().colorSchemeChanged.connect(self.system_scheme_changed)

    def set_text_scale(self, scale: int) -> None:
        self.window.context.settings.text_scale = scale
        self.apply()

    def set_theme(self, theme: str) -> None:
        self.window.context.settings.theme = theme
        self.apply()

    def apply(self) -> None:
        settings = self.window.context.settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.text_scale)
        for editor in (self.window.workspace.chapter_page.editor, self.window.workspace.project):
            editor.setFont(editor_font(settings.text_scale))
        self.size_panes()
        self.window.panels.fit()  # a larger text needs more room beside the text
        place = self.window.workspace.current_place()
        if place is not None and place.page is Page.CHAPTER:
            self.window.workspace.go_to(place)  # wrapped guidance text is laid out again at the new size

    def system_scheme_changed(self, _scheme) -> None:
        if self.window.context.settings.theme == "system":
            self.apply()

    def size_panes(self) -> None:
        """The outline grows with the text size, up to 30 % of the window: the text keeps
        the rest."""
        scale = self.window.context.settings.text_scale
        outline = min(int(300 * scale / 100), self.window.width() * 3 // 10)
        self.window.workspace.setSizes([outline, max(self.window.width() - outline, 400)])

    def set_language(self, language: str) -> None:
        if language != self.window.context.settings.language:
            self.window.context.settings.language = language
            QMessageBox.information(self.window, self.tr("Langue"), self.tr(
                "La nouvelle langue sera utilisée au prochain démarrage de l’application."))
