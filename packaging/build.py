"""Build the packages: ``make package`` and ``make package-windows`` run this (Linux); the
CI workflow runs the same commands, the Windows one on a Windows runner.

    python packaging/build.py icons      # build/icons: PNG sizes, .ico (needs Qt offscreen)
    python packaging/build.py bundle     # build/dist/dossier-ccpt: the PyInstaller folder
    python packaging/build.py linux      # dist/*.deb and dist/*.tar.gz from the bundle
    python packaging/build.py all        # the three, in order (the default)
    python packaging/build.py windows [python|bundle|installer]
        # dist/dossier-ccpt-X.Y.Z-windows-x64-setup.exe: the embedded CPython for Windows,
        # PyInstaller run by it (under Wine off Windows), NSIS (packaging/windows_build.py)

The version comes from ``dossier_app.__version__``, the one place it is written.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "packaging"))  # the scripts beside this one, when it is imported

import grammalecte_stage  # noqa: E402

from dossier_app import APP_ID, __version__  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = BUILD / "dist" / "dossier-ccpt"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application-x-dossier-ccpt"
DEB_DEPENDS = (
    # What the PySide6 libraries in the bundle load from the system (as the source install
    # needs, see dossier_app/system_check.py), plus the X11 platform plugin's libraries.
    "libc6 (>= 2.28), libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, "
    "libfreetype6, libdbus-1-3, libglib2.0-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, "
    "libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, "
    "libxcb-xinerama0, libxcb-xkb1, shared-mime-info, desktop-file-utils"
)
DEB_RECOMMENDS = "libreoffice-writer-nogui | libreoffice-writer, fonts-liberation"


def icons() -> Path:
    """Render the SVG icons at the usual sizes (hicolor theme layout) and as a Windows .ico."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    out = BUILD / "icons"
    shutil.rmtree(out, ignore_errors=True)
    sources = {("apps", APP_ID): ROOT / "resources" / "icons" / "dossier-ccpt.svg",
               ("mimetypes", MIME_TYPE): ROOT / "resources" / "icons" / f"{MIME_TYPE}.svg"}
    for (context, name), svg in sources.items():
        renderer = QSvgRenderer(str(svg))
        for size in ICON_SIZES:
            image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
            image.fill(0)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            target = out / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(target))
        scalable = out / "hicolor" / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(svg, scalable)
    for context, name, ico in (("apps", APP_ID, "dossier-ccpt.ico"),
                               ("mimetypes", MIME_TYPE, "dossier-ccpt-document.ico")):
        icon = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            icon.addFile(str(out / "hicolor" / f"{size}x{size}" / context / f"{name}.png"))
        if not icon.pixmap(256).save(str(out / ico)):
            raise SystemExit("Qt could not write a .ico file (imageformats plugin missing)")
    return out


def bundle() -> Path:
    if not (BUILD / "icons" / "dossier-ccpt.ico").exists():
        icons()
    grammalecte_stage.stage()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(BUILD / "dist"),
                    "--workpath", str(BUILD / "pyinstaller"),
                    str(ROOT / "packaging" / "dossier-ccpt.spec")], check=True, cwd=ROOT)
    print(f"bundle: {BUNDLE} ({_size(BUNDLE) / 2**20:.0f} MiB, "
          f"{sum(1 for p in BUNDLE.rglob('*') if p.is_file())} files)")
    return BUNDLE


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _desktop_files(share: Path) -> None:
    """The desktop entry, AppStream metadata, MIME type and icons under ``share``."""
    linux = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", __version__).replace(
        "@DATE@", dt.date.today().isoformat())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / "dossier-ccpt-mime.xml", share / "mime" / "packages" / "dossier-ccpt.xml")
    shutil.copytree(BUILD / "icons" / "hicolor", share / "icons" / "hicolor")


def deb(architecture: str) -> Path:
    """A .deb installing under /opt, with launchers in /usr/bin and the desktop files."""
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(BUNDLE, root / "opt" / "dossier-ccpt", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    for program in ("dossier-ccpt", "dossier-app"):
        # Relative links: they work in the installed system and in any unpacked root.
        (root / "usr" / "bin" / program).symlink_to(f"../../opt/dossier-ccpt/{program}")
    _desktop_files(root / "usr" / "share")
    doc = root / "usr" / "share" / "doc" / "dossier-ccpt"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Dossier CCPT\n\nFiles: *\nLicense: GPL-3.0-or-later\n\n"
        "Files: opt/dossier-ccpt/_internal/dossier_app/resources/dictionaries/*\n"
        "License: MPL-2.0\nComment: French Hunspell dictionary by Grammalecte (see fr-README.txt)\n\n"
        "Files: opt/dossier-ccpt/_internal/grammalecte/*\n"
        "License: GPL-3.0-or-later\nComment: Grammalecte, the grammar checker (see its copyright)\n",
        encoding="utf-8")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: dossier-ccpt\nVersion: {__version__}\nArchitecture: {architecture}\n"
        "Maintainer: Dossier CCPT <dossier-ccpt@example.org>\n"
        f"Installed-Size: {_size(root) // 1024}\n"
        f"Depends: {DEB_DEPENDS}\nRecommends: {DEB_RECOMMENDS}\n"
        "Section: editors\nPriority: optional\nHomepage: https://example.org/dossier-ccpt\n"
        "Description: write the portfolio of the CCPT certification\n"
        " Dossier CCPT helps union representatives write the dossier de productions of\n"
        " the CCPT certification of the skills gained in their mandate, and the advisors\n"
        " who coach them review it. Everything stays on the computer.\n",
        encoding="utf-8")
    DIST.mkdir(exist_ok=True)
    target = DIST / f"dossier-ccpt_{__version__}_{architecture}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def portable(architecture: str) -> Path:
    """The bundle in a .tar.gz that runs from wherever it is unpacked (a USB stick too)."""
    name = f"dossier-ccpt-{__version__}-linux-{architecture}"
    stage = BUILD / "portable" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(BUNDLE, stage, symlinks=True)
    _desktop_files(stage / "share")
    shutil.copy(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", stage)
    (stage / "LISEZMOI.txt").write_text(
        f"Dossier CCPT {__version__}, version portable pour Linux.\n\n"
        "Lancer l’application : ./dossier-ccpt (ou double-cliquer dessus).\n"
        "Ligne de commande : ./dossier-app --help\n"
        "Ajouter l’application au menu et associer les fichiers .ccpt (pour vous seul) :\n"
        "    ./install-desktop-entry.sh\n", encoding="utf-8")
    DIST.mkdir(exist_ok=True)
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(stage, arcname=name)
    return target


def linux() -> list[Path]:
    if not BUNDLE.exists():
        bundle()
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True,
                                  text=True).stdout.strip() or "amd64"
    built = [deb(architecture), portable("x86_64" if architecture == "amd64" else architecture)]
    for path in built:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 2**20:.1f} MiB")
    print("AppImage: not built (appimagetool and its runtime are not in the package "
          "registries this build machine reaches; see README).")
    return built


def windows(step: str = "all") -> None:
    """The Windows installer; the steps are in packaging/windows_build.py."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import windows_build

    if step in ("bundle", "all") and not (BUILD / "icons" / "dossier-ccpt.ico").exists():
        icons()
    windows_build.main(step)


def main() -> None:
    step = sys.argv[1] if len(sys.argv) > 1 else "all"
    if step == "windows":
        windows(sys.argv[2] if len(sys.argv) > 2 else "all")
        return
    if step in ("icons", "all"):
        icons()
    if step in ("bundle", "all"):
        bundle()
    if step in ("linux", "all"):
        linux()


if __name__ == "__main__":
    main()
