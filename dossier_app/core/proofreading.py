"""What proofreading finds, wherever it comes from: the grammar checker, the speller, or
the writing advice (``core.writing_advice``).

A finding is placed in a chapter's paragraph: ``paragraph`` is the index of the block in
``core.markdown.parse(chapter.text)``, ``start`` and ``end`` are offsets in that block's
``text`` (bold and italic runs joined, a hard line break as ``"\\n"``): what the editor
shows, so a finding is found again at its place in the editor and in the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from .model import ChapterKind


class Kind(str, Enum):
    GRAMMAR = "grammar"
    SPELLING = "spelling"
    TYPOGRAPHY = "typography"
    STYLE = "style"
    ADVICE = "advice"


@dataclass(frozen=True)
class Mark:
    """A finding within one paragraph's text, before it is placed in the dossier."""

    start: int
    end: int
    kind: Kind
    rule: str
    message: str
    """French: Grammalecte's own, or the advice's from its data file."""
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    production: int
    """The production's number, from 1."""
    chapter: ChapterKind
    paragraph: int
    mark: Mark
    text: str
    """The paragraph's text between ``start`` and ``end``."""

    @property
    def start(self) -> int:
        return self.mark.start

    @property
    def end(self) -> int:
        return self.mark.end

    @property
    def kind(self) -> Kind:
        return self.mark.kind

    @property
    def rule(self) -> str:
        return self.mark.rule


def placed(production: int, chapter: ChapterKind, paragraph: int, text: str,
           mark: Mark) -> Finding:
    return Finding(production, chapter, paragraph, mark, text[mark.start:mark.end])


class ParagraphChecker(Protocol):
    """What gives a paragraph's grammar marks: ``core.grammar.GrammarChecker``, or the
    window's cache of them."""

    def check(self, text: str) -> list[Mark]: ...
