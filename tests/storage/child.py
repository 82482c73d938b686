"""Child processes for the storage tests: run as ``python child.py ROLE FILE``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dossier_app.core.model import ChapterKind
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity


def chapter_text(index: int) -> str:
    return f"Version {index} : " + "mot " * (index % 50)


def main() -> None:
    role, path = sys.argv[1], Path(sys.argv[2])
    file = DossierFile.open(path, LockIdentity.current("Enfant"))
    if role == "hold":
        print("read-only" if file.read_only else "ready", flush=True)
        time.sleep(600)
    elif role == "save-loop":
        print("ready", flush=True)
        index = 0
        while True:
            index += 1
            file.save_chapter(1, ChapterKind.ANALYSIS, chapter_text(index))
            print(index, flush=True)


if __name__ == "__main__":
    main()
