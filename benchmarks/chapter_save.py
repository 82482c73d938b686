"""Time one chapter save in a 1 000-word and a 100 000-word dossier.

Prints the median and p95 of each and their ratio (targets: p95 <= 10 ms,
ratio <= 1.5). The saved chapter has the same length in both dossiers, so the
ratio shows what the size of the rest of the dossier costs. Run:
    .venv/bin/python benchmarks/chapter_save.py [--runs N] [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from dossier_app.core.model import Chapter, ChapterKind, Dossier, Production
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

SENTENCE = ("le délégué du personnel a préparé la réunion avec soin en relisant chaque "
            "compte rendu pour vérifier les heures et les contrats des salariés")
WORDS = SENTENCE.split(" ")


def text_of(words: int, seed: int) -> str:
    sentence = [WORDS[(seed + i) % len(WORDS)] for i in range(words)]
    paragraphs = [" ".join(sentence[i:i + 120]) + "." for i in range(0, words, 120)]
    return "\n\n".join(paragraphs)


def dossier_of(total_words: int, edited_words: int) -> Dossier:
    """Three productions; the edited chapter (1, analysis) has ``edited_words``."""
    others = (total_words - edited_words) // 8
    productions = []
    for number in (1, 2, 3):
        chapters = {kind: Chapter(text_of(others, number * 10 + i))
                    for i, kind in enumerate(ChapterKind)}
        productions.append(Production(competence=number, title=f"Production {number}",
                                      chapters=chapters))
    productions[0].chapters[ChapterKind.ANALYSIS] = Chapter(text_of(edited_words, 99))
    return Dossier(ccpt="dossier-social", productions=productions)


def time_saves(folder: Path, total_words: int, edited_words: int, runs: int) -> list[float]:
    path = folder / f"bench-{total_words}.ccpt"
    base = text_of(edited_words, 7)
    with DossierFile.create(path, dossier_of(total_words, edited_words),
                            LockIdentity.current("bench")) as file:
        file.save_chapter(1, ChapterKind.ANALYSIS, base)  # the first save also keeps a revision
        timings = []
        for index in range(runs):
            text = f"{base} {index}"  # as after one more keystroke
            start = time.perf_counter()
            file.save_chapter(1, ChapterKind.ANALYSIS, text)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="saves per round")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--dir", type=Path, help="folder for the files (default: a temp folder)")
    parser.add_argument("--edited-words", type=int, default=400)
    args = parser.parse_args()
    sizes = (1_000, 100_000)
    medians: dict[int, list[float]] = {size: [] for size in sizes}
    p95s: dict[int, list[float]] = {size: [] for size in sizes}
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        for size in sizes:  # warm-up, not counted
            time_saves(Path(folder), size, args.edited_words, 20)
        for _ in range(args.rounds):  # interleaved, so drift hits both sizes alike
            for size in sizes:
                timings = time_saves(Path(folder), size, args.edited_words, args.runs)
                medians[size].append(statistics.median(timings))
                p95s[size].append(p95(timings))
    print(f"chapter save of a {args.edited_words}-word chapter: {args.rounds} rounds of "
          f"{args.runs} saves (synchronous=FULL, rollback journal); median over rounds")
    for size in sizes:
        print(f"  {size:>7} words in dossier: median {statistics.median(medians[size]):6.2f} ms, "
              f"p95 {statistics.median(p95s[size]):6.2f} ms")
    ratio_median = statistics.median(medians[sizes[1]]) / statistics.median(medians[sizes[0]])
    ratio_p95 = statistics.median(p95s[sizes[1]]) / statistics.median(p95s[sizes[0]])
    print(f"  ratio 100k / 1k: median {ratio_median:.2f}, p95 {ratio_p95:.2f}"
          "   (targets: p95 <= 10 ms, ratio <= 1.5)")


if __name__ == "__main__":
    main()
