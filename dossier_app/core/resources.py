"""Where the shipped data lives: inside the installed package, or the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def _shipped(name: str) -> Path:
    # A wheel (and the PyInstaller bundle) carries the folder inside the package;
    # a source checkout or an editable install has it at the project's top level.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def templates_dir() -> Path:
    return _shipped("templates")


def bundled_referential_path() -> Path:
    return resources_dir() / "referential" / "ccpt.json"


def guidance_path() -> Path:
    return resources_dir() / "guidance" / "chapters.json"


def example_dossier_path() -> Path:
    return resources_dir() / "examples" / "exemple-dossier-social.json"
