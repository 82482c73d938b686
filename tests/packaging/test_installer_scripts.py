"""The Windows installer script (NSIS) and the CI workflow agree with the build (checked
here too; `make test-windows` builds and runs the installer itself under Wine): paths,
program names, version source, one build script."""

from __future__ import annotations

import re

from packaging_build import ROOT  # type: ignore[import-not-found]

from dossier_app import APP_ID

NSI = ROOT / "packaging" / "windows" / "dossier-ccpt.nsi"
SPEC = ROOT / "packaging" / "dossier-ccpt.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "packages.yml"


def test_one_installer_script() -> None:
    assert NSI.exists()
    assert not list((ROOT / "packaging").rglob("*.iss")), "no twin Inno Setup script"


def test_the_programs_the_script_installs_are_those_the_spec_builds() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    built = set(re.findall(r'program\("([\w-]+)", console=', spec))
    assert built == {"dossier-ccpt", "dossier-app"}
    used = set(re.findall(r"\$INSTDIR\\([\w-]+)\.exe", NSI.read_text(encoding="utf-8"))) - {"uninstall"}
    assert used == built
    assert 'COLLECT(' in spec and 'name="dossier-ccpt"' in spec  # the bundle folder's name


def test_per_user_install_association_and_uninstall_keeps_dossiers() -> None:
    text = NSI.read_text(encoding="utf-8")
    assert "Target amd64-unicode" in text
    assert "!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER" in text
    assert f'!define APP_ID "{APP_ID}"' in text
    assert re.search(r'WriteRegStr SHCTX "Software\\Classes\\\.ccpt"', text)
    assert {"French", "English"} <= set(re.findall(r'MUI_LANGUAGE "(\w+)"', text))
    uninstall = text[text.index('Section "Uninstall"'):]
    # Only the program's own files: never a recursive delete of the install folder itself.
    assert 'RMDir /r "$INSTDIR"' not in uninstall and "$LOCALAPPDATA" not in uninstall


def test_the_workflow_runs_the_same_build_and_test_scripts() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "python packaging/build.py windows" in workflow
    assert "python packaging/windows/test_installed.py" in workflow
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "packaging/build.py windows" in makefile
    assert "packaging/windows/test_installed.py" in makefile
    build = (ROOT / "packaging" / "windows_build.py").read_text(encoding="utf-8")
    assert "from dossier_app import __version__" in build  # the version's one source
