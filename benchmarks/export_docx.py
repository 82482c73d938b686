"""Word export: a 100 000-word dossier against raw python-docx writing the same
paragraphs (target ratio <= 1.3), and the example dossier (target < 0.3 s).

The LibreOffice pass that numbers the table of contents is timed apart: it is
a separate process and depends on LibreOffice's start-up. Run:
    .venv/bin/python benchmarks/export_docx.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import docx
from chapter_save import dossier_of

from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.markdown import parse
from dossier_app.core.model import ChapterKind
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.export.service import export_document
from dossier_app.export.word import Options, build, default_template


def raw_python_docx(dossier, target: Path) -> None:
    """The baseline: the same chapter paragraphs and runs, straight into python-docx."""
    document = docx.Document(str(default_template()))
    for production in dossier.productions:
        document.add_paragraph("Production", style="Heading 1")
        for kind in ChapterKind:
            document.add_paragraph(kind.label, style="Heading 2")
            for block in parse(production.chapters[kind].text):
                paragraph = document.add_paragraph(style="Normal")
                for run in block.runs:
                    added = paragraph.add_run(run.text)
                    added.bold, added.italic = run.bold or None, run.italic or None
    document.save(str(target))


def ours(dossier, referential, target: Path) -> None:
    build(dossier, referential, Options()).save(str(target))


def timed(work, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    referential = load_referential(bundled_referential_path())
    big = dossier_of(100_000, 11_000)
    example = dossier_from_json(json.loads(example_dossier_path().read_text(encoding="utf-8")),
                                referential).dossier
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        raw, mine = [], []
        for _ in range(args.runs):  # interleaved
            raw += timed(lambda: raw_python_docx(big, folder / "raw.docx"), 1)
            mine += timed(lambda: ours(big, referential, folder / "ours.docx"), 1)
        small = timed(lambda: ours(example, referential, folder / "exemple.docx"), args.runs)
        full = timed(lambda: export_document(example, referential, folder / "complet.docx",
                                             "docx"), 2)
    print(f"Word export, median of {args.runs} interleaved runs")
    print(f"  100 000 words, raw python-docx: {statistics.median(raw):.2f} s")
    print(f"  100 000 words, Dossier CCPT:    {statistics.median(mine):.2f} s   "
          f"ratio {statistics.median(mine) / statistics.median(raw):.2f} (target <= 1.3)")
    print(f"  example dossier:                {statistics.median(small) * 1000:.0f} ms "
          "(target < 300 ms)")
    print(f"  example with the LibreOffice pass numbering the contents: "
          f"{statistics.median(full):.1f} s")


if __name__ == "__main__":
    main()
