"""WCAG 2.2 AA contrast, measured on what the window draws with in both themes: text
4.5:1 on its background, edges, focus rings and meaningful marks 3:1 (1.4.3, 1.4.11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from dossier_app.gui.theme import _APPLIED, apply_theme, colours

R = QPalette.ColorRole
G = QPalette.ColorGroup
TEXT, GRAPHIC = 4.5, 3.0


def luminance(colour: str) -> float:
    """Relative luminance of an sRGB colour written #rrggbb (WCAG 2.2)."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def ratio(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_wcag_s() -> None:
    assert ratio("#ffffff", "#000000") == pytest.approx(21)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert ratio("#777777", "#777777") == 1


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    """The application in one theme: its palette and its table, as the widgets read them."""
    before = qapp.property(_APPLIED)
    apply_theme(qapp, request.param, 100)
    palette = qapp.palette()
    yield request.param, palette, colours(palette)
    if before is not None:
        name, scale = before.split(":")
        apply_theme(qapp, name, int(scale))


def _pairs(palette: QPalette, table) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum) for everything drawn on a background."""
    def role(name: R, group: G = G.Active) -> str:
        return palette.color(group, name).name()

    window, base, button = role(R.Window), role(R.Base), role(R.Button)
    pairs = [
        ("window text", role(R.WindowText), window, TEXT),
        ("field text", role(R.Text), base, TEXT),
        ("alternate row text", role(R.Text), role(R.AlternateBase), TEXT),
        ("button text", role(R.ButtonText), button, TEXT),
        ("selected text", role(R.HighlightedText), role(R.Highlight), TEXT),
        ("selected text, window inactive", role(R.HighlightedText, G.Inactive),
         role(R.Highlight, G.Inactive), TEXT),
        ("placeholder", role(R.PlaceholderText), base, TEXT),
        ("placeholder in a read-only field", role(R.PlaceholderText), window, TEXT),
        ("tooltip", role(R.ToolTipText), role(R.ToolTipBase), TEXT),
        ("link", role(R.Link), base, TEXT),
        ("disabled label", role(R.WindowText, G.Disabled), window, TEXT),
        ("disabled field text", role(R.Text, G.Disabled), base, TEXT),
        ("disabled button text", role(R.ButtonText, G.Disabled), button, TEXT),
        ("commented passage", table.comment_text, table.comment, TEXT),
        ("added words", table.added, base, TEXT),
        ("removed words", table.removed, base, TEXT),
        ("« Aujourd’hui »", table.today, window, TEXT),
        ("commented passage on the page", table.comment, base, GRAPHIC),
        ("timeline", table.timeline, window, GRAPHIC),
        ("step done", table.held, window, GRAPHIC),
        ("step missed", table.missed, window, GRAPHIC),
        ("step missed, its cross on the hollow mark", table.missed, base, GRAPHIC),
        ("misspelt word's line", table.misspelt, base, GRAPHIC),
        ("grammar's line", table.grammar, base, GRAPHIC),
        ("style's line", table.style, base, GRAPHIC),
        ("focus ring on a selected item", role(R.HighlightedText), role(R.Highlight), GRAPHIC),
    ]
    for name, background in (("window", window), ("field", base), ("button", button)):
        pairs.append((f"edge on {name}", table.edge, background, GRAPHIC))
        pairs.append((f"focus ring on {name}", table.focus, background, GRAPHIC))
    return pairs


def test_every_colour_reaches_aa(theme) -> None:
    name, palette, table = theme
    weak = [f"{what}: {ratio(fg, bg):.2f}:1 ({fg} on {bg}, needs {minimum})"
            for what, fg, bg, minimum in _pairs(palette, table) if ratio(fg, bg) < minimum]
    assert weak == [], f"{name} theme:\n" + "\n".join(weak)
