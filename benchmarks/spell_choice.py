"""Compare French spell checkers on the seed texts, to choose one by measurement.

For each approach: the share of correct words wrongly flagged (acronyms, names
and numbers aside), the share of real misspellings caught, the time of one
suggestion list and whether it holds the right word, and the cost of checking a
5 000-word chapter, the time and memory it takes to load. Grammalecte's own speller is
measured too, to choose one spelling engine (it needs python3-grammalecte). Run:
    .venv/bin/python benchmarks/spell_choice.py ../shared/seeds
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from spellchecker import SpellChecker

from dossier_app.core.spelling import _ELISION, WORD, FrenchSpeller, PersonalDictionary, dictionary_dir


def corpus_words(folder: Path) -> Counter[str]:
    """Words of the seeds, acronyms and names aside (the checker leaves acronyms alone)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    tokens = WORD.findall(text)
    lowercase = {t.lower() for t in tokens if t.islower()}
    kept: Counter[str] = Counter()
    for token in tokens:
        bare = _ELISION.sub("", token)
        if len(bare) < 2 or token.isupper() or any(c.isupper() for c in token[1:]):
            continue  # acronyms: CSE, VAE, CCP
        if token[0].isupper() and bare.lower() not in lowercase:
            continue  # a name: never written in lower case in the corpus
        kept[token] += 1
    return kept


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    change = rng.choice(["drop", "swap", "double", "accent"])
    if change == "drop":
        return word[:i] + word[i + 1:]
    if change == "swap":
        return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    if change == "double":
        return word[:i] + word[i] + word[i:]
    plain = word.translate(str.maketrans("éèêàâîôûç", "eeeaaiouc"))
    return plain if plain != word else word[:i] + word[i + 1:]


class FrequencyList:
    name = "pyspellchecker alone (French frequency list)"

    def __init__(self) -> None:
        from spellchecker import SpellChecker

        self.checker = SpellChecker(language="fr", distance=2)

    def correct(self, word: str) -> bool:
        return _ELISION.sub("", word).lower() in self.checker

    def suggest(self, word: str) -> list[str]:
        return sorted(self.checker.candidates(word) or [], key=self.checker.word_usage_frequency,
                      reverse=True)[:6]


class HunspellAlone:
    name = "spylls alone (Hunspell, Grammalecte « toutes variantes »)"
    suggestion_sample = 2  # one suggestion list takes tens of seconds

    def __init__(self) -> None:
        from spylls.hunspell import Dictionary

        self.dictionary = Dictionary.from_files(str(dictionary_dir() / "fr"))

    def correct(self, word: str) -> bool:
        return self.dictionary.lookup(word)

    def suggest(self, word: str) -> list[str]:
        return list(self.dictionary.suggest(word))[:6]


class Hybrid:
    name = "chosen: frequency list first, then Hunspell; suggestions filtered by Hunspell"

    def __init__(self) -> None:
        folder = Path(tempfile.mkdtemp())
        self.speller = FrenchSpeller(PersonalDictionary(folder / "perso.txt"))

    def correct(self, word: str) -> bool:
        return self.speller.is_correct(word)

    def suggest(self, word: str) -> list[str]:
        return self.speller.suggest(word)


class GrammalecteSpeller:
    name = "Grammalecte's own speller (graphspell, « toutes variantes »), with its suggestions"

    def __init__(self) -> None:
        from dossier_app.core.grammar import PACKAGE, package_folder

        folder = package_folder()
        if folder is None:
            raise SystemExit(f"Grammalecte is missing: apt-get install {PACKAGE}")
        from grammalecte.graphspell.spellchecker import SpellChecker as Graphspell

        self.checker = Graphspell("fr", "fr-allvars.json")

    def correct(self, word: str) -> bool:
        """As its tokenizer gives words: the elided article apart, a hyphenated word whole
        or each part (« avez-vous »)."""
        bare = _ELISION.sub("", word)
        return (not bare or self.checker.isValid(bare)
                or all(self.checker.isValid(part) for part in bare.split("-") if part))

    def suggest(self, word: str) -> list[str]:
        return [s for group in self.checker.suggest(word) for s in group][:6]


def measure(checker, words: Counter[str], rng: random.Random) -> None:
    unique = sorted(words)
    chapter = rng.choices(unique, k=5000)
    start = time.perf_counter()
    for w in chapter:
        checker.correct(w)
    chapter_ms = (time.perf_counter() - start) * 1000
    flagged = [w for w in unique if not checker.correct(w)]
    flagged_tokens = sum(words[w] for w in flagged)
    total_tokens = sum(words.values())

    candidates = [w for w in unique if len(w) >= 5 and w.islower()]
    wrong = {misspell(w, rng): w for w in rng.sample(candidates, 200)}
    wrong = {k: v for k, v in wrong.items() if k not in words}
    caught = sum(not checker.correct(k) for k in wrong)

    sample = list(wrong.items())[: getattr(checker, "suggestion_sample", 40)]
    timings, found = [], 0
    for misspelt, right in sample:
        start = time.perf_counter()
        suggestions = checker.suggest(misspelt)
        timings.append((time.perf_counter() - start) * 1000)
        found += right in suggestions
    print(f"\n{checker.name}")
    print(f"  correct words wrongly flagged: {len(flagged)} of {len(unique)} distinct "
          f"({100 * len(flagged) / len(unique):.2f} %), {flagged_tokens} of {total_tokens} "
          f"occurrences ({100 * flagged_tokens / total_tokens:.2f} %)")
    english = SpellChecker(language="en")
    french_flagged = [w for w in flagged if w.lower() not in english]
    french_tokens = sum(words[w] for w in french_flagged)
    print(f"  ... of which French (not English words of the seeds): {len(french_flagged)} distinct "
          f"({100 * len(french_flagged) / len(unique):.2f} %), {french_tokens} occurrences "
          f"({100 * french_tokens / total_tokens:.2f} %)")
    print(f"    {', '.join(french_flagged[:40])}")
    print(f"  misspellings caught: {caught} of {len(wrong)} ({100 * caught / len(wrong):.1f} %)")
    print(f"  checking a 5 000-word chapter, cold: {chapter_ms:.0f} ms")
    print(f"  suggestions: median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms, "
          f"right word offered {found} / {len(sample)}")


def resident_mib() -> float:
    """This process's resident memory now (Linux), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--only", help="a class name to run alone")
    args = parser.parse_args()
    words = corpus_words(args.seeds)
    print(f"{len(words)} distinct words, {sum(words.values())} occurrences in {args.seeds}")
    for candidate in (FrequencyList, HunspellAlone, Hybrid, GrammalecteSpeller):
        if args.only and candidate.__name__ != args.only:
            continue
        start = time.perf_counter()
        before = resident_mib()
        checker = candidate()
        print(f"\n[{candidate.__name__}] loaded in {time.perf_counter() - start:.2f} s, "
              f"{resident_mib() - before:.0f} MiB more resident memory")
        measure(checker, words, random.Random(7))


if __name__ == "__main__":
    main()
