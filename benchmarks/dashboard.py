"""Opening the group dashboard over 200 generated dossiers (target under 1 s).

Times the dashboard window from nothing to its table filled (reading every file
read-only), median of several runs, and the bare file reading alone. Run:
    .venv/bin/python benchmarks/dashboard.py [--dossiers N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from dossier_app.core.clock import SYSTEM
from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.group import summarize_folder
from dossier_app.storage.lock import LockIdentity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from dossier_app.gui.dashboard import DashboardDialog

    referential = load_referential(bundled_referential_path())
    example = dossier_from_json(json.loads(example_dossier_path().read_text(encoding="utf-8")),
                                referential).dossier
    identity = LockIdentity.current("bench")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for index in range(args.dossiers):
            example.candidate.first_name = f"Candidat {index:03d}"
            DossierFile.create(folder / f"dossier-{index:03d}.ccpt", example, identity).close()
        reading, window = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            summarize_folder(folder)
            reading.append(time.perf_counter() - start)
            start = time.perf_counter()
            dashboard = DashboardDialog(folder, referential, SYSTEM)
            dashboard.show()
            app.processEvents()
            window.append(time.perf_counter() - start)
            dashboard.close()
            dashboard.deleteLater()
    print(f"group dashboard over {args.dossiers} dossiers, median of {args.runs} runs")
    print(f"  reading the files:            {statistics.median(reading) * 1000:.0f} ms")
    print(f"  dashboard shown, table filled: {statistics.median(window) * 1000:.0f} ms "
          "(target < 1000 ms)")
    sys.stdout.flush()
    os._exit(0)  # skip PySide's teardown of widgets driven outside an event loop


if __name__ == "__main__":
    main()
