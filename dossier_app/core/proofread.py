"""Proofreading a whole dossier: grammar (Grammalecte, when installed), spelling (the app's
speller) and the writing advice, as findings placed in the chapters' paragraphs.

Used by ``dossier-app proofread`` and by the window's *Relecture* panel, so both find the
same things at the same places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .markdown import parse
from .model import ChapterKind, Dossier
from .proof_ignores import ProofIgnores
from .proofreading import Finding, Kind, Mark, ParagraphChecker, placed
from .spelling import FrenchSpeller, checkable_words
from .writing_advice import AdviceRules, advise


@dataclass(frozen=True)
class Paragraph:
    production: int
    chapter: ChapterKind
    index: int
    text: str


def paragraphs(dossier: Dossier) -> Iterator[Paragraph]:
    """Every paragraph and list item of every chapter, in reading order."""
    for number, production in enumerate(dossier.productions, start=1):
        for kind in ChapterKind:
            for index, block in enumerate(parse(production.chapters[kind].text)):
                if block.text.strip():
                    yield Paragraph(number, kind, index, block.text)


def known_names(dossier: Dossier) -> list[str]:
    """The dossier's own names, right by definition: the candidate's, the employer's, the
    people and places its pseudonyms list."""
    candidate = dossier.candidate
    return [candidate.first_name, candidate.last_name, candidate.birth_name, candidate.employer,
            *(p.real for p in dossier.pseudonyms), *(p.alias for p in dossier.pseudonyms)]


SPELLING_RULE = "spelling"
"""The rule of every spelling finding (the speller has no rules of its own)."""


def spelling_marks(speller: FrenchSpeller, text: str) -> list[Mark]:
    marks = []
    for match in checkable_words(text):
        word = match.group()
        if not speller.is_correct(word):
            marks.append(Mark(match.start(), match.end(), Kind.SPELLING, SPELLING_RULE,
                              f"« {word} » n’est pas dans le dictionnaire.",
                              tuple(speller.suggest(word))))
    return marks


def proofread(dossier: Dossier, *, grammar: ParagraphChecker | None, speller: FrenchSpeller | None,
              advice: AdviceRules | None, ignores: ProofIgnores | None = None,
              progress: Callable[[int, int], None] | None = None) -> list[Finding]:
    """Everything found that the user did not ask to ignore, in reading order (paragraph by
    paragraph, then by offset). ``progress(done, total)`` is told after each paragraph."""
    if speller is not None:
        speller.ignore_words(known_names(dossier))
    found: list[Finding] = []
    every = list(paragraphs(dossier))
    for done, paragraph in enumerate(every, start=1):
        marks = list(grammar.check(paragraph.text)) if grammar is not None else []
        if speller is not None:
            marks += spelling_marks(speller, paragraph.text)
        found += (placed(paragraph.production, paragraph.chapter, paragraph.index, paragraph.text, m)
                  for m in marks)
        if progress is not None:
            progress(done, len(every))
    if advice is not None:
        found += advise(dossier, advice)
    if ignores is not None:
        texts = {(p.production, p.chapter, p.index): p.text for p in every}
        found = [f for f in found
                 if not ignores.ignores(f.mark, texts.get((f.production, f.chapter, f.paragraph), ""))]
    order = {kind: n for n, kind in enumerate(ChapterKind)}
    return sorted(found, key=lambda f: (f.production, order[f.chapter], f.paragraph, f.start,
                                        f.end, f.kind.value))
