"""The export as the user waits for it: `dossier-app export` run as a process, end to end,
against the floor measured in the same run (target: ratio <= 1.5).

The floor is what no export can avoid: a process that reads the same .ccpt, writes its
text with raw python-docx (one paragraph per Markdown block, its bold and italic runs,
in the same template), and has LibreOffice convert that file to PDF once, as our
export does to number its contents. Without LibreOffice both sides run without it
(our contents are then numbered by Qt's layout). Measured on a 100 000-word dossier
(paragraphs, lists, bold) and on the example dossier, for docx and for pdf. Run:
    .venv/bin/python benchmarks/export_docx.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

from dossier_app.app import dossiers
from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.markdown import parse
from dossier_app.core.model import Chapter, ChapterKind, Dossier, Production
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.export import pdf
from dossier_app.export.word import default_template
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

SENTENCE = ("le délégué du personnel a préparé la réunion avec soin en relisant chaque compte "
            "rendu pour vérifier les heures et les contrats des salariés **concernés** par "
            "le *planning* de nuit")
WORDS = SENTENCE.split(" ")


def chapter(words: int, seed: int) -> str:
    """Paragraphs of about 60 words, and a three-item list after every fourth one."""
    blocks, written, index = [], 0, 0
    while written < words:
        sentence = " ".join(WORDS[(seed + index + i) % len(WORDS)] for i in range(60))
        blocks.append(sentence[0].upper() + sentence[1:] + ".")
        written += 60
        index += 1
        if index % 4 == 0:
            blocks.append("\n".join(f"- {WORDS[(seed + index + i) % len(WORDS)]} et "
                                    f"{WORDS[(seed + i) % len(WORDS)]} ;" for i in range(3)))
            written += 9
    return "\n\n".join(blocks)


def big_dossier(total_words: int = 100_000) -> Dossier:
    per_chapter = total_words // 9
    productions = [Production(competence=number, title=f"Production {number}",
                              chapters={kind: Chapter(chapter(per_chapter, number * 7 + i))
                                        for i, kind in enumerate(ChapterKind)})
                   for number in (1, 2, 3)]
    return Dossier(ccpt="dossier-social", productions=productions)


def floor(source: Path, target: Path) -> None:
    """The floor's own process: raw python-docx, then one LibreOffice conversion."""
    dossier = dossiers.read(source)
    document = docx.Document(str(default_template()))
    for production in dossier.productions:
        document.add_paragraph(production.title, style="Heading 1")
        for kind in ChapterKind:
            document.add_paragraph(kind.label, style="Heading 2")
            for block in parse(production.chapters[kind].text):
                paragraph = document.add_paragraph()
                for run in block.runs:
                    added = paragraph.add_run(run.text)
                    added.bold, added.italic = run.bold or None, run.italic or None
    document.save(str(target))
    soffice = pdf.find_libreoffice()
    if soffice is not None:
        pdf.docx_to_pdf(target, target.with_suffix(".pdf"), soffice)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--floor", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(*args.floor)
        return
    referential = load_referential(bundled_referential_path())
    example = dossier_from_json(json.loads(example_dossier_path().read_text(encoding="utf-8")),
                                referential).dossier
    here = [sys.executable, __file__]
    app = [sys.executable, "-m", "dossier_app"]
    with_lo = pdf.find_libreoffice() is not None
    print(f"Export end to end, median of {args.runs} interleaved runs, "
          f"{'with' if with_lo else 'without'} LibreOffice")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name, dossier in (("100 000 words", big_dossier()), ("example", example)):
            source = folder / f"{name.split()[0]}.ccpt"
            with DossierFile.create(source, dossier, LockIdentity.current("bench")):
                pass
            samples: dict[str, list[float]] = {"floor": [], "docx": [], "pdf": []}
            for _ in range(args.runs):
                samples["floor"].append(timed([*here, "--floor", str(source),
                                               str(folder / "floor.docx")]))
                for fmt in ("docx", "pdf"):
                    samples[fmt].append(timed([*app, "export", str(source), "-o",
                                               str(folder / f"ours.{fmt}")]))
            base = statistics.median(samples["floor"])
            print(f"  {name}: floor {base:.2f} s (raw python-docx"
                  f"{' + one LibreOffice conversion' if with_lo else ''})")
            for fmt in ("docx", "pdf"):
                ours = statistics.median(samples[fmt])
                print(f"    export -o .{fmt}: {ours:.2f} s   ratio {ours / base:.2f}"
                      "   (target <= 1.5)")


if __name__ == "__main__":
    main()
