"""The Markdown subset's blocks in a QTextDocument, and back: the editor's storage bridge."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from ..core.markdown import (
    MAX_LIST_LEVEL,
    Block,
    ListKind,
    Run,
    each_level_has_a_parent,
    normalize_runs,
    parse,
)
from ..core.typography import on_type

LINE_BREAK = "\u2028"  # how QTextDocument stores a hard line break (Shift+Enter)


def type_french(cursor: QTextCursor, typed: str) -> bool:
    """French typography for the key ``typed`` at ``cursor`` (core.typography.on_type):
    True when it was written in its French form, as one undoable edit (the caller then
    shows the cursor), False when the key is to be typed as it is."""
    before = cursor.block().text()[: cursor.positionInBlock()].replace(LINE_BREAK, "\n")
    change = on_type(before, typed)
    if change is None:
        return False
    remove, text = change
    cursor.beginEditBlock()
    for _ in range(remove):
        cursor.deletePreviousChar()
    cursor.insertText(text)
    cursor.endEditBlock()
    return True
ORDERED_STYLES = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                   QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                   QTextListFormat.Style.ListUpperRoman}


_LIST_STYLES = {
    ListKind.BULLET: (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                      QTextListFormat.Style.ListSquare),
    ListKind.ORDERED: (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                       QTextListFormat.Style.ListLowerRoman),
}
"""Each level's marker, as the Word dossier prints it: • – ▪ and 1. a. i."""


def list_format(kind: ListKind, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    styles = _LIST_STYLES[kind]
    fmt.setStyle(styles[min(level, len(styles)) - 1])
    fmt.setIndent(level)
    return fmt


def char_format(bold: bool, italic: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def set_markdown(document: QTextDocument, markdown: str) -> None:
    fill(document, parse(markdown))


PARAGRAPH_SPACING = 10.0
LIST_SPACING = 3.0


def block_format(is_list_item: bool) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(LIST_SPACING if is_list_item else PARAGRAPH_SPACING)
    return fmt


def fill(document: QTextDocument, blocks: list[Block]) -> None:
    """Replace the document's content by ``blocks``: a fresh chapter, with nothing to undo
    and unmodified (typing then undoing leaves it unmodified again)."""
    undoable = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)  # empties the stacks
    document.clear()
    cursor = QTextCursor(document)
    open_lists: dict[int, tuple[ListKind, QTextList]] = {}
    for index, block in enumerate(blocks):
        if index:
            cursor.insertBlock(block_format(block.list_kind is not None), QTextCharFormat())
        else:
            cursor.setBlockFormat(block_format(block.list_kind is not None))
        for run in block.runs:
            cursor.insertText(run.text.replace("\n", LINE_BREAK), char_format(run.bold, run.italic))
        if block.list_kind is None:
            open_lists.clear()
            continue
        level = max(1, min(block.level, MAX_LIST_LEVEL))
        for deeper in [lvl for lvl in open_lists if lvl > level]:
            del open_lists[deeper]
        current = open_lists.get(level)
        if current is not None and current[0] is block.list_kind:
            current[1].add(cursor.block())
        else:
            open_lists[level] = (block.list_kind, cursor.createList(list_format(block.list_kind,
                                                                                level)))
    document.setUndoRedoEnabled(undoable)
    document.setModified(False)


def blocks_of(document: QTextDocument) -> list[Block]:
    """The document as blocks; whatever the subset cannot store is dropped or flattened."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        runs = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                text = fragment.text().replace(LINE_BREAK, "\n").replace("\ufffc", "")
                runs.append(Run(text, fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()))
            iterator += 1
        normalized = normalize_runs(runs)
        if normalized:
            text_list = block.textList()
            if text_list is None:
                blocks.append(Block(normalized))
            else:
                list_fmt = text_list.format()
                kind = ListKind.ORDERED if list_fmt.style() in ORDERED_STYLES else ListKind.BULLET
                blocks.append(Block(normalized, kind, max(1, min(list_fmt.indent(), MAX_LIST_LEVEL))))
        block = block.next()
    return each_level_has_a_parent(blocks)


# --- positions -------------------------------------------------------------------------


def positions(document: QTextDocument, text: str) -> list[int]:
    """For each offset of ``text`` (a ``core.anchoring.chapter_text``, which the document
    shows) and for its end, the matching position in ``document``.

    The document may hold what the stored text has normalised away (empty paragraphs,
    spaces at a paragraph's edges) or edits not handed over yet: the two texts are aligned,
    picking the thread up again after a stretch only one of them has.
    """
    shown = _shown(document)
    chars = "".join(char for char, _ in shown)
    end = shown[-1][1] + 1 if shown else 0
    result: list[int] = []
    i = j = 0
    while i < len(text):
        char = text[i]
        while j < len(shown) and chars[j] != char and (chars[j].isspace() or chars[j] == "\ufffc"):
            j += 1  # white space only the document has
        if j < len(shown) and chars[j] == char:
            result.append(shown[j][1])
            i, j = i + 1, j + 1
            continue
        if char.isspace():  # white space only the text has
            result.append(shown[j][1] if j < len(shown) else end)
            i += 1
            continue
        key = text[i:i + _RESYNC]
        inserted = chars.find(key, j, j + _RESYNC_WINDOW + len(key))
        if inserted > j:
            j = inserted  # typed in the document, not stored yet
            continue
        deleted = text.find(chars[j:j + _RESYNC], i, i + _RESYNC_WINDOW + _RESYNC) \
            if j < len(shown) else -1
        stop = deleted if deleted > i else i + 1  # deleted from the document, or changed
        for _ in range(i, stop):
            result.append(shown[j][1] if j < len(shown) else end)
        j += 0 if deleted > i else 1
        i = stop
    result.append(min(result[-1] + 1, end) if result else end)
    return result


_RESYNC = 12
"""Characters that must agree to pick the alignment up again after a difference."""
_RESYNC_WINDOW = 4000
"""How far to look for them: the edit a sync has not handed over yet is short."""


def span_cursor(document: QTextDocument, offsets: list[int], span: tuple[int, int]) -> QTextCursor:
    """A cursor selecting ``span`` (offsets in the chapter's text) with ``offsets`` from
    ``positions``."""
    start, stop = span
    cursor = QTextCursor(document)
    cursor.setPosition(offsets[start])
    cursor.setPosition(offsets[stop - 1] + 1 if stop > start else offsets[start],
                       QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _shown(document: QTextDocument) -> list[tuple[str, int]]:
    """The document's characters as the chapter's text spells them, with their positions:
    a line break and a paragraph's end are ``"\n"``."""
    shown: list[tuple[str, int]] = []
    block = document.begin()
    while block.isValid():
        start = block.position()
        shown += [("\n" if char == LINE_BREAK else char, start + offset)
                  for offset, char in enumerate(block.text())]
        block = block.next()
        if block.isValid():
            shown.append(("\n", block.position() - 1))
    return shown
