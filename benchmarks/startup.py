"""Start to window shown: the app on the example dossier vs a bare PySide6 window.

The app quits once its window has painted (``--quit-after-show``), the bare window (a
QMainWindow with a QTextEdit) at the first turn of its event loop; runs are interleaved,
bytecode compiled as in an install, and the medians compared (target: ratio <= 1.3). Run:
    .venv/bin/python benchmarks/startup.py [--runs N]
Uses the offscreen platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTextEdit())
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
"""The baseline of issue 12: a QMainWindow with a QTextEdit, shown, quitting at the first
turn of the event loop."""


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def prepare() -> tuple[dict, Path]:
    """An environment with a throw-away user folder, and the example dossier as a file."""
    home = Path(tempfile.mkdtemp(prefix="startup-"))
    env = {**os.environ, "DOSSIER_CCPT_HOME": str(home)}
    # An installed copy starts from bytecode (pip compiles at install, PyInstaller bundles
    # it); a machine with PYTHONDONTWRITEBYTECODE would otherwise recompile every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(Path(__file__).parents[1] / "dossier_app"), quiet=1)
    if "DISPLAY" not in env:
        env["QT_QPA_PLATFORM"] = "offscreen"
    dossier = home / "exemple.ccpt"
    example = Path(__file__).parents[1] / "resources" / "examples" / "exemple-dossier-social.json"
    subprocess.run([sys.executable, "-m", "dossier_app", "import", str(example), "-o", str(dossier)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    return env, dossier


def compare(baseline: tuple[str, list[str]], measured: tuple[str, list[str]], env: dict,
            runs: int) -> tuple[float, float]:
    """Median start times of two commands, interleaved after one warm-up run each."""
    timed(baseline[1], env), timed(measured[1], env)  # warm the disk cache
    base_times, measured_times = [], []
    for _ in range(runs):
        base_times.append(timed(baseline[1], env))
        measured_times.append(timed(measured[1], env))
    base, other = statistics.median(base_times), statistics.median(measured_times)
    print(f"start to window shown, {runs} interleaved runs each "
          f"({env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))})")
    print(f"  {baseline[0]:<34} median {base * 1000:6.0f} ms")
    print(f"  {measured[0]:<34} median {other * 1000:6.0f} ms")
    return base, other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env, dossier = prepare()
    bare, app = compare(("bare PySide6 window:", [sys.executable, "-c", BARE]),
                        ("Dossier CCPT, example dossier:",
                         [sys.executable, "-m", "dossier_app", "--quit-after-show", str(dossier)]),
                        env, args.runs)
    print(f"  ratio {app / bare:.2f}   (target <= 1.3)")


if __name__ == "__main__":
    main()
