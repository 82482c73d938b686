"""The chapter editor: rich text limited to what the Markdown subset stores."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
)
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QPushButton, QTextEdit, QToolTip, QWidget

from ..core.markdown import MAX_LIST_LEVEL, Block, ListKind, to_markdown
from ..core.spelling import checkable_words
from ..readers.pasted_html import PastedHtmlTooLarge, html_to_blocks
from . import grammar_menu, text_document
from .spell import SpellHighlighter, SpellService
from .texts import fill, shown

_GAP = re.compile(r"\[[^\]]*\]|…")
"""Where a sentence starter leaves the candidate to write."""


class ChapterEditor(QTextEdit):
    """Bold, italic, bullet and numbered lists on three levels, hard line breaks; nothing
    else gets in, not even by pasting from Word or a web page (whose lists do get in)."""

    def __init__(self, spell: SpellService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.document().setDocumentMargin(16)
        self.highlighter = SpellHighlighter(self.document(), spell) if spell else None
        self.spell = spell
        self._zoom = 0
        self._loaded: tuple[str, list[Block]] = ("", [])
        """The Markdown last loaded, and the blocks the document showed it as."""
        self.setAccessibleDescription(self.tr(
            "Dans une liste, Tab augmente le retrait et Maj+Tab le diminue. Pour quitter le "
            "texte au clavier : Ctrl+Tab (champ suivant) ou Ctrl+Maj+Tab (champ précédent). "
            "Menu contextuel et suggestions d’orthographe : Maj+F10 ou la touche Menu."))

    # --- content ---------------------------------------------------------------------

    def load_markdown(self, markdown: str) -> None:
        blocker = self.blockSignals(True)
        text_document.set_markdown(self.document(), markdown)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.blockSignals(blocker)
        self._loaded = (markdown, text_document.blocks_of(self.document()))

    def markdown(self) -> str:
        """The text as Markdown. While it says what was loaded, the loaded text itself,
        byte for byte: viewing a chapter, or typing and erasing, never rewrites it (a text
        imported or written elsewhere may spell the same blocks differently)."""
        blocks = text_document.blocks_of(self.document())
        loaded, shown = self._loaded
        return loaded if blocks == shown else to_markdown(blocks)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """A paste or a drop, in the shape the subset holds, as one undo step: HTML (Word,
        LibreOffice, a web page) through the pasted-HTML reader, so that Word's lists
        arrive as lists; plain text a paragraph a line."""
        blocks = self._pasted_blocks(source)
        if not blocks:
            return
        cursor = self.textCursor()
        _insert_blocks(cursor, blocks)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _pasted_blocks(self, source: QMimeData) -> list[Block]:
        """The HTML's blocks; the plain text's when the HTML is too long or shows no text
        (what some applications write holds it hidden)."""
        if source.hasHtml():
            try:
                blocks = html_to_blocks(source.html())
                if blocks:
                    return blocks
            except PastedHtmlTooLarge as refused:
                self._tell(fill(self.tr("%1 Le texte est collé sans sa mise en forme."),
                                shown(refused)))
        if not source.hasText():
            return []
        foreign = QTextDocument()
        foreign.setPlainText(source.text())
        return text_document.blocks_of(foreign)

    def _tell(self, text: str) -> None:
        """A word about a paste, beside the cursor, gone at the next move."""
        QToolTip.showText(self.viewport().mapToGlobal(self.cursorRect().bottomLeft()), text, self)

    def paste_as_plain_text(self) -> None:
        """Ctrl+Shift+V: the clipboard's text without its shape (bold, lists…)."""
        source = QGuiApplication.clipboard().mimeData()
        if self.isReadOnly() or source is None or not source.hasText():
            return
        plain = QMimeData()
        plain.setText(source.text())
        self.insertFromMimeData(plain)

    # --- typing ----------------------------------------------------------------------

    def _tab_indents(self) -> bool:
        return self.textCursor().currentList() is not None and not self.isReadOnly()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab move the focus on, except in a list item, where they change
        its level (``keyPressEvent``); as in Qt's text fields that take Tab, Ctrl+Tab and
        Ctrl+Shift+Tab then leave."""
        if self._tab_indents():
            return False
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if self.spell is not None and self.spell.grammar is not None:
            self.spell.grammar.typing()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and modifiers & Qt.KeyboardModifier.ControlModifier:
            super().focusNextPrevChild(key == Qt.Key.Key_Tab
                                       and not modifiers & Qt.KeyboardModifier.ShiftModifier)
            return
        if key == Qt.Key.Key_V and modifiers == (Qt.KeyboardModifier.ControlModifier
                                                 | Qt.KeyboardModifier.ShiftModifier):
            self.paste_as_plain_text()
            return
        if (key == Qt.Key.Key_Menu and not modifiers) or (
                key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier):
            self.show_context_menu_at_cursor()
            return
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._tab_indents():
            self.change_list_level(+1 if key == Qt.Key.Key_Tab else -1)
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            cursor.insertText(text_document.LINE_BREAK)
            return
        typed = event.text()
        if len(typed) == 1 and not self.isReadOnly() and not cursor.hasSelection() \
                and text_document.type_french(cursor, typed):
            self.setTextCursor(cursor)
            return
        super().keyPressEvent(event)

    # --- formatting ------------------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.DemiBold
        self.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_list(self, kind: ListKind) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and (current.format().style()
                                    in text_document.ORDERED_STYLES) == (kind is ListKind.ORDERED):
            for block in _blocks_in(cursor):
                current.remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
        else:
            level = current.format().indent() if current is not None else 1
            cursor.createList(text_document.list_format(kind, max(1, min(level, MAX_LIST_LEVEL))))
        cursor.endEditBlock()

    def change_list_level(self, step: int) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is None:
            return
        fmt = current.format()
        level = max(1, min(fmt.indent() + step, MAX_LIST_LEVEL))
        if level == fmt.indent():
            return  # already there: the text stays unmodified
        kind = (ListKind.ORDERED if fmt.style() in text_document.ORDERED_STYLES
                else ListKind.BULLET)
        cursor.beginEditBlock()
        current.remove(cursor.block())
        cursor.createList(text_document.list_format(kind, level))
        cursor.endEditBlock()

    def set_zoom(self, steps: int) -> None:
        steps = max(-4, min(steps, 12))
        self.zoomIn(steps - self._zoom)
        self._zoom = steps

    @property
    def zoom(self) -> int:
        return self._zoom

    def insert_starter(self, text: str) -> None:
        """A sentence starter on a line of its own, its first gap (« … » or « [mandat] »)
        selected: what the candidate types replaces it, instead of a literal « … » to find
        and delete."""
        cursor = self.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.insertBlock()
        start = cursor.position()
        cursor.insertText(text)
        gap = _GAP.search(text)
        if gap is not None:
            cursor.setPosition(start + gap.start())
            cursor.setPosition(start + gap.end(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.setFocus()

    # --- spelling --------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # The Menu key or Shift+F10 as the system reports them: at the text cursor.
            self.show_context_menu_at_cursor()
            return
        position = event.pos()  # in the viewport, where the click was
        self._show_context_menu(self.cursorForPosition(position), position)

    def show_context_menu_at_cursor(self) -> None:
        """The menu a right click opens, for the keyboard: under the text cursor, with the
        suggestions for the misspelt word the cursor is in."""
        self.ensureCursorVisible()
        rect = self.cursorRect()
        self._show_context_menu(self.textCursor(), QPoint(rect.left(), rect.bottom()))

    def _show_context_menu(self, cursor: QTextCursor, position: QPoint) -> None:
        menu = self.createStandardContextMenu(position)
        self._add_plain_paste(menu)
        word_cursor = self.misspelt_word_at(cursor)
        if word_cursor is not None:
            self._add_spelling_actions(menu, word_cursor)
        found = self.grammar_mark_at(cursor)
        if found is not None:
            grammar_menu.add_grammar_actions(self, menu, found)
        menu.exec(self.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _add_plain_paste(self, menu: QMenu) -> None:
        """« Coller sans mise en forme » (Ctrl+Shift+V) just after Qt's own « Coller »."""
        action = QAction(self.tr("Coller sans mise en forme"), menu)
        action.setObjectName("edit-paste-plain")
        action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        source = QGuiApplication.clipboard().mimeData()
        action.setEnabled(not self.isReadOnly() and source is not None and source.hasText())
        action.triggered.connect(self.paste_as_plain_text)
        actions = menu.actions()
        paste = next((i for i, a in enumerate(actions) if a.objectName() == "edit-paste"), None)
        if paste is None or paste + 1 >= len(actions):
            menu.addAction(action)
        else:
            menu.insertAction(actions[paste + 1], action)

    def grammar_mark_at(self, cursor: QTextCursor) -> grammar_menu.Found | None:
        """The grammar or style mark under ``cursor``, when the paragraph is checked."""
        grammar = self.spell.grammar if self.spell else None
        if grammar is None or self.highlighter is None or not self.highlighter.grammar_enabled:
            return None
        block = cursor.block()
        paragraph = block.text().replace(text_document.LINE_BREAK, "\n")
        position = cursor.positionInBlock()
        for mark in grammar.marks(paragraph) or ():
            if mark.start <= position <= mark.end:
                return grammar_menu.Found(mark, paragraph, block.position())
        return None

    def misspelt_word_at(self, cursor: QTextCursor) -> QTextCursor | None:
        speller = self.spell.speller if self.spell else None
        if speller is None:
            return None
        text = cursor.block().text()
        position = cursor.positionInBlock()
        for match in checkable_words(text):
            if match.start() <= position <= match.end():
                if speller.is_correct(match.group()):
                    return None
                found = QTextCursor(cursor.block())
                found.setPosition(cursor.block().position() + match.start())
                found.setPosition(cursor.block().position() + match.end(),
                                  QTextCursor.MoveMode.KeepAnchor)
                return found
        return None

    def _add_spelling_actions(self, menu: QMenu, word_cursor: QTextCursor) -> None:
        spell = self.spell
        if spell is None:  # misspelt_word_at finds no word without a speller
            return
        word = word_cursor.selectedText()
        suggestions = spell.speller.suggest(word) if spell.speller else []
        actions = []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(lambda _=False, s=suggestion: self._replace(word_cursor, s))
            actions.append(action)
        if not suggestions:
            none = QAction(self.tr("Aucune suggestion"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(fill(self.tr("Ajouter « %1 » à mon dictionnaire"), word), menu)
        add.triggered.connect(lambda: spell.add_to_dictionary(word))
        grammar_menu.put_first(menu, [*actions, add])

    def _replace(self, word_cursor: QTextCursor, replacement: str) -> None:
        word_cursor.insertText(replacement)


def _insert_blocks(cursor: QTextCursor, blocks: list[Block]) -> None:
    """``blocks`` at ``cursor``, its selection replaced, in one undo step. The first joins
    the paragraph or list item the cursor is in, the others keep their shape, and the text
    after the cursor ends the last one, as in a word processor; where the cursor starts its
    line and more than one block comes (or the line is empty), the line takes the first
    block's shape, so that a pasted list starts as a list."""
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    first_shaped = cursor.positionInBlock() == 0 and (len(blocks) > 1 or not cursor.block().text())
    for index, block in enumerate(blocks):
        if index:
            cursor.insertBlock(text_document.block_format(block.list_kind is not None),
                               QTextCharFormat())
        if index or first_shaped:
            _shape(cursor, block)
        for run in block.runs:
            cursor.insertText(run.text.replace("\n", text_document.LINE_BREAK),
                              text_document.char_format(run.bold, run.italic))
    cursor.endEditBlock()


def _shape(cursor: QTextCursor, block: Block) -> None:
    """The cursor's block made a paragraph or a list item like ``block``, in the list of
    the item above at its level when there is one (a numbered list counts on)."""
    current = cursor.block()
    text_list = current.textList()
    if text_list is not None:
        text_list.remove(current)
    cursor.setBlockFormat(text_document.block_format(block.list_kind is not None))
    if block.list_kind is None:
        return
    level = max(1, min(block.level, MAX_LIST_LEVEL))
    joined = _list_above(current, block.list_kind, level)
    if joined is not None:
        joined.add(current)
    else:
        cursor.createList(text_document.list_format(block.list_kind, level))


def _list_above(block: QTextBlock, kind: ListKind, level: int) -> QTextList | None:
    """The list of the nearest item above ``block`` at ``level``, past deeper items, when it
    is of ``kind``."""
    previous = block.previous()
    while previous.isValid() and (text_list := previous.textList()) is not None:
        fmt = text_list.format()
        if fmt.indent() <= level:
            ordered = fmt.style() in text_document.ORDERED_STYLES
            same = fmt.indent() == level and ordered == (kind is ListKind.ORDERED)
            return text_list if same else None
        previous = previous.previous()
    return None


def _blocks_in(cursor: QTextCursor):
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    end = document.findBlock(cursor.selectionEnd())
    while block.isValid():
        yield block
        if block == end:
            break
        block = block.next()


class FindBar(QWidget):
    """Ctrl+F: find in the chapter; Enter for the next match, Shift+Enter the previous."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Rechercher dans le chapitre"))
        self.field.setAccessibleName(self.tr("Texte à rechercher"))
        self.field.setClearButtonEnabled(True)
        previous = QPushButton(self.tr("Précédent"), self)
        following = QPushButton(self.tr("Suivant"), self)
        close = QPushButton(self.tr("Fermer"), self)
        close.setAccessibleName(self.tr("Fermer la recherche"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        for button in (previous, following, close):
            layout.addWidget(button)
        self.field.returnPressed.connect(self.find_next)
        following.clicked.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.matches(QKeySequence.StandardKey.FindPrevious) or (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.find_previous()
        else:
            super().keyPressEvent(event)

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.field.text()
        if not text:
            return False
        if self.editor.find(text, flags):
            return True
        cursor = self.editor.textCursor()  # wrap around
        cursor.movePosition(QTextCursor.MoveOperation.End
                            if flags & QTextDocument.FindFlag.FindBackward
                            else QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        return self.editor.find(text, flags)
