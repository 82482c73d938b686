"""Work done off the UI thread (an export, a conversion): its outcome comes back to the UI
thread, a refusal as one sentence."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..core.errors import DossierError, describe_os_error
from ..core.sentence import say
from .texts import shown


@dataclass(frozen=True)
class Failed:
    """The work was refused or failed: the sentence to show, in the window's language."""

    message: str


class _Relay(QObject):
    """Lives in the UI thread: a signal emitted by the worker reaches ``_deliver`` there."""

    finished = Signal(object)

    def __init__(self, done: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._done = done
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, outcome: object) -> None:
        self._done(outcome)
        self.deleteLater()


def in_background(work: Callable[[], Any], done: Callable[[Any], None],
                  parent: QObject) -> threading.Thread:
    """Run ``work`` in a thread; ``done`` then receives, in the UI thread, what it returned
    or a ``Failed`` with the sentence (in the window's language) of its ``DossierError`` or system error."""
    relay = _Relay(done, parent)

    def run() -> None:
        try:
            outcome: object = work()
        except DossierError as error:
            outcome = Failed(shown(error))
        except OSError as error:
            outcome = Failed(shown(say("L’opération n’a pas pu aboutir : {cause}.",
                                       cause=describe_os_error(error))))
        relay.finished.emit(outcome)

    thread = threading.Thread(target=run, daemon=True, name="dossier-ccpt-work")
    thread.start()
    return thread
