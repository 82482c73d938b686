from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu

from dossier_app.core.markdown import Block, ListKind, Run, parse
from dossier_app.core.typography import NBSP, NNBSP
from dossier_app.gui import text_document
from dossier_app.gui.editor import ChapterEditor

from ..core.test_markdown import _blocks


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blocks=_blocks())
def test_blocks_survive_the_qt_document(qapp, blocks) -> None:
    document = QTextDocument()
    text_document.fill(document, blocks)
    assert text_document.blocks_of(document) == blocks


def test_example_chapters_survive_the_editor(qtbot, example) -> None:
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    for production in example.productions:
        for chapter in production.chapters.values():
            editor.load_markdown(chapter.text)
            assert parse(editor.markdown()) == parse(chapter.text)


def test_typing_applies_french_typography(qtbot) -> None:
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor, 'Il a dit "oui" : vraiment ?')
    # toPlainText() would turn no-break spaces into spaces; the stored text keeps them.
    assert editor.document().toRawText() == f"Il a dit «{NNBSP}oui{NNBSP}»{NBSP}: vraiment{NNBSP}?"
    assert editor.markdown() == f"Il a dit «{NNBSP}oui{NNBSP}»{NBSP}: vraiment{NNBSP}?\n"
    editor.undo()  # the last replacement is one undo step
    assert editor.toPlainText().endswith("vraiment ")


def test_paste_from_a_web_page_keeps_only_the_subset(qtbot) -> None:
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setHtml('<h1 style="color:red">Titre</h1><p>Du <b>gras</b>, de l’<i>italique</i>, '
                 '<a href="http://x">un lien</a>, <span style="font-size:30px">grand</span>.</p>'
                 '<ol><li>un</li><li>deux<ul><li>sous</li></ul></li></ol>'
                 '<table><tr><td>case</td></tr></table><img src="x.png">')
    editor.insertFromMimeData(mime)
    assert text_document.blocks_of(editor.document()) == [
        Block((Run("Titre", bold=True),)),
        Block((Run("Du "), Run("gras", bold=True), Run(", de l’"), Run("italique", italic=True),
               Run(", un lien, grand."))),
        Block((Run("un"),), ListKind.ORDERED, 1),
        Block((Run("deux"),), ListKind.ORDERED, 1),
        Block((Run("sous"),), ListKind.BULLET, 2),
        Block((Run("case"),)),
    ]


def test_lists_and_levels_from_the_keyboard(qtbot) -> None:
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor, "premier")
    editor.toggle_list(ListKind.BULLET)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # in a list, Tab indents
    assert editor.markdown() == "- premier\n  - second\n"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    editor.toggle_bold()
    qtbot.keyClicks(editor, " fin")
    assert editor.markdown() == "- premier\n- second **fin**\n"


def test_spelling_suggestion_replaces_the_word(qtbot, spell_service) -> None:
    editor = ChapterEditor(spell_service)
    qtbot.addWidget(editor)
    editor.load_markdown("Une reunoin du CSE.")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(7)
    word = editor.misspelt_word_at(cursor)
    assert word is not None and word.selectedText() == "reunoin"
    menu = QMenu()
    editor._add_spelling_actions(menu, word)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "réunion"
    # The French UI spaces its guillemets with narrow no-break spaces.
    assert any("Ajouter «\u202freunoin\u202f»" in t or "Ajouter « reunoin »" in t for t in texts)
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "Une réunion du CSE."
    cursor.setPosition(2)
    assert editor.misspelt_word_at(cursor) is None  # « Une » is right


def test_highlighter_underlines_only_misspelt_words(qtbot, spell_service) -> None:
    editor = ChapterEditor(spell_service)
    qtbot.addWidget(editor)
    editor.load_markdown("Le délégué a vérifié les plannnings.")

    def underlined() -> list[str]:
        block = editor.document().firstBlock()
        text = block.text()
        return [text[r.start:r.start + r.length] for r in block.layout().formats()]

    qtbot.waitUntil(lambda: underlined() == ["plannnings"], timeout=5000)
    spell_service.add_to_dictionary("plannnings")
    qtbot.waitUntil(lambda: underlined() == [], timeout=5000)


def test_a_third_level_from_the_keyboard_is_kept(qtbot) -> None:
    editor = ChapterEditor()
    qtbot.addWidget(editor)
    editor.load_markdown("- un\n  - deux\n")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "trois")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # no fourth level: it stays at the third
    assert editor.markdown() == "- un\n  - deux\n    - trois\n"
