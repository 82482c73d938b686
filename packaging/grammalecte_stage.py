"""Grammalecte for the installers: a folder holding only its package, which the spec
analyses as code (compiled into the bundle: a plain copy of its files would be compiled
again at each start, two seconds) beside the one dictionary it loads and its licence.

Grammalecte is not on PyPI; the building machine has it from its distribution
(python3-grammalecte), or from the folder DOSSIER_CCPT_GRAMMALECTE names. Both bundles,
Linux and Windows, are made from this stage, so both carry the same Grammalecte.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "grammalecte"
DICTIONARY = "fr-allvars.json"
"""The one dictionary Grammalecte's French engine loads (``gc_engine.load``)."""


def _unwanted(folder: str, names: list[str]) -> set[str]:
    return {name for name in names
            if name == "__pycache__" or name.startswith("tests_")
            or (name.endswith(".json") and Path(folder).name == "_dictionaries"
                and name != DICTIONARY)}


def stage() -> Path:
    """The stage folder, made anew from the Grammalecte this machine has."""
    sys.path.insert(0, str(ROOT))
    from dossier_app.core import grammar

    source = grammar.package_folder()
    if source is None:
        raise SystemExit(f"Grammalecte is missing: apt-get install {grammar.PACKAGE}")
    licence = grammar.licence_file(source)
    if licence is None:
        raise SystemExit(f"Grammalecte's licence is missing: apt-get install {grammar.PACKAGE}")
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(source, STAGE / "grammalecte", ignore=_unwanted)
    shutil.copyfile(licence, STAGE / "grammalecte" / "copyright")
    return STAGE


def modules(stage_folder: Path) -> list[str]:
    """Every module of the staged package, for the spec's hidden imports (Grammalecte
    imports its language's engine by name)."""
    package = stage_folder / "grammalecte"
    return sorted(".".join(path.relative_to(stage_folder).with_suffix("").parts)
                  .removesuffix(".__init__") for path in package.rglob("*.py"))
