"""PDF through LibreOffice, and the page of each heading read back from a PDF."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..core.errors import FileProblem

CONVERSION_TIMEOUT_S = 180
_USUAL_PLACES = [
    "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice*/program/soffice", "/snap/bin/libreoffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
]


def find_libreoffice() -> Path | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for pattern in _USUAL_PLACES:
        for candidate in sorted(glob.glob(pattern), reverse=True):
            if os.access(candidate, os.X_OK):
                return Path(candidate)
    return None


def require_libreoffice() -> Path:
    found = find_libreoffice()
    if found is None:
        raise FileProblem("L’export PDF a besoin de LibreOffice, qui n’est pas installé : "
                          "installez-le (libreoffice.org, ou « sudo apt-get install "
                          "libreoffice-writer ») ou exportez en Word (.docx).")
    return found


def docx_to_pdf(source: Path, target: Path, soffice: Path) -> None:
    """Convert with a throw-away LibreOffice profile, so that a LibreOffice the user has
    open does not capture the conversion."""
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-pdf-") as work:
        work_dir = Path(work)
        profile = (work_dir / "profile").as_uri()
        try:
            result = subprocess.run(
                [str(soffice), f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", "pdf", "--outdir", str(work_dir), str(source)],
                capture_output=True, text=True, timeout=CONVERSION_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired):
            raise FileProblem("La conversion en PDF par LibreOffice n’a pas abouti.") from None
        produced = work_dir / (source.stem + ".pdf")
        if result.returncode != 0 or not produced.exists():
            raise FileProblem("La conversion en PDF par LibreOffice a échoué.")
        target.write_bytes(produced.read_bytes())  # into the private file, keeping its mode


def heading_pages(pdf: Path, entries: list[str], after_title: str) -> list[int | None]:
    """For each heading, in document order, the 1-based page where it stands on lines of
    its own (a long heading wraps over up to three), searching onwards from the page
    after the one holding ``after_title`` (the table of contents)."""
    from pypdf import PdfReader

    pages = [_line_runs(page.extract_text() or "") for page in PdfReader(str(pdf)).pages]
    start = next((i for i, lines in enumerate(pages) if after_title in lines), -1) + 1
    found: list[int | None] = []
    page = start
    for entry in entries:
        wanted = _squeeze(entry)
        hit = next((index for index in range(page, len(pages)) if wanted in pages[index]), None)
        found.append(None if hit is None else hit + 1)
        page = hit if hit is not None else page
    return found


def _line_runs(text: str) -> set[str]:
    """Every line of a page, and every two and three consecutive lines joined."""
    lines = [_squeeze(line) for line in text.splitlines() if line.strip()]
    return {" ".join(lines[i:i + n]) for n in (1, 2, 3) for i in range(len(lines) - n + 1)}


def _squeeze(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
