"""Finding every way a dossier writes a listed name, and replacing it in French that reads.

Matching runs on a folded copy of the text (``fold``: compatibility decomposition, marks
dropped, case folded, look-alike letters, apostrophes and dashes unified, any space a
space, Markdown's ``*`` and ``_`` and invisible characters left out) that maps back to
the original offsets, so that a replacement lands on the text as written. All the forms
of all the names of a dossier make one regex, a trie of their folded spellings.

A person is found by the full name in either order, the surname or the first name alone
(a hyphenated or compound first name is one part; a surname also without its particle or
article: « La Tour », « Hermitte »), with a civility (« M. », « Mme »…) or the first
name's initial in front, both absorbed into the match. An organisation or a place is
found by its full name, also without its legal form (« … SAS ») or its article (« au Bon
Marché »), « Saint » as « St », and by its short forms.

A first name or a surname alone made of common French words (the bundled dictionary's
own entries: « Rose », « Pierre », « Marchand », « Martin », « La Tour »), and any form
with a single such word (« Poste » and « La Poste »), is replaced only where the text
capitalises one of its words as the name does, or with a civility in front, or in an
address (« rose.martin@… »): « une pierre » stays, « Pierre » goes. A short form written
in capitals (« LA », « CSE ») is found in capitals only. A full name, or an organisation's
name of several words (« Logistique Atlantique »), is found whatever its case.

The alias then fits its place: contractions (« de » + « le directeur » → « du
directeur »), elisions (« d’ », « qu’ » before a vowel or mute h, undone before a
consonant), an elided article the alias brings itself (« l’ » + « le directeur » → « le
directeur »), a capital at the start of a sentence, no doubled final period, and the
Markdown markers inside the name dropped with their balance kept."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .model import NameKind, Pseudonym
from .spelling import dictionary_dir

# --- folding ---------------------------------------------------------------------------

_MARKERS = "*_"
_LOOKALIKES = {
    **dict.fromkeys("’‘‛ʼʻ′´`＇", "'"),
    **dict.fromkeys("‐‑‒–—―−﹣－", "-"),
    "ı": "i", "ȷ": "j", "ſ": "s", "ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "ł": "l",
    "đ": "d", "ð": "d", "þ": "th", "ŀ": "l",
    # Cyrillic and Greek letters that look Latin (their capitals, once case-folded).
    **dict(zip("авекмнорстхуіјѕԁһӏ", "abekmhopctxyijsdhl", strict=True)),
    **dict(zip("αβεζηικμνορτυχ", "abezhikmnoptyx", strict=True)),
}
_FOLDS: dict[str, str] = {}
"""Every character met so far whose folded form is not itself."""
_UNEVEN: set[str] = set()
"""Characters met so far that fold to nothing or to more than one character."""
_SEEN: set[str] = set()


def _fold_once(char: str) -> str:
    if char in _MARKERS:
        return ""
    if char == "\n":
        return char  # a name may run onto the next line, not into the next paragraph
    if char.isspace():
        return " "
    if char in _LOOKALIKES:
        return _LOOKALIKES[char]
    if unicodedata.category(char) == "Cf":
        return ""  # soft hyphen, zero-width spaces and joiners
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return plain.casefold()


def _fold_char(char: str) -> str:
    folded = _fold_once(char)
    while any(_fold_once(c) != c for c in folded):  # « ǅ » → « dž » → « dz »
        folded = "".join(_fold_once(c) for c in folded)
    return folded


class Folded:
    """A text folded for matching, and the way back to the text's own offsets."""

    def __init__(self, text: str) -> None:
        self.original = text
        present = set(text)
        new = present - _SEEN
        for char in new:
            folded = _fold_char(char)
            if folded != char:
                _FOLDS[char] = folded
            if len(folded) != 1:
                _UNEVEN.add(char)
        _SEEN.update(new)
        for char in present:  # str.replace per character: ten times str.translate's speed
            if char in _FOLDS:
                text = text.replace(char, _FOLDS[char])
        self.text = text
        # Breaks where the folded and original offsets stop moving together.
        self._folded_at = [0]
        self._original_at = [0]
        self._several = [False]
        uneven = present & _UNEVEN
        if uneven:
            self._map(self.original, uneven)

    def _map(self, text: str, uneven: set[str]) -> None:
        folded_pos = original_pos = 0
        for run in re.finditer("[" + re.escape("".join(sorted(uneven))) + "]+", text):
            folded_pos += run.start() - original_pos
            if all(c in _MARKERS for c in run.group()):  # the usual run: « ** »
                self._add(folded_pos, run.end(), False)
            else:
                for at in range(run.start(), run.end()):
                    width = len(_FOLDS[text[at]])
                    if width:
                        self._add(folded_pos, at, True)
                        folded_pos += width
                    self._add(folded_pos, at + 1, False)
            original_pos = run.end()

    def _add(self, folded_pos: int, original_pos: int, several: bool) -> None:
        self._folded_at.append(folded_pos)
        self._original_at.append(original_pos)
        self._several.append(several)

    def _original(self, index: int) -> int:
        segment = bisect.bisect_right(self._folded_at, index) - 1
        if self._several[segment]:
            return self._original_at[segment]
        return self._original_at[segment] + index - self._folded_at[segment]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded ``start:end`` (not empty), with the combining
        marks of its last letter (a text in NFD)."""
        first, last = self._original(start), self._original(end - 1) + 1
        while last < len(self.original) and unicodedata.combining(self.original[last]):
            last += 1
        return first, last


def fold(text: str) -> str:
    """``text`` as matching sees it: « Éric  DUPONT » and « eric dupont » fold alike."""
    return Folded(text).text


# --- what a name is --------------------------------------------------------------------

_LEGAL_FORMS = {"sa", "sas", "sasu", "sarl", "eurl", "scop", "scic", "snc", "sci", "gie",
                "sem", "spl", "epic", "epa", "sca", "selarl", "inc", "ltd", "llc", "gmbh",
                "plc", "spa", "bv", "ag"}
_ORGANISATION_WORDS = {
    "societe", "entreprise", "entreprises", "etablissement", "etablissements", "ets",
    "groupe", "syndicat", "union", "federation", "confederation", "association", "comite",
    "cse", "chsct", "cssct", "mairie", "hopital", "clinique", "chu", "ehpad", "magasin",
    "magasins", "logistique", "transports", "industrie", "industries", "services", "banque",
    "assurance", "assurances", "mutuelle", "caisse", "institut", "ecole", "lycee", "college",
    "universite", "laboratoire", "laboratoires", "cabinet", "agence", "cooperative",
    "fondation", "office", "ministere", "prefecture", "conseil", "tribunal", "inspection",
    "centre", "atelier", "ateliers", "usine", "restaurant", "hotel", "supermarche",
    "hypermarche", "garage", "holding", "compagnie", "cie", "freres", "distribution",
    "urssaf", "cpam", "caf", "carsat"}
_PLACE_WORDS = {"rue", "avenue", "av", "boulevard", "bd", "place", "chemin", "allee",
                "impasse", "quai", "route", "cours", "square", "passage", "voie", "zone",
                "za", "zi", "zac", "quartier", "cite", "lieu-dit", "residence", "lotissement",
                "hameau", "village"}
_PLACE_START = re.compile(r"(?:(?:ville|commune) d[e'] ?|s(?:ain)?te?[- ]\w)")


def guess_kind(real: str) -> NameKind:
    """What a name most likely stands for, from its form alone: a legal form (SA, SAS,
    SARL, SCOP…), a word such as Société, Groupe, Syndicat, CSE, Mairie, Hôpital,
    Magasin, Logistique, or a lone acronym make an organisation; a street type (Rue,
    Avenue…), « Ville de » or « Saint-… » in front make a place; anything else a person."""
    words = real.split()
    folded = [fold(word).strip(".,") for word in words]
    if not words:
        return NameKind.PERSON
    first = folded[1] if folded[0].isdigit() and len(folded) > 1 else folded[0]
    if first in _PLACE_WORDS or (folded[0].isdigit() and len(folded) > 1):
        return NameKind.PLACE
    if any(word in _ORGANISATION_WORDS for word in folded):
        return NameKind.ORGANISATION
    if any(_is_legal_form(word) for word in words):
        return NameKind.ORGANISATION
    if len(words) == 1 and _is_acronym(words[0]):
        return NameKind.ORGANISATION
    if _PLACE_START.match(" ".join(folded)):
        return NameKind.PLACE
    return NameKind.PERSON


def _is_legal_form(word: str) -> bool:
    """« SA », « S.A.S. », « SARL » in capitals (« sa » is a word); « Inc », « GmbH » any way."""
    folded = fold(word).replace(".", "")
    return folded in _LEGAL_FORMS and (not any(c.islower() for c in word)
                                        or folded in {"inc", "ltd", "llc", "gmbh", "plc"})


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --- the forms of a name ---------------------------------------------------------------

_PARTICLES = {"de", "du", "des", "d'", "le", "la", "les", "van", "von", "der", "den", "di",
              "da", "del", "della", "dos", "das", "ben", "bin", "ibn", "el", "al", "ould"}


@dataclass(frozen=True)
class _Form:
    """One way a name is written, and how a match of it is judged."""

    alias: str
    words: tuple[str, ...]
    """The form's words as the real name writes them, for the capitals it asks."""
    person: bool = False
    """A civility, or the initial below, in front belongs to the match."""
    initial: str = ""
    """The first name's folded initial, absorbed in front of a surname (« K. Benali »)."""
    capitalised: bool = False
    """Common words: found only where the text capitalises one of them as the name does."""
    in_capitals: bool = False
    """An acronym: found only in capitals."""


def _forms(pseudonym: Pseudonym, common: set[str]) -> list[tuple[str, _Form]]:
    """The spellings of a name, each with its form."""
    real = " ".join(unicodedata.normalize("NFC", pseudonym.real).split())
    person = pseudonym.kind is NameKind.PERSON
    found: list[tuple[str, _Form]] = []

    def add(spelling: str, *, part: bool = False, initial: str = "") -> None:
        """``part``: a person's name alone, ambiguous when its words are common; any other
        form is when it has one word besides particles (« Poste », « La Poste »)."""
        words = tuple(_WORDS.findall(spelling))
        if sum(len(w) for w in words) < 2:
            return
        tokens = _tokens(spelling)
        plain = all(t in common or fold(t) in _PARTICLES for t in tokens)
        single = sum(fold(t) not in _PARTICLES for t in tokens) <= 1
        acronym = not person and len(words) == 1 and _is_acronym(spelling)
        for variant in _saint_variants(spelling):
            found.append((variant, _Form(pseudonym.alias, words, person, initial,
                                         capitalised=(part or single) and plain and not acronym,
                                         in_capitals=acronym)))

    first, surname = _split_person(real) if person else ("", real)
    if first:
        add(f"{first} {surname}")
        add(f"{surname} {first}")
        add(first, part=True)
        initial = fold(first)[:1]
        add(surname, part=True, initial=initial)
        bare = _ARTICLE_IN_FRONT.sub("", surname)  # « de La Tour », « L’Hermitte »
        if bare != surname:
            add(bare, part=True, initial=initial)
    else:
        add(real, part=person)
        stripped = " ".join(w for w in real.split() if not _is_legal_form(w))
        bare = _ARTICLE_IN_FRONT.sub("", stripped)  # « au Bon Marché », « de la Poste »
        for shorter in {stripped, bare} - {real, ""}:
            add(shorter)
    for short in pseudonym.short_forms:
        add(" ".join(short.split()), part=person)
    return found


_ARTICLE_IN_FRONT = re.compile(r"^(?:de |d['’] ?|l['’] ?|les? |la )(?=\S)", re.IGNORECASE)


_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _tokens(spelling: str) -> list[str]:
    """The words of a spelling as a dictionary lists them (« jean-pierre » is one)."""
    return [unicodedata.normalize("NFC", t).lower().strip(".,;:()") for t in spelling.split()]


def _split_person(real: str) -> tuple[str, str]:
    """First name and surname: the words in capitals (« DUPONT Jean »), else the last
    word with the particles before it (« Marie de La Tour »)."""
    words = real.split()
    if len(words) < 2:
        return "", real
    capitals = [i for i, w in enumerate(words) if _is_acronym(w)]
    if capitals and len(capitals) < len(words) and capitals == list(
            range(capitals[0], capitals[-1] + 1)) and capitals[0] in (0, len(words) - len(capitals)):
        rest = [w for i, w in enumerate(words) if i not in capitals]
        surname = " ".join(w.capitalize() for w in words[capitals[0]:capitals[-1] + 1])
        return " ".join(rest), surname
    start = len(words) - 1
    while start > 1 and fold(words[start - 1]) in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def _saint_variants(spelling: str) -> list[str]:
    """« Saint-Nazaire » is also written « St-Nazaire »."""
    short = re.sub(r"\b(S)ain(te?)\b", r"\1\2", spelling, flags=re.IGNORECASE)
    return [spelling] if short == spelling else [spelling, short]


_COMMON: dict[str, bool] = {}
"""Whether a word (lower case) is a common French word, for each word asked so far."""


def _common_words(words: Iterable[str]) -> set[str]:
    """Which of ``words`` (lower case) the French dictionary lists as common words: its
    lower-case entries, and the feminine in -e of an entry that takes it (« claire »)."""
    wanted = set(words)
    unknown = {w for w in wanted if w and w not in _COMMON}
    if unknown:
        found = _look_up(unknown)
        _COMMON.update((w, w in found) for w in unknown)
    return {w for w in wanted if _COMMON.get(w)}


def _look_up(words: set[str]) -> set[str]:
    stems: dict[bytes, set[tuple[str, bool]]] = {}
    for word in words:
        stems.setdefault(word.encode(), set()).add((word, False))
        if word.endswith("e"):
            stems.setdefault(word[:-1].encode(), set()).add((word, True))
    try:
        dictionary = (dictionary_dir() / "fr.dic").read_bytes()
    except OSError:
        return set()  # every name then found whatever its case: nothing leaks
    entry = re.compile(rb"\n(" + b"|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
                       + rb")(?:/(\S*))?(?=\s)")
    found = set()
    for match in entry.finditer(dictionary):
        for word, feminine in stems[match.group(1)]:
            if not feminine or b"F" in (match.group(2) or b""):
                found.add(word)
    return found


# --- the matcher -----------------------------------------------------------------------

_SEPARATOR = r"(?:[ -]+\n?[ -]*|\n[ -]*)"
"""Spaces or hyphens between the words of a name, one line break among them at most."""
_CIVILITY = re.compile(
    r"(?<![\w.'])(?:m|mr|mm|mme|mmes|mlle|mlles|monsieur|messieurs|madame|mesdames|"
    r"mademoiselle|mesdemoiselles|dr|docteur|maitre|pr|professeur)\.? *$")
_INITIAL = re.compile(r"(?<![\w.'])([a-z])\.(?:-[a-z]\.)? *$")


def _canonical(spelling: str) -> str:
    """One spelling for the variants the regex allows (« Jean-Pierre » / « jean  pierre »)."""
    spelling = re.sub(_SEPARATOR, " ", spelling)
    return re.sub(r"([.']) ?", r"\1", spelling).strip()


def _atom(char: str) -> str:
    if char == " ":
        return _SEPARATOR
    if char == ".":
        return r"\.[ -]*"  # « J.-P. »
    if char == "'":
        return "' *"
    return re.escape(char)


def _trie_regex(spellings: Iterable[str]) -> str:
    """One alternation of every spelling, shared prefixes once, so that the regex tries
    a few branches at each place instead of every name; longer spellings first."""
    trie: dict = {}
    for spelling in spellings:
        node = trie
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict, top: bool) -> str:
        branches = []
        for char in sorted(c for c in node if c):
            head = _atom(char) + (r"(?<!\w.)" if top else "")
            child = node[char]
            while len(child) == 1 and "" not in child:  # a chain of single letters: no group
                (char, child), = child.items()
                head += _atom(char)
            branches.append(head + emit(child, False))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not top else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie, True)


class Pseudonymizer:
    """Replaces every listed name in a text by its alias (one regex for all the names)."""

    def __init__(self, pseudonyms: Iterable[Pseudonym]) -> None:
        listed = [p for p in pseudonyms if p.real.strip()]
        common = _common_words(t for p in listed for t in _tokens(" ".join([p.real, *p.short_forms])))
        self._forms: dict[str, _Form] = {}
        for pseudonym in listed:
            for spelling, form in _forms(pseudonym, common):
                self._forms.setdefault(_canonical(fold(spelling)), form)
        order = sorted(self._forms, key=len, reverse=True)
        self._pattern = re.compile(_trie_regex(order) + r"(?!\w)") if order else None

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        folded = Folded(text)
        out: list[str] = []
        last = 0
        for match in self._pattern.finditer(folded.text):
            form = self._forms[_canonical(match.group())]
            start, end = folded.span(match.start(), match.end())
            absorbed = False
            if form.person:
                start, absorbed = self._absorb(folded, match.start(), start, form)
            start = max(start, last)
            if not absorbed and not _written_as(text, start, end, form):
                continue
            gap, alias = _fit(text, last, start, form.alias)
            out += [gap, _balanced(text, start, end, alias)]
            last = end
            if alias.endswith("."):
                after = re.match(r"[*_]*\.", text[end:end + 8])  # « K. » + « . » or « ... »
                if after:
                    out.append(text[end:end + after.end() - 1])
                    last = end + after.end()
        out.append(text[last:])
        return "".join(out)

    @staticmethod
    def _absorb(folded: Folded, at: int, start: int, form: _Form) -> tuple[int, bool]:
        """The start of the match with a civility and an initial in front, if any."""
        absorbed = False
        window = max(0, at - 24)
        if form.initial:
            initial = _INITIAL.search(folded.text, window, at)
            if initial and initial.group(1) == form.initial:
                at, absorbed = initial.start(), True
        civility = _CIVILITY.search(folded.text, window, at)
        if civility:
            at, absorbed = civility.start(), True
        if absorbed:
            start = folded.span(at, at + 1)[0]
        return start, absorbed


def _written_as(text: str, start: int, end: int, form: _Form) -> bool:
    """Whether the text writes the name with the capitals its form asks for."""
    if not (form.capitalised or form.in_capitals):
        return True
    written = _WORDS.findall(text[start:end])
    if form.in_capitals:
        return all(w.isupper() for w in written if not w.isdigit())
    if _in_address(text, start, end):
        return True
    return any(w[:1].isupper() and real[:1].isupper()
               for w, real in zip(written, form.words, strict=False))


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the name is part of a mail or web address (« rose.martin@exemple.fr »)."""
    first, last = start, end
    while first > max(0, start - 200) and not text[first - 1].isspace():
        first -= 1
    while last < min(len(text), end + 200) and not text[last].isspace():
        last += 1
    chunk = text[first:last]
    return "@" in chunk or "://" in chunk or chunk.startswith("www.")


# --- the alias in its sentence ---------------------------------------------------------

_BEFORE = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)(?P<apostrophe>['’])?(?P<space>[ \t"
                     "\u00a0\u202f]*)(?P<marks>[*_]*)$")
_ARTICLE = re.compile(r"^(?:(?P<word>les?|la) +|(?P<elided>l)['’](?=\w))", re.IGNORECASE)
_PREPOSITIONS = {"de": "de", "d": "de", "du": "de", "des": "de", "à": "à", "au": "à",
                 "aux": "à"}
_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au",
               ("à", "les"): "aux"}
_ELIDING = {"que", "qu", "lorsque", "lorsqu", "puisque", "puisqu", "quoique", "quoiqu",
            "jusque", "jusqu"}
_ARTICLES = {"le", "la", "les", "l"}
_ASPIRATED = ("hache", "haine", "hall", "hamac", "hameau", "hanche", "handicap", "hangar",
              "harc", "haricot", "hasard", "haut", "héros", "hibou", "hiérarchie", "hockey",
              "hollande", "homard", "hongr", "honte", "hors", "huit", "hurl", "hutte")
"""Words in h that take no elision (« le haut », « de Hollande »): any other h is mute."""
_ASPIRATED_FOLDED = tuple(fold(word) for word in _ASPIRATED)
_NOT_SENTENCE_END = {"cf", "p", "pp", "ex", "env", "art", "av", "bd", "chap", "fig", "no",
                     "vol", "réf", "ref", "m", "mm", "mme", "mlle", "dr", "me", "st", "ste",
                     "vs", "tél", "tel", "n°"}
_OPENING = " \t\u00a0\u202f*_«“\"("


def _fit(text: str, last: int, start: int, alias: str) -> tuple[str, str]:
    """The text between the previous replacement and this one, and the alias, as French
    has them meet: contracted, elided or not, capitalised at a sentence's start."""
    gap = text[last:start]
    before = _BEFORE.search(text, max(last, start - 40), start)
    article = _ARTICLE.match(alias)
    if before:
        word = before.group("word")
        lower = word.lower()
        capital = word[:1].isupper()
        kept = text[last:before.start()]
        marks = before.group("marks")
        joined = before.group("apostrophe") is not None or bool(before.group("space"))
        if lower in _PREPOSITIONS and joined:
            joint, alias = _preposition(_PREPOSITIONS[lower], alias, capital, marks)
            return kept + joint, alias
        if lower in _ELIDING and joined:
            full = lower if lower.endswith("e") else lower + "e"
            if _vowel_sound(alias) and not article:
                return kept + _cased(full[:-1], capital) + "’" + marks, alias
            return kept + _cased(full, capital) + " " + marks, alias
        if lower in _ARTICLES and joined and (article or (lower == "l" and not _vowel_sound(alias))):
            return kept + marks, _cased(alias, capital)
        return gap, alias
    if _starts_sentence(text, start):
        alias = _cased(alias, True)
    return gap, alias


def _preposition(preposition: str, alias: str, capital: bool, marks: str) -> tuple[str, str]:
    article = _ARTICLE.match(alias)
    if article and article.group("word"):
        contracted = _CONTRACTED.get((preposition, article.group("word").lower()))
        if contracted:
            return _cased(contracted, capital) + " " + marks, alias[article.end():]
    if preposition == "de" and not article and _vowel_sound(alias):
        return _cased("d", capital) + "’" + marks, alias
    return _cased(preposition, capital) + " " + marks, alias


def _cased(word: str, capital: bool) -> str:
    return word[:1].upper() + word[1:] if capital else word


def _vowel_sound(alias: str) -> bool:
    """Whether the alias begins with a vowel or a mute h (« Émile », « Hélène », « Yves »)."""
    word = fold(alias.split(" ", 1)[0])
    if not word:
        return False
    if word[0] in "aeiou":
        return True
    if word[0] == "y":
        return len(word) > 1 and word[1] not in "aeiou"
    return word[0] == "h" and not word.startswith(_ASPIRATED_FOLDED)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a text, a paragraph, a list item or a sentence."""
    at = start
    while at > 0 and text[at - 1] in _OPENING:
        at -= 1
    if at == 0 or text[at - 1] == "\n":
        return True
    line = text.rfind("\n", 0, at) + 1
    if re.fullmatch(r"[ \t]*(?:[-+]|\d+[.)])", text[line:at]):
        return True
    if text[at - 1] not in ".!?" or at == start or not any(
            c.isspace() for c in text[at:start]):
        return False
    if text[at - 1] == ".":
        word = re.search(r"(?<![^\W\d_])([^\W\d_]+°?)\.$", text[max(0, at - 14):at])
        if word and (word.group(1).lower() in _NOT_SENTENCE_END
                     or (len(word.group(1)) == 1 and word.group(1).isupper())):
            return False
        if text[at - 2:at] == "..":
            return False
    return True


def _balanced(text: str, start: int, end: int, alias: str) -> str:
    """The alias with the Markdown markers the name held put back outside it when their
    partner is outside: an opener before the alias, a closer after it."""
    runs = [m for m in re.finditer(r"\*+|_+", text[start:end])]
    if not runs:
        return alias
    counts: dict[str, int] = {}
    for run in runs:
        counts[run.group()] = counts.get(run.group(), 0) + 1
    paragraph = max(text.rfind("\n\n", 0, start), 0)
    before: list[str] = []
    after: list[str] = []
    for marker, count in counts.items():
        if count % 2 == 0:
            continue
        earlier = re.findall(r"\*+|_+", text[paragraph:start]).count(marker)
        (after if earlier % 2 else before).append(marker)
    return "".join(before) + alias + "".join(reversed(after))
