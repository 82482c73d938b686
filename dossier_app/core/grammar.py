"""French grammar checking, offline, by Grammalecte (GPL-3, pure Python).

Grammalecte is not on PyPI as a library; the distributions ship it (Debian and Ubuntu:
``python3-grammalecte``) and both installers carry it. It is looked for, in order: in
the folder ``DOSSIER_CCPT_GRAMMALECTE`` names (an empty one: as if it were missing),
importable as it is (the installers' bundles, a virtual environment that has it), then
in the distribution's folders, which a virtual environment does not see. Only the
``grammalecte`` package is taken from there, never the rest of the system's packages.

Where it is missing, grammar checking is off and everything else works. It is loaded on
first use (about 50 MB and a fraction of a second); one checker serves the whole app,
behind a lock: Grammalecte keeps its state in module globals.

Typography is not reported: the editor types it in French and the export sets it
(``core.typography``), so Grammalecte's rules for apostrophes, no-break spaces, numbers
and units are off. What Grammalecte reports as spelling is left to ``core.spelling``:
one spelling engine, which works whether or not Grammalecte is installed.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import sys
import threading
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from .proofreading import Kind, Mark

ENV = "DOSSIER_CCPT_GRAMMALECTE"
PACKAGE = "python3-grammalecte"
"""The Debian and Ubuntu package that brings Grammalecte."""

SYSTEM_FOLDERS = (Path("/usr/lib/python3/dist-packages"), Path("/usr/share/grammalecte"),
                  Path("/usr/local/lib/python3/dist-packages"))

OURS = ("apos", "nbsp", "unit", "num")
"""Grammalecte's options for what ``core.typography`` sets itself: off."""
_TYPOGRAPHY = {"typo", "apos", "eepi", "esp", "tab", "nbsp", "unit", "tu", "maj", "minis", "num",
               "nf", "virg", "poncfin", "ocr", "chim", "liga", "mapos"}
_STYLE = {"bs", "pleo", "eleu", "neg", "redon1", "redon2"}


def _find() -> ModuleType | None:
    chosen = os.environ.get(ENV)
    folders = [Path(chosen)] if chosen is not None else []
    if chosen is None:
        if "grammalecte" in sys.modules:
            return sys.modules["grammalecte"]
        if importlib.util.find_spec("grammalecte") is not None:
            return importlib.import_module("grammalecte")
        folders = list(SYSTEM_FOLDERS)
    for folder in folders:
        spec = importlib.machinery.PathFinder.find_spec("grammalecte", [str(folder)])
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules["grammalecte"] = module
        try:
            spec.loader.exec_module(module)
        except Exception:  # a broken or foreign copy: as if there were none
            del sys.modules["grammalecte"]
            continue
        return module
    return None


class GrammarChecker:
    """``check(text)`` gives the grammar and style marks of one paragraph."""

    def __init__(self, module: ModuleType) -> None:
        self._checker = module.GrammarChecker("fr")
        self._engine = self._checker.getGCEngine()
        self._engine.setOptions({option: False for option in OURS})
        self._lock = threading.Lock()

    def check(self, text: str) -> list[Mark]:
        """The marks of a paragraph. Each line after a hard line break is checked on its own:
        a writer starts a new line where a new sentence starts (Grammalecte, given the two
        lines as one, reads one sentence and misses errors)."""
        marks: list[Mark] = []
        offset = 0
        for line in text.split("\n"):
            marks += (replace(m, start=m.start + offset, end=m.end + offset) for m in self._line(line))
            offset += len(line) + 1
        return marks

    def _line(self, line: str) -> list[Mark]:
        if not line.strip():
            return []
        try:
            with self._lock:
                errors = list(self._engine.parse(line, "FR"))
            return sorted((_mark(error) for error in errors), key=lambda m: (m.start, m.end))
        except Exception:  # a fault of the checker on some text: no marks, never a crash
            return []


def _mark(error: dict) -> Mark:
    option = error.get("sType", "")
    kind = (Kind.TYPOGRAPHY if option in _TYPOGRAPHY
            else Kind.STYLE if option in _STYLE else Kind.GRAMMAR)
    return Mark(int(error["nStart"]), int(error["nEnd"]), kind, str(error.get("sRuleId", "")),
                str(error.get("sMessage", "")),
                tuple(str(s) for s in error.get("aSuggestions", ()) if str(s)))


_loaded: GrammarChecker | None = None
_tried = False
_loading = threading.Lock()


def grammar_checker() -> GrammarChecker | None:
    """The app's checker, loaded on first call; None when Grammalecte is not installed."""
    global _loaded, _tried
    with _loading:
        if not _tried:
            _tried = True
            module = _find()
            try:
                _loaded = GrammarChecker(module) if module is not None else None
            except Exception:  # a copy that imports but does not start: as if there were none
                _loaded = None
        return _loaded



DEBIAN_LICENCE = Path("/usr/share/doc/python3-grammalecte/copyright")


def package_folder() -> Path | None:
    """The folder of the Grammalecte package in use, which the installers copy."""
    module = _find()
    return Path(module.__file__).parent if module is not None and module.__file__ else None


def licence_file(folder: Path) -> Path | None:
    """Grammalecte's licence and copyright: beside a copy the installers made, else the
    distribution's."""
    for candidate in (folder / "copyright", DEBIAN_LICENCE):
        if candidate.is_file():
            return candidate
    return None
