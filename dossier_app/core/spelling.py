"""French spell checking, offline: Hunspell's judgement, a frequency list's speed.

Measured on the seed texts (see ``benchmarks/spell_choice.py``): the Grammalecte
Hunspell dictionary run by spylls is accurate but slow (about 1.4 ms a lookup,
tens of seconds for one suggestion list); pyspellchecker's French frequency
list is fast but flags too many correct words. So:

- a word is correct when the user's dictionary or the frequency list has it
  (microseconds), else when Hunspell accepts it (cached);
- suggestions are the frequency list's candidates within two edits, kept only
  when Hunspell accepts them, most frequent first.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from .files import write_private_bytes
from .resources import resources_dir

_LETTER = r"[^\W\d_\u00b2\u00b3\u00b9\u2070-\u209f]"  # letters, not superscript digits
WORD = re.compile(_LETTER + r"+(?:[-’']" + _LETTER + r"+)*")
_URLISH = re.compile(r"\S+(?:@|://|www\.)\S*")
_ELISION = re.compile(r"^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]")
MAX_SUGGESTIONS = 6
_ACCENTS = str.maketrans({**dict(zip("àâäéèêëîïôöùûüÿç", "aaaeeeeiioouuuyc", strict=True)),
                          "œ": "oe", "æ": "ae"})


def dictionary_dir() -> Path:
    return resources_dir() / "dictionaries"


def checkable_words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` a spell checker should judge: web and mail addresses aside."""
    skip = [m.span() for m in _URLISH.finditer(text)] if ("/" in text or "@" in text) else []
    for match in WORD.finditer(text):
        if not any(a <= match.start() < b for a, b in skip):
            yield match


class PersonalDictionary:
    """Words the user added, one per line in a private file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.words = {w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                          if w.strip()}
        except (OSError, UnicodeDecodeError):
            self.words = set()

    def add(self, word: str) -> None:
        self.words.add(word)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private_bytes(self.path, ("\n".join(sorted(self.words)) + "\n").encode("utf-8"))

    def __contains__(self, word: str) -> bool:
        return word in self.words or word.lower() in self.words


class FrenchSpeller:
    """Thread-safe: the GUI checks in a worker thread and asks suggestions on the UI one."""

    def __init__(self, personal: PersonalDictionary, folder: Path | None = None) -> None:
        from spellchecker import SpellChecker
        from spylls.hunspell import Dictionary

        folder = folder or dictionary_dir()
        self.personal = personal
        self._hunspell = Dictionary.from_files(str(folder / "fr"))
        self._frequent = SpellChecker(language="fr", distance=2)
        self._lock = threading.Lock()
        self._trade = _word_list(folder / "syndical.txt")
        """Union and HR words the dictionary lacks (« multisyndical », « Carsat »)."""
        self._extra: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._by_skeleton: dict[str, list[str]] = {}
        for known in self._frequent.word_frequency:  # for suggestions: words by accent-free form
            self._by_skeleton.setdefault(_skeleton(known), []).append(known)

    def ignore_words(self, words: Iterable[str]) -> None:
        """Words of this dossier that are right by definition (names, employer...)."""
        self._extra = {w for text in words for w in WORD.findall(text)}

    def is_correct(self, word: str) -> bool:
        quick = self.quick_status(word)
        return quick if quick is not None else self._hunspell_says(_ELISION.sub("", word))

    def quick_status(self, word: str) -> bool | None:
        """True or False when known without asking Hunspell (microseconds); None when
        only Hunspell can tell, which takes about a millisecond: ask ``is_correct``
        off the UI thread, after which the answer is quick."""
        if (word in self.personal or word in self._extra or word.isupper()
                or any(c.isupper() for c in word[1:])):
            return True  # acronyms (CSE, CCPT) and mixed case (iPhone, McDo) are left alone
        core = _ELISION.sub("", word)
        if not core or core.lower() in self._frequent or core in self._trade:
            return True
        return self._cache.get(core)

    def _known(self, word: str) -> bool:
        return word.lower() in self._frequent or self._hunspell_says(word)

    def _hunspell_says(self, word: str) -> bool:
        cached = self._cache.get(word)
        if cached is None:
            with self._lock:
                cached = self._cache[word] = _hunspell_lookup(self._hunspell, word)
        return cached

    def suggest(self, word: str) -> list[str]:
        core = _ELISION.sub("", word)
        prefix = word[: len(word) - len(core)]
        lower = core.lower()
        # Two edits over the French alphabet take 0.2 to 1.2 s; instead, one edit, plus
        # the words whose accent-free skeleton is within one edit of the word's.
        candidates = set(self._frequent.known(self._frequent.edit_distance_1(lower)))
        for near in {_skeleton(lower), *_ascii_edits(_skeleton(lower))}:
            candidates.update(self._by_skeleton.get(near, ()))
        ranked = sorted((c for c in candidates if c != lower and self._known(c)),
                        key=lambda c: (-self._frequent.word_usage_frequency(c), c))
        if core[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        return [prefix + c for c in ranked[:MAX_SUGGESTIONS]]


def _word_list(path: Path) -> set[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _skeleton(word: str) -> str:
    return word.translate(_ACCENTS)


def _ascii_edits(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz-"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


def _hunspell_lookup(dictionary, word: str) -> bool:
    if dictionary.lookup(word):
        return True
    if "-" in word:  # compounds the dictionary does not list: each part must be a word
        first, *rest = word.split("-")
        return ((first.lower() in _PREFIXES or dictionary.lookup(first))
                and all(dictionary.lookup(part) for part in rest if part))
    return False


_PREFIXES = {"co", "anti", "auto", "contre", "ex", "extra", "inter", "intra", "multi", "néo",
             "non", "post", "pré", "pro", "quasi", "semi", "sous", "sur", "super", "télé", "vice"}
