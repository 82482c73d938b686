"""An open dossier being edited, without Qt: the heart of "never lose a word".

Edits go to memory at once and to the file when ``flush`` is called (the window calls it
about two seconds after typing stops, on chapter change, on close and on Ctrl+S); a
failed save keeps the edits pending. Each flush of chapter text also records the day's
net words added in the private writing log (``_record_writing``). Every operation reports what it changed as a
``Change`` to the listener given at construction: the window turns those into signals
and refreshes what shows them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..core.clock import Clock
from ..core.errors import DossierError, FileProblem, ReadOnlyError, describe_os_error
from ..core.files import display
from ..core.guidance import Guidance
from ..core.markdown import count_words
from ..core.merge import MergeResult
from ..core.model import ChapterKind, ChapterStatus, Dossier, RevisionReason, WritingDay
from ..core.oral import active_rules
from ..core.paths import AppPaths
from ..core.readiness import Report, check_dossier
from ..core.referential import Referential
from ..core.sentence import Sentence, say
from ..core.writing_advice import advice_in_use
from ..storage.backups import maybe_backup
from ..storage.dossier_file import DossierFile
from ..storage.exchange import bring_back, send_copy
from ..storage.lock import LockIdentity
from .page_counts import PageCounts


class SaveState:
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"
    READ_ONLY = "read_only"


@dataclass(frozen=True)
class Change:
    """What an operation changed, for the views that show it."""

    state: str | None = None
    """The save state, when it changed (a ``SaveState`` value)."""
    failure: Sentence | None = None
    """A save or an operation failed: the sentence to show; the edits stay pending."""
    structure: bool = False
    """The dossier changed beyond the text being typed (a form, a merge, a restore): the
    overview (counts, readiness) is out of date."""
    reload: bool = False
    """The dossier changed from outside what is on screen (the advisor's review merged, a
    version restored, a conflict settled): every view re-reads it."""
    save_soon: bool = False
    """Edits wait to be written: the caller should ``flush`` after a short pause."""
    backups: Sentence | None = None
    """Backup copies stopped: the sentence saying why (None: no news of that)."""
    backups_resumed: bool = False
    """Backup copies are made again, after they had stopped."""


Listener = Callable[[Change], None]
_Session = TypeVar("_Session", bound="EditingSession")


class EditingSession:
    BACKUP_RETRY_SECONDS = 60.0
    """After a failed backup copy, saves go on without trying again for this long."""

    def __init__(self, file: DossierFile, referential: Referential, guidance: Guidance,
                 paths: AppPaths, listener: Listener | None = None) -> None:
        self.file = file
        self.dossier: Dossier = file.load()
        self.referential = referential
        self.guidance = guidance
        self.paths = paths
        self.oral_rules = active_rules(paths)
        """The jury's times and questions: the advisor organisation's, else the bundled."""
        self.advice_rules, self.advice_problem = advice_in_use(paths)
        """The writing advice: the advisor organisation's, else the bundled (and why)."""
        self.grammar_counts: dict[tuple[int, ChapterKind], int] = {}
        """Grammar remarks by chapter, from the window's last proofreading of the dossier."""
        self.page_counts = PageCounts()
        """Each production's real pages in the last export laid out by LibreOffice."""
        self.listener: Listener = listener or (lambda change: None)
        self._pending_chapters: set[tuple[int, ChapterKind]] = set()
        self._pending_whole = False
        self.state = SaveState.READ_ONLY if file.read_only else SaveState.SAVED
        self.conflicts = file.conflicts()
        """Chapters both the candidate and the advisor changed, waiting for a choice."""
        self.backups_failing: Sentence | None = None
        """Why backup copies are not being made, None while they are."""
        self._backup_retry_at = 0.0
        self._chapter_words: dict[tuple[int, ChapterKind], int] = {}
        """Words of each chapter edited in this session, as last counted into the log."""
        self._words_total: int | None = None
        """The dossier's words as last counted into the log (None: not counted yet)."""
        self._day_net: tuple[dt.date, int] | None = None
        """The net words added on that day (may be below 0, unlike the log's figure)."""
        self._day_unsaved: WritingDay | None = None
        """The log's day recorded in memory and not written to the file yet."""

    @classmethod
    def open(cls: type[_Session], path: Path, referential: Referential, guidance: Guidance, paths: AppPaths,
             identity: LockIdentity, clock: Clock, **options: Any) -> _Session:
        """Open ``path`` for writing (read-only when another instance holds it);
        ``options`` go to the constructor (the listener, or the Qt adapter's parent)."""
        file = DossierFile.open(path, identity, backup_dir=paths.backups, clock=clock)
        try:
            return cls(file, referential, guidance, paths, **options)
        except BaseException:
            file.close()
            raise

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def ccpt(self):
        return self.referential.ccpt(self.dossier.ccpt)

    def report(self) -> Report:
        return check_dossier(self.dossier, self.referential, self.guidance, self.oral_rules,
                             self.advice_rules, self.grammar_counts)

    # --- edits -----------------------------------------------------------------------

    def set_chapter_text(self, number: int, kind: ChapterKind, markdown: str) -> None:
        chapter = self.dossier.production(number).chapters[kind]
        if chapter.text == markdown or self.read_only:
            return
        if (number, kind) not in self._chapter_words:  # once a chapter per session
            self._chapter_words[(number, kind)] = count_words(chapter.text)
        chapter.text = markdown
        if markdown.strip() and chapter.status is ChapterStatus.TO_WRITE:
            chapter.status = ChapterStatus.DRAFT  # as storage does on its side
        self._pending_chapters.add((number, kind))
        self._schedule()

    def note_typing(self) -> None:
        """The editor holds text not handed over yet: the file is not up to date. The
        ``flush`` asked for after the pause says saved again even when the text came back
        as it was (typed, then undone): nothing is then written."""
        if not self.read_only:
            self._set_state(SaveState.PENDING)
            self.listener(Change(save_soon=True))

    def set_chapter_status(self, number: int, kind: ChapterKind, status: ChapterStatus) -> None:
        if self.read_only:
            return
        self.dossier.production(number).chapters[kind].status = status
        self._pending_whole = True
        self.flush()

    def update(self, change: Callable[[Dossier], None]) -> None:
        """Apply a structural edit (identity, mandates, annexes...) and save it soon."""
        if self.read_only:
            return
        change(self.dossier)
        self._pending_whole = True
        self._schedule(structure=True)

    def _schedule(self, structure: bool = False) -> None:
        self._set_state(SaveState.PENDING)
        self.listener(Change(save_soon=True, structure=structure))

    # --- versions, the advisor's review ------------------------------------------------

    def keep_all_versions(self, reason: RevisionReason) -> bool:
        """A revision of every chapter (a workshop was held)."""
        if self.read_only or not self.flush():
            return False
        return self._guarded(lambda: _done(self.file.snapshot, reason)) is True

    def keep_version(self, number: int, kind: ChapterKind) -> None:
        """A manual revision of the chapter as it stands now."""
        if self.flush() and not self.read_only:
            self._guarded(lambda: self.file.snapshot(RevisionReason.MANUAL, [(number, kind)]))

    def restore_revision(self, revision_id: int, number: int, kind: ChapterKind) -> bool:
        """Put an older version back (the current one is kept as a revision first)."""
        if self.read_only or not self.flush():
            return False
        text = self._guarded(lambda: self.file.restore_revision(revision_id))
        if text is None:
            return False
        self.dossier.production(number).chapters[kind].text = text
        self._forget_words()
        self.listener(Change(structure=True, reload=True))
        return True

    def send_to_advisor(self, target: Path) -> bool:
        """Write the copy the advisor reviews; the dossier as sent is kept for the merge."""
        if self.read_only or not self.flush():
            return False
        return self._guarded(lambda: _done(send_copy, self.file, self.dossier, target)) is True

    def bring_back(self, source: Path) -> MergeResult:
        """Merge the advisor's reviewed copy; raises DossierError (nothing changed) on refusal."""
        if self.read_only:
            raise ReadOnlyError(say("Ce dossier est ouvert en lecture seule : la relecture ne "
                                    "peut pas y être reprise."))
        if not self.flush():
            raise FileProblem(say("Le dossier n’a pas pu être enregistré avant de reprendre la "
                                  "relecture : rien n’a été repris."))
        result = bring_back(self.file, self.dossier, source, self.referential)
        self.dossier = result.dossier  # what was just saved
        self._forget_words()
        self.conflicts = self.file.conflicts()
        self.listener(Change(structure=True, reload=True))
        return result

    def settle_conflict(self, number: int, kind: ChapterKind, take_theirs: bool) -> bool:
        if self.read_only or not self.flush():
            return False
        try:
            text = self.file.settle_conflict(number, kind, take_theirs)
        except DossierError as error:
            self.listener(Change(failure=error.sentence))
            return False
        if text is not None:
            self.dossier.production(number).chapters[kind].text = text
        self._forget_words()
        self.conflicts = self.file.conflicts()
        self.listener(Change(structure=True, reload=True))
        return True

    def _guarded(self, work):
        try:
            return work()
        except DossierError as error:
            self.listener(Change(failure=error.sentence))
            return None

    # --- saving ----------------------------------------------------------------------

    def flush(self) -> bool:
        """Write what is pending now; False (and a ``Change`` with the failure) when it
        could not be."""
        if self.read_only:
            return True
        if not self.has_pending():
            if self.state == SaveState.PENDING:  # typing that changed nothing in the end
                self._set_state(SaveState.SAVED)
            return True
        self._record_writing()
        try:
            if self._pending_whole:
                self.file.save(self.dossier)  # the log with the rest
            else:
                for number, kind in sorted(self._pending_chapters):
                    chapter = self.dossier.production(number).chapters[kind]
                    self.file.save_chapter(number, kind, chapter.text)
                if self._day_unsaved is not None:
                    self.file.save_writing_day(self._day_unsaved)
        except DossierError as error:
            self._set_state(SaveState.FAILED, failure=error.sentence)
            return False
        self._day_unsaved = None
        self._pending_whole = False
        self._pending_chapters.clear()
        self._set_state(SaveState.SAVED)
        self._backup()
        return True

    # --- the writing log -------------------------------------------------------------

    def _record_writing(self) -> None:
        """Count the pending chapters' words into today's entry of the writing log: the
        day's net words added (a paste counts whole, a deletion lowers the day's figure,
        never below 0) and the dossier's words. Counted here, at the flush after typing
        stops, never per keystroke."""
        added = 0
        for key in self._pending_chapters:
            words = count_words(self.dossier.production(key[0]).chapters[key[1]].text)
            added += words - self._chapter_words.get(key, words)
            self._chapter_words[key] = words
        if added == 0:
            return
        today = self.file.clock.today()
        log = self.dossier.writing_log
        known = next((day for day in log if day.date == today), None)
        if self._day_net is None or self._day_net[0] != today:
            self._day_net = (today, known.words_added if known else 0)  # a day begun earlier
        net = self._day_net[1] + added
        self._day_net = (today, net)
        if self._words_total is None:
            self._words_total = sum(count_words(chapter.text) for production in self.dossier.productions
                                    for chapter in production.chapters.values())
        else:
            self._words_total += added
        day = WritingDay(today, max(net, 0), self._words_total)
        self.dossier.writing_log = sorted([entry for entry in log if entry.date != today] + [day],
                                          key=lambda entry: entry.date)
        self._day_unsaved = day

    def _forget_words(self) -> None:
        """The text changed from outside the candidate's typing (the advisor's review, an
        older version): counted again from there, it does not count as words written."""
        self._chapter_words.clear()
        self._words_total = None

    def _backup(self) -> None:
        """A backup copy when one is due. A failure (full disk, unwritable folder) never
        stops the work: it is recorded in ``backups_failing`` and tried again later."""
        if self.backups_failing is not None and time.monotonic() < self._backup_retry_at:
            return
        try:
            maybe_backup(self.file, self.paths.backups)
        except (DossierError, OSError) as error:
            if isinstance(error, DossierError):
                message = say("Les copies de sauvegarde automatiques ne sont plus faites, votre "
                              "dossier reste bien enregistré. {cause}", cause=error.sentence)
            else:
                message = say("Les copies de sauvegarde automatiques ne sont plus faites, votre "
                              "dossier reste bien enregistré : impossible d’écrire dans "
                              "« {folder} » : {reason}.", folder=display(self.paths.backups),
                              reason=describe_os_error(error))
            self._backup_retry_at = time.monotonic() + self.BACKUP_RETRY_SECONDS
            if message != self.backups_failing:
                self.backups_failing = message
                self.listener(Change(backups=message))
            return
        if self.backups_failing is not None:
            self.backups_failing = None
            self.listener(Change(backups_resumed=True))

    def has_pending(self) -> bool:
        return bool(self._pending_whole or self._pending_chapters)

    def _set_state(self, state: str, failure: Sentence | None = None) -> None:
        if state != self.state or failure is not None:
            self.state = state
            self.listener(Change(state=state, failure=failure))

    def refresh_lock(self) -> None:
        """Tell other instances this one is still here (every few minutes while open)."""
        with contextlib.suppress(DossierError):
            self.file.refresh_lock()

    def close(self) -> bool:
        """Save and release the file; False when the last save failed (the file stays open)."""
        if not self.flush():
            return False
        self.file.close()
        return True


def _done(work: Callable[..., None], *args) -> bool:
    """Run ``work``; True once it returned (``_guarded`` turns a refusal into None)."""
    work(*args)
    return True
