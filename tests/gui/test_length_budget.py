"""The length the jury can read, as the candidate types: the status bar and the outline
show each production's estimated pages and reading minutes; after an export laid out by
LibreOffice, its real pages, until the text changes noticeably."""

import pytest

from dossier_app.core.model import Annex, ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.export_dialog import ExportDialog
from dossier_app.gui.navigator import Place


def _production_rows(window) -> list[str]:
    navigator = window.workspace.navigator
    return [navigator.topLevelItem(i).text(1) for i in range(navigator.topLevelItemCount())
            if navigator.topLevelItem(i).text(0).startswith("Production")]


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _status(window) -> str:
    """The whole line, whatever the window's width."""
    return _plain(window.status_line.words.toolTip())


def test_the_status_bar_and_the_outline_show_pages_and_reading_time(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.SITUATION))
    assert "Production 1 : 647 mots, ≈ 2 pages · 4 min de lecture   ·   Dossier" in _status(window)
    assert _production_rows(window) == ["≈ 2 pages", "≈ 2 pages", "≈ 2 pages"]
    navigator = window.workspace.navigator
    first = next(navigator.topLevelItem(i) for i in range(navigator.topLevelItemCount())
                 if navigator.topLevelItem(i).text(0).startswith("Production 1"))
    assert _plain(first.toolTip(1)) == "≈ 2 pages · 4 min de lecture ; conseillé : 5 pages"


def test_a_long_production_shows_its_pages_as_it_grows(example_window, qtbot) -> None:
    window = example_window
    window.workspace.go_to(Place(Page.CHAPTER, 2, ChapterKind.ANALYSIS))
    editor = window.workspace.chapter_page.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" " + " ".join(["délégué"] * 4000))
    window.workspace.sync()
    qtbot.waitUntil(lambda: "≈ 9 pages" in _status(window), timeout=5000)
    assert "4 505 mots, ≈ 9 pages · 30 min de lecture" in _status(window)
    qtbot.waitUntil(lambda: _production_rows(window)[1] == "≈ 9 pages", timeout=5000)


@pytest.mark.needs("libreoffice")
def test_after_an_export_the_real_pages_replace_the_estimate(example_window, tmp_path,
                                                            qtbot) -> None:
    window = example_window
    dialog = ExportDialog(window.session, window.context.settings, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "jury.docx"))  # Word: LibreOffice lays it out to count
    counted = []
    dialog.pages_counted.connect(lambda: counted.append(True))
    dialog.start().join(timeout=240)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=5000)
    assert counted
    window.workspace.refresh_overview()
    window.workspace.go_to(Place(Page.CHAPTER, 3, ChapterKind.TRANSFER))
    assert _production_rows(window) == ["2 pages", "2 pages", "2 pages"]
    assert "465 mots, 2 pages (export du 22 novembre) · 3 min de lecture" in _status(window)
    editor = window.workspace.chapter_page.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" ajouté")  # a word more: still the pages exported
    window.workspace.sync()
    window.workspace.refresh_overview()
    assert _production_rows(window)[2] == "2 pages"
    cursor.insertText(" " + " ".join(["délégué"] * 600))  # noticeably longer: the estimate again
    window.workspace.sync()
    window.workspace.refresh_overview()
    assert _production_rows(window)[2] == "≈ 3 pages"
    assert "≈ 3 pages · 7 min de lecture" in _status(window)


def test_in_french_the_points_to_settle_say_what_check_says(qapp, example, referential,
                                                            guidance) -> None:
    """The long production's two sentences and the annexes' (test_translations covers one
    finding of each code; these have variants)."""
    from dossier_app.app.finding_text import french
    from dossier_app.core.readiness import Code, check_dossier
    from dossier_app.gui.readiness_panel import ReadinessPanel

    example.productions[0].chapters[ChapterKind.SITUATION].text += " mot" * 6000
    example.productions[1].chapters[ChapterKind.SITUATION].text += " mot" * 3000
    example.productions[2].chapters[ChapterKind.ANALYSIS].text += " (voir annexe 9)"
    example.project += " (annexe 8)"
    example.annexes.append(Annex("Affiche de la réunion"))  # the example cites its own three
    findings = [f for f in check_dossier(example, referential, guidance).findings
                if f.code in (Code.LONG_PRODUCTION, Code.MISSING_ANNEX, Code.UNREFERENCED_ANNEX)]
    assert len(findings) == 5
    panel = ReadinessPanel()
    for finding in findings:
        assert panel.sentence(finding) == french(finding)
