"""A wheel carries the resources and templates, and an installed copy finds them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(PROJECT)], check=True)
    (built,) = out.glob("dossier_ccpt-*.whl")
    return built


def test_wheel_contains_the_shipped_data(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("dossier_app/resources/referential/ccpt.json",
                     "dossier_app/resources/guidance/chapters.json",
                     "dossier_app/resources/examples/exemple-dossier-social.json",
                     "dossier_app/templates/README.md",
                     "dossier_app/cli.py"):
        assert expected in names
    assert not any(name.startswith("tests/") for name in names)


def test_unpacked_wheel_self_tests_from_its_own_resources(wheel, tmp_path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    env = {"PYTHONPATH": str(tmp_path / "site"), "QT_QPA_PLATFORM": "offscreen",
           "DOSSIER_CCPT_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    where = subprocess.run(
        [sys.executable, "-c", "from dossier_app.core.resources import resources_dir as r;"
         "print(r())"], capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert where.stdout.strip() == str(tmp_path / "site" / "dossier_app" / "resources")
    test = subprocess.run([sys.executable, "-m", "dossier_app", "--self-test"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert test.returncode == 0, test.stdout + test.stderr
