"""The editing session's save state when typing changed nothing in the end (issue 13)."""

from __future__ import annotations

import pytest

from dossier_app.app.session import Change, EditingSession, SaveState
from dossier_app.core.model import ChapterKind
from dossier_app.core.paths import AppPaths
from dossier_app.storage.dossier_file import DossierFile

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
