"""Shared fixtures: the bundled data, and user folders redirected to a temporary place."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from dossier_app.core import grammar
from dossier_app.core.guidance import Guidance, load_guidance
from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.model import Dossier
from dossier_app.core.paths import HOME_OVERRIDE, AppPaths
from dossier_app.core.referential import Referential, load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.export import pdf
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

PROJECT = Path(__file__).resolve().parents[1]

# Tests never fail on timing: Hypothesis's 200 ms per example fails on a busy machine.
settings.register_profile("dossier", deadline=None)
settings.load_profile("dossier")

REQUIRE_ALL = "DOSSIER_CCPT_REQUIRE_ALL"
"""Set by .ci/run: a test whose program is missing fails instead of skipping, so that CI
always runs them all."""

NEEDED = {
    "libreoffice": (lambda: pdf.find_libreoffice() is not None, "libreoffice-writer-nogui"),
    "pdftoppm": (lambda: shutil.which("pdftoppm") is not None, "poppler-utils"),
    "grammalecte": (lambda: grammar.grammar_checker() is not None, grammar.PACKAGE),
}
"""What ``@pytest.mark.needs(name)`` looks for, and the Debian package that provides it."""


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("needs"):
        present, package = NEEDED[marker.args[0]]
        if present():
            continue
        reason = f"needs {marker.args[0]}: apt-get install {package}"
        if os.environ.get(REQUIRE_ALL):
            pytest.fail(f"{reason} ({REQUIRE_ALL} is set: every test must run here)")
        pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(request: pytest.FixtureRequest) -> None:
    """One QApplication for the whole run, made before any export lays a PDF out with Qt:
    the export makes a bare QGuiApplication when none exists (as for the command line),
    after which no window could be made in this process. The Windows Python that runs
    tests/windows under Wine has no pytest-qt, and needs no window."""
    if request.config.pluginmanager.hasplugin("pytest-qt"):
        request.getfixturevalue("qapp")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(HOME_OVERRIDE, str(home))
    return home


@pytest.fixture(scope="session")
def referential() -> Referential:
    return load_referential(bundled_referential_path())


@pytest.fixture(scope="session")
def guidance() -> Guidance:
    return load_guidance()


@pytest.fixture(scope="session")
def example_json() -> dict:
    return json.loads(example_dossier_path().read_text(encoding="utf-8"))


@pytest.fixture
def example_data(example_json: dict) -> dict:
    """A fresh, modifiable copy of the example's JSON."""
    return copy.deepcopy(example_json)


@pytest.fixture
def example(example_json: dict, referential: Referential) -> Dossier:
    return dossier_from_json(copy.deepcopy(example_json), referential).dossier


@pytest.fixture
def saved(tmp_path, example, identity) -> Path:
    """The example dossier written to a real .ccpt file."""
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, example, identity).close()
    return path


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "user")


@pytest.fixture
def identity() -> LockIdentity:
    return LockIdentity.current("Testeur")


@dataclass
class Completed:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path, cwd: Path | None = None, env: dict | None = None) -> Completed:
    """Run the real command line in a child process, as a user or a script would."""
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run([sys.executable, "-m", "dossier_app", *map(str, args)],
                            capture_output=True, text=True, encoding="utf-8", cwd=cwd,
                            env=full_env, timeout=120)
    return Completed(result.returncode, result.stdout, result.stderr)
