"""The path page, the positioning grid, replies, and the exchange with the advisor,
driven through the real widgets on real files."""

from __future__ import annotations

import datetime as dt
import hashlib

import docx
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from dossier_app.core.model import ChapterKind, ChapterStatus, StepKind
from dossier_app.gui import comments_panel
from dossier_app.gui.navigator import Place
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

from .conftest import TODAY, plain
from .test_access import _unnamed

NOV_22 = TODAY.date()


def _reopen(window):
    path = window.session.path
    window.close_dossier()
    with DossierFile.open(path, read_only=True) as file:
        return file.load()



def test_the_timeline_shows_today_the_jury_and_progress(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place("path"))
    page = window.workspace.forms["path"]
    headline = plain(page.headline.text())
    assert "Jury le 17 décembre 2026 : dans 25 jours." in headline
    assert "Prochain rendez-vous : Entretien individuel 4, le 26 novembre 2026." in headline
    assert page.actions_bar.format() == "7 / 10"
    assert page.chapters_bar.maximum() == 9
    assert page.timeline.accessibleDescription() == "13 étapes, dont 13 datées et 9 faites."
    assert page.list.currentRow() == 9  # the next appointment is selected
    assert page.list.item(0).text().startswith("✓")
    assert _unnamed(page) == []
    page.timeline.grab()  # paints without error


def test_recording_a_step_and_its_actions_is_saved(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place("path"))
    page = window.workspace.forms["path"]
    page.list.setCurrentRow(9)
    page.form.summary.setPlainText("Relecture de la production 3.")
    page.form.next_actions.add_button.click()
    edits = page.form.next_actions.add_row(False, ["Apporter l’attestation"])
    edits[0].textEdited.emit(edits[0].text())
    box = page.form.next_actions._rows[0][0]
    box.setChecked(True)
    steps = _reopen(window).steps
    assert steps[9].summary == "Relecture de la production 3."
    assert [(a.text, a.done) for a in steps[9].actions] == [("", True), ("Apporter l’attestation", False)]


def test_a_new_dossier_plans_its_path_from_the_template(window, example, tmp_path) -> None:
    example.steps = []
    window.files.create_dossier(tmp_path / "nouveau.ccpt", example)
    window.workspace.go_to(Place("path"))
    page = window.workspace.forms["path"]
    assert page.empty.isVisibleTo(page) and not page.filled.isVisibleTo(page)
    page.start.setDate(QDate(2027, 1, 4))
    next(b for b in page.empty.findChildren(type(page.remove)) if b.text() == "Prévoir le parcours").click()
    assert page.filled.isVisibleTo(page)
    steps = window.session.dossier.steps
    assert len(steps) == 15 and steps[0].date == dt.date(2027, 1, 4)
    assert steps[-1].kind is StepKind.JURY and steps[-1].date == dt.date(2027, 4, 5)
    assert page.list.count() == 15
    assert len(_reopen(window).steps) == 15


def test_the_positioning_grid_side_by_side(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place("positioning"))
    page = window.workspace.forms["positioning"]
    assert len(page.grids) == 3
    grid = page.grids[1]
    combo = grid.levels[("end", "advisor")]
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData(3))
    combo.activated.emit(combo.currentIndex())
    assert plain(grid.trend.text()) == "Progression : candidat : 3 → 3 ; conseiller : 2 ↗ 3"
    grid.gaps.add_button.click()
    assert _unnamed(page) == []
    row = _reopen(window).positioning[1]
    assert (row.competence, row.start.advisor, row.end.advisor) == (2, 2, 3)
    assert len(row.gaps) == 2


def test_anyone_can_reply_to_a_comment(example_window, monkeypatch) -> None:
    window = example_window
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nadia Martin", True))
    monkeypatch.setattr(comments_panel, "_ask_text",
                        lambda *a, **k: ("C'est dans le planning de juin.", True))
    window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    panel = window.workspace.chapter_page.comments
    panel.list.setCurrentRow(0)
    assert panel.reply_to_current()
    assert "↳ C'est dans le planning de juin." in panel.list.item(0).text()
    replies = _reopen(window).comments[0].replies
    assert [r.author for r in replies] == ["Nadia Martin", "Nadia Martin"]


def test_send_review_and_bring_back_with_a_conflict(example_window, tmp_path, monkeypatch) -> None:
    window = example_window
    stick = tmp_path / "cle" / "nadia-relecture.ccpt"
    stick.parent.mkdir()
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stick), ""))
    window.send_action.trigger()
    assert stick.exists() and "nadia-relecture.ccpt" in informed[-1]

    with DossierFile.open(stick, LockIdentity.current("Claire")) as copy:
        theirs = copy.load()
        theirs.production(1).chapters[ChapterKind.SITUATION].text = "Le texte vu par Claire."
        theirs.production(2).chapters[ChapterKind.TRANSFER].status = ChapterStatus.TO_REWORK
        copy.save(theirs)
    copy_hash = hashlib.sha256(stick.read_bytes()).hexdigest()
    window.workspace.go_to(Place("chapter", 1, ChapterKind.SITUATION))
    page = window.workspace.chapter_page
    page.editor.load_markdown("Le texte de Nadia, écrit après l’envoi.")
    page.editor.document().setModified(True)
    page.sync()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stick), ""))
    window.bring_back_action.trigger()
    assert "1 chapitres ont été modifiés des deux côtés" in informed[-1]
    assert hashlib.sha256(stick.read_bytes()).hexdigest() == copy_hash
    assert window.workspace.current_place() == Place("chapter", 1, ChapterKind.SITUATION)
    assert page.conflict.isVisibleTo(page)
    outline = window.workspace.navigator._items[Place("chapter", 1, ChapterKind.SITUATION)]
    assert outline.text(0).endswith("⇄") and "attend votre choix" in outline.toolTip(0)
    assert page.conflict_text.text().startswith("Claire Roussel a aussi modifié ce chapitre")
    assert page.editor.toPlainText() == "Le texte de Nadia, écrit après l’envoi."
    assert window.session.dossier.production(2).chapters[ChapterKind.TRANSFER].status \
        is ChapterStatus.TO_REWORK
    take = next(b for b in page.conflict.findChildren(type(page.guidance_toggle))
                if b.text() == "Prendre la version du conseiller")
    take.click()
    assert not page.conflict.isVisibleTo(page)
    window.workspace.refresh_overview()
    outline = window.workspace.navigator._items[Place("chapter", 1, ChapterKind.SITUATION)]  # re-read
    assert not outline.text(0).endswith("⇄")
    assert page.editor.toPlainText() == "Le texte vu par Claire."
    assert _reopen(window).production(1).chapters[ChapterKind.SITUATION].text == \
        "Le texte vu par Claire."


def test_the_progress_sheet_from_the_menu(example_window, tmp_path, monkeypatch) -> None:
    window = example_window
    target = tmp_path / "fiche.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.progress_sheet_action.trigger()
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Où en est le dossier", "Parcours", "Plan d’action",
                        "Grille de positionnement"]
    path_table, grid = document.tables[0], document.tables[1]
    assert len(path_table.rows) == 14
    assert grid.rows[2].cells[2].text == "2. Je pratique avec de l’aide"


def test_reloading_the_path_shows_the_selected_step_as_now_loaded(example_window) -> None:
    """After a merge the page is loaded again: the open step's form must not keep old text."""
    window = example_window
    window.workspace.go_to(Place("path"))
    page = window.workspace.forms["path"]
    page.list.setCurrentRow(4)
    window.session.dossier.steps[4].summary = "Compte rendu repris de la copie relue."
    page.load(window.session.dossier, NOV_22)
    assert page.list.currentRow() == 4
    assert page.form.summary.toPlainText() == "Compte rendu repris de la copie relue."


def test_the_example_opened_a_year_later_still_has_its_jury_ahead(qtbot) -> None:
    from dossier_app.core.clock import FixedClock
    from dossier_app.core.paths import AppPaths
    from dossier_app.gui.app import create_window

    later = dt.datetime(2027, 12, 26, 20, 30)
    window, _context = create_window(AppPaths.default(), spell_checking=False,
                                     clock=FixedClock(later))
    qtbot.addWidget(window)
    window.files.open_example()
    dossier = window.session.dossier
    assert dossier.jury_date() > later.date()
    assert dossier.next_step(later.date()) is not None
    window.close_dossier()
