"""packaging/build.py is a script, not a package module: make it importable for the tests."""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "packaging_build", Path(__file__).resolve().parents[2] / "packaging" / "build.py")
_module = importlib.util.module_from_spec(_spec)
sys.modules["packaging_build"] = _module
_spec.loader.exec_module(_module)
