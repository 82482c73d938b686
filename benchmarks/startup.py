"""Start to window shown: the app on the example dossier vs a bare PySide6 window.

Both quit as soon as their window has painted; runs are interleaved and the
medians compared (target: ratio <= 1.3). Run:
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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Bonjour"))
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
app.installEventFilter(watch)
window.resize(1280, 820)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
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
    app = [sys.executable, "-m", "dossier_app", "--quit-after-show", str(dossier)]
    bare = [sys.executable, "-c", BARE]
    timed(app, env), timed(bare, env)  # warm the disk cache
    app_times, bare_times = [], []
    for _ in range(args.runs):
        bare_times.append(timed(bare, env))
        app_times.append(timed(app, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"start to window shown, {args.runs} interleaved runs each "
          f"({env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))})")
    print(f"  bare PySide6 window:          median {bare_median * 1000:6.0f} ms")
    print(f"  Dossier CCPT, example dossier: median {app_median * 1000:6.0f} ms")
    print(f"  ratio {app_median / bare_median:.2f}   (target <= 1.3)")


if __name__ == "__main__":
    main()
