"""`dossier-app proofread` of a 100 000-word dossier, end to end, against Grammalecte alone
over the same paragraphs, in one run.

The dossier is the example's text, its paragraphs repeated (each with its own opening
words, so nothing is checked twice alike) up to the size asked. Both sides run in a fresh
process, as a user waits for them: ours reads the .ccpt, loads the speller, checks grammar,
spelling and the writing advice, and prints the JSON; the baseline imports Grammalecte
and parses the same paragraphs, nothing else. Prints each side's median over the runs and
the ratio (goal: <= 1.5). Needs python3-grammalecte.
    .venv/bin/python benchmarks/proofread.py [--words N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dossier_app.core import grammar
from dossier_app.core.example import example_dossier
from dossier_app.core.markdown import count_words, parse
from dossier_app.core.model import ChapterKind, Dossier
from dossier_app.core.proofread import paragraphs
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

OPENINGS = ("Le {n} mars", "Au mois {n}", "Lors de la réunion {n}", "Dans le dossier {n}",
            "Pour le contrat {n}", "À l’étape {n}")

BASELINE = """
import json, sys
sys.path.insert(0, sys.argv[2])
import grammalecte
engine = grammalecte.GrammarChecker("fr").getGCEngine()
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    for line in text.split("\\n"):
        list(engine.parse(line, "FR"))
"""
"""Grammalecte alone, as its own documentation drives it, a line at a time as we do."""


def big_dossier(words: int) -> Dossier:
    """The example, each chapter's paragraphs repeated until the dossier has ``words``."""
    dossier = example_dossier(load_referential(bundled_referential_path()), dt.date(2026, 11, 22))
    chapters = [production.chapters[kind] for production in dossier.productions
                for kind in ChapterKind]
    sources = [[block.text for block in parse(chapter.text)] for chapter in chapters]
    grown = [list(texts) for texts in sources]
    total, n = sum(count_words(t) for texts in grown for t in texts), 0
    while total < words:
        for index, texts in enumerate(sources):
            for text in texts:
                n += 1
                extra = f"{OPENINGS[n % len(OPENINGS)].format(n=n)}, {text[0].lower()}{text[1:]}"
                grown[index].append(extra)
                total += count_words(extra)
    for chapter, texts in zip(chapters, grown, strict=True):
        chapter.text = "\n\n".join(t.replace("\n", "  \n") for t in texts)
    return dossier


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = grammar.package_folder()
    if folder is None:
        raise SystemExit(f"Grammalecte is missing: apt-get install {grammar.PACKAGE}")
    work = Path(tempfile.mkdtemp(prefix="proofread-bench-"))
    env = {**os.environ, "DOSSIER_CCPT_HOME": str(work / "home")}
    dossier = big_dossier(args.words)
    path = work / "gros.ccpt"
    DossierFile.create(path, dossier, LockIdentity.current("bench")).close()
    texts = [p.text for p in paragraphs(dossier)]
    (work / "paragraphs.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    words = sum(count_words(t) for t in texts)
    ours, alone = [], []
    for _ in range(args.runs):  # interleaved: both sides see the same machine
        ours.append(timed([sys.executable, "-m", "dossier_app", "proofread", str(path),
                           "--format", "json"], env))
        alone.append(timed([sys.executable, "-c", BASELINE, str(work / "paragraphs.json"),
                            str(folder.parent)], env))
    print(f"proofread of a {words}-word dossier ({len(texts)} paragraphs), {args.runs} runs")
    print(f"  dossier-app proofread: median {statistics.median(ours):.1f} s "
          f"(runs {', '.join(f'{t:.1f}' for t in ours)})")
    print(f"  Grammalecte alone:     median {statistics.median(alone):.1f} s "
          f"(runs {', '.join(f'{t:.1f}' for t in alone)})")
    print(f"  ratio {statistics.median(ours) / statistics.median(alone):.2f}   (goal <= 1.5)")


if __name__ == "__main__":
    main()
