"""English is a complete translation, and the app speaks it when asked."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from dossier_app.core.paths import AppPaths
from dossier_app.core.resources import resources_dir
from dossier_app.gui.app import create_window
from dossier_app.gui.settings import Settings

PROJECT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "translations" / "dossier_ccpt_en.ts"


FLOORS = ("gui", "app", "core", "storage", "export")
"""Where the strings shown in the window are written: tr() in the window, say() below it
(as the Makefile's ``translations`` collects them)."""


def test_every_ui_string_has_an_english_translation(tmp_path) -> None:
    copy = tmp_path / "en.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(path for floor in FLOORS for path in (PROJECT / "dossier_app" / floor).glob("*.py"))
    subprocess.run([str(lupdate), "-tr-function-alias", "QT_TR_NOOP+=say", *map(str, sources),
                    "-source-language", "fr_FR", "-target-language", "en_GB", "-no-obsolete",
                    "-ts", str(copy)], check=True, capture_output=True)
    messages = list(ET.parse(copy).getroot().iter("message"))
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run `make translations` and translate these"
    # A translation keeps every value of its sentence: %1… of tr(), {name} of say().
    mismatched = [m.find("source").text for m in messages
                  if _places(m.find("source").text) != _places(m.find("translation").text or "")]
    assert mismatched == []
    fresh = tmp_path / "en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "the .qm is out of date"


def _places(text: str) -> set[str]:
    return {a or b for a, b in re.findall(r"(%[1-9])|\{(\w+)(?::\w+)?\}", text)}


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


FRENCH = re.compile(r"«|»| : |\b(chapitre|pas encore|Définitif|mots|n’|Brouillon|Relu|Analyse|"
                    r"Argumentaire|déclaration|Conseil|À régler|Prêt|édition|référentiel)\b")
"""Tell-tales of a French sentence (the dossier's own words aside: a competence's label)."""


def _every_finding(referential, guidance):
    """Findings of every code: an empty dossier and a damaged copy of the example."""
    import copy
    import json

    from dossier_app.core.interchange import dossier_from_json
    from dossier_app.core.model import Annex, ChapterKind, Dossier, ReferentialRef
    from dossier_app.core.readiness import Code, check_dossier
    from dossier_app.core.resources import example_dossier_path

    data = json.loads(example_dossier_path().read_text(encoding="utf-8"))
    broken = dossier_from_json(copy.deepcopy(data), referential).dossier
    broken.referential = ReferentialRef("officiel-afpa", "2027")
    broken.productions.pop()
    broken.productions[0].competence = 99
    broken.productions[0].title = ""
    broken.productions[0].chapters[ChapterKind.TRANSFER].text = ""
    broken.productions[1].chapters[ChapterKind.SITUATION].text = "mot " * 3000
    broken.productions[1].chapters[ChapterKind.ANALYSIS].text += " (voir annexe 9)"
    broken.annexes.append(Annex("Affiche de la réunion"))  # cited nowhere
    broken.comments[0].author = ""
    provisional = dossier_from_json(copy.deepcopy(data), referential).dossier
    provisional.ccpt = "mediation-sociale"
    provisional.oral[0].plan = provisional.oral[0].plan[:1]  # a talk plan far too short
    unknown = Dossier(ccpt="inconnu")
    findings = [f for d in (Dossier(), broken, provisional, unknown)
                for f in check_dossier(d, referential, guidance).findings]
    assert {f.code for f in findings} == set(Code)
    return findings


def test_the_readiness_findings_speak_english(qtbot, qapp, referential, guidance) -> None:
    settings = Settings(AppPaths.default())
    settings.language = "en"
    settings.sync()
    window, _ = create_window(AppPaths.default(), spell_checking=False)
    qtbot.addWidget(window)
    try:
        window.files.open_example()
        panel = window.workspace.readiness
        assert panel.list.count() > 3
        shown = [panel.summary.text()]
        for i in range(panel.list.count()):
            item = panel.list.item(i)
            shown += [item.text(), item.data(Qt.ItemDataRole.AccessibleTextRole)]
        assert "Production 2, chapter “Analysis”: the comment by Claire Roussel on " \
               "“seules les heures effectuées” is not resolved." in shown[1]
        assert any("not “Final” yet (Analysis: Reviewed; Transfer argument: Draft)" in s
                   for s in shown)
        shown += [panel.sentence(f) for f in _every_finding(referential, guidance)]
        navigator = window.workspace.navigator
        outline = [navigator.topLevelItem(i).text(0) for i in range(navigator.topLevelItemCount())]
        assert outline[-5:] == ["Path and workshops", "Positioning", "Annexes", "Declaration on honour",
                                "After the jury"]
        assert [navigator.topLevelItem(0).child(i).text(0) for i in range(4)] == [
            "Identity", "Privacy", "Mandates", "Professional project"]
        for text in shown:
            assert not FRENCH.search(text), text
        window.close_dossier()
    finally:
        from PySide6.QtCore import QTranslator

        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)


def test_in_french_the_panel_says_what_the_command_line_says(qapp, referential, guidance) -> None:
    from dossier_app.app.finding_text import french
    from dossier_app.gui.readiness_panel import ReadinessPanel

    panel = ReadinessPanel()
    for finding in _every_finding(referential, guidance):
        assert panel.sentence(finding) == french(finding)


def test_dates_follow_the_ui_language(qtbot, qapp) -> None:
    """The path page's steps and headline in English, « 1er » kept in French."""
    import datetime as dt

    from dossier_app.core.clock import FixedClock
    from dossier_app.gui import labels
    from dossier_app.gui.navigator import Place

    for language, first, step in (("en", "1 October 2026", "8 September 2026"),
                                  ("fr", "1er octobre 2026", "8 septembre 2026")):
        settings = Settings(AppPaths.default())
        settings.language = language
        settings.sync()
        window, _ = create_window(AppPaths.default(), spell_checking=False,
                                  clock=FixedClock(dt.datetime(2026, 11, 22, 10, 0)))
        qtbot.addWidget(window)
        try:
            assert labels.long_date(dt.date(2026, 10, 1)) == first
            window.files.open_example()
            window.workspace.go_to(Place("path"))
            page = window.workspace.forms["path"]
            steps = [page.list.item(i).text() for i in range(page.list.count())]
            assert any(step in text for text in steps), steps[:3]
            if language == "en":
                assert "décembre" not in page.headline.text() and "December" in page.headline.text()
        finally:
            window.close_dossier()
            window.close()
            from PySide6.QtCore import QTranslator

            for translator in qapp.findChildren(QTranslator):
                qapp.removeTranslator(translator)
