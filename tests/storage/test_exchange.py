"""Send to the advisor, review in the copy, bring it back: real files on disk."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier_app.core.errors import FileProblem
from dossier_app.core.model import ChapterKind, ChapterStatus, Comment, Reply, RevisionReason
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.exchange import bring_back, send_copy
from dossier_app.storage.lock import LockIdentity

SITUATION, ANALYSIS = ChapterKind.SITUATION, ChapterKind.ANALYSIS


@pytest.fixture
def advisor() -> LockIdentity:
    return LockIdentity.current("Claire")


def test_round_trip_with_concurrent_edits(tmp_path, example, identity, advisor, referential) -> None:
    mine_path, stick = tmp_path / "nadia.ccpt", tmp_path / "cle-usb" / "nadia-relecture.ccpt"
    stick.parent.mkdir()
    file = DossierFile.create(mine_path, example, identity)
    send_copy(file, file.load(), stick)
    assert file.revisions(1, SITUATION)[0].reason is RevisionReason.SENT

    # The advisor reviews the copy on their own laptop...
    with DossierFile.open(stick, advisor) as copy:
        assert not copy.read_only  # the copy carries no lock of the candidate's
        theirs = copy.load()
        theirs.comments.append(Comment(1, SITUATION, "dix salariés", "Lesquels ?", "Claire",
                                       dt.datetime(2026, 11, 20, 10, 0)))
        theirs.comments[0].replies.append(Reply("Oui, c’est là.", "Claire"))
        theirs.production(1).chapters[ANALYSIS].status = ChapterStatus.TO_REWORK
        theirs.production(2).chapters[SITUATION].text = "Version du conseiller (P2)."
        theirs.production(3).chapters[ANALYSIS].text = "Le conseiller a réécrit l’analyse."
        copy.save(theirs)
    # ...while the candidate goes on writing.
    file.save_chapter(1, SITUATION, "Ma situation, complétée après l’envoi.")
    file.save_chapter(3, ANALYSIS, "Mon analyse, retravaillée après l’envoi.")
    copy_bytes = stick.read_bytes()

    result = bring_back(file, file.load(), stick, referential)
    assert stick.read_bytes() == copy_bytes  # the reviewed copy is only read
    assert (result.new_comments, result.new_replies, result.statuses_taken,
            result.chapters_taken) == (1, 1, 1, 1)
    merged = file.load()
    assert merged.production(1).chapters[SITUATION].text == "Ma situation, complétée après l’envoi."
    assert merged.production(2).chapters[SITUATION].text == "Version du conseiller (P2)."
    assert merged.production(1).chapters[ANALYSIS].status is ChapterStatus.TO_REWORK
    assert merged.comments[-1].body == "Lesquels ?"
    assert merged.comments[0].replies[-1].body == "Oui, c’est là."

    # Both changed production 3's analysis: the candidate's text stays, the advisor's waits.
    assert merged.production(3).chapters[ANALYSIS].text == "Mon analyse, retravaillée après l’envoi."
    conflict = file.conflicts()[(3, ANALYSIS)]
    assert file.revision_text(conflict.revision) == "Le conseiller a réécrit l’analyse."
    assert conflict.author == "Claire"
    assert file.settle_conflict(3, ANALYSIS, take_theirs=True) == "Le conseiller a réécrit l’analyse."
    assert file.load().production(3).chapters[ANALYSIS].text == "Le conseiller a réécrit l’analyse."
    assert file.conflicts() == {}
    # Taking the advisor's text kept the candidate's as a version: nothing is lost.
    texts = [file.revision_text(r.id) for r in file.revisions(3, ANALYSIS)]
    assert "Mon analyse, retravaillée après l’envoi." in texts

    # Bringing the same copy back again adds nothing twice.
    again = bring_back(file, file.load(), stick, referential)
    assert (again.new_comments, again.new_replies) == (0, 0)
    assert len(file.load().comments) == len(merged.comments)
    file.close()


def test_keeping_ones_own_version_ends_the_conflict(tmp_path, example, identity, advisor,
                                                    referential) -> None:
    file = DossierFile.create(tmp_path / "nadia.ccpt", example, identity)
    send_copy(file, file.load(), tmp_path / "copie.ccpt")
    with DossierFile.open(tmp_path / "copie.ccpt", advisor) as copy:
        copy.save_chapter(1, SITUATION, "Texte du conseiller.")
    file.save_chapter(1, SITUATION, "Texte de la candidate.")
    assert [c.production for c in bring_back(file, file.load(), tmp_path / "copie.ccpt",
                                               referential).conflicts] == [1]
    assert file.settle_conflict(1, SITUATION, take_theirs=False) is None
    assert file.load().production(1).chapters[SITUATION].text == "Texte de la candidate."
    assert file.conflicts() == {}
    file.close()


def test_a_file_that_is_not_the_sent_copy_is_refused(tmp_path, example, identity,
                                                     referential) -> None:
    file = DossierFile.create(tmp_path / "nadia.ccpt", example, identity)
    DossierFile.create(tmp_path / "autre.ccpt", example, identity).close()
    before = file.load(), file.revisions(1, SITUATION)
    with pytest.raises(FileProblem, match="n’est pas une copie envoyée"):
        bring_back(file, file.load(), tmp_path / "autre.ccpt", referential)
    with pytest.raises(FileProblem, match="dossier ouvert lui-même"):
        bring_back(file, file.load(), file.path, referential)
    with pytest.raises(FileProblem):
        send_copy(file, file.load(), file.path)
    assert (file.load(), file.revisions(1, SITUATION)) == before
    file.close()


def _noise_png(size: int) -> bytes:
    """A PNG that does not compress: random pixels, about ``size`` bytes."""
    import io
    import os

    from PIL import Image

    side = int((size / 3) ** 0.5)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_send_keeps_annex_documents_once_and_brings_them_back(tmp_path, example, identity,
                                                                 advisor, referential) -> None:
    """The dossier as sent keeps its documents as digests (a send must not add megabytes
    to the candidate's file); bringing the copy back keeps each document where it is."""
    import sqlite3

    from dossier_app.core.model import AnnexFile

    poster = AnnexFile("affiche.png", "image/png", _noise_png(1_500_000))
    example.annexes[0].file = poster
    example.annexes[1].file = AnnexFile("tableau.png", "image/png", _noise_png(20_000))
    mine_path, stick = tmp_path / "nadia.ccpt", tmp_path / "nadia-relecture.ccpt"
    file = DossierFile.create(mine_path, example, identity)
    send_copy(file, file.load(), stick)
    with sqlite3.connect(mine_path) as db:
        (stored,) = db.execute("SELECT length(base) FROM exchanges").fetchone()
    assert stored < 100_000
    with DossierFile.open(stick, advisor) as copy:
        theirs = copy.load()
        theirs.production(1).chapters[ANALYSIS].text += " Précisez les dates."
        copy.save(theirs)
    candidate = file.load()
    candidate.annexes[1].file = None  # the candidate took the table's document away after sending
    file.save(candidate)

    bring_back(file, file.load(), stick, referential)
    merged = file.load()
    assert merged.annexes[0].file == poster
    assert merged.annexes[1].file is None
    assert merged.production(1).chapters[ANALYSIS].text.endswith("Précisez les dates.")
    file.close()
