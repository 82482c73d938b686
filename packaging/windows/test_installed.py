"""Install the Windows installer as a user would and try the installed copy.

    python packaging/windows/test_installed.py [--keep-going] [--no-pytest]

``make test-windows`` runs this after ``make package-windows``. On Linux it works in a
fresh Wine prefix (build/windows/test-prefix) with an Xvfb screen of 1366x768; on Windows
(the CI workflow) the same steps run natively for the current user. Steps:

1. silent install (``/S``: per user) of dist/dossier-ccpt-X.Y.Z-windows-x64-setup.exe;
2. the installed ``dossier-app.exe --self-test``;
3. ``dossier-app import`` of the bundled example's JSON into the user's Documents, then
   ``export`` to Word, and the .docx read back (python-docx) with the candidate's name;
4. ``dossier-ccpt.exe --quit-after-show`` on that dossier, then the app opened on it for
   a screenshot (Linux: build/windows/screenshot.png) and closed with Alt+F4;
5. the ``.ccpt`` association in HKCU, the Start-menu entry, the uninstall entry;
6. silent uninstall: the program, its Start-menu entry and registry keys are gone, the
   user's dossier, its export and the settings file remain;
7. the pytest files of tests/windows (if any) under the embedded Windows Python with
   Windows wheels of pytest and the app's dependencies.

One PASS or FAIL line per check; exit 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[2])]
import windows_build as wb  # noqa: E402

ROOT = wb.ROOT
PREFIX = wb.WIN / "test-prefix"
SCREENSHOT = wb.WIN / "screenshot.png"
TEST_PYTHON = wb.WIN / "test-python"
SCREEN = "1366x768x24"  # a common laptop screen
APP_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\fr.dossierccpt.DossierCCPT"
PROG_ID = "fr.dossierccpt.DossierCCPT.ccpt"


class Checks:
    def __init__(self, keep_going: bool) -> None:
        self.failed: list[str] = []
        self.passed = 0
        self.keep_going = keep_going

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"{'PASS' if ok else 'FAIL'}: {name}{f' ({detail})' if detail else ''}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed.append(name)
        return ok

    def require(self, name: str, ok: bool, detail: str = "") -> None:
        """A check the following steps depend on: stop there when it fails."""
        if not self.check(name, ok, detail) and not self.keep_going:
            raise SystemExit(self.summary())

    def summary(self) -> int:
        print(f"windows: {self.passed} passed, {len(self.failed)} failed", flush=True)
        for name in self.failed:
            print(f"  failed: {name}")
        return 1 if self.failed else 0


# --- the Windows side, natively or under Wine ------------------------------------------


USER_FOLDER: Path | None = None
"""Where the app's commands run, as when a user starts them: the user's own folder (under
Wine, the default, Z:, would be the Linux root, where the app finds Linux programs)."""


def run(command: list, timeout: float = 300, env: dict | None = None
        ) -> subprocess.CompletedProcess:
    """A Windows program with its output captured (text, errors replaced)."""
    try:
        result = wb.run(command, PREFIX, capture_output=True, timeout=timeout, env=env or {},
                        cwd=USER_FOLDER)
    except subprocess.TimeoutExpired as error:
        return subprocess.CompletedProcess(command, -9, _text(error.stdout),
                                           f"timed out after {timeout:.0f} s")
    return subprocess.CompletedProcess(command, result.returncode, _text(result.stdout),
                                       _text(result.stderr))


def _text(data: bytes | str | None) -> str:
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return data or ""


def windows_variable(name: str) -> str:
    if wb.ON_WINDOWS:
        return os.environ[name]
    return run(["cmd.exe", "/c", f"echo %{name}%"]).stdout.strip()


def host_path(windows: str) -> Path:
    """A path a Windows program gave, as this machine's path."""
    if wb.ON_WINDOWS:
        return Path(windows)
    out = subprocess.run(["winepath", "-u", windows], env=wb.wine_environment(PREFIX),
                         capture_output=True, text=True, check=True).stdout.strip()
    return Path(out)


def registry_value(key: str, name: str | None = None) -> str | None:
    """A string value of HKCU\\key (``None``: the default value), or None if absent."""
    if wb.ON_WINDOWS:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                return str(winreg.QueryValueEx(handle, name or "")[0])
        except OSError:
            return None
    result = run(["reg.exe", "query", rf"HKCU\{key}", *(["/v", name] if name else ["/ve"])])
    if result.returncode != 0:
        return None
    for line in result.stdout.splitlines():
        parts = line.strip().split(None, 2)
        if len(parts) >= 2 and parts[1].startswith("REG_"):
            return parts[2] if len(parts) == 3 else ""
    return None


def wait_for_programs(folder: Path, timeout: float = 120) -> None:
    """The uninstaller re-runs itself from a temporary copy and returns at once."""
    if not wb.ON_WINDOWS:
        wb.wineserver_wait(PREFIX)
        return
    deadline = time.monotonic() + timeout
    while (folder / "uninstall.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)


def xdotool(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(["xdotool", *arguments], capture_output=True, text=True)


# --- the steps ------------------------------------------------------------------------------


def install(checks: Checks, setup: Path) -> Path:
    result = run([setup, "/S"], timeout=600)
    checks.require("silent install (/S) exits 0", *_outcome(result))
    wb.wineserver_wait(PREFIX)
    location = registry_value(APP_KEY, "InstallLocation")
    checks.require("uninstall entry in HKCU with the install folder", bool(location), str(location))
    assert location is not None
    folder = host_path(location)
    expected = windows_variable("LOCALAPPDATA") + r"\Programs\Dossier CCPT"
    checks.check("installed per user into %LOCALAPPDATA%\\Programs\\Dossier CCPT",
                 location.lower() == expected.lower(), location)
    checks.require("both programs installed",
                   (folder / "dossier-ccpt.exe").exists() and (folder / "dossier-app.exe").exists(),
                   str(folder))
    checks.check("no ICU stand-in shipped (Windows' own icuuc.dll is used)",
                 not list(folder.rglob("icuuc.dll")))
    return folder


def _outcome(result: subprocess.CompletedProcess) -> tuple[bool, str]:
    """Exit 0 and no Python traceback on stderr (even an ignored one is a finding)."""
    clean = "Traceback (most recent call last)" not in result.stderr
    detail = f"exit {result.returncode}"
    if result.returncode != 0 or not clean:
        detail += f"; stderr: {result.stderr.strip()[-600:]}"
    return result.returncode == 0 and clean, detail


def self_test(checks: Checks, folder: Path) -> None:
    result = run([folder / "dossier-app.exe", "--self-test"])
    print("\n".join(f"    {line}" for line in result.stdout.splitlines()))
    checks.check("dossier-app.exe --self-test", *_outcome(result))
    version = run([folder / "dossier-app.exe", "--version"])
    from dossier_app import __version__

    checks.check("dossier-app.exe --version", __version__ in version.stdout, version.stdout.strip())


def import_and_export(checks: Checks, folder: Path) -> tuple[Path, Path]:
    example = folder / "_internal" / "dossier_app" / "resources" / "examples" / \
        "exemple-dossier-social.json"
    documents = USER_FOLDER / "Documents" / "Dossiers CCPT"
    documents.mkdir(parents=True, exist_ok=True)
    dossier, docx = documents / "exemple.ccpt", documents / "exemple.docx"
    for path in (dossier, docx):
        path.unlink(missing_ok=True)
    app = folder / "dossier-app.exe"
    result = run([app, "import", wb.windows_path(example), "-o", wb.windows_path(dossier)])
    ok, detail = _outcome(result)
    checks.require("dossier-app import of the bundled example's JSON", ok and dossier.exists(),
                   detail)
    result = run([app, "check", wb.windows_path(dossier)])
    checks.check("dossier-app check answers 1 (the example is not ready) with its report",
                 result.returncode == 1 and "Traceback" not in result.stderr and
                 bool(result.stdout.strip()), f"exit {result.returncode}")
    result = run([app, "export", wb.windows_path(dossier), "-o", wb.windows_path(docx)])
    ok, detail = _outcome(result)
    checks.check("dossier-app export to .docx", ok and docx.exists(), detail)
    if docx.exists():
        name = json.loads(example.read_text(encoding="utf-8"))["candidate"]["last_name"]
        checks.check("the .docx is a valid Word document naming the candidate",
                     *_docx_ok(docx, name))
    pdf = documents / "exemple.pdf"
    pdf.unlink(missing_ok=True)
    result = run([app, "export", wb.windows_path(dossier), "-o", wb.windows_path(pdf)])
    ok, detail = _outcome(result)
    checks.check("dossier-app export to .pdf without LibreOffice (Qt's layout)",
                 ok and pdf.exists(), detail)
    if pdf.exists():
        checks.check("the PDF has its cover, numbered contents and bookmarks", *_pdf_ok(pdf, name))
    return dossier, docx


def _pdf_ok(path: Path, name: str) -> tuple[bool, str]:
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        contents = reader.pages[1].extract_text()
        numbered = sum(1 for line in contents.splitlines() if line.rstrip()[-1:].isdigit())
        found = name in reader.pages[0].extract_text() and numbered >= 10 and bool(reader.outline)
        return found, f"{len(reader.pages)} pages, {numbered} numbered contents lines"
    except Exception as error:  # any failure to read it is the finding
        return False, f"unreadable: {error}"


def _docx_ok(path: Path, name: str) -> tuple[bool, str]:
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad:
                return False, f"corrupt member {bad}"
        import docx  # python-docx, in the venv running this script

        document = docx.Document(str(path))
        text = "\n".join(p.text for p in document.paragraphs)
        headers = "\n".join(p.text for s in document.sections for p in s.header.paragraphs)
        found = name in text or name in headers
        return found, f"{len(document.paragraphs)} paragraphs, {path.stat().st_size // 1024} KiB"
    except Exception as error:  # any failure to read it is the finding
        return False, repr(error)


def gui(checks: Checks, folder: Path, dossier: Path) -> None:
    app = folder / "dossier-ccpt.exe"
    start = time.perf_counter()
    result = run([app, "--quit-after-show", wb.windows_path(dossier)], timeout=180)
    ok, detail = _outcome(result)
    checks.check("dossier-ccpt.exe --quit-after-show on the dossier", ok,
                 f"{detail}, {time.perf_counter() - start:.1f} s")
    if wb.ON_WINDOWS:
        return  # no screenshot on the runner
    process = subprocess.Popen([wb.wine(), wb.windows_path(app), wb.windows_path(dossier)],
                               env=wb.wine_environment(PREFIX), stdin=subprocess.DEVNULL,
                               cwd=USER_FOLDER,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    window, deadline = "", time.monotonic() + 120
    while not window and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.5)
        found = xdotool("search", "--onlyvisible", "--name", "Dossier CCPT").stdout.split()
        window = found[-1] if found else ""
    checks.check("the app's window shows under Wine", bool(window))
    if window:
        time.sleep(6)  # let it settle: first paint, spell checking in its thread
        SCREENSHOT.unlink(missing_ok=True)
        shot = subprocess.run(["import", "-window", "root", str(SCREENSHOT)], capture_output=True,
                              text=True)
        checks.check("screenshot taken", shot.returncode == 0 and SCREENSHOT.exists(),
                     str(SCREENSHOT.relative_to(ROOT)) if SCREENSHOT.exists() else shot.stderr)
        xdotool("windowactivate", "--sync", window)
        xdotool("windowfocus", "--sync", window)
        xdotool("key", "--window", window, "alt+F4")
    try:
        process.wait(30)
        checks.check("the app closes on Alt+F4", process.returncode == 0,
                     f"exit {process.returncode}")
    except subprocess.TimeoutExpired:
        checks.check("the app closes on Alt+F4", False, "still running after 30 s: killed")
        process.kill()
        subprocess.run([wb.wine(), "taskkill", "/F", "/IM", "dossier-ccpt.exe"],
                       env=wb.wine_environment(PREFIX), capture_output=True)
    wb.wineserver_wait(PREFIX)


def integration(checks: Checks, folder: Path) -> None:
    checks.check(r"HKCU\Software\Classes\.ccpt points to the program id",
                 registry_value(r"Software\Classes\.ccpt") == PROG_ID,
                 str(registry_value(r"Software\Classes\.ccpt")))
    command = registry_value(rf"Software\Classes\{PROG_ID}\shell\open\command") or ""
    checks.check(".ccpt files open with the installed dossier-ccpt.exe",
                 "dossier-ccpt.exe" in command and '"%1"' in command and
                 host_path(command.split('"')[1]) == folder / "dossier-ccpt.exe", command)
    icon = registry_value(rf"Software\Classes\{PROG_ID}\DefaultIcon") or ""
    checks.check(".ccpt files have their icon", bool(icon) and host_path(icon).exists(), icon)
    checks.check("nothing written to HKLM for a per-user install", not _in_hklm())
    link = start_menu() / "Dossier CCPT.lnk"
    checks.check("Start-menu entry", link.exists(), str(link))


def _in_hklm() -> bool:
    if wb.ON_WINDOWS:
        import winreg

        try:
            winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, rf"Software\Classes\{PROG_ID}").Close()
            return True
        except OSError:
            return False
    return run(["reg.exe", "query", rf"HKLM\Software\Classes\{PROG_ID}"]).returncode == 0


def start_menu() -> Path:
    return host_path(windows_variable("APPDATA")) / "Microsoft" / "Windows" / "Start Menu" / \
        "Programs"


def settings_file() -> Path:
    # platformdirs' user config folder of the app on Windows (see dossier_app/core/paths.py).
    return host_path(windows_variable("LOCALAPPDATA")) / "dossier-ccpt" / "settings.ini"


def uninstall(checks: Checks, folder: Path, kept: list[Path]) -> None:
    settings = settings_file()
    checks.check("the app wrote its settings file before uninstalling", settings.exists(),
                 str(settings))
    quiet = registry_value(APP_KEY, "QuietUninstallString") or ""
    checks.require("quiet uninstall command registered", "/S" in quiet, quiet)
    program, arguments = quiet.split('"')[1], quiet.split('"')[2].split()
    result = run([host_path(program), *arguments], timeout=300)
    wait_for_programs(folder)
    checks.check("silent uninstall exits 0", result.returncode == 0, f"exit {result.returncode}")
    checks.check("the program is removed", not (folder / "dossier-ccpt.exe").exists()
                 and not (folder / "_internal").exists() and not folder.exists(), str(folder))
    checks.check("the Start-menu entry is removed", not (start_menu() / "Dossier CCPT.lnk").exists())
    checks.check("the .ccpt association is removed",
                 registry_value(rf"Software\Classes\{PROG_ID}\shell\open\command") is None
                 and registry_value(r"Software\Classes\.ccpt") in (None, ""))
    checks.check("the uninstall entry is removed", registry_value(APP_KEY, "InstallLocation") is None)
    for path in kept:
        checks.check(f"the user's {path.name} remains", path.exists(), str(path))
    checks.check("the settings file remains", settings.exists(), str(settings))


def windows_pytest(checks: Checks) -> None:
    """tests/windows under the embedded Windows Python (pytest and the app's dependencies
    from Windows wheels, the repository on its path)."""
    tests = ROOT / "tests" / "windows"
    if not tests.is_dir():
        print("tests/windows: none")
        return
    wanted = [*wb.requirements(), *wb.TEST_REQUIREMENTS]
    python = wb.make_python(TEST_PYTHON, wanted, wb.windows_wheels(wanted, "test-wheels"),
                            extra_paths=(wb.windows_path(ROOT),))
    # -B: no Windows .pyc beside the sources; no cache folder either.
    result = wb.run([python / "python.exe", "-B", "-m", "pytest", "-p", "no:cacheprovider",
                     "-q", wb.windows_path(tests)], PREFIX, cwd=ROOT)
    checks.check("tests/windows pass under the Windows Python", result.returncode == 0,
                 f"pytest exit {result.returncode}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-going", action="store_true",
                        help="go on after a failed step the next ones need")
    parser.add_argument("--no-pytest", action="store_true", help="skip tests/windows")
    args = parser.parse_args()
    checks = Checks(args.keep_going)
    setup = wb.installer_path()
    if not setup.exists():
        print(f"FAIL: {setup.relative_to(ROOT)} is missing: run `make package-windows` first")
        return 1
    print(f"windows: trying {setup.name} ({setup.stat().st_size / 2**20:.1f} MiB) "
          f"{'natively' if wb.ON_WINDOWS else 'in a fresh Wine prefix ' + str(PREFIX.relative_to(ROOT))}",
          flush=True)
    if not wb.ON_WINDOWS:
        wb.BUILD_PYTHON.exists() or wb.build_python()  # its Qt6Core.dll lists the ICU imports
        wb.wine_prefix(PREFIX, fresh=True)
    global USER_FOLDER
    USER_FOLDER = host_path(windows_variable("USERPROFILE"))
    with wb.screen(PREFIX, SCREEN):
        folder = install(checks, setup)
        self_test(checks, folder)
        dossier, docx = import_and_export(checks, folder)
        gui(checks, folder, dossier)
        integration(checks, folder)
        uninstall(checks, folder, [dossier, docx])
        if not args.no_pytest:
            windows_pytest(checks)
    return checks.summary()


if __name__ == "__main__":
    sys.exit(main())
