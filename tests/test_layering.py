"""The core runs without a screen: core, storage, export and app never import Qt when
they are imported. One export module uses Qt's text layout (the PDF without LibreOffice),
and imports it inside its functions, when an export asks for it."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dossier_app"
HEADLESS = ("core", "storage", "export", "app")


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


QT_LAYOUT = {PACKAGE / "export" / "qt_pdf.py", PACKAGE / "export" / "qt_layout.py"}
"""Qt's text layout and PDF writer (QtGui, never QtWidgets)."""


def _imports(tree) -> list[tuple[str, bool]]:
    """Each module imported, and whether at the module's top level (or under
    ``if TYPE_CHECKING:``, which never runs)."""
    import ast

    found = []
    top = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) in top))
    return found


def test_no_qt_import_statement_in_headless_layers() -> None:
    import ast

    offenders = []
    for layer in HEADLESS:
        for path in (PACKAGE / layer).rglob("*.py"):
            for module, at_top in _imports(ast.parse(path.read_text(encoding="utf-8"))):
                if not module.startswith("PySide6"):
                    continue
                if at_top or path not in QT_LAYOUT or module.startswith("PySide6.QtWidgets"):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {module}")
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
