"""Defects users found in the writing workspace (issue 13), each shown by the way it was met."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from dossier_app.app.session import SaveState
from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.chapter_page import SYNC_DELAY_MS
from dossier_app.gui.navigator import Place
from dossier_app.gui.session import AUTOSAVE_DELAY_MS

FIRST = Place(Page.CHAPTER, 1, ChapterKind.SITUATION)


# --- F9: the writing guidance --------------------------------------------------------------

def test_f9_hides_and_shows_the_guidance(example_window, qtbot) -> None:
    window = example_window
    page = window.workspace.chapter_page
    assert window.guidance_action.shortcut().toString() == "F9"
    assert page.side.isVisibleTo(page)

    window.guidance_action.trigger()
    assert not page.side.isVisibleTo(page) and not page.guidance_toggle.isChecked()
    assert not window.guidance_action.isChecked()
    window.guidance_action.trigger()
    assert page.side.isVisibleTo(page) and window.guidance_action.isChecked()
    page.guidance_toggle.click()  # the button beside the status says the same
    assert not window.guidance_action.isChecked()


# --- the save state goes back to saved when nothing waits -----------------------------------

def _settled(window, qtbot) -> None:
    """The state is back to saved within the sync and autosave delays."""
    qtbot.waitUntil(lambda: window.session.state == SaveState.SAVED,
                    timeout=SYNC_DELAY_MS + AUTOSAVE_DELAY_MS + 500)
    assert window.status_line.saved.text() == "✓ Enregistré"
    assert not window.session.has_pending()


def _written(window, qtbot):
    """The first chapter on screen, once written in the editor and saved."""
    editor = window.workspace.chapter_page.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Fin.")
    _settled(window, qtbot)
    return editor


def test_typing_then_undoing_ends_saved(example_window, qtbot) -> None:
    window = example_window
    editor = _written(window, qtbot)
    qtbot.keyClicks(editor, "x")
    assert window.status_line.saved.text() == "Modifications en cours…"
    editor.undo()
    _settled(window, qtbot)


def test_typing_then_erasing_ends_saved(example_window, qtbot) -> None:
    window = example_window
    editor = _written(window, qtbot)
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    _settled(window, qtbot)
