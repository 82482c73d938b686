"""Light and dark palettes (contrast at least 4.5:1), text size, visible keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

R = QPalette.ColorRole

LIGHT = {
    R.Window: "#f4f4f1", R.WindowText: "#1b1b1b", R.Base: "#ffffff", R.AlternateBase: "#eeeeea",
    R.Text: "#1b1b1b", R.Button: "#e9e9e5", R.ButtonText: "#1b1b1b", R.Highlight: "#1d5a9e",
    R.HighlightedText: "#ffffff", R.PlaceholderText: "#5c5c5c", R.ToolTipBase: "#fffbe6",
    R.ToolTipText: "#1b1b1b", R.Link: "#1d5a9e", R.BrightText: "#ffffff", R.Mid: "#a0a09a",
}
DARK = {
    R.Window: "#1f2023", R.WindowText: "#e9e9e9", R.Base: "#151618", R.AlternateBase: "#25272a",
    R.Text: "#eeeeee", R.Button: "#2c2e32", R.ButtonText: "#eeeeee", R.Highlight: "#8ab4f8",
    R.HighlightedText: "#0e1116", R.PlaceholderText: "#a3a3a3", R.ToolTipBase: "#2c2e32",
    R.ToolTipText: "#eeeeee", R.Link: "#8ab4f8", R.BrightText: "#000000", R.Mid: "#5a5c60",
}
PAIRS = [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
         (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base),
         (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base)]
"""Foreground on background pairs that must reach 4.5:1 (WCAG 2.1 AA)."""

BASE_POINT_SIZE = 10.0
_APPLIED = "dossierCcptLook"
EDITOR_POINT_SIZE = 12.5


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(choice: str, app: QApplication) -> bool:
    if choice in ("light", "dark"):
        return choice == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, choice: str, text_scale: int) -> None:
    """Set style, palette, font and style sheet, only when the look really changes.

    Re-applying an application-wide style sheet re-polishes every widget, which is slow
    and has crashed PySide6 while closed windows awaited deletion; and asking Qt for the
    current style can return a stale wrapper once a style sheet replaced it. So what was
    applied is remembered on the application itself.
    """
    dark = is_dark(choice, app)
    look = f"{'dark' if dark else 'light'}:{text_scale}"
    applied = app.property(_APPLIED)
    if applied == look:
        return
    colours = DARK if dark else LIGHT
    if applied is None:
        app.setStyle("Fusion")
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(colours[R.PlaceholderText])
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    focus = colours[R.Highlight]
    sheet = f"""
        QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
        QComboBox:focus, QTreeView:focus, QListView:focus, QScrollArea:focus {{
            border: 2px solid {focus}; border-radius: 3px; }}
        QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
            border: 2px solid {focus}; border-radius: 4px; padding: 3px 8px; }}
        QLineEdit[readOnly="true"], QTextEdit[readOnly="true"],
        QPlainTextEdit[readOnly="true"] {{ background: {colours[R.Window]}; }}
        QLabel[role="heading"] {{ margin-top: 10px; }}
        QLabel[role="title"] {{ font-size: {BASE_POINT_SIZE * text_scale / 100 * 1.35:.1f}pt;
                                font-weight: bold; }}
        QFrame#banner {{ background: {colours[R.ToolTipBase]}; border: 1px solid {colours[R.Mid]};
                         border-radius: 4px; }}
        QFrame#banner QLabel {{ color: {colours[R.ToolTipText]}; }}
    """
    app.setStyleSheet(sheet)
    app.setProperty(_APPLIED, look)


def editor_font(text_scale: int) -> QFont:
    font = QFont()
    font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Cambria", "serif"])
    font.setPointSizeF(EDITOR_POINT_SIZE * text_scale / 100)
    return font


def set_read_only(widget: QLineEdit | QTextEdit | QPlainTextEdit, read_only: bool) -> None:
    """Make a text field read-only and look it: the style sheet greys the background of
    read-only fields, but Qt only re-reads a property selector when the widget is polished."""
    widget.setReadOnly(read_only)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
