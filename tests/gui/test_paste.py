"""Pasting into the real chapter editor: clipboard HTML from Word, LibreOffice and a web page
keeps its shape (the fixtures of tests/readers/fixtures), wherever the cursor is, in one
undo step; Ctrl+Shift+V and « Coller sans mise en forme » paste the plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QToolTip

from dossier_app.core.markdown import parse
from dossier_app.gui.editor import ChapterEditor
from dossier_app.readers.pasted_html import MAX_HTML_CHARS, html_to_markdown

FIXTURES = Path(__file__).parents[1] / "readers" / "fixtures"


@pytest.fixture
def editor(qtbot) -> ChapterEditor:
    widget = ChapterEditor()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def clipboard():
    """The system clipboard, emptied after the test: mime data left on it when the process
    exits crashes Qt's offscreen platform (a segmentation fault after the last test)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def _mime(html: str | None = None, text: str | None = None) -> QMimeData:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    return mime


def _cursor_after(editor: ChapterEditor, text: str) -> None:
    cursor = editor.document().find(text)
    assert not cursor.isNull(), text
    cursor.clearSelection()
    editor.setTextCursor(cursor)


@pytest.mark.parametrize("name", ["word_2016_clipboard.html", "libreoffice_writer.html",
                                  "web_page_clipboard.html"])
def test_clipboard_html_arrives_with_its_shape(editor: ChapterEditor, name: str) -> None:
    html = (FIXTURES / name).read_bytes().decode("utf-8")
    editor.insertFromMimeData(_mime(html, "le texte brut que l’application y met aussi"))
    assert editor.markdown() == html_to_markdown(html)
    assert "  - Consulter les **élus**\n" in editor.markdown() or name.startswith("web")


def test_word_lists_count_on_in_the_editor(editor: ChapterEditor) -> None:
    html = (FIXTURES / "word_2016_clipboard.html").read_bytes().decode("utf-8")
    editor.insertFromMimeData(_mime(html))
    blocks = {block.text(): block for block in _blocks(editor)}
    first, second = blocks["Identifier le besoin"], blocks["Arbitrer avec la direction"]
    assert first.textList() is not None and first.textList() is second.textList()
    assert second.textList().itemText(second) == "2."


def _blocks(editor: ChapterEditor):
    block = editor.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_pasted_mid_paragraph_joins_it(editor: ChapterEditor) -> None:
    """(A block has no space at its edges: the text around the cursor keeps its own.)"""
    editor.load_markdown("Avant [] après.\n")
    _cursor_after(editor, "Avant [")
    editor.insertFromMimeData(_mime("<p>un <b>mot gras</b> </p>", "un mot gras"))
    assert editor.markdown() == "Avant [un **mot gras**] après.\n"


def test_pasted_paragraph_and_list_split_the_paragraph(editor: ChapterEditor) -> None:
    editor.load_markdown("Début : fin\n")
    _cursor_after(editor, "Début :")
    editor.insertFromMimeData(_mime("<p> A</p><ul><li>B</li><li><i>C</i> </li></ul>"))
    assert editor.markdown() == "Début :A\n\n- B\n- *C* fin\n"


def test_pasted_items_join_the_list_item_they_land_in(editor: ChapterEditor) -> None:
    editor.load_markdown("1. un\n2. deux\n")
    _cursor_after(editor, "un")
    word = ("<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:"
            "Ignore'>1.<span>&nbsp; </span></span><![endif]>, et demi</p>"
            "<p style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:"
            "Ignore'>a.<span>&nbsp; </span></span><![endif]>détail</p>"
            "<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:"
            "Ignore'>2.<span>&nbsp; </span></span><![endif]>un trois</p>")
    editor.insertFromMimeData(_mime(word))
    assert editor.markdown() == "1. un, et demi\n   1. détail\n2. un trois\n3. deux\n"
    items = list(_blocks(editor))
    assert items[0].textList() is items[2].textList() is items[3].textList()
    assert items[3].textList().itemText(items[3]) == "3."


def test_a_list_pasted_on_an_empty_line_starts_as_a_list(editor: ChapterEditor) -> None:
    editor.load_markdown("Intro\n")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    editor.setTextCursor(cursor)
    editor.insertFromMimeData(_mime("<ol><li>seul</li></ol>"))
    assert editor.markdown() == "Intro\n\n1. seul\n"


def test_the_paste_replaces_the_selection_and_undoes_in_one_step(editor: ChapterEditor) -> None:
    editor.load_markdown("Garder **ceci** et remplacer cela.\n")
    cursor = editor.document().find("remplacer cela")
    editor.setTextCursor(cursor)
    editor.insertFromMimeData(_mime("<p>mettre</p><p>deux <em>lignes</em></p>"))
    assert editor.markdown() == "Garder **ceci** et mettre\n\ndeux *lignes*.\n"
    editor.undo()
    assert editor.markdown() == "Garder **ceci** et remplacer cela.\n"


def test_plain_text_pastes_a_paragraph_a_line(editor: ChapterEditor) -> None:
    editor.insertFromMimeData(_mime(text="Premier *paragraphe*\n\n- pas une liste\n"))
    assert parse(editor.markdown()) == parse(
        "Premier \\*paragraphe\\*\n\n\\- pas une liste\n")


def test_ctrl_shift_v_pastes_the_text_without_its_shape(qtbot, editor: ChapterEditor,
                                                          clipboard) -> None:
    clipboard.setMimeData(_mime("<ul><li><b>gras</b></li></ul>", "gras"))
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.markdown() == "gras\n"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "- **gras**\n"


def test_the_context_menu_offers_to_paste_without_the_shape(editor: ChapterEditor,
                                                             clipboard) -> None:
    clipboard.setMimeData(_mime("<b>gras</b>", "gras"))
    menu = editor.createStandardContextMenu()
    editor._add_plain_paste(menu)
    names = [action.objectName() for action in menu.actions()]
    plain = menu.actions()[names.index("edit-paste-plain")]
    assert names.index("edit-paste-plain") == names.index("edit-paste") + 1
    assert plain.text() == "Coller sans mise en forme" and plain.isEnabled()
    plain.trigger()
    assert editor.markdown() == "gras\n"
    editor.setReadOnly(True)
    menu = editor.createStandardContextMenu()
    editor._add_plain_paste(menu)
    assert not next(a for a in menu.actions() if a.objectName() == "edit-paste-plain").isEnabled()


def test_too_much_html_pastes_the_plain_text_and_says_why(editor: ChapterEditor) -> None:
    html = "<p><b>" + "mot " * (MAX_HTML_CHARS // 4) + "</b></p>"
    editor.show()
    editor.insertFromMimeData(_mime(html, "le texte brut"))
    assert editor.markdown() == "le texte brut\n"
    assert "sans sa mise en forme" in QToolTip.text()


def test_html_without_visible_text_pastes_the_plain_text(editor: ChapterEditor) -> None:
    editor.insertFromMimeData(_mime("<div style='display:none'>caché</div><img src='x.png'>",
                                    "le texte"))
    assert editor.markdown() == "le texte\n"
    editor.insertFromMimeData(_mime("<img src='x.png'>"))  # nothing to paste: nothing changes
    assert editor.markdown() == "le texte\n"
