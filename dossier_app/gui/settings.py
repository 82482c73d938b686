"""What the app remembers between runs, in an INI file under the user's config folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..core.paths import AppPaths, private_dir

MAX_RECENT = 8
TEXT_SCALES = (100, 125, 150, 175, 200)
LANGUAGES = ("fr", "en")
THEMES = ("system", "light", "dark")


class Settings:
    def __init__(self, paths: AppPaths) -> None:
        file = private_dir(paths.config) / "settings.ini"
        _make_private(file)
        self._qt = QSettings(str(file), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind=str):
        value = self._qt.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def recent_files(self) -> list[Path]:
        value = self._qt.value("recent_files", [])
        if isinstance(value, (str, QByteArray)):
            items: list[object] = [value]
        else:
            items = list(value) if isinstance(value, Iterable) else []
        paths = []
        for item in items:
            if isinstance(item, QByteArray):  # a name that is not valid UTF-8, kept as bytes
                item = os.fsdecode(bytes(item.data()))
            if isinstance(item, str) and item:
                paths.append(Path(item))
        return paths

    def add_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files if p != path.absolute()]
        self._set_paths([path.absolute(), *recent][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        self._set_paths([p for p in self.recent_files if p != path])

    def _set_paths(self, paths: list[Path]) -> None:
        self._set({"recent_files": [_stored_path(p) for p in paths]})

    def _choice(self, key: str, allowed: tuple, kind=str):
        """The stored value when it is one of ``allowed``, else the first (the default)."""
        value = self._get(key, allowed[0], kind)
        return value if value in allowed else allowed[0]

    @property
    def text_scale(self) -> int:
        return self._choice("text_scale", TEXT_SCALES, int)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._set({"text_scale": value})

    @property
    def language(self) -> str:
        return self._choice("language", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._set({"language": value})

    @property
    def theme(self) -> str:
        return self._choice("theme", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._set({"theme": value})

    @property
    def reviewer_name(self) -> str:
        """The name signing comments made on this computer ("" until asked)."""
        return self._get("review/name", "")

    @reviewer_name.setter
    def reviewer_name(self, value: str) -> None:
        self._set({"review/name": value})

    @property
    def export_template(self) -> str:
        """The organisation's Word template for exports ("" for the bundled one)."""
        return self._get("export/template", "")

    @export_template.setter
    def export_template(self, value: str) -> None:
        self._set({"export/template": value})

    def window_state(self, screen: str) -> tuple[QByteArray | None, QByteArray | None]:
        """The window's geometry and docks as last left on ``screen`` (its name and size)."""
        group = _screen_group(screen)
        return self._qt.value(f"{group}/geometry"), self._qt.value(f"{group}/state")

    def save_window_state(self, screen: str, geometry: QByteArray, state: QByteArray) -> None:
        group = _screen_group(screen)
        self._set({f"{group}/geometry": geometry, f"{group}/state": state})

    def _set(self, values: dict[str, object]) -> None:
        """Change ``values`` and write the file now: Qt would otherwise write it later on its
        own (from the event loop, or when it is destroyed), outside ``_private_writes``."""
        for key, value in values.items():
            self._qt.setValue(key, value)
        self.sync()

    def sync(self) -> None:
        with _private_writes():
            self._qt.sync()


def _screen_group(screen: str) -> str:
    """A settings group for ``screen``: QSettings keys cannot hold « / » or « \\ »."""
    return "window/" + "".join(c if c.isalnum() or c in " -x" else "_" for c in screen).strip()


def _stored_path(path: Path) -> str | QByteArray:
    """A path as QSettings keeps it whole: text, or its bytes when the name is not valid
    UTF-8 (Qt would silently drop the undecodable bytes of a string)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return QByteArray(os.fsencode(path))
    return text


@contextlib.contextmanager
def _private_writes() -> Iterator[None]:
    """Whatever Qt creates meanwhile is the user's alone (0600, 0700): the INI itself if it
    went missing, the temporary that replaces it, its lock file ``settings.ini.lock``.

    A umask rather than creating the file first or a chmod after each write: Qt opens the
    INI and its lock file with mode 0666 itself, so only the umask makes them private from
    their first byte, without a moment world-readable. The umask is the process's: a file
    another thread creates meanwhile comes out more private, never less."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def _make_private(file: Path) -> None:
    """Create the settings file readable by the user alone, or make a file written by an
    older version so: Qt's rewrites keep the mode of the file they replace."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        os.close(os.open(file, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600))
    with contextlib.suppress(OSError):
        os.chmod(file, 0o600)
