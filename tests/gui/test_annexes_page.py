"""The annexes page: documents attached through the row (a real file dialog, real files),
their thumbnails, moving an annex renumbering the text's references, the reference the
editor inserts, and the keyboard's way through a row."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QListWidget, QWidget

from dossier_app.app.annexes import PrivateCopies
from dossier_app.core.model import AnnexFile, ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.annex_row import THUMBNAIL, AnnexListEditor, AnnexRow
from dossier_app.gui.chapter_page import AnnexChooser
from dossier_app.gui.navigator import Place

from .conftest import plain


def _png(folder: Path, size: tuple[int, int] = (800, 400)) -> Path:
    path = folder / "affiche.png"
    Image.new("RGB", size, (200, 30, 60)).save(path, format="PNG")
    return path


def _pdf(folder: Path, pages: int = 3) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = folder / "compte-rendu.pdf"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def annexes(example_window) -> AnnexListEditor:
    """The example's Annexes page (three annexes, three productions)."""
    example_window.workspace.go_to(Place(Page.ANNEXES))
    return example_window.workspace.forms[Page.ANNEXES]


def _choose(qtbot, dialogs, path: Path):
    def fill_in(chooser: QFileDialog) -> None:
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    dialogs.then(fill_in, kind=QFileDialog)


def _attach(qtbot, dialogs, row: AnnexRow, path: Path) -> None:
    _choose(qtbot, dialogs, path)
    row.attach_button.click()
    dialogs.check()
    qtbot.waitUntil(lambda: row.file is not None and row.attach_button.isEnabled(), timeout=20_000)


def test_an_image_is_attached_with_its_thumbnail(example_window, annexes, qtbot, dialogs,
                                                 tmp_path: Path) -> None:
    row = annexes.annex_rows()[0]
    assert not row.open_button.isVisibleTo(row) and "Aucun fichier" in row.file_text.text()
    _attach(qtbot, dialogs, row, _png(tmp_path))
    pixmap = row.thumbnail.pixmap()
    assert not pixmap.isNull()
    assert pixmap.deviceIndependentSize().width() <= THUMBNAIL
    assert pixmap.deviceIndependentSize().height() == THUMBNAIL / 2  # its shape kept
    assert row.file_text.text() == "affiche.png (Image PNG)"
    assert row.open_button.isVisibleTo(row) and row.detach_button.isVisibleTo(row)
    assert row.attach_button.text() == "Remplacer le fichier…"
    attached = example_window.session.dossier.annexes[0].file
    assert attached is not None and attached.media_type == "image/png"
    assert attached.data == (tmp_path / "affiche.png").read_bytes()


def test_a_pdf_says_its_pages_and_is_removed_again(example_window, annexes, qtbot, dialogs,
                                                   tmp_path: Path) -> None:
    row = annexes.annex_rows()[1]
    _attach(qtbot, dialogs, row, _pdf(tmp_path))
    assert row.file_text.text() == "compte-rendu.pdf (PDF, 3 pages)"
    assert not row.thumbnail.pixmap().isNull()
    assert example_window.session.dossier.annexes[1].file.media_type == "application/pdf"
    row.detach_button.click()
    assert example_window.session.dossier.annexes[1].file is None
    assert row.window().focusWidget() is row.attach_button


def test_a_file_that_is_not_what_it_claims_is_refused_in_one_sentence(
        example_window, annexes, qtbot, dialogs, tmp_path: Path) -> None:
    fake = tmp_path / "photo.png"
    fake.write_bytes(_pdf(tmp_path).read_bytes())
    example_window.headless = True  # the sentence goes to stderr, not to a message box
    row = annexes.annex_rows()[0]
    with qtbot.waitSignal(annexes.failed, timeout=20_000) as failed:
        _choose(qtbot, dialogs, fake)
        row.attach_button.click()
        dialogs.check()
    assert "photo.png" in failed.args[0] and "\n" not in failed.args[0].strip()
    assert row.file is None and example_window.session.dossier.annexes[0].file is None


def test_the_productions_an_annex_supports_are_ticked(example_window, annexes) -> None:
    row = annexes.annex_rows()[1]  # the example's table supports production 1
    assert [box.text() for box in row.production_boxes] == \
        ["Production 1", "Production 2", "Production 3"]
    assert [box.isChecked() for box in row.production_boxes] == [True, False, False]
    row.production_boxes[2].click()
    assert example_window.session.dossier.annexes[1].productions == [1, 3]
    row.production_boxes[0].click()
    assert example_window.session.dossier.annexes[1].productions == [3]


def test_moving_an_annex_down_renumbers_the_chapters_and_keeps_what_was_typed(
        example_window, qtbot) -> None:
    workspace = example_window.workspace
    workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.SITUATION))
    editor = workspace.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.textCursor().insertText(" Le registre (voir annexe 1) et l’attestation (voir annexe 2).")
    workspace.go_to(Place(Page.ANNEXES))
    form = workspace.forms[Page.ANNEXES]
    first_title = form.annex_rows()[0].title.text()
    form.annex_rows()[0].down_button.setFocus()
    qtbot.keyClick(form.annex_rows()[0].down_button, Qt.Key.Key_Space)
    dossier = example_window.session.dossier
    assert dossier.annexes[1].title == first_title
    assert form.annex_rows()[1].title.text() == first_title
    assert QApplication.focusWidget() is form.annex_rows()[1].down_button
    text = dossier.production(1).chapters[ChapterKind.SITUATION].text
    assert text.rstrip().endswith("Le registre (voir annexe 2) et l’attestation (voir annexe 1).")
    assert "(voir annexe 2) et l’attestation (voir annexe 1)" in editor.toPlainText()
    workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.SITUATION))
    assert editor.toPlainText().endswith("(voir annexe 2) et l’attestation (voir annexe 1).")


def test_the_first_cannot_go_up_nor_the_last_down(annexes) -> None:
    rows = annexes.annex_rows()
    assert not rows[0].up_button.isEnabled() and rows[0].down_button.isEnabled()
    assert rows[1].up_button.isEnabled() and rows[1].down_button.isEnabled()
    assert rows[-1].up_button.isEnabled() and not rows[-1].down_button.isEnabled()


def test_removing_an_annex_renumbers_the_ones_after_it(example_window, annexes) -> None:
    dossier = example_window.session.dossier
    dossier.project += "\n\nVoir l’annexe 3."
    annexes.rows()[0].remove.click()
    assert len(dossier.annexes) == 2
    assert dossier.project.endswith("Voir l’annexe 2.")
    assert example_window.workspace.project.toPlainText().endswith("Voir l’annexe 2.")


def _tab_path(qtbot, start: QWidget, stop: QWidget) -> list[QWidget]:
    start.window().activateWindow()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    path = [start]
    while path[-1] is not stop and len(path) < 30:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())
    return path


def test_tab_goes_through_a_row_in_reading_order(annexes, qtbot, dialogs, tmp_path: Path) -> None:
    frame = annexes.rows()[1]
    row = frame.row
    _attach(qtbot, dialogs, row, _png(tmp_path))
    assert _tab_path(qtbot, row.title, frame.remove) == [
        row.title, row.kind, row.description, row.attach_button, row.open_button,
        row.detach_button, *row.production_boxes, row.up_button, row.down_button, frame.remove]


def test_every_new_control_names_its_annex(annexes) -> None:
    row = annexes.annex_rows()[1]
    names = [plain(widget.accessibleName()) for widget in (
        row.attach_button, row.open_button, row.detach_button, row.production_boxes[0],
        row.up_button, row.down_button)]
    assert names == ["Joindre un fichier, annexe 2", "Ouvrir le fichier joint, annexe 2",
                     "Retirer le fichier joint, annexe 2", "Appuie la production 1, annexe 2",
                     "Monter l’annexe d’une place, annexe 2",
                     "Descendre l’annexe d’une place, annexe 2"]


def test_the_editor_inserts_a_reference_to_the_annex_chosen(example_window, qtbot,
                                                            dialogs) -> None:
    workspace = example_window.workspace
    workspace.go_to(Place(Page.CHAPTER, 2, ChapterKind.ANALYSIS))
    editor = workspace.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)

    def choose_second(chooser: AnnexChooser) -> None:
        names = chooser.findChild(QListWidget)
        assert [names.item(i).text() for i in range(names.count())][1].startswith("Annexe 2 — ")
        qtbot.keyClick(names, Qt.Key.Key_Down)
        qtbot.keyClick(names, Qt.Key.Key_Return)

    dialogs.then(choose_second, kind=AnnexChooser)
    workspace.insert_annex_reference()
    dialogs.check()
    assert editor.toPlainText().endswith(" (voir annexe 2)")
    assert editor.window().focusWidget() is editor
    workspace.sync()
    assert example_window.session.dossier.production(2).chapters[ChapterKind.ANALYSIS].text \
        .rstrip().endswith("(voir annexe 2)")


def test_the_menu_holds_the_action_with_its_free_shortcut(example_window) -> None:
    every = example_window.findChildren(QAction)
    actions = [a for a in every if a.text().replace("&", "") == "Insérer un renvoi à une annexe…"]
    assert len(actions) == 1 and actions[0].shortcut().toString() == "Ctrl+Shift+N"
    assert [a for a in every if a is not actions[0] and a.shortcut() == actions[0].shortcut()] == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_viewers_copy_is_private_and_removed() -> None:
    copies = PrivateCopies()
    copy = copies.write(AnnexFile("../../attestation signée.pdf", "application/pdf", b"%PDF-1.4"), 2)
    assert copy.name == "annexe-2-attestation signée.pdf"
    assert copy.read_bytes() == b"%PDF-1.4"
    assert os.stat(copy.parent).st_mode & 0o777 == 0o700
    assert os.stat(copy).st_mode & 0o777 == 0o600
    copies.remove()
    assert not copy.parent.exists()
