"""Start to window shown: the packaged app (PyInstaller bundle) vs the app run from source.

Both open the example dossier and quit once the window has painted; runs are
interleaved and the medians compared in the same run. Build the bundle first
(`make package`), then:
    .venv/bin/python benchmarks/packaged_start.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from startup import compare, prepare

BUNDLE = Path(__file__).resolve().parents[1] / "build" / "dist" / "dossier-ccpt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    program = BUNDLE / ("dossier-ccpt.exe" if sys.platform == "win32" else "dossier-ccpt")
    if not program.exists():
        raise SystemExit(f"{program} is missing: run `make package` first")
    env, dossier = prepare()
    source, packaged = compare(
        ("from source (python -m dossier_app):",
         [sys.executable, "-m", "dossier_app", "--quit-after-show", str(dossier)]),
        ("packaged (PyInstaller one-folder):", [str(program), "--quit-after-show", str(dossier)]),
        env, args.runs)
    print(f"  ratio packaged / source {packaged / source:.2f}")


if __name__ == "__main__":
    main()
