"""The Windows installer script and the CI workflow agree with the build (checked here,
where Inno Setup does not run): paths, program names, version source."""

from __future__ import annotations

import re
from pathlib import PureWindowsPath

from packaging_build import BUILD, BUNDLE, DIST, ROOT  # type: ignore[import-not-found]

from dossier_app import APP_ID

ISS = ROOT / "packaging" / "windows" / "dossier-ccpt.iss"
SPEC = ROOT / "packaging" / "dossier-ccpt.spec"


def _defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8"), re.M))


def _from_iss(windows_path: str):
    return (ISS.parent / PureWindowsPath(windows_path).as_posix()).resolve()


def test_the_script_takes_the_bundle_and_icons_where_the_build_puts_them() -> None:
    defines = _defines()
    assert _from_iss(defines["BundleDir"]) == BUNDLE.resolve()
    assert _from_iss(defines["IconFile"]) == (BUILD / "icons" / "dossier-ccpt.ico").resolve()
    assert _from_iss(defines["DocumentIconFile"]) == \
        (BUILD / "icons" / "dossier-ccpt-document.ico").resolve()
    output = re.search(r"^OutputDir=(.+)$", ISS.read_text(encoding="utf-8"), re.M).group(1)
    assert _from_iss(output) == DIST.resolve()
    assert defines["AppId"] == APP_ID
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert '"dossier-ccpt-document.ico"' in build and '"dossier-ccpt.ico"' in build


def test_the_programs_the_script_runs_are_those_the_spec_builds() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    built = set(re.findall(r'program\("([\w-]+)", console=', spec))
    assert built == {"dossier-ccpt", "dossier-app"}
    used = set(re.findall(r"\{app\}\\([\w-]+)\.exe", ISS.read_text(encoding="utf-8")))
    assert used and used <= built
    assert 'COLLECT(' in spec and 'name="dossier-ccpt"' in spec  # the bundle folder's name


def test_per_user_install_french_and_english_and_uninstall_keeps_dossiers() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert {"fr", "en"} <= set(re.findall(r'^Name: "(\w+)"; MessagesFile', text, re.M))
    assert re.search(r'Subkey: "Software\\Classes\\\.ccpt"', text)
    # Only the program's own cache is deleted on uninstall: nothing under the user's folders.
    deleted = re.findall(r'^Type: \w+; Name: "([^"]+)"', text, re.M)
    assert deleted and all(name.startswith("{app}") for name in deleted)


def test_the_workflow_passes_the_version_from_the_package() -> None:
    workflow = (ROOT / ".github" / "workflows" / "packages.yml").read_text(encoding="utf-8")
    assert "import dossier_app; print(dossier_app.__version__)" in workflow
    assert "/DAppVersion=$version" in workflow and "dossier-ccpt.iss" in workflow
    assert workflow.count("--self-test") >= 3
    python = re.search(r'PYTHON_VERSION: "([\d.]+)"', workflow).group(1)
    checker = (ROOT / "packaging" / "check_windows_wheels.py").read_text(encoding="utf-8")
    assert f'PYTHON_FOR_WINDOWS = "{python}"' in checker
