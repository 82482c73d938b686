"""A .ccpt from anyone is data, never code: planted SQL never runs, odd values never crash.

Each hostile file is tried through every reader: opening for writing (the GUI's
path), read-only opening (check, export, merge), the group dashboard, and the real
command line, which must refuse it in one sentence and leave it byte for byte intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import DossierError
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path
from dossier_app.export.word import Options, build
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.group import summarize

from ..fuzz.contract import assert_dossier_error, assert_refused, fingerprint, run_bounded

PLANTED = {
    "trigger on lock wipes chapters":
        "CREATE TRIGGER t AFTER INSERT ON lock BEGIN DELETE FROM chapters; END",
    "trigger on chapters rewrites text":
        "CREATE TRIGGER t AFTER UPDATE ON chapters BEGIN "
        "UPDATE chapters SET text = 'pirate'; END",
    "trigger on candidate grows the file":
        "CREATE TRIGGER t AFTER UPDATE ON candidate BEGIN "
        "INSERT INTO meta VALUES (hex(randomblob(8)), zeroblob(1000000000)); END",
    "trigger defeats the lock":
        "CREATE TRIGGER t AFTER INSERT ON lock BEGIN DELETE FROM lock; END",
    "recursive view in place of a table":
        "DROP TABLE pseudonyms; CREATE VIEW pseudonyms AS WITH RECURSIVE n(i) AS "
        "(SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS position, '' AS real, "
        "'' AS alias FROM n",
    "zeroblob view":
        "DROP TABLE annexes; CREATE VIEW annexes AS SELECT 1 AS position, "
        "zeroblob(2000000000) AS title, 'other' AS kind, '' AS description",
    "unknown table": "CREATE TABLE extra (x)",
    "extra column": "ALTER TABLE chapters ADD COLUMN secret TEXT",
    "changed default": "DROP TABLE meta; CREATE TABLE meta (key TEXT PRIMARY KEY, "
                       "value TEXT NOT NULL DEFAULT (hex(randomblob(100))))",
    "extra index": "CREATE INDEX odd ON chapters (length(text))",
    "missing table": "DROP TABLE conflicts",
    "missing column": "ALTER TABLE candidate DROP COLUMN show_address",
    "missing pseudonym column": "ALTER TABLE pseudonyms DROP COLUMN short_forms",
    "annex files as a view": "DROP TABLE annex_files; CREATE VIEW annex_files AS "
                             "SELECT '' AS hash, zeroblob(2000000000) AS data",
    "annex files without the data's NOT NULL": "DROP TABLE annex_files; "
                                               "CREATE TABLE annex_files (hash TEXT PRIMARY KEY, data BLOB)",
    "missing writing log": "DROP TABLE writing_log",
    "extra annex column": "ALTER TABLE annexes ADD COLUMN file_path TEXT",
}

ODD_VALUES = {
    "integer out of range": "UPDATE productions SET competence = 9e999",
    "nested JSON in a list column": "UPDATE steps SET actions = '[[[[[[[[\"a\"]]]]]]]]'",
    "deep JSON in a list column": "UPDATE steps SET actions = '" + "[" * 100_000 + "'",
    "blob where text belongs": "UPDATE chapters SET text = x'00ff'",
    "text pid in the lock": "INSERT INTO lock VALUES (1, 'u', 'h', 'abc', 't', 'p', "
                            "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')",
    "naive lock timestamps": "INSERT INTO lock VALUES (1, 'u', 'h', 1, 't', 'p', "
                             "'2026-01-01T00:00:00', '2026-01-01T00:00:00')",
    "date that is not a date": "UPDATE mandates SET start = '2026-W01-1'",
    "timestamp that is not one": "UPDATE comments SET created = 'hier'",
    "unknown status": "UPDATE chapters SET status = 'piraté'",
    "200 000 productions": "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 200010) INSERT INTO productions SELECT i, 1, '', '[]' FROM n",
    "a chapter of 50 MB": "UPDATE chapters SET text = printf('%.*c', 50000000, 'a') "
                          "WHERE production = 1 AND kind = 'analysis'",
    "unknown pseudonym kind": "UPDATE pseudonyms SET kind = 'animal'",
    "pseudonym kind of another case": "UPDATE pseudonyms SET kind = 'Person'",
    "short forms that are not JSON": "UPDATE pseudonyms SET short_forms = 'LA'",
    "short forms in an object": "UPDATE pseudonyms SET short_forms = '{\"LA\": 1}'",
    "a number among short forms": "UPDATE pseudonyms SET short_forms = '[\"LA\", 3]'",
    "a list among short forms": "UPDATE pseudonyms SET short_forms = '[[\"LA\"]]'",
    "a lone surrogate in a short form": "UPDATE pseudonyms SET short_forms = '[\"\\udfff\"]'",
    "2 000 short forms": "UPDATE pseudonyms SET short_forms = (WITH RECURSIVE n(i) AS (SELECT 1 "
                         "UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT json_group_array('a') "
                         "FROM n)",
    "a planned point of negative minutes": "UPDATE talk_points SET minutes = -0.5",
    "a planned point of a year": "UPDATE talk_points SET minutes = 525600",
    "minutes written as text": "UPDATE talk_points SET minutes = 'deux'",
    "confidence 4": "UPDATE oral_questions SET confidence = 4",
    "unknown question origin": "UPDATE oral_questions SET origin = 'jury blanc'",
    "a question for production 0": "UPDATE oral_questions SET production = 0",
    "a rehearsal without a date": "UPDATE rehearsals SET date = ''",
    "a point's seconds in an object": "UPDATE rehearsals SET point_seconds = '{\"a\": 1}'",
    "a negative point time": "UPDATE rehearsals SET point_seconds = '[60, -5]'",
    "a fractional point time": "UPDATE rehearsals SET point_seconds = '[60.5]'",
    "a mock jury's asked questions not JSON": "UPDATE mock_juries SET asked = 'q1'",
    "a mock jury's asked question of one cell": "UPDATE mock_juries SET asked = '[[\"q1\"]]'",
    "a transfer checklist of text": "UPDATE productions SET trade_competences = '[\"un\"]'",
    "a transfer checklist number 0": "UPDATE productions SET trade_competences = '[0]'",
    "an unknown outcome": "INSERT INTO results VALUES (1, 'dossier-social', NULL, 'admis', '')",
    "a result dated in words": "INSERT INTO results VALUES (1, 'dossier-social', 'janvier', "
                               "'validated', '')",
    "a writing day without a date": "INSERT INTO writing_log VALUES ('', 10, 10)",
    "a writing day of negative words": "INSERT INTO writing_log VALUES ('2026-11-02', -4, 10)",
    "a chapter target in text": "INSERT INTO chapter_targets VALUES ('analysis', 'mille')",
    "an annex file without its bytes": "UPDATE annexes SET file_name = 'a.pdf', "
                                       "file_type = 'application/pdf', file_hash = 'abc'",
    "an annex file name without a type": "UPDATE annexes SET file_name = 'a.pdf'",
    "an annex supporting production 0": "UPDATE annexes SET productions = '[0]'",
    "a share flag of 2": "UPDATE dossier SET share_writing_log = 2",
    "5 000 questions": "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 5010) INSERT INTO oral_questions SELECT 1, i, 'u' || i, 'q', '', "
                       "'jury', NULL, NULL, '' FROM n",
}

VERSIONS = {"negative user_version": -3, "unknown user_version": 99,
            "format 3 calling itself 2": 2, "format 4 calling itself 3": 3,
            "format 5 calling itself 4": 4, "format 6 calling itself 5": 5,
            "format 7 calling itself 6": 6}


def _plant(path: Path, sql: str) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.executescript(sql)
    finally:
        db.close()


def _readers_refuse(path: Path, identity, tmp_path: Path, must_refuse: bool = True,
                    schema_refused: bool = False) -> None:
    before = fingerprint(path)
    for attempt in (lambda: DossierFile.open(path, identity, backup_dir=tmp_path / "b"),
                    lambda: DossierFile.open(path, read_only=True)):
        try:
            with attempt() as file:
                file.load()
        except DossierError as error:
            assert_dossier_error(error)
        else:
            assert not must_refuse, "a hostile file was opened"
    assert fingerprint(path) == before, "the file was modified"
    summary = summarize(path, dt.date(2026, 12, 1))  # the dashboard reads a few columns only
    assert summary.problem or not must_refuse or not schema_refused


@pytest.mark.parametrize("sql", PLANTED.values(), ids=PLANTED.keys())
def test_planted_sql_never_runs(saved, identity, tmp_path, sql) -> None:
    _plant(saved, sql)
    _readers_refuse(saved, identity, tmp_path, schema_refused=True)
    with sqlite3.connect(saved) as db:  # nothing ran: the chapters are there
        assert db.execute("SELECT count(*) FROM chapters WHERE text <> ''").fetchone()[0] > 0


@pytest.mark.parametrize("sql", ODD_VALUES.values(), ids=ODD_VALUES.keys())
def test_odd_values_give_one_sentence(saved, identity, tmp_path, sql) -> None:
    _plant(saved, sql)
    _readers_refuse(saved, identity, tmp_path,
                    must_refuse="lock" not in sql)  # a read-only view does not read the lock


@pytest.mark.parametrize("version", VERSIONS.values(), ids=VERSIONS.keys())
def test_unknown_versions_are_refused(saved, identity, tmp_path, version) -> None:
    _plant(saved, f"PRAGMA user_version = {version}")
    _readers_refuse(saved, identity, tmp_path, schema_refused=True)


@pytest.mark.parametrize("name", ["trigger on lock wipes chapters", "recursive view in place of a table",
                                  "zeroblob view"])
@pytest.mark.parametrize("command", ["check", "export"])
def test_the_command_line_refuses_planted_sql(saved, tmp_path, name, command) -> None:
    _plant(saved, PLANTED[name])
    before = fingerprint(saved)
    args = ["check", saved] if command == "check" else ["export", saved, "-o", tmp_path / "o.docx"]
    assert_refused(run_bounded(*args), before, mentions="éléments inconnus")
    assert not (tmp_path / "o.docx").exists()


def test_a_hot_journal_is_read_as_before_the_crash(saved, tmp_path, identity) -> None:
    """A crash in the middle of a change leaves a journal: check and export read the
    file as it was before it, without touching it, and never call it read-only."""
    with DossierFile.open(saved, read_only=True) as file:
        expected = file.load()
    db = sqlite3.connect(saved, isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA cache_size = 1")
    db.execute("BEGIN")
    db.execute("UPDATE chapters SET text = 'à moitié'")
    db.execute("DELETE FROM productions")
    journal = saved.with_name(saved.name + "-journal")
    # Copy file and journal as a crash would leave them, mid-transaction.
    crashed = tmp_path / "crash"
    crashed.mkdir()
    (crashed / saved.name).write_bytes(saved.read_bytes())
    (crashed / journal.name).write_bytes(journal.read_bytes())
    db.execute("ROLLBACK")
    db.close()
    target = crashed / saved.name
    before = fingerprint(target, crashed / journal.name)
    with DossierFile.open(target, read_only=True) as file:
        assert file.load() == expected
    assert fingerprint(target, crashed / journal.name) == before
    result = run_bounded("check", target)
    assert result.code in (0, 1) and "lecture seule" not in result.err, result.err


def _opens_or_gives_one_sentence(path: Path, identity, tmp_path: Path) -> None:
    """For writing, read-only and in the dashboard: a dossier, or one sentence; a dossier
    that opens also makes a Word document."""
    dossier = None
    for opening in (lambda: DossierFile.open(path, identity, backup_dir=tmp_path / "b"),
                    lambda: DossierFile.open(path, read_only=True)):
        try:
            with opening() as file:
                dossier = file.load()
        except DossierError as error:
            assert_dossier_error(error)
    summarize(path, dt.date(2026, 12, 1))
    if dossier is not None:
        build(dossier, load_referential(bundled_referential_path()), Options()).document.save(io.BytesIO())


_SQL_VALUES = st.one_of(st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1),
                        st.floats(allow_nan=True), st.text(max_size=30), st.binary(max_size=30),
                        st.sampled_from(["[]", "[[1]]", "[[\"a\", 1]]", "{}", "2026-01-01",
                                         "2026-01-01T10:00:00+01:00", "to_write", "x" * 3000]))
_COLUMNS = [("chapters", "text"), ("chapters", "status"), ("chapters", "production"),
            ("productions", "competence"), ("productions", "title"), ("steps", "actions"),
            ("steps", "date"), ("steps", "kind"), ("steps", "duration_minutes"),
            ("comments", "replies"), ("comments", "production"), ("comments", "created"),
            ("comments", "chapter"), ("mandates", "start"), ("mandates", "time_share_percent"),
            ("candidate", "first_name"), ("candidate", "show_union"), ("candidate", "show_address"),
            ("positioning", "gaps"), ("positioning", "start_candidate"), ("dossier", "declaration_date"),
            ("annexes", "kind"), ("pseudonyms", "kind"), ("pseudonyms", "short_forms"),
            ("lock", "pid"), ("lock", "heartbeat"), ("talk_points", "minutes"),
            ("talk_points", "production"), ("oral_questions", "confidence"),
            ("oral_questions", "practised"), ("oral_questions", "origin"),
            ("rehearsals", "point_seconds"), ("rehearsals", "seconds"), ("rehearsals", "date"),
            ("mock_juries", "asked"), ("mock_juries", "presentation_seconds"),
            ("productions", "trade_competences"), ("annexes", "productions"),
            ("annexes", "file_name"), ("annexes", "file_type"), ("dossier", "share_writing_log")]
_SQL_VALUES = st.one_of(_SQL_VALUES, st.text(st.characters(codec="utf-8"), max_size=30))
"""Any character, control characters and U+FFFE included."""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(_COLUMNS), _SQL_VALUES), min_size=1, max_size=3))
def test_any_value_in_any_column_opens_or_gives_one_sentence(saved, tmp_path, identity,
                                                             changes) -> None:
    path = tmp_path / f"fuzz-{abs(hash(repr(changes)))}.ccpt"
    path.write_bytes(saved.read_bytes())
    with sqlite3.connect(path) as db:
        db.execute("INSERT OR IGNORE INTO lock VALUES (1, 'u', 'h', 1, 't', 'p', "
                   "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')")
        db.execute("INSERT OR IGNORE INTO positioning (competence) VALUES (1)")
        for (table, column), value in changes:
            with contextlib.suppress(sqlite3.IntegrityError):
                db.execute(f'UPDATE {table} SET "{column}" = ?', (value,))
    _opens_or_gives_one_sentence(path, identity, tmp_path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(min_value=100), st.integers(0, 255)), min_size=1,
                      max_size=8))
def test_damaged_bytes_open_or_give_one_sentence(saved, tmp_path, identity, flips) -> None:
    data = bytearray(saved.read_bytes())
    for offset, value in flips:
        data[offset % len(data)] = value
    path = tmp_path / f"bytes-{abs(hash(repr(flips)))}.ccpt"
    path.write_bytes(bytes(data))
    _opens_or_gives_one_sentence(path, identity, tmp_path)


def test_control_characters_in_a_dossier_reach_word_without_them(saved, tmp_path) -> None:
    """Text pasted from Word may carry a vertical tab; a .ccpt is anyone's: XML 1.0
    cannot hold either, and the export writes the text without them."""
    with sqlite3.connect(saved) as db:
        db.execute("UPDATE chapters SET text = 'Un saut\x0bde ligne\x01 et\ufffe fin'")
        db.execute("UPDATE productions SET title = 'Titre\x07 sonore'")
    target = tmp_path / "sortie.docx"
    result = run_bounded("export", saved, "-o", target)
    assert result.code == 0, result.err
    body = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Titre sonore" in body
    assert "Un saut" in body and "ligne et fin" in body
    assert not any(c in body for c in "\x0b\x01\x07\ufffe")


def test_opening_for_writing_reads_the_dossier_once(saved, identity, example, monkeypatch) -> None:
    """The check before the lock is the reading: a dossier on a slow share is read once."""
    from dossier_app.storage import dossier_file

    reads = []
    real = dossier_file._read_all
    monkeypatch.setattr(dossier_file, "_read_all", lambda db: reads.append(1) or real(db))
    with DossierFile.open(saved, identity) as file:
        assert file.load() == example
        assert len(reads) == 1
        assert file.load() == example  # later loads read the file again
        assert len(reads) == 2
