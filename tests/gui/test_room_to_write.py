"""The text is the largest thing on screen, on a small laptop and at any text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.navigator import Place


def _characters_per_line(window) -> float:
    editor = window.workspace.chapter_page.editor
    return editor.viewport().width() / QFontMetrics(editor.font()).averageCharWidth()


def _show(window, qtbot, width: int, height: int, scale: int) -> None:
    window.look.set_text_scale(scale)
    window.resize(width, height)
    window.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS))
    qtbot.wait(50)


def test_a_small_laptop_keeps_sixty_characters_beside_the_guidance(example_window, qtbot):
    _show(example_window, qtbot, 1280, 720, 100)
    page = example_window.workspace.chapter_page
    assert page.side.isVisible()
    assert _characters_per_line(example_window) >= 60
    assert page.editor.width() > page.side.width()  # the text is the largest thing


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_at_twice_the_text_size_the_panels_give_way_to_thirty_characters(example_window, qtbot,
                                                                         size):
    _show(example_window, qtbot, *size, 200)
    page = example_window.workspace.chapter_page
    assert _characters_per_line(example_window) >= 30
    assert not example_window.panels.dock.isVisible()
    assert example_window.panels.readiness_button.isVisible()  # the points stay one click away
    assert page.guidance_toggle.text() == "Afficher les conseils"


def test_a_panel_that_gave_way_comes_back_with_the_room_and_on_request(example_window, qtbot):
    page = example_window.workspace.chapter_page
    _show(example_window, qtbot, 1366, 768, 200)
    assert not page.side.isVisible()
    qtbot.mouseClick(page.guidance_toggle, Qt.MouseButton.LeftButton)  # the user insists
    assert page.side.isVisible()
    _show(example_window, qtbot, 1920, 1080, 100)
    assert page.side.isVisible() and example_window.panels.dock.isVisible()
    example_window.look.set_text_scale(100)


def test_f9_and_f10_show_and_hide_the_guidance_and_the_points(example_window, qtbot):
    _show(example_window, qtbot, 1920, 1080, 100)
    page, panels = example_window.workspace.chapter_page, example_window.panels
    example_window.guidance_action.trigger()
    assert not page.side.isVisible() and page.guidance_toggle.text() == "Afficher les conseils"
    example_window.guidance_action.trigger()
    assert page.side.isVisible()
    page.editor.setFocus()
    panels.readiness_action.trigger()  # from the text, F10 goes to the points
    assert panels.dock.isVisible() and example_window.workspace.readiness.list.hasFocus()
    panels.readiness_action.trigger()  # from the points, it hides them
    assert not panels.dock.isVisible()
    qtbot.mouseClick(panels.readiness_button, Qt.MouseButton.LeftButton)
    assert panels.dock.isVisible() and panels.readiness_action.isChecked()


def test_focus_mode_leaves_only_the_text_and_esc_brings_the_rest_back(example_window, qtbot):
    _show(example_window, qtbot, 1366, 768, 100)
    page = example_window.workspace.chapter_page
    example_window.panels.focus_action.trigger()
    qtbot.wait(50)
    assert example_window.isFullScreen()
    assert not example_window.menuBar().isVisible()
    assert not example_window.workspace.navigator.isVisible()
    assert not page.side.isVisible() and not page.header.isVisible()
    assert 60 <= _characters_per_line(example_window) <= 90  # a calm column, not 150
    assert page.editor.hasFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert not example_window.isFullScreen()
    assert example_window.menuBar().isVisible() and page.header.isVisible()


def test_the_first_window_fits_the_free_area_of_its_screen(window):
    free = window.screen().availableGeometry()
    window.resize(1280, 820)
    window.panels.fit_to_screen()
    assert window.width() <= free.width() and window.height() <= free.height()


def test_the_window_is_remembered_per_screen(window):
    settings = window.context.settings
    settings.save_window_state("Laptop 1366x768", b"small", b"docks")
    settings.save_window_state("HDMI-1 1920x1080", b"large", b"docks")
    assert settings.window_state("Laptop 1366x768")[0] == b"small"
    assert settings.window_state("HDMI-1 1920x1080")[0] == b"large"
    assert settings.window_state("Other 800x600") == (None, None)


def test_enter_presses_the_focused_button_of_the_window(example_window, qtbot):
    _show(example_window, qtbot, 1920, 1080, 100)
    toggle = example_window.workspace.chapter_page.guidance_toggle
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Return)
    assert not toggle.isChecked() and toggle.text() == "Afficher les conseils"


def test_a_sentence_starter_leaves_its_first_gap_selected_to_type_over(example_window, qtbot):
    _show(example_window, qtbot, 1366, 768, 100)
    editor = example_window.workspace.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insert_starter("En [mois et année], alors que j’étais [mandat] dans [entreprise], …")
    assert editor.textCursor().selectedText() == "[mois et année]"
    qtbot.keyClicks(editor, "Mai 2023")
    assert editor.textCursor().block().text().startswith("En Mai 2023, alors que")
    editor.insert_starter("J’ai d’abord …, parce que …")
    assert editor.textCursor().selectedText() == "…"


def test_the_word_counts_shorten_instead_of_running_under_the_save_state(example_window, qtbot):
    _show(example_window, qtbot, 1366, 768, 200)
    words = example_window.status_line.words
    shown = words.text()
    assert words.fontMetrics().horizontalAdvance(shown) <= words.contentsRect().width()
    assert shown.startswith("Chapitre") and "Production 1" in words.toolTip()
    example_window.look.set_text_scale(100)


def test_the_export_dialog_at_twice_the_text_size_squashes_no_choice(example_window, qtbot):
    from PySide6.QtWidgets import QLabel

    from dossier_app.gui.export_dialog import ExportDialog

    _show(example_window, qtbot, 1366, 768, 200)
    session = example_window.session
    dialog = ExportDialog(session, example_window.context.settings, session.path.parent,
                          example_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    dialog.pdf.setChecked(True)  # the formats stay one choice though each has its own row
    assert not dialog.word.isChecked()
    example_window.look.set_text_scale(100)


def test_the_outline_keeps_its_pages_before_the_legend_at_twice_the_text_size(example_window,
                                                                            qtbot):
    navigator = example_window.workspace.navigator
    _show(example_window, qtbot, 1920, 1080, 100)
    assert navigator.legend.isVisible()
    _show(example_window, qtbot, 1366, 768, 200)
    assert not navigator.legend.isVisible()  # the outline's pages have the room instead
    last = navigator.topLevelItem(navigator.topLevelItemCount() - 1)
    navigator.scrollToItem(last)  # three productions with their oral rows: more than a screen
    assert navigator.viewport().rect().contains(navigator.visualItemRect(last))
    example_window.look.set_text_scale(100)


def test_the_text_keeps_its_own_larger_font_after_opening(example_window):
    from dossier_app.gui.theme import EDITOR_POINT_SIZE

    editor = example_window.workspace.chapter_page.editor
    assert editor.font().pointSizeF() == EDITOR_POINT_SIZE  # read-only styling reset it
    assert editor.font().pointSizeF() > example_window.font().pointSizeF()
