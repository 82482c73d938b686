"""The core runs without a screen: core, storage and export never import Qt."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dossier_app"
HEADLESS = ("core", "storage", "export")


def test_headless_layers_do_not_import_pyside6() -> None:
    modules = sorted(
        "dossier_app." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for layer in HEADLESS for path in (PACKAGE / layer).rglob("*.py")
        if path.name != "__init__.py")
    assert len(modules) >= 10
    script = ("import importlib, sys\n"
              f"for name in {modules!r}: importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_no_qt_import_statement_in_headless_layers() -> None:
    offenders = [str(path) for layer in HEADLESS for path in (PACKAGE / layer).rglob("*.py")
                 if "PySide6" in path.read_text(encoding="utf-8")]
    assert offenders == []
