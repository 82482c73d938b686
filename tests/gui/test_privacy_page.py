"""The page « Confidentialité »: the pseudonym table by mouse and keyboard, the review of
the names without a pseudonym, undo; and the export dialog's line about those names."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from dossier_app.core.model import Annex, AnnexFile, NameKind, Pseudonym
from dossier_app.core.pages import Page
from dossier_app.gui.export_dialog import ExportDialog
from dossier_app.gui.navigator import Place
from dossier_app.gui.privacy_page import Column, PrivacyPage
from dossier_app.storage.dossier_file import DossierFile

from .conftest import plain
from .test_access import _unnamed


@pytest.fixture
def page(example_window, qtbot) -> PrivacyPage:
    example_window.workspace.go_to(Place(Page.PRIVACY))
    qtbot.wait(10)
    form = example_window.workspace.forms[Page.PRIVACY]
    assert isinstance(form, PrivacyPage)
    return form


def _editor(kind: type):
    editor = QApplication.focusWidget()
    assert isinstance(editor, kind), editor
    return editor


def _enter(qtbot, widget) -> None:
    """Enter in a cell's editor: the table takes the value once back in the event loop."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()


def _type_in_cell(qtbot, page: PrivacyPage, row: int, column: Column, text: str) -> None:
    """Go to the cell, Enter to edit it, replace its text, Enter to keep it."""
    page.table.setCurrentCell(row, column)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = _editor(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _enter(qtbot, editor)


def _saved_pseudonyms(window) -> list[Pseudonym]:
    window.session.flush()
    with DossierFile.open(window.session.path, read_only=True) as file:
        return file.load().pseudonyms


def test_the_page_sits_under_the_identity_and_shows_the_table(example_window, page) -> None:
    navigator = example_window.workspace.navigator
    top = navigator.topLevelItem(0)
    assert [top.child(i).text(0) for i in range(3)] == ["Identité", "Confidentialité", "Mandats"]
    assert navigator.current_place() == Place(Page.PRIVACY)
    assert page.table.rowCount() == 2
    assert page.table.item(0, Column.REAL).text() == "Karim Benali"
    assert page.table.item(1, Column.KIND).text() == "Organisation"
    assert [f.name for f in page.findings] == ["Claire Roussel"]
    assert _unnamed(example_window) == []


def test_add_edit_and_choose_the_kind_by_keyboard(example_window, page, qtbot) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(QLineEdit)  # typing the new line's real name at once
    assert editor.accessibleName() == "Vrai nom, ligne 3"
    qtbot.keyClicks(editor, "Clinique des Dunes")
    _enter(qtbot, editor)
    assert page.table.item(2, Column.KIND).text() == "Organisation"  # guessed from the name
    _type_in_cell(qtbot, page, 2, Column.ALIAS, "la clinique")
    page.table.setCurrentCell(2, Column.KIND)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    combo = _editor(QComboBox)
    assert combo.accessibleName() == "Nature, ligne 3"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Organisation → Lieu: the user's choice wins
    _enter(qtbot, combo)
    _type_in_cell(qtbot, page, 2, Column.SHORT_FORMS, "CdD, la Clinique")
    expected = Pseudonym("Clinique des Dunes", "la clinique", NameKind.PLACE,
                         ["CdD", "la Clinique"])
    assert example_window.session.dossier.pseudonyms[2] == expected
    assert page.table.item(2, Column.KIND).text() == "Lieu"
    assert _saved_pseudonyms(example_window)[2] == expected


def test_delete_removes_the_current_line_and_ctrl_z_brings_it_back(example_window, page,
                                                                   qtbot) -> None:
    page.table.setCurrentCell(0, Column.ALIAS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [p.real for p in example_window.session.dossier.pseudonyms] == ["Logistique Atlantique"]
    assert page.table.rowCount() == 1 and QApplication.focusWidget() is page.table
    assert "Karim Benali" in [f.name for f in page.findings]  # named again in the review
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.real for p in example_window.session.dossier.pseudonyms] == \
        ["Karim Benali", "Logistique Atlantique"]
    assert [f.name for f in page.findings] == ["Claire Roussel"]
    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(example_window.session.dossier.pseudonyms) == 1
    assert len(_saved_pseudonyms(example_window)) == 1


def test_the_reviews_add_button_gives_the_name_a_pseudonym(example_window, page, qtbot) -> None:
    [button] = page._add_buttons()
    assert plain(button.accessibleName()) == "Ajouter « Claire Roussel » aux pseudonymes"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert example_window.session.dossier.pseudonyms[-1] == Pseudonym("Claire Roussel", "C. R.")
    assert page.findings == [] and page._add_buttons() == []
    assert "Aucun nom" in page.review_intro.text()
    assert QApplication.focusWidget() is page.table  # on the new line, to check its alias
    assert page.table.currentRow() == 2 and page.table.currentColumn() == Column.ALIAS
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(example_window.session.dossier.pseudonyms) == 2
    assert [f.name for f in page.findings] == ["Claire Roussel"]  # back in the review


def test_the_review_follows_the_text_and_proposes_an_organisations_alias(example_window, page,
                                                                         qtbot) -> None:
    session = example_window.session
    session.update(lambda d: setattr(d, "project", d.project + " Avec M. Dupont, de la société "
                                                               "Zorgatech."))
    example_window.workspace.go_to(Place(Page.CANDIDATE))
    example_window.workspace.go_to(Place(Page.PRIVACY))  # shown again: read again
    assert [f.name for f in page.findings] == ["Claire Roussel", "Dupont"]
    page.add_finding(page.findings[1])
    assert session.dossier.pseudonyms[-1] == Pseudonym("Dupont", "D.")
    assert QApplication.focusWidget() is page._add_buttons()[0]  # the next name to review
    row = len(session.dossier.pseudonyms)
    page.add_row()
    qtbot.keyClicks(_editor(QLineEdit), "Zorgatech")
    _enter(qtbot, QApplication.focusWidget())
    assert session.dossier.pseudonyms[row].real == "Zorgatech"


def test_the_union_kept_private_is_reviewed_and_becomes_le_syndicat(example_window, page,
                                                                     qtbot) -> None:
    session = example_window.session
    session.update(lambda d: setattr(d, "project", d.project + " Le Syndicat Commerce et "
                                                               "Logistique m’a soutenue."))
    page.refresh_review()
    union = page.findings[0]
    assert union.union and union.name == "Syndicat Commerce et Logistique"
    label = plain(page._add_buttons()[0].accessibleDescription())
    assert "votre syndicat est nommé dans le texte" in label
    assert "une fois, dans le projet professionnel" in label
    page.add_finding(union)
    assert session.dossier.pseudonyms[-1] == Pseudonym("Syndicat Commerce et Logistique",
                                                       "le syndicat", NameKind.ORGANISATION)


def test_at_200_percent_the_kind_and_its_list_fit_their_column(large_text, qtbot) -> None:
    large_text.resize(1280, 720)
    large_text.workspace.go_to(Place(Page.PRIVACY))
    page = large_text.workspace.forms[Page.PRIVACY]
    qtbot.wait(20)
    table, header = page.table, page.table.horizontalHeader()
    for column in (Column.KIND, Column.SHORT_FORMS):  # headings whole
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(
            table.headings[column])
    table.setCurrentCell(1, Column.KIND)
    table.edit(table.currentIndex())
    combo = _editor(QComboBox)
    assert combo.width() >= combo.sizeHint().width()  # « Organisation » and its arrow


def _dialog(window, tmp_path, qtbot) -> ExportDialog:
    dialog = ExportDialog(window.session, window.context.settings, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_export_dialog_names_the_names_without_a_pseudonym(example_window, tmp_path,
                                                               qtbot) -> None:
    dialog = _dialog(example_window, tmp_path, qtbot)
    assert not dialog.unlisted.isVisible()
    dialog.pseudonyms.setChecked(True)
    assert dialog.unlisted.isVisible() and dialog.review.isVisible()
    assert plain(dialog.unlisted.text()) == "1 nom sans pseudonyme : Claire Roussel"
    assert dialog.export_button.isEnabled()  # exporting anyway stays possible
    assert _unnamed(dialog) == []
    dialog.pseudonyms.setChecked(False)
    assert not dialog.unlisted.isVisible()
    dialog.pseudonyms.setChecked(True)
    dialog.review_requested.connect(
        lambda: example_window.workspace.go_to(Place(Page.PRIVACY)))
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert example_window.workspace.current_place() == Place(Page.PRIVACY)


def test_the_export_dialog_counts_beyond_four_names(example_window, tmp_path, qtbot) -> None:
    example_window.session.update(lambda d: setattr(
        d, "project", d.project + " Avec M. Dupont, Mme Leroy, Mlle Petit et M. Marchand."))
    dialog = _dialog(example_window, tmp_path, qtbot)
    dialog.pseudonyms.setChecked(True)
    assert plain(dialog.unlisted.text()).startswith("5 noms sans pseudonyme : ")
    assert dialog.unlisted.text().endswith("…")


def test_the_review_asks_the_dictionary_once_it_is_loaded(example, spell_service, tmp_path,
                                                          qtbot) -> None:
    from dossier_app.core.paths import AppPaths
    from dossier_app.gui.spell import SpellService

    example.project += " J’en ai parlé avec Zerbinati."
    loading = SpellService(AppPaths.under(tmp_path))  # not loaded yet
    page = PrivacyPage(loading)
    qtbot.addWidget(page)
    page.show()
    page.load(example)
    assert [f.name for f in page.findings] == ["Claire Roussel"]  # first names, civilities
    loading.speller = spell_service.speller
    loading.ready.emit()
    assert [f.name for f in page.findings] == ["Claire Roussel", "Zerbinati"]
    assert page.findings[1].where.part.value == "project"
    loading.shutdown()


def _menu_action(window, text: str):
    return next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == text)


def test_the_edit_menus_undo_acts_on_the_page_on_screen(example_window, page, qtbot) -> None:
    chapter = example_window.session.dossier.productions[0].chapters
    before = {kind: c.text for kind, c in chapter.items()}
    page.table.setCurrentCell(0, Column.ALIAS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _menu_action(example_window, "Annuler").trigger()  # by the mouse, in the menu
    assert len(example_window.session.dossier.pseudonyms) == 2
    _menu_action(example_window, "Rétablir").trigger()
    assert len(example_window.session.dossier.pseudonyms) == 1
    assert {kind: c.text for kind, c in chapter.items()} == before  # no chapter undone


def test_the_edit_menus_undo_acts_on_the_field_being_typed_in(example_window, qtbot) -> None:
    example_window.workspace.go_to(Place(Page.CANDIDATE))
    form = example_window.workspace.forms[Page.CANDIDATE]
    field = next(f for f in form.findChildren(QLineEdit) if f.text() == "Préparatrice de commandes")
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " senior")
    _menu_action(example_window, "Annuler").trigger()
    assert field.text() == "Préparatrice de commandes"


def test_the_attached_documents_are_named_as_exported_unchanged(example_window, page) -> None:
    assert page.attached.isHidden() and page.attached_heading.isHidden()  # the example has none
    dossier = dataclasses.replace(example_window.session.dossier, annexes=[
        Annex("Attestation", file=AnnexFile("attestation-benali.pdf", "application/pdf", b"%PDF")),
        Annex("Sans document"),
        Annex("", file=AnnexFile("affiche.png", "image/png", b"\x89PNG"))])
    page.load(dossier)
    assert not page.attached.isHidden() and not page.attached_heading.isHidden()
    lines = plain(page.attached.text()).splitlines()
    assert "exportés tels qu’ils ont été joints" in lines[0]
    assert lines[1:] == ["« attestation-benali.pdf », annexe 1 « Attestation »",
                         "« affiche.png », annexe 3"]
    page.load(example_window.session.dossier)
    assert page.attached.isHidden()
