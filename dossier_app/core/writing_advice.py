"""The writing advice advisors repeat in every workshop, as rules run on the dossier.

The rules, their messages and their settings are a data file
(``resources/advice/advice.json``), which an advisor organisation may replace with its own
(installed under the user's data folder), as for the oral. Each rule is a heuristic in
pure Python (no grammar checker, no speller), fast enough to run on every change, and
never raises on any text. Its advice is a suggestion that builds on what is written,
never a count of faults (``../shared/domain.md``, Language).

Findings are placed as ``core.proofreading`` places them: production number, chapter,
block of ``core.markdown.parse`` and offsets in that block's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from .errors import DossierError, InvalidData
from .jsonread import Reader, load_json_file, printable
from .markdown import parse
from .model import ChapterKind, Dossier
from .paths import AppPaths
from .proofreading import Finding, Kind, Mark, placed
from .resources import resources_dir
from .sentence import say
from .typography import french_strings

FORMAT = "dossier-ccpt-advice"
VERSION = 1

FIRST_PERSON = "first-person"
ACRONYM = "acronym"
LONG_SENTENCE = "long-sentence"
REPEATED_WORD = "repeated-word"
NO_DATE_OR_FIGURE = "no-date-or-figure"
PASSIVE_VOICE = "passive-voice"
RULE_IDS = (FIRST_PERSON, ACRONYM, LONG_SENTENCE, REPEATED_WORD, NO_DATE_OR_FIGURE, PASSIVE_VOICE)
"""The rules' ids: part of the command line's contract, and of the data file's."""

LONG_WORD_LETTERS = 7
MAX_MESSAGE_CHARS = 1_000
MAX_WORD_LIST = 5_000


@dataclass(frozen=True)
class AdviceRule:
    id: str
    enabled: bool
    message_fr: str
    message_en: str
    """Empty when the file gives no English: the French is shown instead."""


@dataclass(frozen=True)
class AdviceRules:
    rules: tuple[AdviceRule, ...]
    """One per id of ``RULE_IDS``, in that order."""
    acronyms: tuple[tuple[str, str], ...]
    """Each acronym and its expansion, as written inside a sentence (« comité social et
    économique »)."""
    source: str = ""
    long_sentence_words: int = 35
    """Longer sentences are advised to be cut. French plain-language guides put the
    comfortable length around 20 to 25 words and call sentences over 35 hard to follow on
    paper: 35 flags those alone, not every long-ish sentence of a careful writer."""
    repeated_word_min_letters: int = 5
    """Shorter words repeat by nature (articles, pronouns, « fait », « dit »)."""
    repeated_word_window: int = 15
    """A word back within this many words is heard as a repetition; further on, as the
    thread of the text. On the example dossier, a word back in the same or the next
    sentence at any distance gave 14 findings; within 15 words, 6."""
    stop_words: frozenset[str] = frozenset()
    """Folded (``fold``): words that may come back without a repetition to point out."""
    situation_min_words: int = 80
    """A shorter situation is a draft still growing: no advice to anchor it yet."""
    number_words: frozenset[str] = frozenset()
    """Folded: figures written in letters (« trois salariés »), which count as figures, French
    writing small numbers in letters."""
    passive_share: float = 0.5
    passive_min_sentences: int = 4
    """Chapters with fewer sentences are too short to call « mostly passive »."""
    active_participles: frozenset[str] = frozenset()
    """Folded masculine singular participles of the verbs conjugated with « être » in the
    active voice (« elle est allée »): never taken for a passive."""

    @cached_property
    def expansions(self) -> dict[str, str]:
        return dict(self.acronyms)

    def rule(self, rule: str) -> AdviceRule:
        """The rule by its id (``KeyError`` for an id not in ``RULE_IDS``)."""
        for candidate in self.rules:
            if candidate.id == rule:
                return candidate
        raise KeyError(rule)

    def enabled(self, rule: str) -> bool:
        return self.rule(rule).enabled

    def message(self, rule: str, language: str = "fr") -> str:
        """The rule's advice in ``language`` (``"fr"`` or ``"en"``), French when the file has
        no English."""
        found = self.rule(rule)
        return found.message_en if language == "en" and found.message_en else found.message_fr


# --- the data file ---------------------------------------------------------------------


def bundled_advice_path() -> Path:
    return resources_dir() / "advice" / "advice.json"


def installed_advice_path(paths: AppPaths) -> Path:
    return paths.data / "advice" / "advice.json"


def load_advice(path: Path) -> AdviceRules:
    data = load_json_file(path, say("le fichier de conseils d’écriture"))
    try:
        return advice_from_json(data)
    except InvalidData as error:
        raise error.located(path) from None


def advice_from_json(data: object) -> AdviceRules:
    doc = Reader(french_strings(data))
    doc.header(FORMAT, "version", VERSION, say("un fichier de conseils d’écriture"))
    read = doc.items("rules", lambda item: (_rule(item), item), limit=len(RULE_IDS) * 2)
    items = {rule.id: item for rule, item in read}
    if len(items) != len(read):
        raise InvalidData("rules", say("reprend deux fois la même règle"))
    missing = [rule for rule in RULE_IDS if rule not in items]
    if missing:
        raise InvalidData("rules", say("ne contient pas la règle « {rule} »", rule=missing[0]))
    long_sentence, repeated = items[LONG_SENTENCE], items[REPEATED_WORD]
    situation, passive = items[NO_DATE_OR_FIGURE], items[PASSIVE_VOICE]
    return AdviceRules(
        rules=tuple(sorted((rule for rule, _ in read), key=lambda r: RULE_IDS.index(r.id))),
        acronyms=_acronyms(doc),
        source=doc.string("source"),
        long_sentence_words=_integer(long_sentence, "long_sentence_words", 35, 5, 1_000),
        repeated_word_min_letters=_integer(repeated, "repeated_word_min_letters", 5, 2, 50),
        repeated_word_window=_integer(repeated, "repeated_word_window", 15, 3, 200),
        stop_words=_folded(repeated, "stop_words"),
        situation_min_words=_integer(situation, "situation_min_words", 80, 0, 100_000),
        number_words=_folded(situation, "number_words"),
        passive_share=passive.number("passive_share", default=0.5, minimum=0.01,
                                     maximum=1),  # type: ignore[arg-type]
        passive_min_sentences=_integer(passive, "passive_min_sentences", 4, 1, 1_000),
        active_participles=_folded(passive, "active_participles"),
    )


def _rule(item: Reader) -> AdviceRule:
    rule = item.string("id", required=True, max_length=100)
    if rule not in RULE_IDS:
        raise InvalidData(f"{item.path}.id", say("vaut « {value} » au lieu de l’une des règles {allowed}",
                                                 value=printable(rule), allowed=", ".join(RULE_IDS)))
    message = item.obj("message", required=True)
    french = message.string("fr", required=True, max_length=MAX_MESSAGE_CHARS).strip()
    if not french:
        raise InvalidData(f"{message.path}.fr", say("doit donner le conseil en français"))
    return AdviceRule(rule, item.boolean("enabled", default=True), french,
                      message.string("en", max_length=MAX_MESSAGE_CHARS).strip())


def _integer(item: Reader, key: str, default: int, minimum: int, maximum: int) -> int:
    value = item.integer(key, default=default, minimum=minimum, maximum=maximum)
    return default if value is None else value


def _folded(item: Reader, key: str) -> frozenset[str]:
    return frozenset(fold(word) for word in item.strings(key, limit=MAX_WORD_LIST, max_length=100))


def _acronyms(doc: Reader) -> tuple[tuple[str, str], ...]:
    pairs = doc.items("acronyms", _acronym)
    if len(dict(pairs)) != len(pairs):
        raise InvalidData("acronyms", say("reprend deux fois le même sigle"))
    return tuple(pairs)


def _acronym(item: Reader) -> tuple[str, str]:
    acronym = item.string("acronym", required=True, max_length=30)
    expansion = " ".join(item.string("expansion", required=True, max_length=300).split())
    if not _TOKEN.fullmatch(acronym) or acronym != acronym.upper() or acronym == acronym.lower():
        raise InvalidData(f"{item.path}.acronym", say("doit être un sigle en capitales, comme « CSE »"))
    if not expansion:
        raise InvalidData(f"{item.path}.expansion", say("doit donner le sigle en toutes lettres"))
    return acronym, expansion


@cache
def bundled_advice() -> AdviceRules:
    return load_advice(bundled_advice_path())


def advice_in_use(paths: AppPaths) -> tuple[AdviceRules, DossierError | None]:
    """The advisor organisation's installed advice when valid, else the bundled one, and
    why an installed file was set aside (a damaged file must not stop the app)."""
    installed = installed_advice_path(paths)
    if installed.exists():
        try:
            return load_advice(installed), None
        except DossierError as error:
            return bundled_advice(), error
    return bundled_advice(), None


# --- words and sentences ---------------------------------------------------------------

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Combining marks: a word typed in NFD (« e » then its accent) is still one word."""
_COMBINING = re.compile(f"[{_MARKS}]+")
_L = rf"[\w{_MARKS}]"
_WORD = re.compile(rf"{_L}+(?:['’-]{_L}+)*")
"""A word as ``core.markdown.count_words`` counts it (« l’entreprise », « peut-être »)."""
_PART = re.compile(rf"(?<!{_L})(?i:[ldjmtsnc]|qu|lorsqu|puisqu|jusqu|quoiqu|quelqu)['’](?={_L})"
                   rf"|{_WORD.pattern}")
"""A word with an elided article or pronoun apart, apostrophe included (« l’ », « entreprise »)."""
_TOKEN = re.compile(rf"{_L}+(?:[-/]{_L}+)*")
_LAST_LETTERS = re.compile(rf"{_L}+$")
_NOT_LETTER_BEFORE = rf"(?<!{_L})"
_NOT_LETTER_AFTER = rf"(?!{_L})"

_END_MARK = re.compile(r"[.!?…]+|\n")
_CLOSERS = re.compile(r"(?:[^\S\n]*[»”’)\]])*")
_ABBREVIATIONS = frozenset({"mm", "mme", "mlle", "dr", "pr", "me", "st", "ste", "cf", "ex",
                            "art", "al", "env", "vol", "chap", "fig", "coll", "ed", "no", "tel"})
"""Folded words whose period never ends a sentence (« M. Martin », « p. ex. », « art. L1242-8 »),
nor does a single letter's (an initial, « c.-à-d. »); « etc. » ends one only before a capital."""
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "‐": "-", "’": "'"})


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """``text`` as compared: case, accents, apostrophes, dashes and spacing aside (cached:
    a dossier has a few thousand different words)."""
    bare = _COMBINING.sub("", unicodedata.normalize("NFD", text)).casefold().translate(_DASHES)
    return " ".join(bare.split())


class _Sentence(NamedTuple):
    start: int
    end: int
    words: int
    """Words as the app counts them (« l’entreprise » is one)."""
    parts: tuple[str, ...]
    """``_PART`` of the sentence: its words with an elided article or pronoun apart."""


def _sentences(text: str) -> list[_Sentence]:
    """The block's sentences, those without a word left out. A sentence ends at . ! ? …
    (with the closing quotes and brackets after it) before a space or the block's end, and
    at a hard line break."""
    found: list[_Sentence] = []
    begin = 0
    for mark in _END_MARK.finditer(text):
        if mark.group() == "\n":
            stop = mark.start()
        else:
            stop = _CLOSERS.match(text, mark.end()).end()  # type: ignore[union-attr]
            if (stop < len(text) and not text[stop].isspace()) or not _ends_sentence(text, mark):
                continue
        found += _sentence(text, begin, stop)
        begin = stop
    found += _sentence(text, begin, len(text))
    return found


def _sentence(text: str, begin: int, stop: int) -> list[_Sentence]:
    parts = _PART.findall(text, begin, stop)
    if not parts:
        return []
    piece = text[begin:stop]
    start, end = begin + len(piece) - len(piece.lstrip()), begin + len(piece.rstrip())
    elided = sum(part[-1] in "'’" for part in parts)
    return [_Sentence(start, end, len(parts) - elided, tuple(parts))]


def _ends_sentence(text: str, mark: re.Match[str]) -> bool:
    if mark.group() != ".":
        return True
    last = _LAST_LETTERS.search(text, max(0, mark.start() - 30), mark.start())
    if last is None:
        return True
    word = fold(last.group())
    if (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS:
        return False
    if word == "etc":
        following = text[mark.end():mark.end() + 10].lstrip()
        return not following or following[0].isupper()
    return True


def _spans(text: str, sentence: _Sentence) -> list[tuple[int, int]]:
    """Where each of ``sentence.parts`` is in ``text``."""
    return [m.span() for m in _PART.finditer(text, sentence.start, sentence.end)]


@lru_cache(maxsize=64)
def _analysed(markdown: str) -> tuple[tuple[str, ...], tuple[tuple[int, _Sentence], ...]]:
    """A chapter's blocks' texts and its sentences with their block's index (cached by text:
    the editor asks again after each change, when one chapter changed)."""
    texts = tuple(block.text for block in parse(markdown))
    return texts, tuple((paragraph, sentence) for paragraph, text in enumerate(texts)
                        for sentence in _sentences(text))


def _letters(word: str) -> int:
    return sum(c.isalpha() for c in word)


# --- readability -----------------------------------------------------------------------


@dataclass(frozen=True)
class Readability:
    sentences: int
    words: int
    average_sentence_words: float
    long_word_share: float
    """Share of words of seven letters or more, the long words of Björnsson's LIX
    readability index (« more than six letters »), which was made to work across languages,
    French included: they are the words a tired reader slows down on."""


def readability(markdown: str) -> Readability:
    """The text's sentence and word figures, for the candidate to see its shape."""
    texts, sentences = _analysed(markdown)
    words = [word for text in texts for word in _WORD.findall(text)]
    long_words = sum(_letters(word) >= LONG_WORD_LETTERS for word in words)
    return Readability(len(sentences), len(words), len(words) / len(sentences) if sentences else 0.0,
                       long_words / len(words) if words else 0.0)


# --- the rules -------------------------------------------------------------------------


_Marked = tuple[int, Mark]
"""A mark and the index of its block in the chapter."""


@dataclass(frozen=True)
class _Chapter:
    kind: ChapterKind
    texts: tuple[str, ...]
    """Each block's text, in the order of ``core.markdown.parse``."""
    sentences: tuple[tuple[int, _Sentence], ...]
    """Every sentence of the chapter, with the index of its block."""

    def mark(self, paragraph: int, start: int, end: int, rule: str, rules: AdviceRules,
             suggestions: tuple[str, ...] = ()) -> _Marked:
        return paragraph, Mark(start, end, Kind.ADVICE, rule, rules.message(rule), suggestions)


def advise(dossier: Dossier, rules: AdviceRules) -> list[Finding]:
    """The advice on the whole dossier, in reading order (productions, then situation,
    analysis and transfer, then paragraphs)."""
    chapters = [(number, kind, chapter.text if chapter else "")
                for number, production in enumerate(dossier.productions, start=1)
                for kind in ChapterKind for chapter in [production.chapters.get(kind)]]
    findings: list[Finding] = []
    if rules.enabled(ACRONYM):
        findings += _acronyms_spelled_out(chapters, rules)
    for number, kind, markdown in chapters:
        texts, _ = _analysed(markdown)
        findings += [placed(number, kind, paragraph, texts[paragraph], mark)
                     for paragraph, mark in _chapter_marks(markdown, kind, rules)]
    order = list(ChapterKind)
    return sorted(findings, key=lambda f: (f.production, order.index(f.chapter), f.paragraph,
                                           f.start, f.end, RULE_IDS.index(f.rule)))


@lru_cache(maxsize=64)
def _chapter_marks(markdown: str, kind: ChapterKind, rules: AdviceRules) -> tuple[_Marked, ...]:
    """The advice that depends on one chapter alone (cached: the others did not change)."""
    chapter = _Chapter(kind, *_analysed(markdown))
    found: list[_Marked | None] = []
    if rules.enabled(FIRST_PERSON) and kind is not ChapterKind.TRANSFER:
        found.append(_first_person(chapter, rules))
    if rules.enabled(LONG_SENTENCE):
        found += _long_sentences(chapter, rules)
    if rules.enabled(REPEATED_WORD):
        found += _repeated_words(chapter, rules)
    if rules.enabled(NO_DATE_OR_FIGURE) and kind is ChapterKind.SITUATION:
        found.append(_no_date_or_figure(chapter, rules))
    if rules.enabled(PASSIVE_VOICE):
        found.append(_passive_voice(chapter, rules))
    return tuple(marked for marked in found if marked is not None)


# first-person

_I = re.compile(rf"{_NOT_LETTER_BEFORE}(?:[jm]['’]|(?:je|me|moi|mon|ma|mes){_NOT_LETTER_AFTER})",
                re.IGNORECASE)
_WE = re.compile(rf"{_NOT_LETTER_BEFORE}(?:nous|on){_NOT_LETTER_AFTER}", re.IGNORECASE)


def _first_person(chapter: _Chapter, rules: AdviceRules) -> _Marked | None:
    """The jury assesses what the candidate did: a situation or an analysis told with
    « nous » or « on » and not a single « je » hides it."""
    if any(_I.search(text) for text in chapter.texts):
        return None
    for paragraph, text in enumerate(chapter.texts):
        we = _WE.search(text)
        if we:
            return chapter.mark(paragraph, we.start(), we.end(), FIRST_PERSON, rules)
    return None


# acronym


def _acronyms_spelled_out(chapters: list[tuple[int, ChapterKind, str]],
                          rules: AdviceRules) -> list[Finding]:
    """An acronym of the list is spelled out at its first use in reading order, or advised
    to be. One not in the list is never flagged: capitalised words and names would give
    false alarms."""
    candidates = _acronym_pattern("".join(sorted({c for acronym, _ in rules.acronyms for c in acronym})))
    seen: set[str] = set()
    found: list[Finding] = []
    for number, kind, markdown in chapters:
        for paragraph, text in enumerate(_analysed(markdown)[0]):
            for start, end, acronym in _acronym_uses(text, candidates, rules.expansions):
                if acronym in seen:
                    continue
                seen.add(acronym)
                expansion = rules.expansions[acronym]
                if not _spelled_out(text, start, end, expansion):
                    spelled = _spelling_out(text, start, acronym, expansion)
                    found.append(placed(number, kind, paragraph, text, Mark(
                        start, end, Kind.ADVICE, ACRONYM, rules.message(ACRONYM), (spelled,))))
    return found


@lru_cache(maxsize=8)
def _acronym_pattern(characters: str) -> re.Pattern[str] | None:
    """Runs of the characters the acronyms are made of, not followed by a letter nor joined to
    a word by a hyphen: a quick way to the few words that may be one."""
    return re.compile(rf"[{re.escape(characters)}]+(?!{_L}|-{_L})") if characters else None


_JOINED_BEFORE = re.compile(rf"{_L}|-")


def _acronym_uses(text: str, candidates: re.Pattern[str] | None,
                  acronyms: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """Whole-word uses of the acronyms: « CSE/CSSCT » is two, « CSE-C » one, « CE » in « CESU »,
    « CE-bis » or « pré-CE », and « ce », none."""
    if candidates is None:
        return
    for run in candidates.finditer(text):
        if run.start() and _JOINED_BEFORE.match(text, run.start() - 1):
            continue
        word = run.group().strip("-/")
        offset = run.start() + run.group().index(word[:1])
        for part in [word] if word in acronyms else word.split("/"):
            if part in acronyms:
                yield offset, offset + len(part), part
            offset += len(part) + 1


_OPENING = re.compile(r"\(\s+")
_CLOSING = re.compile(r"\s+\)")


def _spelled_out(text: str, start: int, end: int, expansion: str) -> bool:
    """« comité social et économique (CSE) » or « CSE (comité social et économique) », case,
    accents and apostrophes aside."""
    wanted = fold(expansion)
    reach = len(expansion) * 2 + 10
    after = _CLOSING.sub(")", _OPENING.sub("(", fold(text[end:end + reach])))
    if after.startswith((f"({wanted})", f"({wanted},")):
        return True
    if not text[end:end + 10].lstrip().startswith(")"):
        return False
    before = fold(text[max(0, start - reach):start])
    if not before.endswith("("):
        return False
    before = before[:-1].rstrip()
    edge = before[:-len(wanted)][-1:]
    return before.endswith(wanted) and not edge.isalnum()


def _spelling_out(text: str, start: int, acronym: str, expansion: str) -> str:
    """What replaces the acronym to spell it out, with a capital where a sentence starts."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?…\n":
        expansion = expansion[:1].upper() + expansion[1:]
    return f"{expansion} ({acronym})"


# long-sentence


def _long_sentences(chapter: _Chapter, rules: AdviceRules) -> Iterator[_Marked]:
    for paragraph, sentence in chapter.sentences:
        if sentence.words > rules.long_sentence_words:
            yield chapter.mark(paragraph, sentence.start, sentence.end, LONG_SENTENCE, rules)


# repeated-word

THEME_PARAGRAPHS = 3
"""A word that comes back in this many paragraphs of a chapter is its subject (« contrat »
in a situation about contracts): the right word, which no synonym should replace."""


def _repeated_words(chapter: _Chapter, rules: AdviceRules) -> Iterator[_Marked]:
    """A content word that comes back within ``repeated_word_window`` words of a paragraph
    (in the same or the next sentence), once per word and paragraph, the mark on the
    repetition. Not a figure of speech (« de semaine en semaine »), nor the chapter's
    subject (``THEME_PARAGRAPHS``)."""
    keys = _content_keys(chapter, rules)
    theme = _theme(chapter, keys)
    flagged: set[tuple[int, str]] = set()
    last: dict[str, tuple[int, int, int]] = {}  # each word's sentence, index, place in the paragraph
    position = 0
    for number, (paragraph, sentence) in enumerate(chapter.sentences):
        if number and chapter.sentences[number - 1][0] != paragraph:
            last, position = {}, 0
        for index, key in enumerate(keys[number]):
            position += 1
            if key is None or key in theme:
                continue
            before = last.get(key)
            if before is not None and (paragraph, key) not in flagged:
                figure = before[0] == number and index - before[1] <= 2
                if number - before[0] <= 1 and position - before[2] <= rules.repeated_word_window \
                        and not figure:
                    flagged.add((paragraph, key))
                    start, end = _spans(chapter.texts[paragraph], sentence)[index]
                    yield chapter.mark(paragraph, start, end, REPEATED_WORD, rules)
            last[key] = (number, index, position)


def _content_keys(chapter: _Chapter, rules: AdviceRules) -> list[list[str | None]]:
    """Each sentence's parts as repetitions are compared, None for a word that may come back."""
    known: dict[str, tuple[str | None, str | None]] = {}
    keys = []
    for _, sentence in chapter.sentences:
        own = []
        for index, part in enumerate(sentence.parts):
            if part not in known:
                known[part] = _content_key(part, rules)
            own.append(known[part][index > 0])
        keys.append(own)
    return keys


def _content_key(word: str, rules: AdviceRules) -> tuple[str | None, str | None]:
    """The word as repetitions are compared (singular and plural alike) when it opens a
    sentence and elsewhere, or None for a word that may come back: short, a stop word, a
    figure, an acronym, a proper noun (a capital inside a sentence)."""
    bare = unicodedata.normalize("NFC", word).replace("-", "").replace("’", "").replace("'", "")
    folded = fold(word)
    if len(bare) < rules.repeated_word_min_letters or not bare.isalpha() or word.isupper() \
            or folded in rules.stop_words:
        return None, None
    key = folded[:-1] if len(folded) > 3 and folded[-1] in "sx" else folded
    return key, None if word[0].isupper() else key


def _theme(chapter: _Chapter, keys: list[list[str | None]]) -> set[str]:
    paragraphs: dict[str, set[int]] = {}
    for (paragraph, _), sentence_keys in zip(chapter.sentences, keys, strict=True):
        for key in sentence_keys:
            if key is not None:
                paragraphs.setdefault(key, set()).add(paragraph)
    return {key for key, found in paragraphs.items() if len(found) >= THEME_PARAGRAPHS}


# no-date-or-figure

_MONTHS = frozenset({"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                     "septembre", "octobre", "novembre", "decembre"})
_DIGIT = re.compile(r"\d")


def _no_date_or_figure(chapter: _Chapter, rules: AdviceRules) -> _Marked | None:
    """A situation of some length with no date and no figure at all: the jury cannot picture
    when, how many, how long."""
    if not chapter.sentences:
        return None
    if sum(sentence.words for _, sentence in chapter.sentences) < rules.situation_min_words:
        return None
    if any(_DIGIT.search(text) for text in chapter.texts):
        return None
    anchors = _MONTHS | rules.number_words
    if any(fold(part) in anchors for _, sentence in chapter.sentences for part in sentence.parts):
        return None
    paragraph, first = chapter.sentences[0]
    return chapter.mark(paragraph, first.start, first.end, NO_DATE_OR_FIGURE, rules)


# passive-voice

_ETRE = frozenset({"est", "sont", "etait", "etaient", "ete", "fut", "furent", "fus", "sera",
                   "seront", "serai", "serons", "serez", "serait", "seraient", "serais", "soit",
                   "soient", "sois", "suis", "es", "sommes", "etes", "etais", "etions", "etiez",
                   "etre"})
"""Folded forms of « être » (« a été » through its « été »); « étant » aside (« étant donné »)."""
_ETRE_WRITTEN = frozenset(
    unicodedata.normalize(form, cased)
    for word in ("est", "sont", "était", "étaient", "été", "fut", "furent", "fus", "sera",
                 "seront", "serai", "serons", "serez", "serait", "seraient", "serais", "soit",
                 "soient", "sois", "suis", "es", "sommes", "êtes", "étais", "étions", "étiez",
                 "être", "fût")
    for cased in (word, word.capitalize(), word.upper()) for form in ("NFC", "NFD"))
"""The forms as they may be written: a quick test of which sentences to look at closely."""
_NOT_BEFORE_ETRE = frozenset({"s'", "se", "m'", "me", "t'", "te", "l'", "le", "la", "les", "un",
                              "cet", "ce", "en", "d'", "de", "du", "des", "chaque", "bel"})
"""Folded, before a form of « être »: a reflexive pronoun (« elle s’est rendu compte » is
active) or a determiner (« l’été », « à l’est »)."""
_ADVERBS = frozenset({"pas", "plus", "jamais", "bien", "mal", "tres", "tout", "toujours",
                      "souvent", "deja", "encore", "aussi", "vite", "parfois", "ensuite", "alors",
                      "enfin", "ni", "point", "trop", "peu", "rarement", "donc"})
"""Folded words that may come between « être » and its participle (« n’est pas respecté »)."""
_NOT_PARTICIPLES = frozenset({"aussi", "ainsi", "ici", "parmi", "si", "ni", "ceci", "voici",
                              "merci", "midi", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                              "samedi", "ami", "amie", "defi", "vie", "du", "tu", "au", "dessus",
                              "refus", "abus", "processus", "consensus", "tout", "toute", "toutes",
                              "petit", "petite", "petits", "petites", "droit", "droite", "etroit",
                              "etroite", "gratuit", "gratuite", "partie", "parties", "serie",
                              "copie", "envie", "fort", "forte", "court", "courte", "pret", "prete",
                              "plus", "tous", "une", "vite", "suite", "limite", "site"})
"""Folded words with a participle's ending that are not one (« est aussi », « est petit »)."""
_NOT_PARTICIPLE_ENDINGS = ("que", "ques", "ment", "ant", "ants", "ante", "antes", "ent", "ents",
                           "ente", "entes", "ou", "ous", "eu", "eau", "eaux", "ai", "ais", "oi",
                           "ois", "ui", "uis")
_PARTICIPLE = re.compile(r"(?:ée?|ie?|ue?|û|(?:i|r|in)te?)s?$")
"""The endings of past participles: é, ée, i, ie, u, ue, û (dû), it, ite, rt, rte, int, inte,
and their plurals."""


def _passive_voice(chapter: _Chapter, rules: AdviceRules) -> _Marked | None:
    """A chapter told mostly in the passive voice says what was done, not who did it."""
    if len(chapter.sentences) < rules.passive_min_sentences:
        return None
    passive = [(paragraph, s) for paragraph, s in chapter.sentences if _is_passive(s, rules)]
    if not passive or len(passive) / len(chapter.sentences) < rules.passive_share:
        return None
    paragraph, first = passive[0]
    return chapter.mark(paragraph, first.start, first.end, PASSIVE_VOICE, rules)


def _is_passive(sentence: _Sentence, rules: AdviceRules) -> bool:
    """A form of « être » followed by a past participle, with at most an adverb between."""
    if _ETRE_WRITTEN.isdisjoint(sentence.parts):
        return False
    words = sentence.parts
    folded = [fold(word) for word in words]
    for index, word in enumerate(folded):
        if word not in _ETRE or (index and folded[index - 1] in _NOT_BEFORE_ETRE):
            continue
        if index + 1 < len(words) and _is_participle(words[index + 1], rules):
            return True
        between = folded[index + 1] if index + 2 < len(words) else ""
        if (between in _ADVERBS or between.endswith("ment")) and _is_participle(words[index + 2],
                                                                                  rules):
            return True
    return False


def _is_participle(word: str, rules: AdviceRules) -> bool:
    """``word`` looks like a past participle, and not of a verb conjugated with « être » in
    the active voice (« est allée », « sont venus »)."""
    lower = unicodedata.normalize("NFC", word).casefold()
    folded = fold(word)
    if folded in _NOT_PARTICIPLES or folded.endswith(_NOT_PARTICIPLE_ENDINGS):
        return False
    if not lower.isalpha() or not _PARTICIPLE.search(lower):
        return False
    stems = {folded, folded.removesuffix("s"), folded.removesuffix("e"), folded.removesuffix("es")}
    return not stems & rules.active_participles
