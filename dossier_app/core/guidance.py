"""Writing guidance per chapter (relances, sentence starters, example) and length marks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import FileProblem, InvalidData
from .files import read_text
from .jsonread import Reader
from .model import ChapterKind
from .resources import guidance_path
from .sentence import say
from .typography import french_strings


@dataclass(frozen=True)
class ChapterGuidance:
    purpose: str
    min_words: int
    """Below this a chapter is flagged as short."""
    relances: tuple[str, ...]
    starters: tuple[str, ...]
    example: str


@dataclass(frozen=True)
class Guidance:
    long_production_words: int
    chapters: dict[ChapterKind, ChapterGuidance]


def load_guidance(path: Path | None = None) -> Guidance:
    path = path or guidance_path()
    what = say("le fichier de conseils")
    try:
        doc = Reader(french_strings(json.loads(read_text(path, what))))
    except json.JSONDecodeError:
        raise FileProblem(say("{what:capital} « {file} » n’est pas du JSON valide.",
                              what=what, file=path.name)) from None
    try:
        lengths = doc.obj("lengths", required=True)
        chapters = doc.obj("chapters", required=True)
        return Guidance(
            long_production_words=lengths.integer("long_production_words", required=True, minimum=1),  # type: ignore[arg-type]
            chapters={kind: _chapter(chapters.obj(kind.value, required=True)) for kind in ChapterKind},
        )
    except InvalidData as error:
        raise error.located(path) from None


def _chapter(doc: Reader) -> ChapterGuidance:
    return ChapterGuidance(
        purpose=doc.string("purpose", required=True),
        min_words=doc.integer("min_words", required=True, minimum=0),  # type: ignore[arg-type]
        relances=tuple(doc.strings("relances")),
        starters=tuple(doc.strings("starters")),
        example=doc.string("example"),
    )
