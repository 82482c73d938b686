"""The harness itself: this runs on the Windows Python, with the app importable."""

import os
import sys
from pathlib import Path, PureWindowsPath


def test_the_interpreter_is_windows() -> None:
    assert os.name == "nt" and sys.platform == "win32"
    assert isinstance(Path.cwd(), PureWindowsPath)
    assert sys.version_info[:2] >= (3, 13)


def test_the_app_and_its_windows_dependencies_import(tmp_path: Path) -> None:
    import platformdirs

    import dossier_app
    from dossier_app.storage import dossier_file, lock

    assert dossier_app.__version__ and dossier_file and lock
    assert "AppData" in str(platformdirs.user_data_path("dossier-ccpt", appauthor=False))
    assert PureWindowsPath(tmp_path).drive  # a Windows path with its drive
