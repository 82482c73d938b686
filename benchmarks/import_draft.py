"""The import of a Word draft as the user waits for it: `dossier-app import X.docx -o X.ccpt`
run as a process, end to end, against python-docx merely opening the same file
(`docx.Document(path)`, in a process of its own too), in one run (goal: ratio <= 2).

The draft is the 100 000-word dossier the export benchmark generates, exported to docx by
the app (our own export read back); the example dossier's export is timed too. Run:
    .venv/bin/python benchmarks/import_draft.py [--runs N]
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

from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.export.service import export_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_docx import big_dossier  # the 100 000-word dossier the export benchmark writes


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - start


def in_process(draft: Path, referential, runs: int) -> tuple[float, float]:
    """Medians of reading the draft into its mapping, and of python-docx opening it, without
    the processes' start (the command line's imports, shared by every command)."""
    import docx

    from dossier_app.app.draft_import import read_draft

    reads, opens = [], []
    for _ in range(runs):
        start = time.perf_counter()
        read_draft(draft, referential=referential)
        reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        docx.Document(str(draft))
        opens.append(time.perf_counter() - start)
    return statistics.median(reads), statistics.median(opens)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    referential = load_referential(bundled_referential_path())
    example = dossier_from_json(json.loads(example_dossier_path().read_text(encoding="utf-8")),
                                referential).dossier
    print(f"Import of a Word draft end to end, median of {args.runs} interleaved runs")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name, dossier in (("100 000 words", big_dossier()), ("example", example)):
            draft = folder / f"{name.split()[0]}.docx"
            export_document(dossier, referential, draft, "docx")
            target = folder / "imported.ccpt"
            opening = [sys.executable, "-c", f"import docx; docx.Document({str(draft)!r})"]
            importing = [sys.executable, "-m", "dossier_app", "import", str(draft), "-o", str(target),
                         "--force"]
            samples: dict[str, list[float]] = {"python-docx opens": [], "dossier-app import": []}
            for _ in range(args.runs):
                samples["python-docx opens"].append(timed(opening))
                samples["dossier-app import"].append(timed(importing))
            medians = {key: statistics.median(values) for key, values in samples.items()}
            print(f"{name} ({draft.stat().st_size / 1e6:.2f} MB docx):")
            for key, value in medians.items():
                print(f"  {key:<20} {value:6.2f} s")
            ratio = medians['dossier-app import'] / medians['python-docx opens']
            print(f"  ratio                {ratio:6.2f}")
            read, opened = in_process(draft, referential, args.runs)
            print(f"  in process: read_draft {read:.2f} s, docx.Document {opened:.2f} s "
                  f"(ratio {read / opened:.2f})")


if __name__ == "__main__":
    main()
