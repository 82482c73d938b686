"""The window's resident memory with and without grammar checking, on the example dossier
and on a 100 000-word one (goal: grammar adds at most 150 MB).

Each case runs in a fresh process: the window (offscreen) opens the dossier, the speller
loads; with grammar, the whole dossier is proofread as the *Relecture* panel does (every
paragraph checked and kept). Then the process's resident memory (VmRSS) and its peak
(VmHWM) are read. Linux only (/proc). Needs python3-grammalecte.
    .venv/bin/python benchmarks/memory.py [--words N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CASE = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dossier_app.core.paths import AppPaths
from dossier_app.gui.app import create_window
window, context = create_window(AppPaths.default())
spell = context.spell
spell.start()
spell.wait_until_ready()
if sys.argv[2] == "off":
    spell.grammar = None
window.show()
window.open_path(Path(sys.argv[1]))
app.processEvents()
if spell.grammar is not None:
    spell.grammar.proofread_dossier(window.session.dossier, spell.speller, None)
    spell.grammar.wait()
app.processEvents()
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(int(status["VmRSS"].split()[0]) // 1024, int(status["VmHWM"].split()[0]) // 1024)
sys.stdout.flush()
os._exit(0)
"""


def measure(path: Path, grammar: str, env: dict[str, str]) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", CASE, str(path), grammar], check=True,
                         capture_output=True, text=True, env=env).stdout.split()
    return int(out[-2]), int(out[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from proofread import big_dossier

    from dossier_app.core.resources import example_dossier_path
    from dossier_app.storage.dossier_file import DossierFile
    from dossier_app.storage.lock import LockIdentity

    work = Path(tempfile.mkdtemp(prefix="memory-bench-"))
    env = {**os.environ, "DOSSIER_CCPT_HOME": str(work / "home"), "QT_QPA_PLATFORM": "offscreen"}
    example = work / "exemple.ccpt"
    subprocess.run([sys.executable, "-m", "dossier_app", "import", str(example_dossier_path()),
                    "-o", str(example)], check=True, capture_output=True, env=env)
    big = work / "gros.ccpt"
    DossierFile.create(big, big_dossier(args.words), LockIdentity.current("bench")).close()
    print("resident memory of the window, MiB (now / peak)")
    for name, path in (("example", example), (f"{args.words} words", big)):
        off = measure(path, "off", env)
        on = measure(path, "on", env)
        print(f"  {name}: grammar off {off[0]} / {off[1]}, on {on[0]} / {on[1]}: "
              f"grammar adds {on[0] - off[0]} MiB (goal <= 150)")


if __name__ == "__main__":
    main()
