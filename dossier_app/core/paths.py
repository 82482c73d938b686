"""The user's folders, chosen once and passed around (no global state)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "dossier-ccpt"
HOME_OVERRIDE = "DOSSIER_CCPT_HOME"
"""Environment variable that puts every user folder under one directory (tests, portable use)."""


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(HOME_OVERRIDE)
        if override:
            return cls.under(Path(override))
        return cls(
            data=platformdirs.user_data_path(APP_NAME, appauthor=False),
            config=platformdirs.user_config_path(APP_NAME, appauthor=False),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        return cls(data=root / "data", config=root / "config")

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def installed_referential(self) -> Path:
        return self.data / "referential" / "ccpt.json"

    @property
    def examples(self) -> Path:
        return self.data / "examples"


def private_dir(path: Path) -> Path:
    """Create ``path`` readable by the user alone where the OS allows, and each missing
    parent likewise (``mkdir(parents=True)`` would give those the umask's mode); a parent
    that exists already is left as it is."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
