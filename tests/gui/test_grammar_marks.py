"""Grammar in the chapter editor, with the real Grammalecte: dashed marks at the right
words (across bold runs and line breaks), the context menu's message, suggestions and
ignoring, and no check while a paragraph is being typed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from dossier_app.core.grammar import grammar_checker
from dossier_app.core.paths import AppPaths
from dossier_app.gui import grammar_menu
from dossier_app.gui.editor import ChapterEditor
from dossier_app.gui.grammar_service import GrammarService
from dossier_app.gui.spell import SpellService
from dossier_app.gui.theme import colours

pytestmark = pytest.mark.needs("grammalecte")
Dash = QTextCharFormat.UnderlineStyle.DashUnderline


class Counting:
    """The real checker, counting the paragraphs it is given."""

    def __init__(self) -> None:
        self.checker = grammar_checker()
        self.texts: list[str] = []

    def check(self, text: str):
        self.texts.append(text)
        return self.checker.check(text)


@pytest.fixture
def grammar_only(qapp, tmp_path):
    """A service with grammar and no speller (which takes seconds to load)."""
    service = SpellService(AppPaths.under(tmp_path / "user"))
    yield service
    service.shutdown()


def _editor(qtbot, service, markdown: str) -> ChapterEditor:
    editor = ChapterEditor(service)
    qtbot.addWidget(editor)
    editor.load_markdown(markdown)
    return editor


def _dashed(editor: ChapterEditor, number: int = 0) -> list[str]:
    block = editor.document().findBlockByNumber(number)
    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == Dash]


def test_a_grammar_error_is_dashed_in_its_own_colour_across_bold_runs(qtbot, grammar_only) -> None:
    editor = _editor(qtbot, grammar_only, "Les **salariés** qui *était* présent ont voté.")
    qtbot.waitUntil(lambda: _dashed(editor) == ["était"], timeout=15000)
    block = editor.document().firstBlock()
    (mark,) = [r for r in block.layout().formats() if r.format.underlineStyle() == Dash]
    assert mark.format.underlineColor().name() == colours(QGuiApplication.palette()).grammar


def test_after_a_hard_line_break_the_mark_stays_on_its_word(qtbot, grammar_only) -> None:
    editor = _editor(qtbot, grammar_only, "Une ligne  \nLes salariés qui était présent ont voté.")
    qtbot.waitUntil(lambda: _dashed(editor) == ["était"], timeout=15000)


def test_a_list_item_is_checked_as_its_own_paragraph(qtbot, grammar_only) -> None:
    editor = _editor(qtbot, grammar_only, "- un point juste\n- les délégués qui était là\n")
    qtbot.waitUntil(lambda: _dashed(editor, 1) == ["était"], timeout=15000)
    assert _dashed(editor, 0) == []


def test_the_menu_gives_the_message_and_a_suggestion_replaces_the_words(qtbot, grammar_only) -> None:
    editor = _editor(qtbot, grammar_only, "Nous avons préparé des réunion avec la direction.")
    qtbot.waitUntil(lambda: _dashed(editor) == ["réunion"], timeout=15000)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(len("Nous avons préparé des réu"))
    found = editor.grammar_mark_at(cursor)
    assert found is not None
    menu = QMenu()
    grammar_menu.add_grammar_actions(editor, menu, found)
    texts = [action.text() for action in menu.actions()]
    assert texts[0].startswith("Grammaire")
    assert "pluriel" in texts[1]  # Grammalecte's own message, whole
    assert {"réunions", "Ignorer ici", "Ignorer cette règle"} <= set(texts)
    next(a for a in menu.actions() if a.text() == "réunions").trigger()
    assert editor.toPlainText() == "Nous avons préparé des réunions avec la direction."
    qtbot.waitUntil(lambda: _dashed(editor) == [], timeout=15000)


def test_ignored_here_it_is_gone_and_stays_gone_for_a_new_service(qtbot, grammar_only, tmp_path) -> None:
    text = "Les salariés qui était présent ont voté."
    editor = _editor(qtbot, grammar_only, text)
    qtbot.waitUntil(lambda: _dashed(editor) == ["était"], timeout=15000)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(text.index("était") + 1)
    found = editor.grammar_mark_at(cursor)
    menu = QMenu()
    grammar_menu.add_grammar_actions(editor, menu, found)
    next(a for a in menu.actions() if a.text() == "Ignorer ici").trigger()
    assert _dashed(editor) == []
    again = GrammarService(AppPaths.under(tmp_path / "user"))
    again.check({text})
    again.wait()
    assert again.marks(text) == []
    assert again.marks("Hier, les salariés qui était présent ont voté.") is None  # another place


def test_an_ignored_rule_is_gone_everywhere(qtbot, grammar_only) -> None:
    editor = _editor(qtbot, grammar_only, "Des réunion.\n\nDes autre réunion encore.")
    qtbot.waitUntil(lambda: _dashed(editor) == ["réunion"], timeout=15000)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(6)
    found = editor.grammar_mark_at(cursor)
    grammar_only.grammar.ignore_rule(found.mark.rule)
    assert _dashed(editor) == []


def test_typing_checks_the_paragraph_once_it_pauses_not_at_each_key(qtbot, tmp_path) -> None:
    counting = Counting()
    service = SpellService(AppPaths.under(tmp_path / "user"))
    service.grammar = GrammarService(AppPaths.under(tmp_path / "user"), service, load=lambda: counting)
    editor = _editor(qtbot, service, "Les salariés")
    editor.show()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " qui etait presents ont vote.")
    qtbot.waitUntil(lambda: counting.texts != [], timeout=15000)
    service.grammar.wait()
    assert counting.texts == ["Les salariés qui etait presents ont vote."]
    service.shutdown()


def test_without_grammalecte_nothing_is_dashed_and_it_is_said_once(qtbot, tmp_path) -> None:
    service = SpellService(AppPaths.under(tmp_path / "user"))
    service.grammar = GrammarService(AppPaths.under(tmp_path / "user"), service, load=lambda: None)
    told = []
    service.grammar.missing.connect(lambda: told.append(1))
    editor = _editor(qtbot, service, "Les salariés qui était présent.\n\nDes réunion.")
    qtbot.waitUntil(lambda: told == [1], timeout=15000)
    service.grammar.wait()
    assert service.grammar.state == "missing"
    assert _dashed(editor, 0) == [] and _dashed(editor, 1) == []
    assert told == [1]
    service.shutdown()
