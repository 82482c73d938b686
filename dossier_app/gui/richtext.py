"""Text for Qt's rich-text widgets."""

from __future__ import annotations

from html import escape


def html_text(text: str) -> str:
    """Escaped for HTML, French no-break spaces kept: Qt's HTML import turns the narrow
    no-break space (U+202F), even as an entity, into a space a line may break at, and
    keeps only ``&nbsp;``."""
    return escape(text).replace("\u202f", "&nbsp;")
