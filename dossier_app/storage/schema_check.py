"""A file is data, never code: its schema must be one the app itself writes.

SQLite runs the triggers and views stored inside a database, and evaluates the
defaults, checks and generated columns of its tables. A `.ccpt` from someone else
could carry any of them. Before the app reads a single row, the file's schema
(every table and index, with its exact definition) is compared with the layouts
this version of the app creates or migrates for the file's version; anything else
(a trigger, a view, a virtual table, an unknown table or column, a changed
definition) is refused, and the file is left untouched.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache

from ..core.sentence import Sentence, say
from .schema import (
    MIGRATIONS,
    SCHEMA,
    SCHEMA_VERSION,
    VERSION_0_SCHEMA,
    VERSION_1_SCHEMA,
    VERSION_2_SCHEMA,
    VERSION_3_SCHEMA,
    VERSION_4_SCHEMA,
    VERSION_5_SCHEMA,
    VERSION_6_SCHEMA,
)

_SQLITE_TABLES = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
"""Tables SQLite itself adds (AUTOINCREMENT, ``PRAGMA optimize``): allowed, never required."""

_MAX_SCHEMA_ROWS = 200


class ForeignSchema(Exception):
    """The file's schema holds something the app did not write (``what`` says what)."""

    def __init__(self, what: Sentence) -> None:
        super().__init__(what.render())
        self.what = what


def canonical(sql: str) -> str:
    """A definition with insignificant spaces removed, so that layouts compare as text."""
    text = re.sub(r"\s+", " ", sql.strip())
    return re.sub(r" ?([(),]) ?", r"\1", text)


def _layout_of(statements: list[str | Callable[[sqlite3.Connection], None]]) -> dict[str, str]:
    """Build a layout in memory and read it back as SQLite stores it."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for script in statements:
            if callable(script):
                script(memory)
            else:
                for statement in script.split(";"):
                    if statement.strip() and not statement.strip().upper().startswith("INSERT"):
                        memory.execute(statement)
        return {name: canonical(sql) for name, sql in memory.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        memory.close()


_CREATED = {0: VERSION_0_SCHEMA, 1: VERSION_1_SCHEMA, 2: VERSION_2_SCHEMA, 3: VERSION_3_SCHEMA,
            4: VERSION_4_SCHEMA, 5: VERSION_5_SCHEMA, 6: VERSION_6_SCHEMA, SCHEMA_VERSION: SCHEMA}
"""Each version's schema as it created new files."""


@cache
def known_layout(version: int) -> dict[str, frozenset[str]] | None:
    """For ``version``, each table or index name and the definitions it may have: as
    created new at that version, or as migrated there from every older one. Only the
    file's version is built (all of them took a quarter of a second at every start)."""
    if version not in _CREATED:
        return None
    merged: dict[str, set[str]] = {}
    for start in range(version + 1):
        way: list[str | Callable[[sqlite3.Connection], None]] = [
            _CREATED[start], *(MIGRATIONS[v] for v in range(start, version))]
        for name, sql in _layout_of(way).items():
            merged.setdefault(name, set()).add(sql)
    return {name: frozenset(sqls) for name, sqls in merged.items()}


def verify_schema(connection: sqlite3.Connection, version: int) -> None:
    """Raise ``ForeignSchema`` unless every object of the file is one the app writes
    for ``version``, with its exact definition, and none is missing."""
    expected = known_layout(version)
    if expected is None:
        raise ForeignSchema(say("format {version}", version=version))
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT ?", (_MAX_SCHEMA_ROWS + 1,)
    ).fetchall()
    if len(rows) > _MAX_SCHEMA_ROWS:
        raise ForeignSchema(say("trop d’objets"))
    seen: set[str] = set()
    for kind, name, table, sql in rows:
        if not isinstance(name, str) or not isinstance(kind, str):
            raise ForeignSchema(say("un objet sans nom"))
        if kind not in ("table", "index"):
            raise ForeignSchema(_unexpected_kind(kind, name))
        if sql is None:
            # Indexes SQLite makes for PRIMARY KEY and UNIQUE constraints.
            if kind == "index" and name.startswith("sqlite_autoindex_") and table in expected:
                continue
            raise ForeignSchema(say("l’objet « {name} »", name=name))
        definition = canonical(sql) if isinstance(sql, str) else ""
        if name in _SQLITE_TABLES and definition == canonical(_SQLITE_TABLES[name]):
            continue
        if definition not in expected.get(name, frozenset()):
            raise ForeignSchema(say("la table « {name} »", name=name) if kind == "table"
                                else say("l’index « {name} »", name=name))
        seen.add(name)
    missing = sorted(name for name in set(expected) - seen if name not in _SQLITE_TABLES)
    if missing:
        raise ForeignSchema(say("il manque « {name} »", name=missing[0]))


def _unexpected_kind(kind: str, name: str) -> Sentence:
    """An object of a kind the app never writes (SQLite's own word for any other)."""
    if kind == "trigger":
        return say("un déclencheur « {name} »", name=name)
    if kind == "view":
        return say("une vue « {name} »", name=name)
    return say("{kind} « {name} »", kind=kind, name=name)
