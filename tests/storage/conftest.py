from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("child.py")


def start_child(role: str, path: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, str(CHILD), role, str(path)],
                               stdout=subprocess.PIPE, text=True)
    return process
