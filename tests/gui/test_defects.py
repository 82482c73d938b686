"""Defects users found in the writing workspace (issue 13), each shown by the way it was met."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QContextMenuEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from dossier_app.app.session import SaveState
from dossier_app.core.markdown import parse, to_markdown
from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.chapter_page import SYNC_DELAY_MS
from dossier_app.gui.editor import ChapterEditor
from dossier_app.gui.navigator import Place
from dossier_app.gui.session import AUTOSAVE_DELAY_MS
from dossier_app.storage.dossier_file import DossierFile

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


# --- viewing a chapter never rewrites it --------------------------------------------------

def _stored(session) -> tuple[dict, dict, str]:
    dossier = session.file.load()
    texts = {(number, kind): production.chapters[kind].text
             for number, production in enumerate(dossier.productions, start=1)
             for kind in ChapterKind}
    versions = {place: len(session.file.revisions(*place)) for place in texts}
    return texts, versions, dossier.project


def _move_around(editor, qtbot) -> None:
    """What a reader does without meaning to change a word."""
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.viewport().rect().center())
    for key in (Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_PageDown, Qt.Key.Key_Home):
        qtbot.keyClick(editor, key)
    block = editor.document().begin()
    while block.isValid() and block.textList() is None:
        block = block.next()
    if block.isValid():  # in a list item: indented and back, and back once more
        cursor = editor.textCursor()
        cursor.setPosition(block.position())
        editor.setTextCursor(cursor)
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab):
            qtbot.keyClick(editor, key)
    qtbot.keyClicks(editor, "x")
    editor.undo()
    qtbot.keyClicks(editor, "y")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)


def test_viewing_every_chapter_changes_no_byte_and_keeps_no_version(example_window,
                                                                       qtbot) -> None:
    window = example_window
    session = window.session
    texts, versions, project = _stored(session)
    assert any("\n- " in text for text in texts.values())  # lists are moved through too
    editor = window.workspace.chapter_page.editor
    for number, kind in texts:
        window.workspace.go_to(Place(Page.CHAPTER, number, kind))
        _move_around(editor, qtbot)
    window.workspace.go_to(Place(Page.PROJECT))
    _move_around(window.workspace.project, qtbot)
    window.workspace.go_to(Place(Page.CANDIDATE))
    _settled(window, qtbot)

    assert _stored(session) == (texts, versions, project)


def test_the_editor_gives_back_the_text_it_was_given(qtbot, example) -> None:
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    written = [chapter.text for production in example.productions
               for chapter in production.chapters.values()] + [example.project]
    for text in written + [to_markdown(parse(text)) for text in written]:
        editor.load_markdown(text)
        assert editor.markdown() == text
    qtbot.keyClicks(editor, "Un mot de plus. ")
    assert editor.markdown() == to_markdown(parse("Un mot de plus. " + written[-1]))


# --- the keyboard: the context menu, and the way out of a list ---------------------------

@pytest.fixture
def menus_shown():
    """The menus opened (their actions' texts and where), each closed as soon as it shows."""
    shown: list[tuple[list[str], QPoint]] = []

    def close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            shown.append(([action.text() for action in popup.actions()], popup.pos()))
            popup.close()

    timer = QTimer(interval=20)
    timer.timeout.connect(close)
    timer.start()
    yield shown
    timer.stop()


def test_the_keyboard_opens_the_spelling_menu_at_the_cursor(qtbot, spell_service,
                                                            menus_shown) -> None:
    editor = ChapterEditor(spell_service)
    qtbot.addWidget(editor)
    editor.show()
    editor.load_markdown("Une reunoin du CSE.")
    cursor = editor.textCursor()
    cursor.setPosition(7)
    editor.setTextCursor(cursor)
    rect = editor.cursorRect()
    at_cursor = editor.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom()))

    qtbot.keyClick(editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Menu)
    # Where the system turns the Menu key into a context menu event of its own (X11, Windows):
    QApplication.sendEvent(editor, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard,
                                                     QPoint(0, 0), editor.mapToGlobal(QPoint())))

    assert len(menus_shown) == 3
    for texts, position in menus_shown:
        assert texts[0] == "réunion" and any("Ajouter" in t and "reunoin" in t for t in texts)
        assert any(t.replace("&", "").startswith(("Copier", "Copy")) for t in texts), texts
        assert position == at_cursor
    cursor.setPosition(1)  # on a right word: the editing menu alone
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "réunion" not in menus_shown[-1][0] and menus_shown[-1][0]


def test_tab_indents_a_list_item_and_ctrl_tab_leaves_the_text(example_window, qtbot) -> None:
    window = example_window
    window.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS))
    editor = window.workspace.chapter_page.editor
    interface = QAccessible.queryAccessibleInterface(editor)
    assert "Ctrl+Tab" in interface.text(QAccessible.Text.Description)
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    block = editor.document().begin()
    while block.textList() is None:
        block = block.next()
    cursor = editor.textCursor()
    cursor.setPosition(block.next().position())  # the second item of the list
    editor.setTextCursor(cursor)

    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.hasFocus() and "\n  - les dates" in editor.markdown()  # indented
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not editor.hasFocus()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not editor.hasFocus()
    assert "\n  - les dates" in editor.markdown()  # leaving changed nothing


# --- since the last workshop ---------------------------------------------------------------

def test_the_example_compares_with_its_last_workshop(example_window, qtbot) -> None:
    """The example has workshops done: « Depuis le dernier atelier » finds the version of
    each chapter kept at the last one, as ticking a step done keeps them."""
    from dossier_app.core.model import RevisionReason, StepKind
    from dossier_app.gui.revisions_dialog import RevisionsDialog

    session = example_window.session
    held = max(step.date for step in session.dossier.steps
               if step.attended and step.kind is StepKind.WORKSHOP)
    for number, kind in _stored(session)[0]:
        dialog = RevisionsDialog(session, number, kind, example_window)
        qtbot.addWidget(dialog)
        dialog.select_last_workshop()
        row = dialog.list.currentRow()
        assert row >= 0, (number, kind)
        revision = dialog.revisions[row]
        assert revision.reason is RevisionReason.WORKSHOP and revision.created.date() == held


# --- a file that cannot be opened leaves the open dossier on screen ------------------------

def _damaged(kind: str, tmp_path, example, identity):
    path = tmp_path / f"{kind}.ccpt"
    if kind == "garbage":
        path.write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 40)
        return path
    DossierFile.create(path, example, identity).close()
    if kind == "truncated":
        path.write_bytes(path.read_bytes()[:12_000])
    else:  # a row the app never writes, in a table read after opening
        with sqlite3.connect(path) as connection:
            connection.execute("INSERT INTO conflicts VALUES (1, 'préface', 1, 'X', '')")
        connection.close()
    return path


def _open_by(route: str, window, path, monkeypatch) -> None:
    if route == "file menu":
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        window.files.choose_and_open()
    elif route == "recent files":
        next(a for a in window.recent_menu.actions() if path.name in a.text()).trigger()
    else:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        window.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


@pytest.mark.parametrize("route", ["file menu", "recent files", "drop"])
@pytest.mark.parametrize("kind", ["garbage", "truncated", "unknown row"])
def test_a_file_that_cannot_be_opened_leaves_the_dossier_open(
        example_window, tmp_path, example, identity, monkeypatch, route, kind) -> None:
    window = example_window
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: told.append(text))
    bad = _damaged(kind, tmp_path, example, identity)
    if route == "recent files":  # opened once before, when it could be: in the File menu
        window.context.settings.add_recent(bad)
        window.close_dossier()
        window.files.open_example()
    session, title = window.session, window.windowTitle()
    window.workspace.go_to(FIRST)

    _open_by(route, window, bad, monkeypatch)

    assert window.session is session and not session.read_only
    assert window.stack.currentWidget() is window.workspace and window.windowTitle() == title
    assert window.workspace.current_place() == FIRST
    assert len(told) == 1 and bad.name in told[0] and "\n" not in told[0]
    assert told[0].count(".") <= 2  # one sentence (the file's name holds a dot)


# --- the group dashboard ---------------------------------------------------------------------

def test_the_dashboard_names_the_files_and_asks_before_replacing_the_open_dossier(
        example_window, tmp_path, example, qtbot, monkeypatch) -> None:
    from dossier_app.gui.dashboard import FILE_COLUMN

    window = example_window
    group = tmp_path / "groupe"
    group.mkdir()
    for name, first in (("Élise.ccpt", "Élise"), ("paul-pour-relecture.ccpt", "Paul"),
                        ("dossier 10.ccpt", "Karim"), ("dossier 2.ccpt", "Zoé")):
        example.candidate.first_name = first
        DossierFile.create(group / name, example, window.context.identity).close()
    (group / "abîmé.ccpt").write_text("rien", encoding="utf-8")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, _title, text, buttons, default):
        assert buttons & QMessageBox.StandardButton.Open and default == QMessageBox.StandardButton.Open
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dashboard = window.review.show_group(group)  # the window's child: it goes with it
    table = dashboard.table
    assert table.horizontalHeaderItem(FILE_COLUMN).text() == "Fichier"
    table.sortItems(FILE_COLUMN)
    assert [table.item(r, FILE_COLUMN).text() for r in range(table.rowCount())] == [
        "abîmé.ccpt", "dossier 2.ccpt", "dossier 10.ccpt", "Élise.ccpt",
        "paul-pour-relecture.ccpt"]
    assert table.item(0, 0).text() == "abîmé"  # an unreadable file is named too

    session = window.session
    table.setFocus()
    table.setCurrentCell(4, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [text.replace("\u202f", " ") for text in asked] == [
        "Ouvrir le dossier de Paul Martin ? Le dossier ouvert sera enregistré et fermé."]
    assert window.session is session and dashboard.isVisible()  # cancelled: nothing changed

    answer[0] = QMessageBox.StandardButton.Open
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.session is not session and window.session.path.name == "paul-pour-relecture.ccpt"
    assert not dashboard.isVisible()
