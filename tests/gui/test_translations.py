"""English is a complete translation, and the app speaks it when asked."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from dossier_app.core.paths import AppPaths
from dossier_app.core.resources import resources_dir
from dossier_app.gui.app import create_window
from dossier_app.gui.settings import Settings

PROJECT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "translations" / "dossier_ccpt_en.ts"


def test_every_ui_string_has_an_english_translation(tmp_path) -> None:
    copy = tmp_path / "en.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, sorted((PROJECT / "dossier_app" / "gui").glob("*.py"))),
                    "-source-language", "fr_FR", "-target-language", "en_GB", "-no-obsolete",
                    "-ts", str(copy)], check=True, capture_output=True)
    unfinished = [m.find("source").text for m in ET.parse(copy).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run `make translations` and translate these"
    fresh = tmp_path / "en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "the .qm is out of date"


def test_the_window_speaks_english_when_asked(qtbot, qapp) -> None:
    settings = Settings(AppPaths.default())
    settings.language = "en"
    settings.sync()
    window, _ = create_window(AppPaths.default(), spell_checking=False)
    qtbot.addWidget(window)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:4] == ["&File", "&Edit", "&Review", "&View"]
        window.show_welcome()
        assert window.welcome.first_button.text() == "Create my dossier…"
        from dossier_app.core.model import ChapterKind, ChapterStatus
        from dossier_app.gui import labels

        assert labels.status(ChapterStatus.TO_REWORK) == "To rework"
        assert labels.chapter(ChapterKind.TRANSFER) == "Transfer argument"
        assert labels.words(2) == "2 words"
    finally:
        from PySide6.QtCore import QTranslator

        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
