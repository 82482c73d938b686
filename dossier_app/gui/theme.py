"""Light and dark palettes (contrast at least 4.5:1), text size, visible keyboard focus.

What the palette has no role for (edges, focus, the app's own marks) is a ``Colours``
table per theme: the widgets draw with it and ``tests/gui/test_contrast.py`` measures it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QToolButton,
    QWidget,
)

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
@dataclass(frozen=True)
class Colours:
    """One theme's colours beyond the palette."""

    edge: str
    """Text fields, combo and spin boxes, check boxes: 3:1 against Window, Base and Button."""
    focus: str
    """The focus ring (2 px): 3:1 against Window, Base and Button."""
    comment: str
    """Behind a commented passage in the editor: 3:1 against Base."""
    comment_text: str
    """The commented passage's text, 4.5:1 on ``comment``."""
    added: str
    """Words added, in the versions dialog (text on Base)."""
    removed: str
    """Words removed, in the versions dialog (text on Base)."""
    timeline: str
    """The path's line and month marks, on Window."""
    today: str
    """« Aujourd’hui » and its line on the timeline (text on Window)."""
    held: str
    """A step done, on the timeline."""
    missed: str
    """A step missed, on the timeline."""
    misspelt: str
    """The spell checker's wavy line, on Base."""
    grammar: str
    """The grammar checker's dashed line, on Base: 3:1, and apart from ``misspelt``."""
    style: str
    """The dotted line under what style or typography would change, on Base."""


LIGHT_COLOURS = Colours(
    edge="#767672", focus=LIGHT[R.Highlight], comment="#c47e14", comment_text="#1b1b1b",
    added="#1b7a2f", removed="#b3261e", timeline="#767672", today="#1f5fbf",
    held="#1b7a2f", missed="#b3261e", misspelt="#d32f2f", grammar="#1f5fbf", style="#8a5a00")
DARK_COLOURS = Colours(
    edge="#8c8f94", focus=DARK[R.Highlight], comment="#e0a526", comment_text="#1b1b1b",
    added="#81c995", removed="#f28b82", timeline="#8f9399", today="#8ab4f8",
    held="#81c995", missed="#f28b82", misspelt="#f28b82", grammar="#8ab4f8", style="#e0a526")

BASE_POINT_SIZE = 10.0
_APPLIED = "dossierCcptLook"
EDITOR_POINT_SIZE = 12.5
FOCUS_WIDTH = 2


def colours(palette: QPalette) -> Colours:
    """The table of the theme this palette shows."""
    return DARK_COLOURS if palette.color(R.Window).lightness() < 128 else LIGHT_COLOURS


def is_dark(choice: str, app: QApplication) -> bool:
    if choice in ("light", "dark"):
        return choice == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


S = QStyle
_FIELDS = (S.ComplexControl.CC_ComboBox, S.ComplexControl.CC_SpinBox)
_OWN_FOCUS = (QCheckBox, QRadioButton, QToolButton)
"""Widgets whose focus ring is drawn around the whole widget, not around their text."""


class Outlines(QProxyStyle):
    """Fusion with edges that can be seen and a focus ring of 2 px.

    Fusion derives the edges of fields and check boxes from the window colour (1.1 to
    2:1 here) and marks focus with a faint line of 1 px. This style draws them again in
    the theme's ``edge`` and ``focus`` colours, inside each widget's own rectangle, so
    that focus never changes a size or covers a label. Check boxes and radio buttons get
    their ring from the style sheet, which keeps room for it around their label."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element is S.PrimitiveElement.PE_FrameFocusRect:
            self._focus_rect(option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        enabled = bool(option.state & S.StateFlag.State_Enabled)
        focused = bool(option.state & S.StateFlag.State_HasFocus)
        table = colours(option.palette)
        if element is S.PrimitiveElement.PE_IndicatorCheckBox and enabled:
            _edge(painter, option.rect, QColor(table.edge), radius=0)
        elif element is S.PrimitiveElement.PE_IndicatorRadioButton and enabled:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(table.edge), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()
        elif element is S.PrimitiveElement.PE_FrameLineEdit and isinstance(widget, QLineEdit):
            self._field(option, painter, focused, enabled)
        elif element is S.PrimitiveElement.PE_Frame and isinstance(widget, QAbstractScrollArea):
            self._field(option, painter, focused and _frames_focus(widget), enabled, radius=0)
        elif (element is S.PrimitiveElement.PE_PanelButtonCommand
              and isinstance(widget, QAbstractButton) and focused):
            _ring(painter, option.rect, QColor(table.focus))

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        focused = bool(option.state & S.StateFlag.State_HasFocus)
        if control in _FIELDS:
            self._field(option, painter, focused, bool(option.state & S.StateFlag.State_Enabled))
        elif control is S.ComplexControl.CC_ToolButton and focused:
            _ring(painter, option.rect, QColor(colours(option.palette).focus))

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element is S.ControlElement.CE_ProgressBarContents:
            # Fusion fills the groove with Base, 1.1:1 on the dark window: without an edge
            # (over the chunk's own as well) the bar's end would not show.
            _edge(painter, option.rect, QColor(colours(option.palette).edge), radius=2)
        elif (element is S.ControlElement.CE_TabBarTabShape
                and option.state & S.StateFlag.State_HasFocus):
            # Inside the tab's own outline.
            _ring(painter, option.rect.adjusted(1, 1, -1, 0), QColor(colours(option.palette).focus))

    def _field(self, option: QStyleOption, painter: QPainter, focused: bool, enabled: bool,
               radius: float = 2) -> None:
        table = colours(option.palette)
        if focused:
            _ring(painter, option.rect, QColor(table.focus), radius)
        elif enabled:
            _edge(painter, option.rect, QColor(table.edge), radius)

    def _focus_rect(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        """Fusion's faint focus rectangle: a ring instead, on a list or tree item in the
        colour that stands out on the selection; none where the ring is drawn elsewhere."""
        if isinstance(widget, _OWN_FOCUS):
            return
        if isinstance(widget, QAbstractItemView):
            selected = option.state & S.StateFlag.State_Selected
            colour = (option.palette.color(R.HighlightedText) if selected
                      else QColor(colours(option.palette).focus))
            _ring(painter, option.rect, colour, radius=0)
            return
        _ring(painter, option.rect, QColor(colours(option.palette).focus))


def _frames_focus(widget: QAbstractScrollArea) -> bool:
    """Text fields and lists show focus on their frame (a scrolled page shows its own)."""
    return isinstance(widget, (QTextEdit, QPlainTextEdit, QAbstractItemView))


def _ring(painter: QPainter, rect: QRect, colour: QColor, radius: float = 3) -> None:
    """A ring of FOCUS_WIDTH pixels just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), radius, radius)
    painter.restore()


def _edge(painter: QPainter, rect: QRect, colour: QColor, radius: float) -> None:
    """A line of 1 px over Fusion's own outline."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.restore()


_STYLE: list[Outlines] = []
"""The application's style, kept alive here: Qt uses it until the application ends."""


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
    palette_colours = DARK if dark else LIGHT
    table = DARK_COLOURS if dark else LIGHT_COLOURS
    if applied is None:
        _STYLE.append(Outlines())
        app.setStyle(_STYLE[-1])
    palette = QPalette()
    for role, value in palette_colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(palette_colours[R.PlaceholderText])
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    indicator = max(14, round(0.13 * text_scale))  # a box the size of a capital letter
    sheet = f"""
        QScrollArea:focus {{ border: {FOCUS_WIDTH}px solid {table.focus}; }}
        QCheckBox, QRadioButton {{ border: {FOCUS_WIDTH}px solid transparent; border-radius: 4px;
                                   padding: 1px 3px; }}
        QCheckBox:focus, QRadioButton:focus {{ border-color: {table.focus}; }}
        QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px;
                                                         height: {indicator}px; }}
        QLineEdit[readOnly="true"], QTextEdit[readOnly="true"],
        QPlainTextEdit[readOnly="true"] {{ background: {palette_colours[R.Window]}; }}
        QLabel[role="heading"] {{ margin-top: 10px; }}
        QLabel[role="title"] {{ font-size: {BASE_POINT_SIZE * text_scale / 100 * 1.35:.1f}pt;
                                font-weight: bold; }}
        QFrame#banner {{ background: {palette_colours[R.ToolTipBase]};
                         border: 1px solid {table.edge}; border-radius: 4px; }}
        QFrame#banner QLabel {{ color: {palette_colours[R.ToolTipText]}; }}
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
    font = widget.font()  # polishing under the style sheet gives back the application's
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.setFont(font)
