"""The names the dossier's text shows without a pseudonym: what a pseudonymised export would
still let a reader recognise (a colleague, a manager, a member; the union, which reveals a
membership).

A word is taken for a name when it follows a civility (« M. », « Mme », « Monsieur »…),
when it is a first name of the list the app ships (``resources/names/prenoms.txt``), or
when it is a capitalised word the French dictionary does not know. A capital at a
sentence's start proves nothing: such a word counts there only if it is also found
capitalised in the middle of a sentence. Adjacent capitalised words make one name
(« Karim Benali »), and a name met alone elsewhere (« Karim ») is counted with it.

The annexes' attached documents are listed apart (``attached_files``): a pseudonym cannot
be applied to them, and they are exported as they are.

Names are compared folded (without accents, whatever the case): a name all of whose words
belong to a pseudonym (its real name or a short form) is covered. The candidate's own name
is not reported (the export handles it), nor the union's name when the cover shows it; when
it does not, the union named in the text is a finding of its own.
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Protocol

from .model import ChapterKind, Dossier, NameKind, Pseudonym
from .pseudonyms import guess_kind
from .resources import resources_dir
from .spelling import WORD


class Lexicon(Protocol):
    """What the finder asks of a dictionary (``core.spelling.FrenchSpeller``)."""

    def is_correct(self, word: str) -> bool: ...


class Part(str, Enum):
    """The parts of the dossier searched, in the order of its outline."""

    MANDATES = "mandates"
    PROJECT = "project"
    PRODUCTION = "production"
    PATH = "path"
    POSITIONING = "positioning"
    ANNEXES = "annexes"
    COMMENTS = "comments"


@dataclass(frozen=True)
class Spot:
    """Where a name is found: a part, and for a production its number and chapter (none
    for its title)."""

    part: Part
    production: int | None = None
    chapter: ChapterKind | None = None


@dataclass(frozen=True)
class Finding:
    name: str
    """As first written in the text (the longest form, when it is also met shortened)."""
    count: int
    where: Spot
    """Where it is met first."""
    kind: NameKind
    union: bool = False
    """The candidate's union, named in the text while the cover does not show it."""


def unlisted_names(dossier: Dossier, speller: Lexicon | None) -> list[Finding]:
    """The names of the dossier's text that have no pseudonym: the union first, then the
    most frequent first. Without a speller (still loading) only civilities and first
    names are looked for."""
    texts = list(_texts(dossier))
    tokens = [list(_capitalised(text)) for _spot, text in texts]
    mid_sentence = {t.folded for found in tokens for t in found if not t.at_start and not t.caps}
    candidate = dossier.candidate
    own = _words(candidate.first_name, candidate.last_name, candidate.birth_name)
    union = fold(candidate.union)
    covers = _Covers(dossier.pseudonyms)
    skipped = [own] + ([set(union.split())] if union else [])
    # Right by definition, as the spell checker counts them (never unknown words).
    known = _words(candidate.employer) | own | covers.words
    starts = _Starts(speller, mid_sentence, known)
    tally: dict[str, _Tally] = {}
    for order, ((spot, text), found) in enumerate(zip(texts, tokens, strict=True)):
        for group, person in _groups(found, starts):
            name = " ".join(text[group[0].start:group[-1].end].split())
            words = frozenset(t.folded for t in group)
            if any(words <= skip for skip in skipped) or covers.cover(words):
                continue
            key = " ".join(t.folded for t in group)
            entry = tally.get(key)
            if entry is None:
                tally[key] = _Tally(name, words, spot, order, person)
            else:
                entry.count += 1
                entry.person = entry.person or person
    findings = [Finding(entry.name, entry.count, entry.where,
                        NameKind.PERSON if entry.person else guess_kind(entry.name))
                for entry in _merged(tally.values())]
    mention = _union_mention(dossier, texts, covers) if not candidate.show_union else None
    return ([mention] if mention else []) + findings


@dataclass(frozen=True)
class AttachedFile:
    """A document joined to an annex: no pseudonym can reach inside it, so an export that
    replaces the real names carries it (and its name) as it was attached."""

    annex: int
    """The annex's 1-based number."""
    title: str
    name: str
    """The file's name as attached."""


def attached_files(dossier: Dossier) -> list[AttachedFile]:
    """The annexes' attached documents, in the annexes' order."""
    return [AttachedFile(number, annex.title, annex.file.name)
            for number, annex in enumerate(dossier.annexes, start=1) if annex.file is not None]


def fold(text: str) -> str:
    """``text`` compared as names are: without accents, case or apostrophe's form, and
    with single spaces."""
    bare = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    return " ".join(bare.replace("’", "'").casefold().split())


def proposed_alias(name: str, kind: NameKind, taken: Iterable[str]) -> str:
    """An alias for ``name`` that no pseudonym has yet: a person's initials (« K. B. »,
    « J.-P. M. », then « K. Be. », « K. Ben. »… if taken), « l’entreprise A » (then B, C…)
    for an organisation, « le lieu A » for a place."""
    used = {fold(alias) for alias in taken}
    return next(alias for alias in _aliases(name, kind) if fold(alias) not in used)


UNION_ALIAS = "le syndicat"
"""What the union becomes in a pseudonymised export."""


def _aliases(name: str, kind: NameKind) -> Iterator[str]:
    parts = name.split()
    if kind is NameKind.PERSON and parts:
        head = " ".join("-".join(piece[:1] + "." for piece in part.split("-") if piece)
                        for part in parts[:-1])
        last = parts[-1]
        shortened = [" ".join(filter(None, (head, last[:length] + ".")))
                     for length in range(1, len(last) + 1)]
        yield from shortened
        yield from (f"{shortened[0]} ({number})" for number in itertools.count(2))
    lead = "le lieu" if kind is NameKind.PLACE else "l’entreprise"
    yield from (f"{lead} {letter}" for letter in string.ascii_uppercase)
    yield from (f"{lead} {number}" for number in itertools.count(27))


# --- the texts ---------------------------------------------------------------------------

def _texts(dossier: Dossier) -> Iterator[tuple[Spot, str]]:
    """Every text the candidate (or the advisor) wrote, in the outline's order."""
    mandates = Spot(Part.MANDATES)
    for mandate in dossier.mandates:
        yield from ((mandates, text) for text in
                    (mandate.title, mandate.organisation, mandate.description))
    yield Spot(Part.PROJECT), dossier.project
    for number, production in enumerate(dossier.productions, start=1):
        yield Spot(Part.PRODUCTION, number), production.title
        for kind, chapter in production.chapters.items():
            yield Spot(Part.PRODUCTION, number, kind), chapter.text
    path = Spot(Part.PATH)
    for step in dossier.steps:
        yield from ((path, text) for text in (step.title, step.aim, step.summary))
        yield from ((path, action.text) for action in step.actions)
    grid = Spot(Part.POSITIONING)
    for row in dossier.positioning:
        yield from ((grid, text) for text in (row.start.evidence, row.end.evidence))
        for gap in row.gaps:
            yield from ((grid, text) for text in (gap.description, gap.action))
    annexes = Spot(Part.ANNEXES)
    for annex in dossier.annexes:
        yield from ((annexes, text) for text in (annex.title, annex.description))
    comments = Spot(Part.COMMENTS)
    for comment in dossier.comments:
        yield from ((comments, text) for text in (comment.author, comment.body))
        for reply in comment.replies:
            yield from ((comments, text) for text in (reply.author, reply.body))


# --- the capitalised words -----------------------------------------------------------------

_COMBINING = re.compile("[\u0300-\u036f]")
_SENTENCE_END = re.compile(r"[.!?…\n]")
_ONE_SPACE = re.compile(r"[ \u00a0\u202f]+")
_AFTER_CIVILITY = re.compile(r"\.?[ \u00a0\u202f]+")
_ELIDED = re.compile(r"(?:[dDlLjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]")
_CIVILITIES = {"M", "Mme", "Mlle", "Monsieur", "Madame", "Mademoiselle",
               "monsieur", "madame", "mademoiselle"}
"""« M » only with its period (« M. Benali »), which does not end a sentence."""


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    folded: str
    at_start: bool
    """At a sentence's start, where any word has a capital."""
    joined: bool
    """Right after the capitalised word before it, a space between them: one name."""
    civil: bool
    """Right after a civility (« M. Benali »)."""
    caps: bool
    """In capitals: an acronym (« CSE »), or a surname so written after a first name."""
    civility: bool
    """« M. », « Mme », « Monsieur »…: the name that follows is a person's."""


def _capitalised(text: str) -> Iterator[_Token]:
    """The capitalised words of ``text`` (an elision taken off: « d’Olivier »), and the
    civilities (« M. » among them)."""
    previous_end, previous_capital, previous_civility = 0, False, False
    first = True
    for match in WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if not word[0].isupper() and ("’" in word or "'" in word):
            elided = _ELIDED.match(word)
            if elided is not None and word[elided.end():elided.end() + 1].isupper():
                word, start = word[elided.end():], start + elided.end()
        civility = word in _CIVILITIES and (word != "M" or text.startswith(".", end))
        if civility or (word[0].isupper() and len(word) > 1):
            gap = text[previous_end:start]
            civil = previous_civility and _AFTER_CIVILITY.fullmatch(gap) is not None
            at_start = first or (not civil and _SENTENCE_END.search(gap) is not None)
            joined = previous_capital and _ONE_SPACE.fullmatch(gap) is not None
            yield _Token(start, end, word, fold(word), at_start, joined, civil,
                         word.isupper(), civility)
            previous_capital, previous_civility = not civility, civility
        else:
            previous_capital = previous_civility = False
        previous_end, first = end, False


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The shipped list of first names, folded."""
    path = resources_dir() / "names" / "prenoms.txt"
    return frozenset(fold(line) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _is_first_name(token: _Token) -> bool:
    names = first_names()
    return not token.caps and (token.folded in names or token.folded.split("-")[0] in names)


class _Starts:
    """Which capitalised words start a name; the dictionary is asked once a word."""

    def __init__(self, speller: Lexicon | None, mid_sentence: set[str], known: set[str]) -> None:
        self.speller = speller
        self.mid_sentence = mid_sentence
        self.known = known
        self._answers: dict[str, bool] = {}

    def person(self, token: _Token, followed: bool) -> bool:
        """A civility's name, or a first name: at a sentence's start, one that is also a
        common word (« Claire », « Pierre ») needs a surname after it or a capital
        elsewhere."""
        if token.civil:
            return True
        if not _is_first_name(token):
            return False
        if not token.at_start or followed or token.folded in self.mid_sentence:
            return True
        return not self._knows(token.word.lower())

    def unknown(self, token: _Token) -> bool:
        if token.caps or self.speller is None or token.folded in self.known:
            return False
        if token.at_start and token.folded not in self.mid_sentence:
            return False
        return not self._knows(token.word)

    def _knows(self, word: str) -> bool:
        if self.speller is None:
            return False
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = self.speller.is_correct(word)
        return answer


def _groups(tokens: list[_Token], starts: _Starts) -> Iterator[tuple[list[_Token], bool]]:
    """The names among ``tokens``: each run of adjacent capitalised words from its first
    name-like word on, and whether a civility or first name began it. Capitals join only
    a person's name (« Karim BENALI »), not an acronym after a name."""
    index = 0
    while index < len(tokens):
        run_end = index + 1
        while run_end < len(tokens) and tokens[run_end].joined:
            run_end += 1
        position = index
        while position < run_end:
            token = tokens[position]
            followed = position + 1 < run_end
            person = not token.civility and starts.person(token, followed)
            if token.civility or not (person or starts.unknown(token)):
                position += 1
                continue
            group = [token]
            position += 1
            while position < run_end and (person or not tokens[position].caps):
                group.append(tokens[position])
                position += 1
            yield group, person
        index = run_end


def _words(*texts: str) -> set[str]:
    return {word for text in texts for word in fold(text).split()}


class _Covers:
    """The names the pseudonyms replace, as ``core.pseudonyms`` finds them: a person by
    any of the words of the real name (« Karim », « M. Benali »), an organisation or a
    place by its whole name or one of its short forms."""

    def __init__(self, pseudonyms: list[Pseudonym]) -> None:
        self.names = [(frozenset(words), p.kind is NameKind.PERSON) for p in pseudonyms
                      for text in (p.real, *p.short_forms) if (words := _words(text))]
        self.words: set[str] = set().union(*(words for words, _person in self.names))

    def cover(self, words: frozenset[str] | set[str]) -> bool:
        return any(words <= name if person else words == name for name, person in self.names)


# --- counting ------------------------------------------------------------------------------

@dataclass
class _Tally:
    name: str
    words: frozenset[str]
    where: Spot
    order: int
    person: bool
    count: int = 1


def _merged(entries: Iterable[_Tally]) -> list[_Tally]:
    """A name met shortened (« Karim ») is counted with the longer one holding all its
    words (« Karim Benali »), the most frequent when several do."""
    longest_first = sorted(entries, key=lambda e: -len(e.words))
    by_word: dict[str, list[_Tally]] = {}
    kept: list[_Tally] = []
    for entry in longest_first:
        word = next(iter(entry.words))
        holders = [other for other in by_word.get(word, ())
                   if entry.words < other.words]
        if holders:
            holder = max(holders, key=lambda other: other.count)
            holder.count += entry.count
            holder.person = holder.person or entry.person
            if entry.order < holder.order:
                holder.order, holder.where = entry.order, entry.where
            continue
        kept.append(entry)
        for each in entry.words:
            by_word.setdefault(each, []).append(entry)
    return sorted(kept, key=lambda e: (-e.count, e.order))


def _union_mention(dossier: Dossier, texts: list[tuple[Spot, str]],
                   covers: _Covers) -> Finding | None:
    """The union named in the text while the candidate chose not to show it."""
    union = fold(dossier.candidate.union)
    if not union or covers.cover(set(union.split())):
        return None
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, union.split())) + r"(?!\w)")
    count, first = 0, None
    for spot, text in texts:
        found = len(pattern.findall(fold(text))) if text else 0
        if found and first is None:
            first = spot
        count += found
    if first is None:
        return None
    return Finding(" ".join(dossier.candidate.union.split()), count, first,
                   NameKind.ORGANISATION, union=True)
