"""The Markdown subset's blocks in a QTextDocument, and back: the editor's storage bridge."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from ..core.markdown import MAX_LIST_LEVEL, Block, ListKind, Run, normalize_runs, parse, to_markdown

LINE_BREAK = "\u2028"  # how QTextDocument stores a hard line break (Shift+Enter)
ORDERED_STYLES = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                   QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                   QTextListFormat.Style.ListUpperRoman}


def list_format(kind: ListKind, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    if kind is ListKind.ORDERED:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
    else:
        fmt.setStyle(QTextListFormat.Style.ListDisc if level == 1
                     else QTextListFormat.Style.ListCircle)
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
    """Replace the document's content by ``blocks`` (not undoable: a fresh chapter)."""
    document.clear()
    cursor = QTextCursor(document)
    open_lists: dict[int, tuple[ListKind, object]] = {}
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
                fmt = text_list.format()
                kind = ListKind.ORDERED if fmt.style() in ORDERED_STYLES else ListKind.BULLET
                blocks.append(Block(normalized, kind, max(1, min(fmt.indent(), MAX_LIST_LEVEL))))
        block = block.next()
    return _level_two_needs_a_parent(blocks)


def _level_two_needs_a_parent(blocks: list[Block]) -> list[Block]:
    fixed: list[Block] = []
    for block in blocks:
        if block.level == 2 and (not fixed or fixed[-1].list_kind is None):
            block = Block(block.runs, block.list_kind, 1)
        fixed.append(block)
    return fixed


def markdown_of(document: QTextDocument) -> str:
    return to_markdown(blocks_of(document))
