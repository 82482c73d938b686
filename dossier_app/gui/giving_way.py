"""Side panels that give way to the text when the window is narrow.

A panel is shown when the user wants it and there is room for it beside the text. When
the room goes (a smaller window, a larger text size), it hides itself without forgetting
that the user wants it, and comes back with the room. Asked for while there is no room,
it is shown all the same, until the room changes again: the user always has the last word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

WRITING_CHARACTERS = 60
"""Characters per line the text keeps before a panel beside it gives way."""


class GivingWay:
    def __init__(self, show: Callable[[bool], None], wanted: bool = True) -> None:
        self._show = show
        self.wanted = wanted
        self.room = True
        self._forced = False

    @property
    def visible(self) -> bool:
        return self.wanted and (self.room or self._forced)

    def ask(self, wanted: bool) -> None:
        """The user shows or hides the panel."""
        self.wanted = wanted
        self._forced = wanted and not self.room
        self._show(self.visible)

    def set_room(self, room: bool) -> None:
        if room != self.room:
            self.room = room
            self._forced = False
            self._show(self.visible)


def text_width(widget: QWidget, characters: int) -> int:
    """The width ``characters`` of ``widget``'s font take, with its margins and a scroll bar."""
    return QFontMetrics(widget.font()).averageCharWidth() * characters + 60
