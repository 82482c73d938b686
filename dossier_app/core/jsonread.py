"""Typed reading of decoded JSON with French errors that name the field.

Every JSON format the app reads (the interchange dossier, the referential, the path
template) goes through these helpers, so that every malformed file is reported the
same way: one sentence naming the file and the field.

Reading a file is bounded before anything is decoded (size, number of values, depth),
numbers that Python cannot hold exactly (``NaN``, ``Infinity``, ``1e999``, an integer
of thousands of digits) are kept as markers that the field's reader refuses by name,
and texts are checked where they are read: a lone surrogate (``"\\udfff"``) is
refused, while the control characters that XML 1.0, hence a Word document, cannot
carry are removed, the field being listed in ``Reader.normalized_fields`` so that
the caller can tell the user.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .errors import FileProblem, InvalidData
from .files import display, megabytes, read_text
from .limits import MAX_ITEMS, MAX_TEXT_CHARS
from .sentence import Sentence, say

T = TypeVar("T")

MAX_DEPTH = 32
"""Levels of nested arrays and objects in a JSON file (the interchange format uses six)."""
MAX_VALUES = 2_000_000
"""Values a JSON file may hold, counted before decoding from its commas and brackets (the
example dossier has about a thousand): this bounds the memory decoding takes, some
hundred bytes a value."""
MAX_INTEGER = 2**53 - 1
"""The largest integer read where a field sets no bound of its own (the largest every
JSON reader keeps exact)."""
MAX_INTEGER_DIGITS = 20
"""Integers with more digits are not converted at all (Python refuses 4 300 digits)."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?")
_SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""What a text field may not keep: the C0 controls but tab, line feed and carriage return,
DEL and the C1 controls, U+FFFE and U+FFFF. XML 1.0 forbids the C0 ones and the last two
(the Word export would fail), the others are invisible leftovers of a bad conversion."""
_BASE64_SPACES = re.compile(r"[ \t\r\n]+")
"""What may separate the lines of base64 (MIME writes 76 characters a line)."""
_LINE_BREAKS = re.compile("[\x0b\x0c\x85]")
"""Vertical tab (Word’s manual line break), form feed and NEL (U+0085) become line breaks."""


class BadNumber:
    """A number of the file that Python cannot hold exactly (``NaN``, ``Infinity``,
    ``1e999``, a 5 000-digit integer): the reader of the field it is in refuses it."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"BadNumber({self.text[:20]!r})"


def _parse_int(text: str) -> int | BadNumber:
    return int(text) if len(text.lstrip("-")) <= MAX_INTEGER_DIGITS else BadNumber(text)


def _parse_float(text: str) -> float | BadNumber:
    value = float(text)
    return value if value not in (float("inf"), float("-inf")) else BadNumber(text)


def load_json_file(path: Path, what: Sentence) -> Any:
    """Decoded JSON of ``path``; ``what`` names the file in errors (``say("le fichier JSON")``).

    Read within ``files.MAX_TEXT_BYTES`` (64 MiB): a dossier's annexes may carry 24 MiB of
    documents (``limits.MAX_ANNEXES_BYTES``), some 32 MiB once in base64, and the texts
    fit in what is left. The count of values stays small (a document is one string)."""
    return parse_json(read_text(path, what), path, what)


def parse_json(text: str, path: Path, what: Sentence | None = None) -> Any:
    """Decode ``text`` (read from ``path``) within MAX_VALUES and MAX_DEPTH; ``what`` names
    the file in errors (« le fichier » when not given)."""
    what = say("le fichier") if what is None else what
    name = display(Path(path.name))
    values = 1 + text.count(",") + text.count("[") + text.count("{")
    if values > MAX_VALUES:
        raise FileProblem(say("{what:capital} « {file} » contient trop de valeurs JSON "
                              "(au plus {limit}).", what=what, file=name, limit=_figure(MAX_VALUES)))
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=BadNumber)
    except json.JSONDecodeError as error:
        raise FileProblem(say("{what:capital} « {file} » n’est pas du JSON valide "
                              "(ligne {line}, colonne {column}).",
                              what=what, file=name, line=error.lineno, column=error.colno)) from None
    except RecursionError:
        raise _too_deep(what, name) from None
    except (ValueError, MemoryError):
        raise FileProblem(say("{what:capital} « {file} » n’est pas du JSON lisible.",
                              what=what, file=name)) from None
    if _depth_exceeds(data, MAX_DEPTH):
        raise _too_deep(what, name)
    return data


def _too_deep(what: Sentence, name: str) -> FileProblem:
    return FileProblem(say("{what:capital} « {file} » imbrique trop de listes ou d’objets JSON "
                           "(au plus {limit} niveaux).", what=what, file=name, limit=MAX_DEPTH))


def _depth_exceeds(data: Any, limit: int) -> bool:
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        if depth > limit:
            return True
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
    return False


def refuse_bad_numbers(data: Any) -> None:
    """Refuse, naming its field, the first number of ``data`` (from ``parse_json``) that
    Python cannot hold exactly, wherever it is: for readers that decode the file again on
    their own, where such a number would raise (an integer of 5 000 digits)."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, BadNumber):
            raise InvalidData(path or "(racine)",
                              say("contient « {value} », un nombre que l’application ne peut pas lire",
                                  value=printable(node.text)))
        if isinstance(node, dict):
            stack.extend((value, f"{path}.{printable(str(key))}" if path else printable(str(key)))
                         for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{path}[{index}]") for index, value in enumerate(node, start=1))


_ABSENT = object()


class Reader:
    """A JSON object at a path (``productions[2].chapters``) with typed getters.

    Keys that were never asked for are reported by ``unknown_keys`` so that the
    caller can warn about them; texts whose control characters were removed are
    listed by ``normalized_fields``.

    ``null`` stands for « no value » only where a field may have none (an optional
    number, date or timestamp, an optional object read with ``optional_obj``);
    elsewhere (a text, a yes/no, an object, a list, any required field) it is refused.
    """

    def __init__(self, value: Any, path: str = "", *, _notes: list[str] | None = None) -> None:
        if not isinstance(value, dict):
            raise InvalidData(path or "(racine)",
                              say("doit être un objet JSON, pas null") if value is None
                              else say("doit être un objet JSON"))
        self.value: dict[str, Any] = value
        self.path = path
        self._seen: set[str] = set()
        self._children: list[Reader] = []
        self._notes: list[str] = [] if _notes is None else _notes

    def _field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _child(self, value: Any, path: str) -> Reader:
        child = Reader(value, path, _notes=self._notes)
        self._children.append(child)
        return child

    def _get(self, key: str, required: bool) -> Any:
        """The value, or _ABSENT when the key is missing (refused when ``required``)."""
        self._seen.add(key)
        if key not in self.value:
            if required:
                raise InvalidData(self._field(key), say("est obligatoire et manque"))
            return _ABSENT
        return self.value[key]

    def _optional(self, key: str, required: bool) -> Any:
        """As ``_get``, with ``null`` read as no value (refused when ``required``)."""
        value = self._get(key, required)
        if value is None and required:
            raise InvalidData(self._field(key), say("est obligatoire et ne peut pas valoir null"))
        return _ABSENT if value is None else value

    def string(self, key: str, *, required: bool = False, default: str = "",
               max_length: int = MAX_TEXT_CHARS) -> str:
        value = self._get(key, required)
        if value is _ABSENT:
            return default
        if not isinstance(value, str):
            raise InvalidData(self._field(key), say("doit être un texte, pas null") if value is None
                              else say("doit être un texte"))
        return self._text(value, self._field(key), max_length)

    def _text(self, value: str, field: str, max_length: int) -> str:
        if len(value) > max_length:
            raise InvalidData(field, say("dépasse {limit} caractères ({length})",
                                         limit=_figure(max_length), length=_figure(len(value))))
        surrogate = _SURROGATE.search(value)
        if surrogate:
            raise InvalidData(field, say("contient un caractère invalide (U+{code}, une moitié de "
                                         "paire de substitution)", code=f"{ord(surrogate[0]):04X}"))
        if CONTROL_CHARACTERS.search(value):
            self._notes.append(field)
            value = without_control_characters(value)
        return value

    def integer(
        self, key: str, *, required: bool = False, default: int | None = None,
        minimum: int | None = None, maximum: int | None = None,
    ) -> int | None:
        value = self._optional(key, required)
        if value is _ABSENT:
            return default
        field = self._field(key)
        if isinstance(value, BadNumber):
            if not value.text.lstrip("-").isdigit():  # NaN, Infinity, 1e999
                raise InvalidData(field, say("doit être un nombre entier, pas « {value} »",
                                             value=printable(value.text)))
            value = MAX_INTEGER + 1 if value.text[0] != "-" else -MAX_INTEGER - 1
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidData(field, say("doit être un nombre entier"))
        low = -MAX_INTEGER if minimum is None else max(minimum, -MAX_INTEGER)
        high = MAX_INTEGER if maximum is None else min(maximum, MAX_INTEGER)
        if not low <= value <= high:
            if minimum is not None and maximum is not None:
                raise InvalidData(field, say("doit être compris entre {minimum} et {maximum}",
                                             minimum=minimum, maximum=maximum))
            if minimum is not None and value < minimum:
                raise InvalidData(field, say("doit valoir au moins {minimum}", minimum=minimum))
            if maximum is not None and value > maximum:
                raise InvalidData(field, say("doit valoir au plus {maximum}", maximum=maximum))
            raise InvalidData(field, say("est un nombre trop grand") if value > 0
                              else say("est un nombre trop petit"))
        return value

    def number(self, key: str, *, required: bool = False, default: float | None = None,
               minimum: float, maximum: float) -> float | None:
        """A finite number (an integer or a decimal), between ``minimum`` and ``maximum``."""
        value = self._optional(key, required)
        if value is _ABSENT:
            return default
        field = self._field(key)
        if isinstance(value, BadNumber):  # NaN, Infinity, 1e999, an integer of 5 000 digits
            raise InvalidData(field, say("doit être un nombre, pas « {value} »",
                                         value=printable(value.text)))
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidData(field, say("doit être un nombre"))
        if not minimum <= value <= maximum:
            raise InvalidData(field, say("doit être compris entre {minimum} et {maximum}",
                                         minimum=minimum, maximum=maximum))
        return float(value)

    def boolean(self, key: str, *, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is _ABSENT:
            return default
        if not isinstance(value, bool):
            raise InvalidData(self._field(key), say("doit valoir true ou false"))
        return value

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self._get(key, required)
        if value is _ABSENT or value is None or value == "":
            if required:
                raise InvalidData(self._field(key), say("est obligatoire et manque"))
            return None
        return parse_date(value, self._field(key))

    def timestamp(self, key: str) -> dt.datetime | None:
        value = self._get(key, False)
        if value is _ABSENT or value is None or value == "":
            return None
        return parse_timestamp(value, self._field(key))

    def choice(self, key: str, allowed: Iterable[str], *, default: str) -> str:
        allowed = list(allowed)
        value = self.string(key, default=default)
        if value not in allowed:
            raise InvalidData(self._field(key),
                              say("vaut « {value} » au lieu de l’une des valeurs {allowed}",
                                  value=printable(value), allowed=", ".join(allowed)))
        return value

    def obj(self, key: str, *, required: bool = False) -> Reader:
        """The object at ``key``; an empty one when the key is missing and not required."""
        value = self._get(key, required)
        return self._child({} if value is _ABSENT else value, self._field(key))

    def optional_obj(self, key: str) -> Reader | None:
        """The object at ``key``, or None when it is missing or ``null``."""
        value = self._get(key, False)
        return None if value is _ABSENT or value is None else self._child(value, self._field(key))

    def _list(self, key: str, required: bool, limit: int, of_texts: bool) -> list[Any]:
        value = self._get(key, required)
        if value is _ABSENT:
            return []
        if not isinstance(value, list):
            if of_texts:
                problem = (say("doit être une liste de textes, pas null") if value is None
                           else say("doit être une liste de textes"))
            else:
                problem = (say("doit être une liste, pas null") if value is None
                           else say("doit être une liste"))
            raise InvalidData(self._field(key), problem)
        if len(value) > limit:
            raise InvalidData(self._field(key), say("contient {count} éléments, au plus {limit} sont "
                                                    "acceptés", count=_figure(len(value)),
                                                    limit=_figure(limit)))
        return value

    def items(self, key: str, read: Callable[[Reader], T], *, required: bool = False,
              limit: int = MAX_ITEMS) -> list[T]:
        """Read a list of at most ``limit`` objects, each with ``read``."""
        field = self._field(key)
        return [read(self._child(item, f"{field}[{index}]"))
                for index, item in enumerate(self._list(key, required, limit, False), start=1)]

    def strings(self, key: str, *, limit: int = MAX_ITEMS,
                max_length: int = MAX_TEXT_CHARS) -> list[str]:
        value = self._list(key, False, limit, True)
        field = self._field(key)
        if not all(isinstance(v, str) for v in value):
            raise InvalidData(field, say("doit être une liste de textes"))
        return [self._text(v, f"{field}[{index}]", max_length)
                for index, v in enumerate(value, start=1)]

    def integers(self, key: str, *, minimum: int, maximum: int,
                 limit: int = MAX_ITEMS) -> list[int]:
        """A list of whole numbers, each between ``minimum`` and ``maximum``."""
        value = self._list(key, False, limit, False)
        field = self._field(key)
        for index, item in enumerate(value, start=1):
            if isinstance(item, bool) or not isinstance(item, int) or not minimum <= item <= maximum:
                raise InvalidData(f"{field}[{index}]", say(
                    "doit être un nombre entier compris entre {minimum} et {maximum}",
                    minimum=minimum, maximum=maximum))
        return value

    def base64(self, key: str, *, max_bytes: int) -> bytes:
        """Bytes written in base64 (RFC 4648, line breaks allowed) at a required ``key``,
        refused over ``max_bytes`` from the text's length, before anything is decoded."""
        value = self._get(key, True)
        field = self._field(key)
        if not isinstance(value, str):
            raise InvalidData(field, say("doit être un texte en base64"))
        too_big = say("contient plus de {limit} une fois décodé", limit=megabytes(max_bytes))
        encoded = 4 * -(-max_bytes // 3)
        if len(value) > 2 * encoded:  # far too long, even with a line break every character
            raise InvalidData(field, too_big)
        compact = _BASE64_SPACES.sub("", value)
        if len(compact) > encoded:
            raise InvalidData(field, too_big)
        try:
            data = base64.b64decode(compact, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidData(field, say("n’est pas un texte en base64 valide")) from None
        if len(data) > max_bytes:
            raise InvalidData(field, too_big)
        return data

    def header(self, fmt: str, version_key: str, supported: int, what: Sentence) -> int:
        """Check the ``format`` and version keys every file of ours starts with; ``what``
        says what the file should have been (``say("un dossier CCPT")``)."""
        if self.string("format", required=True) != fmt:
            raise InvalidData("format", say("doit valoir « {format} » : ce n’est pas {what}",
                                            format=fmt, what=what))
        version = self.integer(version_key, required=True)
        if version is None or version < 1:
            raise InvalidData(version_key, say("doit être un nombre entier positif"))
        if version > supported:
            raise InvalidData(version_key, say("vaut {version} : ce fichier vient d’une version plus "
                                               "récente de l’application, mettez-la à jour pour le "
                                               "lire", version=version))
        return version

    def unknown_keys(self) -> list[str]:
        """Fields present in the document that no reader asked for, deepest included (keys
        as written: pass them through ``printable`` before showing them)."""
        own = [self._field(str(k)) for k in self.value if k not in self._seen]
        return own + [key for child in self._children for key in child.unknown_keys()]

    def normalized_fields(self) -> list[str]:
        """Text fields read so far whose control characters were removed."""
        return list(self._notes)


def parse_date(value: Any, field: str) -> dt.date:
    """A ``YYYY-MM-DD`` date, and no other form ``date.fromisoformat`` would take."""
    if not isinstance(value, str):
        raise InvalidData(field, say("doit être une date au format AAAA-MM-JJ"))
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidData(field, say("contient « {value} », qui n’est pas une date valide (AAAA-MM-JJ)",
                                     value=printable(value))) from None


def parse_timestamp(value: Any, field: str) -> dt.datetime:
    """An ISO 8601 ``YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z|±HH:MM]`` date and time."""
    if not isinstance(value, str):
        raise InvalidData(field, say("doit être une date et heure (AAAA-MM-JJTHH:MM:SS)"))
    try:
        if not _TIMESTAMP.fullmatch(value):
            raise ValueError
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidData(field, say("contient « {value} », qui n’est pas une date et heure valide "
                                     "(AAAA-MM-JJTHH:MM:SS)", value=printable(value))) from None


def without_control_characters(text: str) -> str:
    """``text`` as a Word document can hold it: the line breaks among CONTROL_CHARACTERS
    become ``\n``, the others are removed."""
    return CONTROL_CHARACTERS.sub("", _LINE_BREAKS.sub("\n", text))


def printable(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters, what cannot be shown on one line as U+FFFD."""
    if len(text) <= limit and text.isprintable() and "<" not in text and ">" not in text:
        return text
    shown = "".join(_SHOWN.get(c, c) if c.isprintable() or unicodedata.category(c) == "Zs"
                    else "\ufffd" for c in text[:limit])
    return shown + ("…" if len(text) > limit else "")


_SHOWN = {"<": "‹", ">": "›"}
"""Shown otherwise in messages, which must never look like a Python repr."""


def _figure(number: int) -> str:
    """« 2 000 000 »: a figure the French way (narrow no-break spaces)."""
    return f"{number:,}".replace(",", "\u202f")
