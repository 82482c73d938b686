import datetime as dt
import sqlite3

import pytest

from dossier_app.core.model import (
    Annex,
    AnnexFile,
    AnnexKind,
    AskedQuestion,
    ChapterKind,
    ChapterStatus,
    JuryResult,
    MockJury,
    NameKind,
    Outcome,
    Pseudonym,
    Question,
    QuestionOrigin,
    Rehearsal,
    StepKind,
    TalkPoint,
    WritingDay,
)
from dossier_app.storage.backups import backup_folder
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    VERSION_0_SCHEMA,
    VERSION_1_SCHEMA,
    VERSION_2_SCHEMA,
    VERSION_3_SCHEMA,
    VERSION_4_SCHEMA,
    VERSION_5_SCHEMA,
    VERSION_6_SCHEMA,
)

# A file of the first prototype (schema version 0), as such files exist.
VERSION_0 = VERSION_0_SCHEMA + """
INSERT INTO candidate (id, first_name, last_name) VALUES (1, 'Paul', 'Leroy');
INSERT INTO dossier (id, project, ccpt) VALUES (1, 'Devenir médiateur.', 'mediation-sociale');
INSERT INTO productions VALUES (1, 1, 'Accueillir'), (2, 2, '');
INSERT INTO chapters VALUES (1, 'situation', 'Une permanence du mardi.'), (1, 'analysis', ''),
    (1, 'transfer', ''), (2, 'situation', ''), (2, 'analysis', ''), (2, 'transfer', '');
INSERT INTO comments VALUES (1, 1, 'situation', 'mardi', 'Quel mardi ?', 'Claire', NULL, 0);
INSERT INTO workshops VALUES (1, 'Atelier 1', '2026-09-22', 1, 'Trois situations.');
INSERT INTO pseudonyms VALUES (1, 'Karim Benali', 'M. B.');
"""


def _version_0_file(path):
    with sqlite3.connect(path) as db:
        db.executescript(VERSION_0)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return path


def test_version_0_is_migrated_after_a_backup_copy(tmp_path, identity) -> None:
    path = _version_0_file(tmp_path / "paul.ccpt")
    original = path.read_bytes()
    backups = tmp_path / "sauvegardes"
    with DossierFile.open(path, identity, backup_dir=backups) as file:
        dossier = file.load()
        file.save_chapter(1, ChapterKind.ANALYSIS, "J’ai écouté.")
    assert dossier.candidate.full_name == "Paul Leroy"
    situation = dossier.production(1).chapters[ChapterKind.SITUATION]
    assert (situation.text, situation.status) == ("Une permanence du mardi.", ChapterStatus.DRAFT)
    assert dossier.production(2).chapters[ChapterKind.SITUATION].status is ChapterStatus.TO_WRITE
    assert dossier.comments[0].body == "Quel mardi ?"
    # Version 2: workshops became steps of the path, comments got an identity.
    (step,) = dossier.steps
    assert (step.title, step.date, step.attended, step.summary, step.kind) == (
        "Atelier 1", dt.date(2026, 9, 22), True, "Trois situations.", StepKind.WORKSHOP)
    assert len(dossier.comments[0].uid) == 32 and dossier.comments[0].replies == []
    assert dossier.positioning == []
    assert dossier.candidate.show_address is False  # version 3: the cover keeps it out
    assert dossier.pseudonyms == [Pseudonym("Karim Benali", "M. B.", NameKind.PERSON, [])]  # 4
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (copy,) = backup_folder(backups, path).iterdir()
    assert copy.name.startswith("paul-avant-mise-a-jour-format-0-")
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM chapters").fetchone()[0] == 6
    assert original != path.read_bytes()


def test_read_only_opening_migrates_in_memory_only(tmp_path) -> None:
    path = _version_0_file(tmp_path / "paul.ccpt")
    original = path.read_bytes()
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().ccpt == "mediation-sociale"
    assert path.read_bytes() == original


def test_version_1_files_migrate_their_workshops_and_comments(tmp_path, identity) -> None:
    """A file written by the previous release (version 1), built by its own migration."""
    from dossier_app.storage.schema import MIGRATIONS

    path = _version_0_file(tmp_path / "paul.ccpt")
    with sqlite3.connect(path, isolation_level=None) as db:
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO comments VALUES (2, 1, 'analysis', 'x', 'Et ensuite ?', 'Claire', "
                   "'2026-10-06T15:20:00', 1)")
    with DossierFile.open(path, identity, backup_dir=tmp_path / "b") as file:
        dossier = file.load()
        file.save(dossier)  # and the migrated layout takes a whole save
        again = file.load()
    assert [c.body for c in dossier.comments] == ["Quel mardi ?", "Et ensuite ?"]
    assert len({c.uid for c in dossier.comments}) == 2
    assert dossier.comments[1].resolved
    assert again == dossier
    (copy,) = backup_folder(tmp_path / "b", path).iterdir()
    assert "format-1" in copy.name


def test_a_file_created_by_version_1_passes_the_schema_check(tmp_path, identity) -> None:
    """Files made new by the release of format 1 (not migrated from 0) still open."""
    path = tmp_path / "v1.ccpt"
    with sqlite3.connect(path) as db:
        db.executescript(VERSION_1_SCHEMA + """
            INSERT INTO candidate (id, first_name) VALUES (1, 'Inès');
            INSERT INTO dossier (id, ccpt) VALUES (1, 'mediation-sociale');
            INSERT INTO workshops VALUES (1, 'Atelier 1', '2026-09-22', 1, '');""")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 1")
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().candidate.first_name == "Inès"
    with DossierFile.open(path, identity, backup_dir=tmp_path / "b") as file:
        assert file.load().steps[0].title == "Atelier 1"


def _version_2_file(path):
    """A file made new by the release of format 2, before the address choice existed."""
    with sqlite3.connect(path) as db:
        db.executescript(VERSION_2_SCHEMA + """
            INSERT INTO candidate (id, first_name, address, show_union)
                VALUES (1, 'Inès', '3 rue des Lilas, 69003 Lyon', 1);
            INSERT INTO dossier (id, ccpt) VALUES (1, 'mediation-sociale');""")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 2")
    return path


def test_a_version_2_file_gains_the_address_choice_off(tmp_path, identity) -> None:
    path = _version_2_file(tmp_path / "ines.ccpt")
    with DossierFile.open(path, identity, backup_dir=tmp_path / "b") as file:
        candidate = file.load().candidate
    assert (candidate.address, candidate.show_union, candidate.show_address) == (
        "3 rue des Lilas, 69003 Lyon", True, False)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT show_address FROM candidate").fetchone() == (0,)
    (copy,) = backup_folder(tmp_path / "b", path).iterdir()
    assert "format-2" in copy.name


def test_a_version_2_file_opens_read_only_untouched(tmp_path) -> None:
    path = _version_2_file(tmp_path / "ines.ccpt")
    original = path.read_bytes()
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().candidate.show_address is False
    assert path.read_bytes() == original


def _version_3_file(path):
    """A file made new by the release of format 3, before pseudonyms said what they name."""
    with sqlite3.connect(path) as db:
        db.executescript(VERSION_3_SCHEMA + """
            INSERT INTO candidate (id, first_name) VALUES (1, 'Inès');
            INSERT INTO dossier (id, ccpt) VALUES (1, 'mediation-sociale');
            INSERT INTO pseudonyms VALUES (1, 'Karim Benali', 'M. B.'),
                (2, 'Logistique Atlantique', 'l’entreprise L.');""")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 3")
    return path


_OLD_PSEUDONYMS = [Pseudonym("Karim Benali", "M. B.", NameKind.PERSON, []),
                   Pseudonym("Logistique Atlantique", "l’entreprise L.", NameKind.ORGANISATION, [])]
"""Before format 4 a pseudonym said nothing of what it named: the migration guesses it from
the name's form; none had short forms."""


def test_a_version_3_file_gains_the_kinds_of_its_pseudonyms_without_short_forms(tmp_path,
                                                                               identity) -> None:
    path = _version_3_file(tmp_path / "ines.ccpt")
    with DossierFile.open(path, identity, backup_dir=tmp_path / "b") as file:
        dossier = file.load()
        assert dossier.pseudonyms == _OLD_PSEUDONYMS
        dossier.pseudonyms[1].short_forms = ["LA"]
        file.save(dossier)  # the migrated table takes the new fields
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT kind, short_forms FROM pseudonyms ORDER BY position").fetchall() == [
            ("person", "[]"), ("organisation", '["LA"]')]
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().pseudonyms[1] == Pseudonym("Logistique Atlantique", "l’entreprise L.",
                                                      NameKind.ORGANISATION, ["LA"])
    (copy,) = backup_folder(tmp_path / "b", path).iterdir()
    assert "format-3" in copy.name
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 3


def test_a_version_3_file_opens_read_only_untouched(tmp_path) -> None:
    path = _version_3_file(tmp_path / "ines.ccpt")
    original = path.read_bytes()
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().pseudonyms == _OLD_PSEUDONYMS
    assert path.read_bytes() == original


def _made_by(version: int, path):
    """A file as the release of format ``version`` made it new, with one production."""
    schema = {0: VERSION_0_SCHEMA, 1: VERSION_1_SCHEMA, 2: VERSION_2_SCHEMA, 3: VERSION_3_SCHEMA,
              4: VERSION_4_SCHEMA, 5: VERSION_5_SCHEMA, 6: VERSION_6_SCHEMA}[version]
    with sqlite3.connect(path) as db:
        db.executescript(schema + """
            INSERT INTO candidate (id, first_name) VALUES (1, 'Inès');
            INSERT INTO dossier (id, ccpt) VALUES (1, 'mediation-sociale');
            INSERT INTO productions (number, competence, title) VALUES (1, 1, 'Accueillir');""")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {version}")
    return path


@pytest.mark.parametrize("version", [0, 1, 2, 3, 4, 5, 6])
def test_a_file_of_every_earlier_version_takes_the_oral_and_the_results(tmp_path, identity,
                                                                        version) -> None:
    """Format 5 adds the oral's preparation, format 6 the transfer checklist and the jury's
    results: empty after the migration, then saved and read back whole in the migrated
    layout."""
    path = _made_by(version, tmp_path / "ines.ccpt")
    with DossierFile.open(path, identity, backup_dir=tmp_path / "b") as file:
        dossier = file.load()
        assert dossier.oral == []
        preparation = dossier.oral_for(1)
        preparation.plan = [TalkPoint("Le contexte", 2.5), TalkPoint("Ce que j’ai fait", 4)]
        preparation.questions = [Question("Quel était votre rôle ?", "- seule à l’accueil",
                                          QuestionOrigin.JURY, 2,
                                          dt.datetime(2026, 11, 20, 18, 0).astimezone(),
                                          source="situation-role")]
        preparation.rehearsals = [Rehearsal(dt.datetime(2026, 11, 21, 19, 0).astimezone(), 610,
                                            [150, 460])]
        preparation.mock_juries = [MockJury(
            dt.datetime(2026, 11, 24, 10, 0).astimezone(), 590, 1000,
            [AskedQuestion(preparation.questions[0].uid, "Précis.")], "Bien", "Claire")]
        assert dossier.results == [] and dossier.production(1).trade_competences == []
        dossier.production(1).trade_competences = [1, 3]
        dossier.results = [JuryResult("mediation-sociale", dt.date(2027, 1, 15),
                                      Outcome.VALIDATED, "Transfert convaincant.")]
        file.save(dossier)
    with DossierFile.open(path, read_only=True) as file:
        again = file.load()
    assert again.oral == dossier.oral and again.results == dossier.results
    assert again.production(1).trade_competences == [1, 3]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7


@pytest.mark.parametrize("version", [4, 5])
def test_a_recent_file_opens_read_only_untouched(tmp_path, version) -> None:
    path = _made_by(version, tmp_path / "ines.ccpt")
    original = path.read_bytes()
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().oral == []
    assert path.read_bytes() == original


@pytest.mark.parametrize("version", [0, 1, 2, 3, 4, 5, 6])
def test_a_file_of_every_earlier_version_takes_documents_a_log_and_targets(tmp_path, identity,
                                                                           version) -> None:
    """Format 7: the annexes an older file holds support no production and hold no
    document; then documents, the writing log and the targets are saved and read back."""
    from tests.storage.test_annex_files import image_bytes, pdf_bytes

    path = _made_by(version, tmp_path / "ines.ccpt")
    if version >= 1:
        with sqlite3.connect(path) as db:
            db.execute("INSERT INTO annexes VALUES (1, 'Attestation', 'attestation', 'Du CSE.')")
    with DossierFile.open(path, identity, backup_dir=tmp_path / "b") as file:
        dossier = file.load()
        assert dossier.annexes == ([Annex("Attestation", AnnexKind.ATTESTATION, "Du CSE.")]
                                   if version >= 1 else [])
        assert (dossier.writing_log, dossier.chapter_targets, dossier.share_writing_log) == (
            [], {}, False)
        dossier.annexes = [Annex("Attestation", AnnexKind.ATTESTATION, "", [1],
                                 AnnexFile("attestation.pdf", "application/pdf", pdf_bytes())),
                           Annex("Photo", AnnexKind.DOCUMENT, "", [],
                                 AnnexFile("photo.jpg", "image/jpeg", image_bytes("JPEG")))]
        dossier.writing_log = [WritingDay(dt.date(2026, 11, 2), 120, 900)]
        dossier.chapter_targets = {ChapterKind.TRANSFER: 500}
        dossier.share_writing_log = True
        file.save(dossier)
    with DossierFile.open(path, read_only=True) as file:
        assert file.load() == dossier
    (copy,) = backup_folder(tmp_path / "b", path).iterdir()
    assert f"format-{version}" in copy.name


def test_a_version_6_file_opens_read_only_untouched(tmp_path) -> None:
    path = _made_by(6, tmp_path / "ines.ccpt")
    original = path.read_bytes()
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().annexes == []
    assert path.read_bytes() == original
