"""The editing session without a screen: no QApplication here, real files on disk."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from dossier_app.app.session import Change, EditingSession, SaveState
from dossier_app.core.clock import Clock
from dossier_app.core.markdown import count_words
from dossier_app.core.model import ChapterKind, RevisionReason, WritingDay
from dossier_app.core.paths import AppPaths
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

KIND = ChapterKind.ANALYSIS


@pytest.fixture
def heard() -> list[Change]:
    return []


@pytest.fixture
def session(saved, identity, referential, guidance, tmp_path, heard):
    opened = EditingSession(DossierFile.open(saved, identity), referential, guidance,
                            AppPaths.under(tmp_path / "user"), heard.append)
    yield opened
    opened.file.close()


def _on_disk(path) -> str:
    with DossierFile.open(path, read_only=True) as file:
        return file.load().production(1).chapters[KIND].text


def test_an_edit_waits_in_memory_until_flushed(session, saved, heard) -> None:
    session.set_chapter_text(1, KIND, "Nouvelle analyse.")
    assert session.has_pending() and session.state == SaveState.PENDING
    assert Change(save_soon=True) in heard
    assert _on_disk(saved) != "Nouvelle analyse."
    assert session.flush() is True
    assert not session.has_pending() and session.state == SaveState.SAVED
    assert _on_disk(saved) == "Nouvelle analyse."
    assert heard[-1] == Change(state=SaveState.SAVED) or Change(state=SaveState.SAVED) in heard


def test_a_failed_save_keeps_the_edits_and_the_next_flush_writes_them(session, saved,
                                                                      heard) -> None:
    """Another program holds the file (an antivirus, a sync tool): the save fails after
    SQLite's wait, says so, and loses nothing."""
    session.set_chapter_text(1, KIND, "Texte à ne pas perdre.")
    blocker = sqlite3.connect(saved, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert session.flush() is False
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    failure = next(change for change in heard if change.failure is not None)
    assert failure.failure is not None
    assert failure.state == SaveState.FAILED and "Texte" not in failure.failure.render()
    assert session.has_pending() and session.state == SaveState.FAILED
    assert session.dossier.production(1).chapters[KIND].text == "Texte à ne pas perdre."
    assert session.flush() is True
    assert _on_disk(saved) == "Texte à ne pas perdre." and session.state == SaveState.SAVED


def test_a_restored_version_replaces_the_text_and_says_the_structure_changed(session,
                                                                             heard) -> None:
    session.set_chapter_text(1, KIND, "Première version.")
    session.keep_version(1, KIND)
    session.set_chapter_text(1, KIND, "Deuxième version.")
    assert session.flush()
    kept = next(r for r in session.file.revisions(1, KIND) if r.reason is RevisionReason.MANUAL)
    heard.clear()
    assert session.restore_revision(kept.id, 1, KIND)
    assert session.dossier.production(1).chapters[KIND].text == "Première version."
    assert Change(structure=True, reload=True) in heard


def test_the_advisors_review_comes_back_with_its_conflicts_to_settle(session, tmp_path,
                                                                     heard) -> None:
    copy = tmp_path / "relecture.ccpt"
    assert session.send_to_advisor(copy)
    with DossierFile.open(copy, LockIdentity.current("Claire")) as advisor:
        theirs = advisor.load()
        theirs.production(1).chapters[KIND].text = "Version de la conseillère."
        advisor.save(theirs)
    session.set_chapter_text(1, KIND, "Version de la candidate.")
    result = session.bring_back(copy)
    assert result.conflicts and (1, KIND) in session.conflicts
    assert Change(structure=True, reload=True) in heard
    assert session.settle_conflict(1, KIND, take_theirs=True)
    assert session.dossier.production(1).chapters[KIND].text == "Version de la conseillère."
    assert (1, KIND) not in session.conflicts


def test_a_read_only_session_changes_nothing(saved, identity, referential, guidance,
                                            tmp_path) -> None:
    heard: list[Change] = []
    with DossierFile.open(saved, identity):  # this instance holds it: the session reads only
        other = EditingSession(DossierFile.open(saved, LockIdentity.current("Autre")),
                               referential, guidance, AppPaths.under(tmp_path / "u"), heard.append)
        try:
            assert other.read_only and other.state == SaveState.READ_ONLY
            other.set_chapter_text(1, KIND, "Tentative.")
            other.update(lambda d: setattr(d.candidate, "first_name", "X"))
            assert not other.has_pending() and other.flush() and heard == []
        finally:
            other.file.close()


def test_typing_asks_for_a_flush_that_says_saved_when_nothing_changed(session, heard) -> None:
    session.note_typing()
    assert session.state == SaveState.PENDING
    assert Change(save_soon=True) in heard  # the autosave pause starts
    before = len(session.file.revisions(1, KIND))
    text = session.dossier.production(1).chapters[KIND].text
    session.set_chapter_text(1, KIND, text)  # the text came back as it was
    assert not session.has_pending()

    assert session.flush()
    assert session.state == SaveState.SAVED
    assert heard[-1] == Change(state=SaveState.SAVED)
    assert len(session.file.revisions(1, KIND)) == before  # nothing written, no version


def test_a_read_only_session_stays_read_only(saved, referential, guidance, tmp_path) -> None:
    heard: list[Change] = []
    with DossierFile.open(saved, read_only=True) as file:
        session = EditingSession(file, referential, guidance, AppPaths.under(tmp_path / "u"),
                                 heard.append)
        session.note_typing()
        assert session.flush()
        assert session.state == SaveState.READ_ONLY and heard == []


def test_a_mock_jury_run_on_the_advisors_copy_comes_back_into_the_dossier(session, saved,
                                                                         tmp_path) -> None:
    """The advisor ran a mock jury in a workshop on the copy the candidate sent; meanwhile
    the candidate rehearsed at home. Both are in the candidate's file after the merge."""
    import datetime as dt

    from dossier_app.core.model import AskedQuestion, MockJury, Rehearsal

    copy = tmp_path / "relecture.ccpt"
    assert session.send_to_advisor(copy)
    with DossierFile.open(copy, LockIdentity.current("Claire")) as advisor:
        theirs = advisor.load()
        preparation = theirs.oral_for(1)
        asked = preparation.questions[0]
        preparation.mock_juries.append(MockJury(
            dt.datetime(2026, 11, 30, 10, 0), 610, 1100,
            [AskedQuestion(asked.uid, "Réponse nette.")], "Le transfert est clair.", "Claire"))
        advisor.save(theirs)
    session.update(lambda d: d.oral_for(1).rehearsals.append(
        Rehearsal(dt.datetime(2026, 11, 30, 21, 0), 598, [598])))
    result = session.bring_back(copy)
    assert result.new_mock_juries == 1
    assert session.flush()
    with DossierFile.open(saved, read_only=True) as file:
        oral = file.load().oral_for(1)
    assert [m.notes for m in oral.mock_juries] == ["Présentation claire ; le transfert vient trop "
                                                   "tard, donnez-lui deux minutes.",
                                                   "Le transfert est clair."]
    assert oral.mock_juries[1].asked == [AskedQuestion(asked.uid, "Réponse nette.")]
    assert [r.seconds for r in oral.rehearsals] == [742, 628, 598]


class _Days(Clock):
    """A clock the test moves from day to day."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def now(self) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.time(18, 0)).astimezone()


def _words(count: int) -> str:
    return " ".join(["mot"] * count)


@pytest.fixture
def days() -> _Days:
    return _Days(dt.date(2026, 11, 20))


@pytest.fixture
def logging_session(saved, identity, referential, guidance, tmp_path, days):
    opened = EditingSession(DossierFile.open(saved, identity, clock=days), referential, guidance,
                            AppPaths.under(tmp_path / "user"))
    yield opened
    opened.file.close()


def _log_on_disk(path) -> list[WritingDay]:
    with DossierFile.open(path, read_only=True) as file:
        return file.load().writing_log


def test_a_flush_records_the_day_s_net_words_added(logging_session, saved, days) -> None:
    session = logging_session
    before = sum(count_words(c.text) for p in session.dossier.productions
                 for c in p.chapters.values())
    start = session.dossier.production(1).chapters[KIND].text
    session.set_chapter_text(1, KIND, start + "\n\n" + _words(2000))  # a paste counts whole
    assert session.dossier.writing_log == []  # counted at the flush, not while typing
    assert session.flush()
    assert session.dossier.writing_log == [WritingDay(days.day, 2000, before + 2000)]
    session.set_chapter_text(1, KIND, start + "\n\n" + _words(1500))  # 500 taken out again
    session.set_chapter_text(2, KIND, session.dossier.production(2).chapters[KIND].text + " fin")
    assert session.flush()
    assert session.dossier.writing_log == [WritingDay(days.day, 1501, before + 1501)]
    assert _log_on_disk(saved) == session.dossier.writing_log  # one row per date


def test_a_day_of_deletions_adds_nothing_and_the_next_day_has_its_own_entry(
        logging_session, saved, days) -> None:
    session = logging_session
    start = session.dossier.production(1).chapters[KIND].text
    before = sum(count_words(c.text) for p in session.dossier.productions
                 for c in p.chapters.values())
    session.set_chapter_text(1, KIND, "Plus court.")
    assert session.flush()
    cut = count_words(start) - 2
    assert session.dossier.writing_log == [WritingDay(days.day, 0, before - cut)]
    session.set_chapter_text(1, KIND, "Plus court." + " " + _words(10))  # still below the day's start
    assert session.flush()
    assert session.dossier.writing_log[-1].words_added == 0
    days.day += dt.timedelta(days=1)
    session.set_chapter_text(1, KIND, "Plus court." + " " + _words(40))
    assert session.flush()
    assert session.dossier.writing_log[-1] == WritingDay(days.day, 30, before - cut + 40)
    assert [day.date for day in _log_on_disk(saved)] == [days.day - dt.timedelta(days=1), days.day]


def test_the_advisor_s_changes_are_not_counted_as_written(logging_session, tmp_path) -> None:
    session = logging_session
    session.keep_version(1, KIND)
    session.set_chapter_text(1, KIND, session.dossier.production(1).chapters[KIND].text + " un")
    assert session.flush()
    revision = session.file.revisions(1, KIND)[0]  # the text before « un »
    assert session.restore_revision(revision.id, 1, KIND)
    session.set_chapter_text(1, KIND, session.dossier.production(1).chapters[KIND].text + " deux")
    assert session.flush()
    assert session.dossier.writing_log[-1].words_added == 2  # « un », then « deux »
