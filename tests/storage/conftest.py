from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dossier_app.storage.dossier_file import DossierFile

CHILD = Path(__file__).with_name("child.py")


@pytest.fixture
def saved(tmp_path, example, identity) -> Path:
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, example, identity).close()
    return path


def start_child(role: str, path: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, str(CHILD), role, str(path)],
                               stdout=subprocess.PIPE, text=True)
    return process
