"""The GUI opens what it can, read-only when it must, and a bad file never costs the
dossier already on screen (issue 11)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dossier_app.core.paths import AppPaths
from dossier_app.gui.settings import Settings
from dossier_app.storage import dossier_file
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

POSIX = os.name == "posix"
ROOT = POSIX and os.geteuid() == 0
UNWRITABLE_SENTENCE = ("Ce dossier est en lecture seule : le fichier ou son support ne peut pas "
                       "être modifié. Enregistrez une copie pour continuer à écrire.")


@pytest.fixture
def good(tmp_path, example, identity) -> Path:
    path = tmp_path / "good.ccpt"
    DossierFile.create(path, example, identity).close()
    return path


def _planted(good: Path, target: Path) -> Path:
    """A copy of a real dossier with a trigger planted in it (foreign code)."""
    target.write_bytes(good.read_bytes())
    with sqlite3.connect(target) as connection:
        connection.executescript(
            "CREATE TRIGGER t AFTER INSERT ON lock BEGIN DELETE FROM chapters; END")
    connection.close()
    return target


@pytest.fixture
def bad(tmp_path, good) -> Path:
    return _planted(good, tmp_path / "bad.ccpt")


# --- a bad file leaves the open dossier alone ----------------------------------------------

def test_a_bad_file_keeps_the_open_dossier(window, good, bad, told):
    assert window.open_path(good)
    session, title = window.session, window.windowTitle()
    chapters = len(session.dossier.productions)

    assert not window.open_path(bad)

    assert window.session is session
    assert not session.read_only
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle() == title
    assert len(session.dossier.productions) == chapters
    assert len(told) == 1 and "déclencheur" in told[0] and "\n" not in told[0]
    # The session still saves to its file.
    session.update(lambda d: setattr(d, "project", "Toujours ouvert."))
    assert session.flush()
    window.close_dossier()
    with DossierFile.open(good, read_only=True) as file:
        assert file.load().project == "Toujours ouvert."
    # The bad file was not changed by the attempt (the trigger never ran).
    with sqlite3.connect(bad) as connection:
        assert connection.execute("SELECT count(*) FROM chapters").fetchone()[0] > 0
    connection.close()


@pytest.mark.parametrize("kind", ["directory", "fifo", "missing", "garbage"])
def test_other_bad_paths_keep_the_open_dossier(window, good, tmp_path, told, kind):
    target = tmp_path / f"{kind}.ccpt"
    if kind == "directory":
        target.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(target)
    elif kind == "garbage":
        target.write_bytes(b"not a dossier at all" * 100)
    assert window.open_path(good)
    session = window.session

    assert not window.open_path(target)

    assert window.session is session and window.stack.currentWidget() is window.workspace
    assert len(told) == 1 and told[0].strip() and "\n" not in told[0]


def test_a_bad_file_from_the_welcome_screen_stays_on_it(window, bad, told):
    assert not window.open_path(bad)
    assert window.session is None and window.stack.currentWidget() is window.welcome
    assert len(told) == 1


# --- names that are not valid UTF-8 ---------------------------------------------------------

@pytest.mark.skipif(not POSIX or sys.platform == "darwin", reason="needs bytes file names")
def test_undecodable_names_are_shown_and_kept(window, good, tmp_path, told):
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/\xff-dossier.ccpt"))
    odd.write_bytes(good.read_bytes())

    if window.open_path(odd):
        window.close_dossier()
    else:  # the storage layer may refuse such a name: then one printable sentence
        assert len(told) == 1 and "\ufffd-dossier.ccpt" in told.pop()
    window.context.settings.add_recent(odd)
    window.show_welcome()

    assert window.context.settings.recent_files[0] == odd  # kept byte for byte
    item = window.welcome.recent.item(0)
    assert "\ufffd-dossier" in item.text() and "\ufffd" in item.toolTip()
    assert Path(item.data(0x0100)) == odd  # Qt.ItemDataRole.UserRole: the path itself
    assert "\ufffd" in window.recent_menu.actions()[0].text()
    opened: list[Path] = []
    window.welcome.recent_chosen.disconnect()
    window.welcome.recent_chosen.connect(opened.append)
    window.welcome.recent.itemActivated.emit(item)
    assert opened == [odd]

    bad = _planted(good, Path(os.fsdecode(bytes(tmp_path) + b"/\xfe-bad.ccpt")))
    assert not window.open_path(bad)
    assert len(told) == 1 and "\ufffd-bad.ccpt" in told[0]
    assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in told[0])


@pytest.mark.skipif(not POSIX or sys.platform == "darwin", reason="needs bytes file names")
def test_recent_files_survive_a_restart(tmp_path):
    paths = AppPaths.under(tmp_path / "home")
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/\xff.ccpt"))
    settings = Settings(paths)
    settings.add_recent(tmp_path / "plain é.ccpt")
    settings.add_recent(odd)
    settings.sync()
    assert Settings(paths).recent_files == [odd, tmp_path / "plain é.ccpt"]
    Settings(paths).remove_recent(odd)


# --- read-only because the file cannot be written -------------------------------------------

def _assert_unwritable_view(window, path: Path) -> None:
    session = window.session
    assert session is not None and session.read_only
    assert session.file.unwritable and session.file.holder is None
    assert window.workspace.banner.isVisible()
    assert window.workspace.banner.text.text().replace("\u00a0", " ") == UNWRITABLE_SENTENCE
    assert window.workspace.banner.copy_button.isVisible()
    assert "(lecture seule)" in window.windowTitle()
    assert not window.workspace.forms.get("candidate") or not window.workspace.forms["candidate"].isEnabled()


def test_unwritable_file_opens_as_a_read_only_view(window, good, monkeypatch, told):
    """The condition the storage layer reports (works as root too, where chmod does not)."""
    monkeypatch.setattr(dossier_file, "_writable", lambda path: False)
    assert window.open_path(good)
    _assert_unwritable_view(window, good)
    assert told == []


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
@pytest.mark.skipif(ROOT, reason="root writes through any permission: the storage-level case "
                                 "above covers the banner")
def test_read_only_folder_opens_as_a_read_only_view(window, good, told):
    good.chmod(0o400)
    good.parent.chmod(0o500)
    try:
        assert window.open_path(good)
        _assert_unwritable_view(window, good)
        window.close_dossier()
    finally:
        good.parent.chmod(0o700)
        good.chmod(0o600)
    assert told == []


def test_save_a_copy_goes_on_writing_in_the_copy(window, good, tmp_path, monkeypatch, told):
    monkeypatch.setattr(dossier_file, "_writable", lambda path: path != good.absolute())
    assert window.open_path(good)
    copy = tmp_path / "copie.ccpt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))

    window.workspace.banner.copy_button.click()

    assert window.session is not None and window.session.path == copy
    assert not window.session.read_only and not window.workspace.banner.isVisible()
    assert told == []


def test_holder_banner_is_unchanged(window, good, told):
    held = DossierFile.open(good, LockIdentity.current(user="claire"))
    try:
        assert window.open_path(good)
        assert window.session.read_only and window.session.file.holder is not None
        assert "déjà ouvert par" in window.workspace.banner.text.text()
        assert not window.workspace.banner.copy_button.isVisible()
        window.close_dossier()
    finally:
        held.close()


# --- settings.ini is private ----------------------------------------------------------------

@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_settings_file_is_private(tmp_path):
    old = os.umask(0o022)
    try:
        paths = AppPaths.under(tmp_path / "home")
        settings = Settings(paths)
        settings.text_scale = 150
        settings.add_recent(tmp_path / "a.ccpt")
        settings.sync()
        file = paths.config / "settings.ini"
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(paths.config).st_mode) == 0o700
        assert Settings(paths).text_scale == 150
        # An older, world-readable file is tightened on the next start.
        file.chmod(0o644)
        Settings(paths).sync()
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
    finally:
        os.umask(old)


# --- dossier-app --quit-after-show never waits ----------------------------------------------

def _quit_after_show(path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "dossier_app", "--quit-after-show", path],
                          env=env, capture_output=True, timeout=30)


def _assert_one_sentence(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0] and lines[0].endswith(".")


def test_quit_after_show_on_a_bad_file(bad):
    _assert_one_sentence(_quit_after_show(bad))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_quit_after_show_on_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.ccpt"
    os.mkfifo(fifo)
    _assert_one_sentence(_quit_after_show(fifo))


def test_quit_after_show_on_a_directory(tmp_path):
    _assert_one_sentence(_quit_after_show(tmp_path))


@pytest.mark.skipif(not POSIX or sys.platform == "darwin", reason="needs bytes file names")
def test_quit_after_show_on_an_undecodable_name(good, tmp_path):
    odd = _planted(good, Path(os.fsdecode(bytes(tmp_path) + b"/\xff.ccpt")))
    _assert_one_sentence(_quit_after_show(odd))


def test_quit_after_show_does_not_wait_when_the_window_warns(good, monkeypatch):
    """A failure only the window sees (here: opened read-only for the check, refused for
    writing) is written on stderr: the window never shows a dialog nobody would click."""
    from dossier_app.gui import app as gui_app
    from dossier_app.gui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def refuse(self, path):
        self.warn("Impossible d’ouvrir le dossier « good.ccpt » : essai.")
        return False

    monkeypatch.setattr(MainWindow, "open_path", refuse)
    assert gui_app.run(good, quit_after_show=True) == 2
    assert shown == []
