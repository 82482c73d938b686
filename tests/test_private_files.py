"""Every file and folder the app makes is the user's alone (0600, 0700): a GUI session and
the command line run with their user folders in a fresh home, and the home walked."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dossier_app.core.paths import HOME_OVERRIDE, AppPaths
from dossier_app.core.resources import example_dossier_path
from dossier_app.gui.settings import Settings

from .conftest import run_cli
from .test_no_network import GUI_SESSION, run_guarded

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@pytest.fixture(scope="module")
def used_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home where the window opened the example, took a larger text and a dark theme,
    exported the dossier to Word and PDF and the progress sheet, and closed; then the
    command line imported a dossier and exported it to every format."""
    home = tmp_path_factory.mktemp("used-home")
    env = {HOME_OVERRIDE: str(home)}
    previous = os.umask(0o022)  # a usual umask: what is private is made so by the app
    try:
        session = run_guarded(GUI_SESSION, home, env=env)
        assert session.returncode == 0, session.stderr
        ccpt = home / "nadia.ccpt"
        results = [run_cli("import", example_dossier_path(), "-o", ccpt, env=env)]
        results += [run_cli("export", ccpt, "-o", home / f"nadia.{fmt}", env=env)
                    for fmt in ("docx", "json", "pdf")]
        results.append(run_cli("export", ccpt, "-o", home / "anonyme.json", "--pseudonymize",
                               env=env))
    finally:
        os.umask(previous)
    assert [r.code for r in results] == [0] * len(results), [r.err for r in results]
    return home


def _modes(home: Path, kind: str) -> dict[str, str]:
    found = {}
    for folder, folders, files in os.walk(home):
        for name in folders if kind == "folder" else files:
            path = Path(folder, name)
            found[str(path.relative_to(home))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def test_every_file_made_is_private(used_home) -> None:
    files = _modes(used_home, "file")
    assert {"config/settings.ini", "data/examples/exemple-nadia-martin.ccpt", "jury.docx",
            "jury.pdf", "fiche.docx", "nadia.ccpt", "nadia.pdf", "anonyme.json"} <= set(files)
    assert {path: mode for path, mode in files.items() if mode != "0o600"} == {}


def test_every_folder_made_is_private(used_home) -> None:
    folders = _modes(used_home, "folder")
    assert {"config", "data", "data/examples"} <= set(folders)
    assert {path: mode for path, mode in folders.items() if mode != "0o700"} == {}


def test_settings_written_anew_by_qt_are_private(tmp_path, qapp) -> None:
    """Qt creates the INI with mode 0666 when it is missing (removed while the app runs),
    and its lock file ``settings.ini.lock`` each time it writes: the umask decides."""
    paths = AppPaths.under(tmp_path / "home")
    previous = os.umask(0o022)
    try:
        settings = Settings(paths)
        file = paths.config / "settings.ini"
        file.unlink()
        settings.theme = "dark"
        qapp.processEvents()  # where Qt writes a change on its own
        del settings
    finally:
        os.umask(previous)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert Settings(paths).theme == "dark"
