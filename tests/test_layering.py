"""The core runs without a screen: core, storage, export, readers and app never import Qt. The PDF
without LibreOffice lays text out with Qt in a floor of its own, ``typeset``, which the
export calls only when it is asked for."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dossier_app"
HEADLESS = ("core", "storage", "export", "readers", "app")


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


def test_readers_use_core_and_the_libreoffice_helper_alone() -> None:
    """``readers`` turn outside documents into core objects: they may convert one with
    LibreOffice (export's helper), never reach up into the app or the window."""
    import ast

    allowed = ("dossier_app.core", "dossier_app.readers", "dossier_app.export.pdf")
    offenders = []
    for path in (PACKAGE / "readers").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                package = ["dossier_app", "readers"][:max(2 - node.level + 1, 1)]
                name = ".".join([*package, *([node.module] if node.module else [])])
            elif isinstance(node, ast.ImportFrom):
                name = node.module or ""
            elif isinstance(node, ast.Import):
                name = node.names[0].name
            else:
                continue
            if name.startswith("dossier_app") and not name.startswith(allowed):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
    assert offenders == []


def test_the_typesetter_uses_qt_gui_alone_and_only_when_asked() -> None:
    """``typeset`` (the PDF without LibreOffice) lays text out with QtGui: never widgets,
    and no Qt imported when the module is, so that the export can name it freely."""
    import ast

    offenders = []
    for path in (PACKAGE / "typeset").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.startswith("PySide6") and (id(node) in top
                                                   or name.startswith("PySide6.QtWidgets")):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
    assert offenders == []


READS_THE_CLOCK = {"now", "today", "utcnow", "time", "localtime", "gmtime", "ctime",
                   "currentDateTime", "currentDate", "currentDateTimeUtc", "currentTime"}
"""Calls that read the calendar clock (time.monotonic and perf_counter measure durations)."""


def test_nothing_reads_the_clock_but_the_injected_one() -> None:
    """core/clock.py is the one source of "now": everything else is given a Clock, so that
    a test, the example or a machine on another day can fix it."""
    import ast

    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "core" / "clock.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in READS_THE_CLOCK
                    and not (isinstance(node.func.value, ast.Name)
                             and node.func.value.id in {"clock", "SYSTEM"})
                    and not (isinstance(node.func.value, ast.Attribute)
                             and node.func.value.attr in {"clock", "_clock"})):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {ast.unparse(node)}")
    assert offenders == []
