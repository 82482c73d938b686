"""Writing guidance per chapter (relances, sentence starters, example) and length marks.

The generic guidance of each chapter is shown to every candidate; ``by_ccpt`` in the file
adds, for one CCPT, an example written for its target trade and questions that trade
asks. A file without ``by_ccpt`` (written before it existed) still loads: every CCPT then
gets the generic example.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FileProblem, InvalidData
from .files import read_text
from .jsonread import Reader, printable
from .model import ChapterKind
from .reading_budget import ReadingFigures
from .resources import guidance_path
from .sentence import say
from .typography import french_strings


@dataclass(frozen=True)
class CcptChapterGuidance:
    """What one CCPT adds to a chapter's guidance."""

    example: str = ""
    """Empty: the generic example is shown."""
    relances: tuple[str, ...] = ()
    """Shown after the generic relances."""


@dataclass(frozen=True)
class ChapterGuidance:
    purpose: str
    min_words: int
    """Below this a chapter is flagged as short."""
    relances: tuple[str, ...]
    starters: tuple[str, ...]
    example: str
    example_ccpt: str = ""
    """The id of the CCPT the example was written for; empty for the generic example."""
    by_ccpt: dict[str, CcptChapterGuidance] = field(default_factory=dict, repr=False)
    """What each CCPT adds, by CCPT id; empty once ``for_ccpt`` has applied it."""

    def for_ccpt(self, ccpt_id: str | None) -> ChapterGuidance:
        """This guidance with the CCPT's example (the generic one when it has none) and
        its relances appended; applying it twice changes nothing more."""
        extra = self.by_ccpt.get(ccpt_id) if ccpt_id else None
        if ccpt_id is None or extra is None:
            return self
        return dataclasses.replace(
            self, relances=self.relances + extra.relances,
            example=extra.example or self.example,
            example_ccpt=ccpt_id if extra.example else self.example_ccpt,
            by_ccpt={})


@dataclass(frozen=True)
class Guidance:
    reading: ReadingFigures
    """The jury's reading hour and what it allows each production."""
    chapters: dict[ChapterKind, ChapterGuidance]
    """The generic guidance, each chapter carrying what the CCPTs add to it."""

    def chapter_for(self, kind: ChapterKind, ccpt_id: str | None) -> ChapterGuidance:
        """The guidance of ``kind`` for a dossier of the CCPT ``ccpt_id`` (None: generic)."""
        return self.chapters[kind].for_ccpt(ccpt_id)


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
        by_ccpt = _by_ccpt(doc.obj("by_ccpt"))
        return Guidance(
            reading=_reading(lengths),
            chapters={kind: _chapter(chapters.obj(kind.value, required=True),
                                     {ccpt_id: added[kind] for ccpt_id, added in by_ccpt.items()
                                      if kind in added})
                      for kind in ChapterKind},
        )
    except InvalidData as error:
        raise error.located(path) from None


_FIGURES = ("jury_minutes", "questions_share", "words_per_minute", "words_per_page",
            "production_extra_pages", "productions")


def _reading(doc: Reader) -> ReadingFigures:
    """The length figures, each ``{"value": …, "source": "…"}`` or with ``"assumption"``
    instead of a source: a figure nobody can trace is refused, and so is a misspelt one
    (the bundled figure would silently stay)."""
    doc.string("note")
    productions = doc.obj("productions", required=True)
    _traced(productions)
    figures = ReadingFigures(
        jury_minutes=_figure(doc, "jury_minutes", 1, 24 * 60),
        questions_share=_figure(doc, "questions_share", 0, 0.9),
        words_per_minute=_figure(doc, "words_per_minute", 10, 2000),
        words_per_page=_figure(doc, "words_per_page", 50, 5000),
        production_extra_pages=_figure(doc, "production_extra_pages", 0, 10),
        productions=productions.integer("value", required=True, minimum=1, maximum=10))  # type: ignore[arg-type]
    unknown = doc.unknown_keys()
    if unknown:
        raise InvalidData(printable(unknown[0], 80), say(
            "n’est pas attendu : les longueurs se règlent par {figures}, chacun avec « value » "
            "et « source » ou « assumption »", figures=", ".join(_FIGURES)))
    return figures


def _figure(doc: Reader, key: str, minimum: float, maximum: float) -> float:
    figure = doc.obj(key, required=True)
    _traced(figure)
    return figure.number("value", required=True, minimum=minimum, maximum=maximum)  # type: ignore[return-value]


def _traced(figure: Reader) -> None:
    """The figure says where it comes from (``source``) or that it is ours (``assumption``)."""
    source, assumption = figure.string("source"), figure.string("assumption")
    if not (source.strip() or assumption.strip()):
        raise InvalidData(f"{figure.path}.source", say(
            "manque : chaque chiffre donne sa source, ou « assumption » s’il est une hypothèse"))


def _chapter(doc: Reader, by_ccpt: dict[str, CcptChapterGuidance]) -> ChapterGuidance:
    return ChapterGuidance(
        purpose=doc.string("purpose", required=True),
        min_words=doc.integer("min_words", required=True, minimum=0),  # type: ignore[arg-type]
        relances=tuple(doc.strings("relances")),
        starters=tuple(doc.strings("starters")),
        example=doc.string("example"),
        by_ccpt=by_ccpt,
    )


def _by_ccpt(doc: Reader) -> dict[str, dict[ChapterKind, CcptChapterGuidance]]:
    """``{ccpt_id: {chapter: {"example": …, "relances": […]}}}``; a chapter may be left out."""
    found: dict[str, dict[ChapterKind, CcptChapterGuidance]] = {}
    for ccpt_id in doc.value:
        ccpt = doc.obj(ccpt_id)
        found[ccpt_id] = {kind: CcptChapterGuidance(example=chapter.string("example"),
                                                    relances=tuple(chapter.strings("relances")))
                          for kind in ChapterKind
                          if (chapter := ccpt.optional_obj(kind.value)) is not None}
        unknown = ccpt.unknown_keys()
        if unknown:  # a misspelt key would silently show the generic text
            raise InvalidData(printable(unknown[0], 80), say(
                "n’est pas attendu : un CCPT y donne les chapitres {chapters}, chacun avec "
                "« example » et « relances »", chapters=", ".join(k.value for k in ChapterKind)))
    return found
