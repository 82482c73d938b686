"""The Qt side of an editing session (app/session.py): the autosave and heartbeat timers,
and signals made from the session's changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..app.session import Change, EditingSession, SaveState
from ..core.guidance import Guidance
from ..core.paths import AppPaths
from ..core.referential import Referential
from ..storage.dossier_file import DossierFile
from ..storage.lock import HEARTBEAT_EVERY
from .texts import shown

AUTOSAVE_DELAY_MS = 2000

__all__ = ["AUTOSAVE_DELAY_MS", "DossierSession", "SaveState"]


class DossierSession(EditingSession, QObject):
    """An editing session whose pending edits are written two seconds after typing stops."""

    changed = Signal(object)
    """Every ``Change``, for the views that show what it touched."""
    save_state_changed = Signal(str)
    save_failed = Signal(str)
    structure_changed = Signal()
    backups_failing_changed = Signal(str)
    """Backup copies stopped being made (why, in the window's language), or are made again
    ("")."""

    def __init__(self, file: DossierFile, referential: Referential, guidance: Guidance,
                 paths: AppPaths, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush)
        self._heartbeat = QTimer(self, interval=int(HEARTBEAT_EVERY.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.refresh_lock)
        EditingSession.__init__(self, file, referential, guidance, paths, self._emit)
        if not file.read_only:
            self._heartbeat.start()

    def _emit(self, change: Change) -> None:
        if change.save_soon:
            self._autosave.start()
        if change.state is not None:
            self.save_state_changed.emit(change.state)
        if change.failure is not None:
            self.save_failed.emit(shown(change.failure))
        if change.structure:
            self.structure_changed.emit()
        if change.backups is not None:
            self.backups_failing_changed.emit(shown(change.backups))
        elif change.backups_resumed:
            self.backups_failing_changed.emit("")
        self.changed.emit(change)

    def flush(self) -> bool:
        self._autosave.stop()
        return EditingSession.flush(self)

    def close(self) -> bool:
        if not EditingSession.close(self):
            return False
        self._heartbeat.stop()
        return True
