"""Typed reading of decoded JSON with French errors that name the field.

Both JSON formats the app reads (the interchange dossier and the referential)
go through these helpers, so that every malformed file is reported the same
way: one sentence naming the file and the field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from .errors import FileProblem, InvalidData
from .files import read_text

T = TypeVar("T")


def load_json_file(path: Path, what: str) -> Any:
    """Decoded JSON of ``path``; ``what`` names the file in errors (« le fichier JSON »)."""
    text = read_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FileProblem(
            f"Le fichier « {path.name} » n’est pas du JSON valide "
            f"(ligne {error.lineno}, colonne {error.colno})."
        ) from None


class Reader:
    """A JSON object at a path (``productions[2].chapters``) with typed getters.

    Keys that were never asked for are reported by ``unknown_keys`` so that the
    caller can warn about them.
    """

    def __init__(self, value: Any, path: str = "") -> None:
        if not isinstance(value, dict):
            raise InvalidData(path or "(racine)", "doit être un objet JSON")
        self.value: dict[str, Any] = value
        self.path = path
        self._seen: set[str] = set()
        self._children: list[Reader] = []

    def _field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool) -> Any:
        self._seen.add(key)
        if key not in self.value:
            if required:
                raise InvalidData(self._field(key), "est obligatoire et manque")
            return None
        return self.value[key]

    def string(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise InvalidData(self._field(key), "doit être un texte")
        return value

    def integer(
        self, key: str, *, required: bool = False, default: int | None = None,
        minimum: int | None = None, maximum: int | None = None,
    ) -> int | None:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidData(self._field(key), "doit être un nombre entier")
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise InvalidData(self._field(key), f"doit être compris entre {minimum} et {maximum}")
        return value

    def boolean(self, key: str, *, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise InvalidData(self._field(key), "doit valoir true ou false")
        return value

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self._get(key, required)
        if value is None or value == "":
            if required:
                raise InvalidData(self._field(key), "est obligatoire et manque")
            return None
        return parse_date(value, self._field(key))

    def timestamp(self, key: str) -> dt.datetime | None:
        value = self._get(key, False)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise InvalidData(self._field(key), "doit être une date et heure (AAAA-MM-JJTHH:MM:SS)")
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidData(
                self._field(key), f"contient « {value} », qui n’est pas une date et heure valide"
            ) from None

    def choice(self, key: str, allowed: Iterator[str] | list[str], *, default: str) -> str:
        allowed = list(allowed)
        value = self.string(key, default=default)
        if value not in allowed:
            raise InvalidData(
                self._field(key), f"vaut « {value} » au lieu de l’une des valeurs {', '.join(allowed)}"
            )
        return value

    def obj(self, key: str, *, required: bool = False) -> Reader:
        value = self._get(key, required)
        child = Reader({} if value is None else value, self._field(key))
        self._children.append(child)
        return child

    def items(self, key: str, read: Callable[[Reader], T], *, required: bool = False) -> list[T]:
        """Read a list of objects, each with ``read``."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise InvalidData(self._field(key), "doit être une liste")
        result = []
        for index, item in enumerate(value, start=1):
            child = Reader(item, f"{self._field(key)}[{index}]")
            self._children.append(child)
            result.append(read(child))
        return result

    def strings(self, key: str) -> list[str]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidData(self._field(key), "doit être une liste de textes")
        return list(value)

    def header(self, fmt: str, version_key: str, supported: int, what: str) -> int:
        """Check the ``format`` and version keys every file of ours starts with; ``what``
        says what the file should have been (« un dossier CCPT »)."""
        if self.string("format", required=True) != fmt:
            raise InvalidData("format", f"doit valoir « {fmt} » : ce n’est pas {what}")
        version = self.integer(version_key, required=True)
        if version is None or version < 1:
            raise InvalidData(version_key, "doit être un nombre entier positif")
        if version > supported:
            raise InvalidData(version_key, f"vaut {version} : ce fichier vient d’une version plus "
                              "récente de l’application, mettez-la à jour pour le lire")
        return version

    def unknown_keys(self) -> list[str]:
        """Fields present in the document that no reader asked for, deepest included."""
        own = [self._field(k) for k in self.value if k not in self._seen]
        return own + [key for child in self._children for key in child.unknown_keys()]


def parse_date(value: Any, field: str) -> dt.date:
    if not isinstance(value, str):
        raise InvalidData(field, "doit être une date au format AAAA-MM-JJ")
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidData(
            field, f"contient « {value} », qui n’est pas une date valide (AAAA-MM-JJ)"
        ) from None
