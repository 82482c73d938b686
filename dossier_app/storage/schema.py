"""The layout of the .ccpt SQLite file, and how older layouts are brought up to date."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x43435054  # "CCPT"
SCHEMA_VERSION = 7

CHAPTER_KINDS = "('situation', 'analysis', 'transfer')"

STEPS_COLUMNS = """
    position INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
    attended INTEGER NOT NULL, summary TEXT NOT NULL, duration_minutes INTEGER,
    aim TEXT NOT NULL, actions TEXT NOT NULL DEFAULT '[]'
"""
"""The path's steps; ``actions`` is a JSON list of {text, done}."""

VERSION_2_TABLES = """
CREATE TABLE positioning (
    competence INTEGER PRIMARY KEY,
    start_candidate INTEGER, start_advisor INTEGER, start_evidence TEXT NOT NULL DEFAULT '',
    end_candidate INTEGER, end_advisor INTEGER, end_evidence TEXT NOT NULL DEFAULT '',
    gaps TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE exchanges (
    id TEXT PRIMARY KEY, sent TEXT NOT NULL, target TEXT NOT NULL, base TEXT NOT NULL
);
CREATE TABLE conflicts (
    production INTEGER NOT NULL, kind TEXT NOT NULL, revision INTEGER NOT NULL,
    author TEXT NOT NULL, received TEXT NOT NULL, PRIMARY KEY (production, kind)
);
"""
"""Version 2: the positioning grid (``gaps`` is a JSON list), the copies sent to the
advisor with the dossier as sent (JSON, the base of the merge back), and the chapters
both sides changed, whose advisor text waits in a revision for the candidate to choose."""

_FIRST_TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE candidate (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',
    birth_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
    "union" TEXT NOT NULL DEFAULT '', employer TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '', show_union INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE dossier (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    project TEXT NOT NULL DEFAULT '', ccpt TEXT NOT NULL DEFAULT '',
    declaration_place TEXT NOT NULL DEFAULT '', declaration_date TEXT,
    referential_id TEXT, referential_edition TEXT
);
CREATE TABLE mandates (
    position INTEGER PRIMARY KEY, title TEXT NOT NULL, organisation TEXT NOT NULL,
    start TEXT, "end" TEXT, time_share_percent INTEGER, description TEXT NOT NULL
);
CREATE TABLE productions (
    number INTEGER PRIMARY KEY, competence INTEGER NOT NULL, title TEXT NOT NULL
);
CREATE TABLE chapters (
    production INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN {CHAPTER_KINDS}),
    text TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'to_write', updated TEXT,
    PRIMARY KEY (production, kind)
) WITHOUT ROWID;
"""
"""The tables every format since 1 writes alike, before the path and the comments."""

_LAST_TABLES = """
CREATE TABLE pseudonyms (position INTEGER PRIMARY KEY, real TEXT NOT NULL, alias TEXT NOT NULL);
CREATE TABLE annexes (
    position INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, production INTEGER NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL, created TEXT NOT NULL, reason TEXT NOT NULL
);
CREATE INDEX revisions_by_chapter ON revisions (production, kind, id);
CREATE TABLE lock (
    id INTEGER PRIMARY KEY CHECK (id = 1), user TEXT NOT NULL, host TEXT NOT NULL,
    pid INTEGER NOT NULL, token TEXT NOT NULL, path TEXT NOT NULL,
    since TEXT NOT NULL, heartbeat TEXT NOT NULL
);
"""
"""The tables every format since 1 writes alike, after the comments."""

VERSION_3_COLUMNS = """
ALTER TABLE candidate ADD COLUMN show_address INTEGER NOT NULL DEFAULT 0;
"""
"""Version 3: whether the candidate's postal address is printed on the cover. New files
add the column as migrated ones do, so that both have one definition of the table."""

VERSION_2_SCHEMA = f"""{_FIRST_TABLES}
CREATE TABLE steps ({STEPS_COLUMNS});
CREATE TABLE comments (
    position INTEGER PRIMARY KEY, production INTEGER NOT NULL, chapter TEXT NOT NULL,
    quote TEXT NOT NULL, body TEXT NOT NULL, author TEXT NOT NULL, created TEXT,
    resolved INTEGER NOT NULL, uid TEXT NOT NULL DEFAULT '', replies TEXT NOT NULL DEFAULT '[]'
);
{_LAST_TABLES}
{VERSION_2_TABLES}
"""
"""Version 2 as it created new files, before version 3 existed."""

VERSION_3_SCHEMA = f"""{VERSION_2_SCHEMA}
{VERSION_3_COLUMNS}
"""
"""Version 3 as it created new files, before version 4 existed."""

VERSION_4_COLUMNS = """
ALTER TABLE pseudonyms ADD COLUMN kind TEXT NOT NULL DEFAULT 'person';
ALTER TABLE pseudonyms ADD COLUMN short_forms TEXT NOT NULL DEFAULT '[]';
"""
"""Version 4: what each pseudonymised name stands for (``person``, ``organisation``,
``place``) and its short forms (a JSON list of texts, one text per form). New files add the
columns as migrated ones do."""

VERSION_4_SCHEMA = f"""{VERSION_3_SCHEMA}
{VERSION_4_COLUMNS}
"""
"""Version 4 as it created new files, before version 5 existed."""

VERSION_5_TABLES = """
CREATE TABLE talk_points (
    production INTEGER NOT NULL, position INTEGER NOT NULL, point TEXT NOT NULL,
    minutes REAL NOT NULL, PRIMARY KEY (production, position)
) WITHOUT ROWID;
CREATE TABLE oral_questions (
    production INTEGER NOT NULL, position INTEGER NOT NULL, uid TEXT NOT NULL,
    question TEXT NOT NULL, notes TEXT NOT NULL, origin TEXT NOT NULL, confidence INTEGER,
    practised TEXT, source TEXT NOT NULL, PRIMARY KEY (production, position)
) WITHOUT ROWID;
CREATE TABLE rehearsals (
    production INTEGER NOT NULL, position INTEGER NOT NULL, date TEXT NOT NULL,
    seconds INTEGER NOT NULL, point_seconds TEXT NOT NULL, PRIMARY KEY (production, position)
) WITHOUT ROWID;
CREATE TABLE mock_juries (
    production INTEGER NOT NULL, position INTEGER NOT NULL, uid TEXT NOT NULL, date TEXT,
    presentation_seconds INTEGER NOT NULL, questions_seconds INTEGER NOT NULL,
    asked TEXT NOT NULL, notes TEXT NOT NULL, author TEXT NOT NULL,
    PRIMARY KEY (production, position)
) WITHOUT ROWID;
"""
"""Version 5: the oral's preparation per production: the talk plan, the questions with
their answer notes, the timed rehearsals (``point_seconds`` a JSON list of whole seconds)
and the mock juries (``asked`` a JSON list of [question uid, feedback])."""

VERSION_5_SCHEMA = f"""{VERSION_4_SCHEMA}
{VERSION_5_TABLES}
"""
"""Version 5 as it created new files, before version 6 existed."""

VERSION_6_CHANGES = """
ALTER TABLE productions ADD COLUMN trade_competences TEXT NOT NULL DEFAULT '[]';
CREATE TABLE results (
    position INTEGER PRIMARY KEY, ccpt TEXT NOT NULL, date TEXT, outcome TEXT NOT NULL,
    notes TEXT NOT NULL
);
"""
"""Version 6: the target trade's competences each production's transfer argument reaches
(a JSON list of 1-based numbers), and the jury's decisions, one row per CCPT."""

VERSION_6_SCHEMA = f"""{VERSION_5_SCHEMA}
{VERSION_6_CHANGES}
"""
"""Version 6 as it created new files, before version 7 existed."""

VERSION_7_CHANGES = f"""
ALTER TABLE annexes ADD COLUMN productions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE annexes ADD COLUMN file_name TEXT;
ALTER TABLE annexes ADD COLUMN file_type TEXT;
ALTER TABLE annexes ADD COLUMN file_hash TEXT;
CREATE TABLE annex_files (hash TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE writing_log (
    date TEXT PRIMARY KEY, words_added INTEGER NOT NULL, words_total INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE chapter_targets (
    kind TEXT PRIMARY KEY CHECK (kind IN {CHAPTER_KINDS}), words INTEGER NOT NULL
) WITHOUT ROWID;
ALTER TABLE dossier ADD COLUMN share_writing_log INTEGER NOT NULL DEFAULT 0;
"""
"""Version 7: the productions each annex supports (a JSON list of 1-based numbers) and its
attached document (name, media type, and the sha256 of its bytes, all NULL when none);
the documents' bytes, once each, keyed by that hash, so that a save that rewrites the
annexes writes a document only when it is new (a rowid table, as SQLite advises for large
rows); the candidate's writing log, one row a day; the word targets per chapter kind;
whether the log travels with the copy for the advisor."""

SCHEMA = f"""{VERSION_6_SCHEMA}
{VERSION_7_CHANGES}
INSERT INTO candidate (id) VALUES (1);
INSERT INTO dossier (id) VALUES (1);
"""


VERSION_0_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE candidate (id INTEGER PRIMARY KEY CHECK (id = 1),
    first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',
    birth_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
    "union" TEXT NOT NULL DEFAULT '', employer TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '');
CREATE TABLE dossier (id INTEGER PRIMARY KEY CHECK (id = 1),
    project TEXT NOT NULL DEFAULT '', ccpt TEXT NOT NULL DEFAULT '');
CREATE TABLE mandates (position INTEGER PRIMARY KEY, title TEXT NOT NULL,
    organisation TEXT NOT NULL, start TEXT, "end" TEXT, time_share_percent INTEGER,
    description TEXT NOT NULL);
CREATE TABLE productions (number INTEGER PRIMARY KEY, competence INTEGER NOT NULL,
    title TEXT NOT NULL);
CREATE TABLE chapters (production INTEGER NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '', PRIMARY KEY (production, kind)) WITHOUT ROWID;
CREATE TABLE workshops (position INTEGER PRIMARY KEY, title TEXT NOT NULL, date TEXT,
    attended INTEGER NOT NULL, notes TEXT NOT NULL);
CREATE TABLE comments (position INTEGER PRIMARY KEY, production INTEGER NOT NULL,
    chapter TEXT NOT NULL, quote TEXT NOT NULL, body TEXT NOT NULL, author TEXT NOT NULL,
    created TEXT, resolved INTEGER NOT NULL);
CREATE TABLE pseudonyms (position INTEGER PRIMARY KEY, real TEXT NOT NULL, alias TEXT NOT NULL);
"""
"""The first prototype's layout (files of version 0 exist and are migrated)."""

VERSION_1_SCHEMA = f"""{_FIRST_TABLES}
CREATE TABLE workshops (
    position INTEGER PRIMARY KEY, title TEXT NOT NULL, date TEXT,
    attended INTEGER NOT NULL, notes TEXT NOT NULL
);
CREATE TABLE comments (
    position INTEGER PRIMARY KEY, production INTEGER NOT NULL, chapter TEXT NOT NULL,
    quote TEXT NOT NULL, body TEXT NOT NULL, author TEXT NOT NULL, created TEXT,
    resolved INTEGER NOT NULL
);
{_LAST_TABLES}
"""
"""Version 1 as it created new files, before version 2 existed."""


def create_schema(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN")
    _run_script(connection, SCHEMA)
    connection.execute("COMMIT")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _run_script(connection: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def _migrate_0_to_1(connection: sqlite3.Connection) -> None:
    """Version 0 was the first prototype's layout: chapters had no status nor
    date, and there were no annexes, declaration, revisions or lock."""
    _run_script(connection, """
        ALTER TABLE chapters ADD COLUMN status TEXT NOT NULL DEFAULT 'to_write';
        ALTER TABLE chapters ADD COLUMN updated TEXT;
        UPDATE chapters SET status = 'draft' WHERE trim(text) <> '';
        ALTER TABLE candidate ADD COLUMN show_union INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE dossier ADD COLUMN declaration_place TEXT NOT NULL DEFAULT '';
        ALTER TABLE dossier ADD COLUMN declaration_date TEXT;
        ALTER TABLE dossier ADD COLUMN referential_id TEXT;
        ALTER TABLE dossier ADD COLUMN referential_edition TEXT;
        CREATE TABLE annexes (
            position INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL,
            description TEXT NOT NULL);
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT, production INTEGER NOT NULL,
            kind TEXT NOT NULL, text TEXT NOT NULL, created TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE INDEX revisions_by_chapter ON revisions (production, kind, id);
        CREATE TABLE lock (
            id INTEGER PRIMARY KEY CHECK (id = 1), user TEXT NOT NULL, host TEXT NOT NULL,
            pid INTEGER NOT NULL, token TEXT NOT NULL, path TEXT NOT NULL,
            since TEXT NOT NULL, heartbeat TEXT NOT NULL);
    """)


def _migrate_1_to_2(connection: sqlite3.Connection) -> None:
    """Workshops become the steps of the path; comments get an identity and replies."""
    _run_script(connection, f"""
        CREATE TABLE steps ({STEPS_COLUMNS});
        INSERT INTO steps (position, kind, title, date, attended, summary, aim)
            SELECT position, 'workshop', title, date, attended, notes, '' FROM workshops;
        DROP TABLE workshops;
        ALTER TABLE comments ADD COLUMN uid TEXT NOT NULL DEFAULT '';
        ALTER TABLE comments ADD COLUMN replies TEXT NOT NULL DEFAULT '[]';
        UPDATE comments SET uid = lower(hex(randomblob(16)));
        {VERSION_2_TABLES}
    """)


def _migrate_2_to_3(connection: sqlite3.Connection) -> None:
    """The candidate chooses whether the cover shows their address (not shown until then)."""
    _run_script(connection, VERSION_3_COLUMNS)


def _migrate_3_to_4(connection: sqlite3.Connection) -> None:
    """Pseudonyms say what they name, guessed from the form of each older one's name
    (« Logistique Atlantique » an organisation), without short forms."""
    from ..core.pseudonyms import guess_kind

    _run_script(connection, VERSION_4_COLUMNS)
    rows = connection.execute("SELECT position, real FROM pseudonyms").fetchall()
    connection.executemany("UPDATE pseudonyms SET kind = ? WHERE position = ?",
                           [(guess_kind(str(real)).value, position) for position, real in rows])


def _migrate_4_to_5(connection: sqlite3.Connection) -> None:
    """The oral's preparation: empty until the candidate starts it."""
    _run_script(connection, VERSION_5_TABLES)


def _migrate_5_to_6(connection: sqlite3.Connection) -> None:
    """No transfer checklist ticked yet, no result recorded yet."""
    _run_script(connection, VERSION_6_CHANGES)


def _migrate_6_to_7(connection: sqlite3.Connection) -> None:
    """Annexes without productions nor documents, no log, no targets, nothing shared."""
    _run_script(connection, VERSION_7_CHANGES)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _migrate_0_to_1,
                                                                1: _migrate_1_to_2,
                                                                2: _migrate_2_to_3,
                                                                3: _migrate_3_to_4,
                                                                4: _migrate_4_to_5,
                                                                5: _migrate_5_to_6,
                                                                6: _migrate_6_to_7}
"""Migration from version N to N + 1, keyed by N."""


def migrate(connection: sqlite3.Connection, from_version: int) -> None:
    """Bring the file from ``from_version`` to ``SCHEMA_VERSION``, all in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, SCHEMA_VERSION):
            MIGRATIONS[version](connection)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
