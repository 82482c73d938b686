"""The built Linux packages (``make package``), installed into a temporary root and run.

`.ci/run` builds the packages first and sets DOSSIER_CCPT_PACKAGE_TEST=1, so there a
missing package fails; on a developer machine without ``make package`` these skip.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from dossier_app import APP_ID, __version__

PROJECT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _built(pattern: str) -> Path:
    found = sorted((PROJECT / "dist").glob(pattern))
    if not found:
        if os.environ.get("DOSSIER_CCPT_PACKAGE_TEST") == "1":
            pytest.fail(f"dist/{pattern} is missing: `make package` did not build it")
        pytest.skip(f"dist/{pattern} not built (run `make package`)")
    return found[-1]


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """The .deb unpacked into a temporary root, as dpkg would lay it out."""
    deb = _built(f"dossier-ccpt_{__version__}_*.deb")
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    return target


def _run(program: Path, *args: str | Path, home: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "DOSSIER_CCPT_HOME": str(home / "dossier-ccpt"), "LANG": "C.UTF-8"}
    return subprocess.run([str(program), *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=home, timeout=180)


def test_control_fields_name_this_version(root) -> None:
    deb = _built(f"dossier-ccpt_{__version__}_*.deb")
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: dossier-ccpt" in fields and f"Version: {__version__}" in fields
    assert "libxkbcommon0" in fields


def test_installed_copy_self_tests_and_opens_the_example(root, tmp_path) -> None:
    app = root / "usr" / "bin" / "dossier-app"
    assert _run(app, "--version", home=tmp_path).stdout.strip() == f"Dossier CCPT {__version__}"
    result = _run(app, "--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Auto-test réussi." in result.stdout and "[échec]" not in result.stdout
    example = root / "opt/dossier-ccpt/_internal/dossier_app/resources/examples/exemple-dossier-social.json"
    dossier = tmp_path / "nadia.ccpt"
    assert _run(app, "import", example, "-o", dossier, home=tmp_path).returncode == 0
    shown = _run(root / "usr" / "bin" / "dossier-ccpt", "--quit-after-show", dossier, home=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert oct(dossier.stat().st_mode & 0o777) == "0o600"


def test_desktop_entry_is_valid_and_opens_ccpt_files(root) -> None:
    entry = root / "usr/share/applications" / f"{APP_ID}.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator is None and os.environ.get("DOSSIER_CCPT_PACKAGE_TEST") == "1":
        pytest.fail("desktop-file-validate is missing (package desktop-file-utils)")
    if validator is not None:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # keys are case-sensitive
    desktop.read(entry, encoding="utf-8")
    group = desktop["Desktop Entry"]
    assert group["Exec"] == "dossier-ccpt %f"
    assert (root / "usr/bin/dossier-ccpt").resolve().is_file()
    assert group["MimeType"] == "application/x-dossier-ccpt;"
    for size in (16, 32, 48, 64, 128, 256, 512):
        folder = root / f"usr/share/icons/hicolor/{size}x{size}"
        assert (folder / "apps" / f"{group['Icon']}.png").is_file()
        assert (folder / "mimetypes" / "application-x-dossier-ccpt.png").is_file()


def test_mime_type_maps_ccpt_files_and_builds(root, tmp_path) -> None:
    database = tmp_path / "mime"
    shutil.copytree(root / "usr/share/mime", database)
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is missing (package shared-mime-info)")
    subprocess.run(["update-mime-database", str(database)], check=True, capture_output=True)
    globs = (database / "globs2").read_text(encoding="utf-8")
    assert "application/x-dossier-ccpt:*.ccpt" in globs
    icons = (database / "icons").read_text(encoding="utf-8")
    assert "application/x-dossier-ccpt:application-x-dossier-ccpt" in icons


def test_appstream_metadata_is_valid(root) -> None:
    metainfo = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    text = metainfo.read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in text and "@" not in text
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is missing (package appstream)")
    checked = subprocess.run([validator, "validate", "--no-net", str(metainfo)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_portable_archive_runs_from_where_it_is_unpacked(tmp_path) -> None:
    archive = _built(f"dossier-ccpt-{__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        # Our own archive; the filter keyword exists from Python 3.11.4 (and 3.10.12).
        tar.extractall(tmp_path, **({"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}))
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert (folder / "install-desktop-entry.sh").stat().st_mode & 0o111
    assert _run(folder / "dossier-app", "--version", home=tmp_path).stdout.strip() == \
        f"Dossier CCPT {__version__}"
