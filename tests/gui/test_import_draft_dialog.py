"""Importing a Word draft from the app (issue 23): the preview shows the proposed productions
and chapters, the candidate moves paragraphs by keyboard and chooses the CCPT, then « Créer
le dossier » writes a .ccpt that opens; « Annuler » writes nothing; a bad file gets one
sentence. Real drafts written by python-docx, real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QTreeWidgetItem

from dossier_app.app.draft_import import TO_SORT, Place, read_draft
from dossier_app.core.model import ChapterKind
from dossier_app.gui.import_draft_dialog import KIND, VALUE, ImportDraftDialog

from .conftest import plain

Alt = Qt.KeyboardModifier.AltModifier
CHAPTERS = ("Situation", "Analyse", "Argumentaire de transfert")
TITLES = ("Négocier l’accord sur le temps de travail", "Suivre les dossiers de paie",
          "Informer les salariés")


def write_draft(path: Path) -> Path:
    """A draft as candidates bring them: a title page, three productions in Heading styles,
    each with its three chapters of two paragraphs."""
    document = docx.Document()
    document.add_paragraph("Dossier de productions", style="Title")
    document.add_paragraph("Candidate : Nadia Martin")
    document.add_paragraph("CCPT : Suivi de dossier social d’entreprise")
    for number, title in enumerate(TITLES, start=1):
        document.add_heading(f"Production {number} : {title}", level=1)
        for chapter in CHAPTERS:
            document.add_heading(chapter, level=2)
            for paragraph in (1, 2):
                document.add_paragraph(
                    f"{chapter}, production {number}, paragraphe {paragraph} : en 2023, le "
                    "comité a réuni les salariés de l’équipe de nuit pour préparer la "
                    "négociation avec la direction.")
    document.save(str(path))
    return path


def with_tracked_changes(path: Path) -> Path:
    """The draft with a tracked insertion and a tracked deletion in its first paragraph, as
    Word writes them."""
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if "paragraphe 1" in p.text)
    for tag, run_text, words in (("w:ins", "w:t", " Ajout suivi."), ("w:del", "w:delText",
                                                                       " Retrait suivi.")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), str(len(tag)))
        change.set(qn("w:author"), "Claire Roussel")
        change.set(qn("w:date"), "2026-10-05T14:00:00Z")
        run, text = OxmlElement("w:r"), OxmlElement(run_text)
        text.set(qn("xml:space"), "preserve")
        text.text = words
        run.append(text)
        change.append(run)
        paragraph._p.append(change)
    document.save(str(path))
    return path


@pytest.fixture
def draft(tmp_path) -> Path:
    return write_draft(tmp_path / "brouillon.docx")


def _reader(path: Path, referential) -> Callable[[bool], object]:
    return lambda accept: read_draft(path, accept_changes=accept, referential=referential)


@pytest.fixture
def preview(window, qtbot, draft) -> ImportDraftDialog:
    """The preview of ``draft``, shown (not modal) once the draft is read."""
    referential = window.context.referential
    dialog = ImportDraftDialog(draft.name, _reader(draft, referential), referential, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.mapping is not None, timeout=30_000)
    return dialog


def _tops(dialog: ImportDraftDialog) -> list[QTreeWidgetItem]:
    return [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(n) for n in range(item.childCount())]


def _chapters(dialog: ImportDraftDialog, production: int) -> list[QTreeWidgetItem]:
    """A production's chapter rows (its own heading comes first, as a paragraph row)."""
    return [row for row in _children(_tops(dialog)[production]) if row.data(0, KIND) == "place"]


def _first_paragraph(dialog: ImportDraftDialog, production: int, kind: ChapterKind) -> QTreeWidgetItem:
    chapter = next(row for row in _chapters(dialog, production)
                   if row.data(0, VALUE) == Place(production, kind))
    rows = _children(chapter)
    return next(row for row in rows if "paragraphe 1" in row.text(0))


def _wait_for_popup(qtbot, keys: list[Qt.Key]) -> None:
    """Press ``keys`` in the next popup menu, once it shows (its exec() runs its own loop)."""
    def look() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        for key in keys:
            qtbot.keyClick(menu, key)
        if menu.isVisible():
            menu.close()  # the keys did not choose: fail, never wait for ever

    QTimer.singleShot(0, look)


# --- what the preview shows ----------------------------------------------------------------

def test_the_preview_shows_the_productions_and_their_chapters(preview):
    tops = _tops(preview)
    assert len(tops) == 5  # three productions, « À trier », the title page left out
    for number, (top, title) in enumerate(zip(tops, TITLES, strict=False), start=1):
        assert plain(top.text(0)).startswith(f"Production {number} : ")
        assert title in top.text(0)
        chapters = _chapters(preview, number - 1)
        assert [row.data(0, VALUE).chapter for row in chapters] == list(ChapterKind)
        for row, name in zip(chapters, ("Situation", "Analyse", "Argumentaire de transfert"),
                             strict=True):
            assert plain(row.text(0)).startswith(f"{name} — ") and "mots" in row.text(0)
            assert any("paragraphe 1" in child.text(0) for child in _children(row))
    assert plain(tops[3].text(0)).startswith("À trier")
    assert plain(tops[4].text(0)).startswith("Non repris") and not tops[4].isExpanded()


def test_a_paragraph_shows_in_full_when_chosen(preview):
    row = _first_paragraph(preview, 1, ChapterKind.ANALYSIS)
    preview.tree.setCurrentItem(row)
    text = preview.preview.toPlainText()
    assert text.startswith("Analyse, production 2, paragraphe 1") and text.endswith("direction.")
    assert preview.preview.isReadOnly()


def test_every_control_has_a_name_and_the_buttons_distinct_mnemonics(preview):
    for widget in (preview.ccpt, preview.tree, preview.move_button, preview.split_button,
                   preview.add_button, preview.title, preview.competence, preview.merge_button,
                   preview.remove_button, preview.preview, preview.accept_changes,
                   preview.refuse_changes, preview.create_button):
        assert widget.accessibleName() or widget.text(), type(widget).__name__
    buttons = (preview.move_button, preview.split_button, preview.add_button,
               preview.merge_button, preview.create_button)
    keys = [QKeySequence.mnemonic(button.text()).toString() for button in buttons]
    assert all(keys) and len(set(keys)) == len(keys)


# --- the candidate's changes ---------------------------------------------------------------

def test_moving_a_paragraph_by_keyboard_changes_the_mapping(preview, qtbot):
    row = _first_paragraph(preview, 0, ChapterKind.SITUATION)
    index = int(row.data(0, VALUE))
    preview.tree.setCurrentItem(row)
    preview.activateWindow()
    preview.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.tree)

    qtbot.keyClick(preview.tree, Qt.Key.Key_Down, Alt)
    assert preview.mapping.places[index] == Place(0, ChapterKind.ANALYSIS)
    assert preview.selected_pieces() == [index]  # it stays chosen, to go on moving it

    # Ctrl+M opens « Déplacer vers… »; its last entry is « À trier » (Up wraps to it).
    _wait_for_popup(qtbot, [Qt.Key.Key_Up, Qt.Key.Key_Return])
    qtbot.keyClick(preview.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert preview.mapping.places[index] == TO_SORT
    assert index in [int(row.data(0, VALUE)) for row in _children(_tops(preview)[3])]


def test_several_paragraphs_move_together(preview, qtbot):
    first = _first_paragraph(preview, 2, ChapterKind.TRANSFER)
    second = first.parent().child(first.parent().indexOfChild(first) + 1)
    for row in (first, second):
        row.setSelected(True)
    moved = preview.selected_pieces()
    assert len(moved) == 2
    preview.move_to(Place(1, ChapterKind.TRANSFER))
    assert all(preview.mapping.places[index] == Place(1, ChapterKind.TRANSFER) for index in moved)


def test_split_merge_add_and_remove_productions(preview):
    mapping = preview.mapping
    row = _first_paragraph(preview, 0, ChapterKind.ANALYSIS)
    start = int(row.data(0, VALUE))
    preview.tree.setCurrentItem(row)
    preview.split_button.click()
    assert len(mapping.productions) == 4
    assert mapping.places[start].production == 3 and mapping.places[start].chapter is ChapterKind.ANALYSIS
    preview.tree.setCurrentItem(_tops(preview)[3])
    preview.merge_button.click()
    assert len(mapping.productions) == 3
    preview.add_button.click()
    assert len(mapping.productions) == 4
    assert [row.data(0, KIND) for row in _tops(preview)].count("production") == 4
    preview.remove_button.click()  # the new one is the current production
    assert len(mapping.productions) == 3


def test_choosing_the_ccpt_and_a_competence(preview, qtbot):
    referential = preview.referential
    assert preview.chosen_ccpt() == "dossier-social"  # the title page names it
    other = referential.ccpts[0]
    preview.ccpt.setFocus()
    preview.ccpt.setCurrentIndex(preview.ccpt.findData(other.id))
    assert preview.chosen_ccpt() == other.id
    preview.tree.setCurrentItem(_tops(preview)[0])
    labels = [preview.competence.itemText(n) for n in range(preview.competence.count())]
    assert labels[1:] == [f"{c.number}. {c.label}" for c in other.competences]
    preview.competence.setCurrentIndex(2)
    preview.competence.activated.emit(2)
    assert preview.mapping.productions[0].competence == other.competences[1].number


def test_a_title_typed_in_the_preview_names_the_production(preview):
    preview.tree.setCurrentItem(_tops(preview)[1])
    preview.title.setText("Le planning")
    preview.title.textEdited.emit("Le planning")
    assert preview.mapping.productions[1].title == "Le planning"
    assert plain(_tops(preview)[1].text(0)) == "Production 2 : Le planning"


def test_tracked_changes_accepted_or_refused_read_the_draft_again(window, qtbot, draft):
    with_tracked_changes(draft)
    referential = window.context.referential
    dialog = ImportDraftDialog(draft.name, _reader(draft, referential), referential, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.mapping is not None, timeout=30_000)
    first = dialog.mapping

    def text() -> str:
        return "\n".join(piece.summary for piece in dialog.mapping.pieces)

    assert dialog.change_choices.isVisibleTo(dialog) and dialog.accept_changes.isChecked()
    assert "2 modifications suivies" in plain(dialog.changes.text())
    assert "Ajout suivi." in text() and "Retrait suivi." not in text()
    dialog.refuse_changes.setChecked(True)
    qtbot.waitUntil(lambda: dialog.mapping is not first, timeout=30_000)
    assert "Ajout suivi." not in text() and "Retrait suivi." in text()
    assert dialog.chosen_ccpt() == "dossier-social" and not dialog.progress.isVisibleTo(dialog)


# --- the whole flow, from the File menu ----------------------------------------------------

def _patch_files(monkeypatch, draft: Path, target: Path) -> list[str]:
    """The file dialogs answer with ``draft`` and ``target``; what was asked is listed."""
    asked: list[str] = []

    def open_name(_parent, title, *args, **kwargs):
        asked.append(title)
        return str(draft), ""

    def save_name(_parent, title, *args, **kwargs):
        asked.append(title)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    return asked


def test_the_whole_import_by_keyboard_creates_and_opens_the_dossier(window, qtbot, dialogs,
                                                                    monkeypatch, draft, tmp_path):
    target = tmp_path / "nadia.ccpt"
    before = draft.read_bytes()
    _patch_files(monkeypatch, draft, target)
    moved: list[int] = []

    def in_the_preview(dialog: ImportDraftDialog) -> None:
        qtbot.waitUntil(lambda: dialog.mapping is not None, timeout=30_000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tree)
        row = _first_paragraph(dialog, 0, ChapterKind.SITUATION)
        dialog.tree.setCurrentItem(row)
        moved.append(int(row.data(0, VALUE)))
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Down, Alt)  # to « Analyse »
        qtbot.keyClick(dialog, Qt.Key.Key_C, Alt)  # « Créer le dossier… »
        qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks after its animation

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(window, Qt.Key.Key_F, Alt)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    dialogs.then(in_the_preview, ImportDraftDialog)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_I)
    dialogs.check()

    assert window.session is not None and window.session.path == target
    dossier = window.session.dossier
    assert dossier.ccpt == "dossier-social"
    assert [p.title for p in dossier.productions] == list(TITLES)
    analysis = dossier.productions[0].chapters[ChapterKind.ANALYSIS].text
    assert analysis.startswith("Situation, production 1, paragraphe 1")  # the moved one, first
    assert "Analyse, production 1, paragraphe 2" in analysis
    for number, production in enumerate(dossier.productions, start=1):
        assert f"Argumentaire de transfert, production {number}, paragraphe 2" in \
            production.chapters[ChapterKind.TRANSFER].text
    assert draft.read_bytes() == before  # the draft itself is never modified
    assert moved


def test_cancel_writes_nothing(window, qtbot, dialogs, monkeypatch, draft, tmp_path):
    target = tmp_path / "nadia.ccpt"
    asked = _patch_files(monkeypatch, draft, target)

    def cancel(dialog: ImportDraftDialog) -> None:
        qtbot.waitUntil(lambda: dialog.mapping is not None, timeout=30_000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    dialogs.then(cancel, ImportDraftDialog)
    window.files.import_draft()
    dialogs.check()
    assert asked == ["Importer un brouillon Word"]  # never asked where to save
    assert not target.exists() and window.session is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brouillon.docx"]


def test_create_asks_for_the_ccpt_first(preview, qtbot):
    preview.ccpt.setCurrentIndex(0)
    preview.create_button.click()
    assert preview.isVisible() and preview.result() == 0
    assert "CCPT" in preview.message.text()
    assert QApplication.focusWidget() in (preview.ccpt, None) or not preview.isActiveWindow()


def test_a_bad_file_gives_one_sentence(window, qtbot, monkeypatch, told, tmp_path):
    fake = tmp_path / "brouillon.docx"
    fake.write_text("Ceci n’est pas un document Word.", encoding="utf-8")
    _patch_files(monkeypatch, fake, tmp_path / "nadia.ccpt")
    window.files.import_draft()
    assert len(told) == 1
    assert "brouillon.docx" in told[0] and "\n" not in told[0] and "Traceback" not in told[0]
    assert window.session is None and not (tmp_path / "nadia.ccpt").exists()


def test_the_welcome_screen_offers_the_import(window, qtbot, monkeypatch):
    asked: list[str] = []

    def cancelled(_parent, title, *args, **kwargs):
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled)
    button = next(b for b in window.welcome.findChildren(QPushButton)
                  if plain(b.text()) == "Importer un brouillon Word…")
    assert button.isVisibleTo(window.welcome) and button.toolTip()
    with qtbot.waitSignal(window.welcome.import_requested, timeout=2_000):
        button.click()
    assert asked == ["Importer un brouillon Word"]  # the button starts the import itself


def test_tab_goes_through_the_preview_in_reading_order(preview, qtbot):
    preview.tree.setCurrentItem(_first_paragraph(preview, 0, ChapterKind.ANALYSIS))
    preview.activateWindow()
    preview.ccpt.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.ccpt)
    seen = [preview.ccpt]
    for _ in range(14):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    expected = [preview.ccpt, preview.tree, preview.move_button, preview.split_button,
                preview.add_button, preview.title, preview.competence, preview.remove_button,
                preview.preview, preview.report, preview.create_button, preview.cancel_button]
    assert [w for w in seen if w in expected][:len(expected)] == expected
