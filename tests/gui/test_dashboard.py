import hashlib

from PySide6.QtCore import Qt

from dossier_app.gui.dashboard import ORAL_COLUMN
from dossier_app.storage.dossier_file import DossierFile

from .test_access import _unnamed


def test_the_group_dashboard_lists_sorts_and_opens(window, tmp_path, example, qtbot) -> None:
    for name, first, extra in (("a.ccpt", "Nadia", ""), ("b.ccpt", "Paul", " mot" * 500),
                               ("c.ccpt", "Zoé", "")):
        example.candidate.first_name = first
        example.project = "Projet." + extra
        DossierFile.create(tmp_path / name, example, window.context.identity).close()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    dashboard = window.review.show_group(tmp_path)
    qtbot.addWidget(dashboard)
    table = dashboard.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["Nadia Martin", "Paul Martin",
                                                           "Zoé Martin"]
    assert table.item(0, 1).text() == "Suivi de dossier social d’entreprise"
    assert "2 définitif" in table.item(0, 2).toolTip() and table.item(0, 4).text() == "1"
    assert table.item(0, 2).text().startswith("● 2")
    assert _unnamed(dashboard) == []
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert after == before  # listing never writes
    table.sortItems(0, order=table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    assert table.item(0, 0).text() == "Zoé Martin"
    assert table.item(0, 7).text() == "17 décembre 2026"  # the jury
    assert table.item(0, ORAL_COLUMN).text() == "0 / 3"  # productions ready for the oral
    assert table.item(0, ORAL_COLUMN).toolTip() == "0 productions sur 3 prêtes pour l’oral"
    table.selectRow(0)
    dashboard.open_button.click()
    assert window.session is not None and window.session.path.name == "c.ccpt"
    assert not window.session.read_only


def test_a_progress_sheet_from_the_dashboard_only_reads(window, tmp_path, example, qtbot,
                                                        monkeypatch) -> None:
    import docx
    from PySide6.QtWidgets import QFileDialog

    group = tmp_path / "groupe"
    group.mkdir()
    DossierFile.create(group / "nadia.ccpt", example, window.context.identity).close()
    before = hashlib.sha256((group / "nadia.ccpt").read_bytes()).hexdigest()
    dashboard = window.review.show_group(group)
    qtbot.addWidget(dashboard)
    step = dashboard.rows[0].next_step  # from the window's day, 22 November 2026
    assert step == (__import__("datetime").date(2026, 11, 26), "Entretien individuel 4")
    target = tmp_path / "fiche.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dashboard.table.selectRow(0)
    assert dashboard.export_sheet() == target
    assert "Nadia Martin" in docx.Document(str(target)).paragraphs[1].text
    assert hashlib.sha256((group / "nadia.ccpt").read_bytes()).hexdigest() == before


def test_the_pace_column_shows_the_ready_date_only_for_a_shared_log(window, tmp_path, example,
                                                                     qtbot) -> None:
    import datetime as dt

    from dossier_app.core.model import ChapterKind, WritingDay
    from dossier_app.gui.dashboard import PACE_COLUMN

    DossierFile.create(tmp_path / "a.ccpt", example, window.context.identity).close()
    example.chapter_targets = {ChapterKind.ANALYSIS: 900}
    example.writing_log = [WritingDay(dt.date(2026, 11, day), 100, 1400 + 100 * day)
                           for day in (19, 20, 21)]
    for name, first, shared in (("b.ccpt", "Paul", True), ("c.ccpt", "Zoé", False)):
        example.candidate.first_name = first
        example.share_writing_log = shared
        DossierFile.create(tmp_path / name, example, window.context.identity).close()
    dashboard = window.review.show_group(tmp_path)
    qtbot.addWidget(dashboard)
    table = dashboard.table
    assert table.horizontalHeaderItem(PACE_COLUMN).text() == "Rythme"
    cells = [table.item(row, PACE_COLUMN).text().split("\n") for row in range(3)]
    assert cells == [
        ["En avance", "22 mots à écrire"],  # Nadia, on the guidance's marks
        # 1 980 words left at 75 a day (300 over the last 4 days): 27 days from 22 November.
        ["En retard", "1\u202f980 mots à écrire", "prêt vers le 19 décembre 2026"],
        ["En retard", "1\u202f980 mots à écrire"],  # Zoé keeps her log to herself
    ]
    assert table.item(1, PACE_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "En retard, 1\u202f980 mots à écrire, prêt vers le 19 décembre 2026"
    table.sortItems(PACE_COLUMN)
    assert table.item(0, 0).text() in ("Paul Martin", "Zoé Martin")  # the late ones first
