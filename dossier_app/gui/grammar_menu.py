"""The grammar part of the editor's context menu: Grammalecte's message (French, since it
describes French text), its suggestions, « Ignorer ici » and « Ignorer cette règle »."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLabel, QMenu, QWidgetAction

from ..core.proofreading import Kind, Mark

if TYPE_CHECKING:
    from .editor import ChapterEditor


@dataclass(frozen=True)
class Found:
    mark: Mark
    paragraph: str
    """The paragraph's text, as the checker saw it."""
    block_position: int
    """Where the paragraph starts in the document."""


def add_grammar_actions(editor: ChapterEditor, menu: QMenu, found: Found) -> None:
    grammar = editor.spell.grammar if editor.spell else None
    if grammar is None:
        return
    mark = found.mark
    # In another language, the title says why the message below stays French.
    title = (QCoreApplication.translate("ChapterEditor", "Grammaire") if mark.kind is Kind.GRAMMAR
             else QCoreApplication.translate("ChapterEditor", "Style"))
    actions: list[QAction] = [_section(menu, title), _message(menu, mark.message)]
    for suggestion in mark.suggestions[:6]:
        action = QAction(suggestion, menu)
        action.triggered.connect(lambda _=False, s=suggestion: _replace(editor, found, s))
        actions.append(action)
    here = QAction(QCoreApplication.translate("ChapterEditor", "Ignorer ici"), menu)
    here.triggered.connect(lambda: grammar.ignore_here(mark, found.paragraph))
    rule = QAction(QCoreApplication.translate("ChapterEditor", "Ignorer cette règle"), menu)
    rule.triggered.connect(lambda: grammar.ignore_rule(mark.rule))
    put_first(menu, [*actions, here, rule])


def put_first(menu: QMenu, actions: list[QAction]) -> None:
    """``actions`` at the top of the text's menu, a separator under them."""
    first = menu.actions()[0] if menu.actions() else None
    if first is None:
        menu.addActions(actions)
        menu.addSeparator()
    else:
        menu.insertActions(first, actions)
        menu.insertSeparator(first)


def _section(menu: QMenu, title: str) -> QAction:
    action = QAction(title, menu)
    action.setEnabled(False)
    return action


def _message(menu: QMenu, message: str) -> QAction:
    """The whole message, wrapped: a plain action would cut a long one off at the screen's edge."""
    label = QLabel(message)
    label.setWordWrap(True)
    label.setMaximumWidth(label.fontMetrics().averageCharWidth() * 48)
    label.setContentsMargins(24, 2, 12, 4)
    label.setAccessibleName(message)
    action = QWidgetAction(menu)
    action.setDefaultWidget(label)
    action.setText(message)
    action.setEnabled(False)
    return action


def _replace(editor: ChapterEditor, found: Found, replacement: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(found.block_position + found.mark.start)
    cursor.setPosition(found.block_position + found.mark.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement)
