"""What the app remembers between runs, in an INI file under the user's config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..core.paths import AppPaths, private_dir

MAX_RECENT = 8
TEXT_SCALES = (100, 125, 150, 175, 200)
LANGUAGES = ("fr", "en")
THEMES = ("system", "light", "dark")


class Settings:
    def __init__(self, paths: AppPaths) -> None:
        private_dir(paths.config)
        self._qt = QSettings(str(paths.config / "settings.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind=str):
        value = self._qt.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def recent_files(self) -> list[Path]:
        value = self._qt.value("recent_files", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(item) for item in items if item]

    def add_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files if p != path.absolute()]
        self._qt.setValue("recent_files", [str(p) for p in [path.absolute(), *recent][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._qt.setValue("recent_files", [str(p) for p in self.recent_files if p != path])

    def _choice(self, key: str, allowed: tuple, kind=str):
        """The stored value when it is one of ``allowed``, else the first (the default)."""
        value = self._get(key, allowed[0], kind)
        return value if value in allowed else allowed[0]

    @property
    def text_scale(self) -> int:
        return self._choice("text_scale", TEXT_SCALES, int)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._qt.setValue("text_scale", value)

    @property
    def language(self) -> str:
        return self._choice("language", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._qt.setValue("language", value)

    @property
    def theme(self) -> str:
        return self._choice("theme", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._qt.setValue("theme", value)

    @property
    def reviewer_name(self) -> str:
        """The name signing comments made on this computer ("" until asked)."""
        return self._get("review/name", "")

    @reviewer_name.setter
    def reviewer_name(self, value: str) -> None:
        self._qt.setValue("review/name", value)

    @property
    def export_template(self) -> str:
        """The organisation's Word template for exports ("" for the bundled one)."""
        return self._get("export/template", "")

    @export_template.setter
    def export_template(self, value: str) -> None:
        self._qt.setValue("export/template", value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._qt.value("window/geometry"), self._qt.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qt.setValue("window/geometry", geometry)
        self._qt.setValue("window/state", state)

    def sync(self) -> None:
        self._qt.sync()
