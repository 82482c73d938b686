"""References to annexes in the text: « (voir annexe 2) », « voir l’annexe 2 », « annexe n° 2 »,
« annexes 2 et 3 », « annexes 1, 2 ou 4 ».

The pattern is the word « annexe » (any case) followed by its number: singular, one
number; plural, a list joined by commas, « et » or « ou ». Numbers run from 1 to 99 without
a leading zero, so that « annexe 2024 » or « annexe 01 » is never read as one. Only the
numbers are ever rewritten: the words around them stay as the candidate wrote them. A
reference to an annex that was removed becomes « annexe ? » (``REMOVED``): left as written,
its number would silently cite the annex that took the removed one's place.

Findings are facts (``MissingAnnex``, ``UnreferencedAnnex``) for the readiness check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .model import ChapterKind, Dossier

_SPACE = r"[\s\u00a0\u202f]"
_NUMBER = r"(?:n[°o]" + _SPACE + r"*)?[1-9]\d?(?!\d)"
_NUMBER = r"(?:" + _NUMBER + r"|\?)"  # « ? »: an annex since removed
_SINGLE = re.compile(r"\bannexe" + _SPACE + r"+" + _NUMBER, re.IGNORECASE)
_PLURAL = re.compile(
    r"\bannexes" + _SPACE + r"+" + _NUMBER
    + r"(?:(?:" + _SPACE + r"*," + _SPACE + r"*|" + _SPACE + r"+(?:et|ou)" + _SPACE + r"+)"
    + _NUMBER + r")*",
    re.IGNORECASE)
_ONE = re.compile(r"[1-9]\d?(?!\d)|\?")
REMOVED = 0
"""The number of a reference to an annex that was removed, written « ? »."""


@dataclass(frozen=True)
class Reference:
    """One annex number cited in a text, and where its digits are."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class MissingAnnex:
    """The text cites an annex number that no annex has."""

    production: int | None
    """The 1-based production whose chapter cites it; None for the professional project."""
    chapter: ChapterKind | None
    number: int
    """``REMOVED`` for « annexe ? », a reference to an annex since removed."""


@dataclass(frozen=True)
class UnreferencedAnnex:
    """No text refers to this annex (its 1-based number)."""

    number: int


AnnexProblem = MissingAnnex | UnreferencedAnnex


def references(text: str) -> list[Reference]:
    """Every annex number ``text`` cites, in order."""
    found = [*_matches(_SINGLE, text), *_matches(_PLURAL, text)]
    return sorted(found, key=lambda reference: reference.start)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[Reference]:
    for match in pattern.finditer(text):
        # the words before the first digit hold none (« annexe », « n° »): digits are numbers
        for number in _ONE.finditer(match.group()):
            digits = number.group()
            yield Reference(REMOVED if digits == "?" else int(digits), match.start() + number.start(),
                            match.start() + number.end())


def renumbered_text(text: str, mapping: Mapping[int, int]) -> str:
    """``text`` with each cited number ``n`` that ``mapping`` holds rewritten as
    ``mapping[n]``; any other text, and numbers it does not hold, left as written."""
    pieces: list[str] = []
    last = 0
    for reference in references(text):
        new = mapping.get(reference.number)
        if new is None:
            continue
        pieces += [text[last:reference.start], str(new) if new != REMOVED else "?"]
        last = reference.end
    return "".join(pieces) + text[last:]


def mapping_for(order: list[int]) -> dict[int, int]:
    """From ``order`` (the old 1-based numbers in their new order; a number left out is an
    annex removed) to {old number: new number}."""
    return {old: new for new, old in enumerate(order, start=1)}


def _texts(dossier: Dossier) -> Iterator[tuple[int | None, ChapterKind | None, str]]:
    yield None, None, dossier.project
    for number, production in enumerate(dossier.productions, start=1):
        for kind, chapter in production.chapters.items():
            yield number, kind, chapter.text


def renumber(dossier: Dossier, order: list[int]) -> None:
    """Put ``dossier``'s annexes in ``order`` (old 1-based numbers; an annex left out is
    removed) and make its chapters and project cite them by their new numbers. A reference
    to a removed annex becomes « annexe ? », which the readiness check flags."""
    mapping = {n: REMOVED for n in range(1, len(dossier.annexes) + 1)} | mapping_for(order)
    dossier.annexes = [dossier.annexes[old - 1] for old in order]
    dossier.project = renumbered_text(dossier.project, mapping)
    for production in dossier.productions:
        for chapter in production.chapters.values():
            chapter.text = renumbered_text(chapter.text, mapping)


def problems(dossier: Dossier) -> list[AnnexProblem]:
    """Each annex number cited where no annex has it (once per chapter), then each annex no
    text cites."""
    count = len(dossier.annexes)
    missing: list[AnnexProblem] = []
    cited: set[int] = set()
    for production, chapter, text in _texts(dossier):
        numbers = dict.fromkeys(reference.number for reference in references(text))
        cited.update(numbers)
        missing += [MissingAnnex(production, chapter, n) for n in numbers
                    if n > count or n == REMOVED]
    return missing + [UnreferencedAnnex(n) for n in range(1, count + 1) if n not in cited]
