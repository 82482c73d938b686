import os
import sqlite3
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import FileProblem, ReadOnlyError
from dossier_app.core.interchange import dossier_from_json, dossier_to_json
from dossier_app.core.model import ChapterKind, ChapterStatus, NameKind, Pseudonym
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.schema import APPLICATION_ID, SCHEMA_VERSION

from ..core.strategies import dossiers


def test_create_then_load_gives_the_same_dossier(saved, example) -> None:
    with DossierFile.open(saved, read_only=True) as file:
        assert file.load() == example


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_dossier_survives_the_file(tmp_path, referential, identity, data) -> None:
    dossier = data.draw(dossiers(referential))
    path = tmp_path / "any.ccpt"
    with DossierFile.create(path, dossier, identity) as file:
        assert file.load() == dossier


@pytest.mark.parametrize("shown", [True, False])
def test_the_address_choice_survives_the_file(tmp_path, example, identity, shown) -> None:
    example.candidate.show_address = shown
    path = tmp_path / "adresse.ccpt"
    DossierFile.create(path, example, identity).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT show_address FROM candidate").fetchone() == (int(shown),)
    with DossierFile.open(path, identity) as file:
        dossier = file.load()
        assert dossier == example
        dossier.candidate.show_address = not shown
        file.save(dossier)
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().candidate.show_address is not shown


def test_what_each_pseudonym_is_survives_the_file_and_the_json(tmp_path, example_data,
                                                                referential, identity) -> None:
    example_data["pseudonyms"] = [
        {"real": "Karim Benali", "alias": "M. B.", "kind": "person", "short_forms": []},
        {"real": "Logistique Atlantique", "alias": "l’entreprise L.", "kind": "organisation",
         "short_forms": ["LA", "Log’Atlantique"]},
        {"real": "Saint-Nazaire", "alias": "la ville", "kind": "place", "short_forms": ["St-Naz"]}]
    dossier = dossier_from_json(example_data, referential).dossier
    path = tmp_path / "noms.ccpt"
    DossierFile.create(path, dossier, identity).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT kind, short_forms FROM pseudonyms ORDER BY position").fetchall() == [
            ("person", "[]"), ("organisation", '["LA", "Log’Atlantique"]'),
            ("place", '["St-Naz"]')]
    with DossierFile.open(path, identity) as file:
        loaded = file.load()
        assert dossier_to_json(loaded)["pseudonyms"] == example_data["pseudonyms"]
        loaded.pseudonyms[0].kind = NameKind.ORGANISATION
        loaded.pseudonyms[0].short_forms = ["KB"]
        loaded.pseudonyms[1].short_forms = []
        file.save(loaded)
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().pseudonyms == loaded.pseudonyms
    assert loaded.pseudonyms[:2] == [
        Pseudonym("Karim Benali", "M. B.", NameKind.ORGANISATION, ["KB"]),
        Pseudonym("Logistique Atlantique", "l’entreprise L.", NameKind.ORGANISATION, [])]


def test_file_carries_application_id_and_version(saved) -> None:
    with sqlite3.connect(saved) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_is_private(saved) -> None:
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_nothing_is_left_beside_the_file_after_close(saved, identity) -> None:
    with DossierFile.open(saved, identity) as file:
        file.save_chapter(1, ChapterKind.SITUATION, "Nouveau texte.")
    assert sorted(p.name for p in saved.parent.iterdir()) == ["nadia.ccpt"]


def test_a_chapter_save_writes_that_chapter_only(saved, identity, example) -> None:
    with DossierFile.open(saved, identity) as file:
        file.save_chapter(2, ChapterKind.ANALYSIS, "Premier jet.")  # first save keeps a revision
        db = file._db
        before = db.total_changes
        file.save_chapter(2, ChapterKind.ANALYSIS, "Deuxième jet.")
        assert db.total_changes - before == 1
        loaded = file.load()
    assert loaded.production(2).chapters[ChapterKind.ANALYSIS].text == "Deuxième jet."
    example.production(2).chapters[ChapterKind.ANALYSIS].text = "Deuxième jet."
    assert loaded == example


def test_first_text_turns_a_chapter_to_draft(tmp_path, example, identity) -> None:
    example.production(3).chapters[ChapterKind.TRANSFER].text = ""
    example.production(3).chapters[ChapterKind.TRANSFER].status = ChapterStatus.TO_WRITE
    with DossierFile.create(tmp_path / "d.ccpt", example, identity) as file:
        file.save_chapter(3, ChapterKind.TRANSFER, "Début")
        assert file.load().production(3).chapters[ChapterKind.TRANSFER].status is ChapterStatus.DRAFT
        file.set_chapter_status(3, ChapterKind.TRANSFER, ChapterStatus.TO_REVIEW)
        assert file.load().production(3).chapters[ChapterKind.TRANSFER].status \
            is ChapterStatus.TO_REVIEW


def test_unknown_chapter_is_a_clear_error(saved, identity) -> None:
    with DossierFile.open(saved, identity) as file, pytest.raises(FileProblem, match="production 9"):
        file.save_chapter(9, ChapterKind.ANALYSIS, "x")


def test_read_only_refuses_writes(saved) -> None:
    with DossierFile.open(saved, read_only=True) as file, pytest.raises(ReadOnlyError):
        file.save_chapter(1, ChapterKind.ANALYSIS, "x")


def _digest(path):
    return path.read_bytes()


@pytest.mark.parametrize(("content", "words"), [
    (b"", "est vide"),
    (b"Bonjour, ceci est un texte.", "n’est pas un dossier CCPT"),
    (b"PK\x03\x04" + b"\x00" * 200, "n’est pas un dossier CCPT"),
])
def test_foreign_files_are_refused_untouched(tmp_path, identity, content, words) -> None:
    path = tmp_path / "autre.ccpt"
    path.write_bytes(content)
    for read_only in (True, False):
        with pytest.raises(FileProblem, match=words):
            DossierFile.open(path, identity, read_only=read_only)
    assert path.read_bytes() == content


def test_another_apps_sqlite_database_is_refused(tmp_path, identity) -> None:
    path = tmp_path / "firefox.ccpt"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(FileProblem, match="base de données d’un autre logiciel"):
        DossierFile.open(path, identity)
    assert path.read_bytes() == before


def test_newer_version_is_refused(saved, identity) -> None:
    with sqlite3.connect(saved) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = saved.read_bytes()
    with pytest.raises(FileProblem, match="version plus récente"):
        DossierFile.open(saved, identity)
    assert saved.read_bytes() == before


def test_truncated_file_is_refused_untouched(saved, identity) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    cut = saved.read_bytes()
    for read_only in (True, False):
        with pytest.raises(FileProblem, match="endommagé"), \
                DossierFile.open(saved, identity, read_only=read_only) as file:
            file.load()
    assert saved.read_bytes() == cut


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_damaged_files_give_only_clean_errors(saved, data) -> None:
    original = saved.read_bytes()
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 20))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    target = saved.with_name("abîmé.ccpt")
    target.write_bytes(bytes(damaged))
    try:
        with DossierFile.open(target, read_only=True) as file:
            file.load()
    except FileProblem as error:
        assert "abîmé.ccpt" in error.message
    assert target.read_bytes() == bytes(damaged)


def test_full_save_replaces_structure(saved, identity, example) -> None:
    example.productions.pop()
    example.comments = [c for c in example.comments if c.production <= 2]
    example.mandates.pop()
    with DossierFile.open(saved, identity) as file:
        file.save(example)
        assert file.load() == example
