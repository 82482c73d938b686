"""A document as Qt's text layout needs it: plain paragraphs and tables whose every property
is resolved (``docx_reading`` reads them from a python-docx Document), and ``Builder``,
which writes them into a QTextDocument for ``qt_pdf`` to page and paint.

Qt is imported inside the functions: the command line imports this module without Qt.
Lengths are in points in the model. Qt's text layout takes block margins, line heights,
tab stops, table measures and letter spacing in 1/96 inch, which it scales to the paint
device, but left and right margins and indents in the device's own pixels.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QPaintDevice,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
        QTextTable,
        QTextTableCell,
    )

PARA_PROPERTY = 0x100000 + 1
"""QTextFormat.UserProperty + 1: the index in ``Body.paragraphs`` of a body block's paragraph."""

SHORTER = 0.1
"""Points a line is shorter than its paragraph's width, as LibreOffice's lines are (its
text's measures are rounded): of 14 500 lines of LibreOffice 7.4's PDFs, those Qt fitted
by less than 0.07 pt held one word less, those it fitted by 0.13 pt or more the same."""

PAGE_FIELDS = ("PAGE", "NUMPAGES", "SECTIONPAGES")
"""Fields whose shown value is replaced by the real number when a page is painted."""


@dataclass(frozen=True)
class Look:
    """A run's font, resolved."""
    family: str = "Times New Roman"
    size: float = 10.0
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: str | None = None
    """RRGGBB, or None for black."""
    spacing: float = 0.0
    """Letter spacing, in points."""
    kerning: bool = False
    """Pairs of letters kerned: only where Word's w:kern asks it of this size (Qt would
    kern every text, LibreOffice and Word do not)."""


@dataclass(frozen=True)
class Picture:
    """An inline picture: its image file's bytes, and its size on the page in points."""
    data: bytes = field(repr=False)
    width: float
    height: float


@dataclass(frozen=True)
class Piece:
    text: str
    look: Look
    field: str | None = None
    """One of PAGE_FIELDS: ``text`` is replaced by the number when the page is painted."""
    picture: Picture | None = None
    """Shown instead of ``text`` (U+FFFC, as Qt marks an object in a text)."""


@dataclass(frozen=True)
class Border:
    width: float
    space: float
    color: str | None


@dataclass
class Para:
    style: str
    mark: Look
    """The paragraph's own font: an empty paragraph's height, the list number's font."""
    pieces: list[Piece] = field(default_factory=list)
    align: str = "left"
    before: float = 0.0
    after: float = 0.0
    line: tuple[str, float] = ("auto", 1.0)
    """("auto", multiple), ("exact", points) or ("atLeast", points)."""
    left: float = 0.0
    right: float = 0.0
    first: float = 0.0
    """The first line's indent; negative: a hanging indent."""
    tabs: list[tuple[str, float, str]] = field(default_factory=list)
    """(kind, position in points, leader), sorted by position."""
    keep_next: bool = False
    keep_lines: bool = False
    widows: bool = False
    contextual: bool = False
    break_before: bool = False
    borders: dict[str, Border] = field(default_factory=dict)
    prefix: str = ""
    """A list item's number or bullet."""
    heading: int = 0
    toc: int = 0
    target: int | None = None
    """A contents entry's heading, as an index in ``Body.headings``."""

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


@dataclass
class Cell:
    paragraphs: list[Para]
    span: int = 1


@dataclass
class Table:
    widths: list[float]
    rows: list[list[Cell]]
    heights: list[float]
    """Each row's least height in points (0: as its text needs); an exact one is taken
    as a least one (Word keeps it whenever the text fits)."""
    border: Border | None
    padding: tuple[float, float, float, float]
    """Left, top, right, bottom, in points."""
    indent: float = 0.0
    """Of the table's left edge from the text's."""
    header_rows: int = 0
    """Repeated at the head of each page the table runs onto."""
    break_before: bool = False


@dataclass
class Geometry:
    """The first section's page, in points."""
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    header: float
    footer: float

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def content_height(self) -> float:
        return self.height - self.top - self.bottom


@dataclass
class Body:
    items: list[Para | Table]
    paragraphs: list[Para]
    """The body's own paragraphs (not the tables'), each block's ``PARA_PROPERTY``."""
    headings: list[Para]
    geometry: Geometry
    header: list[Para]
    footer: list[Para]
    first_header: list[Para]
    first_footer: list[Para]
    different_first_page: bool
    default_tab: float


class Builder:
    """Writes paragraphs and tables into QTextDocuments laid out for ``device``."""

    def __init__(self, device: QPaintDevice, body: Body) -> None:
        self.device = device
        self.body = body
        self.dpi = device.logicalDpiY()
        self._formats: dict[Look, QTextCharFormat] = {}
        self._singles: dict[Look, float] = {}
        self._narrows: dict[Look, bool] = {}
        self._rooms: dict[tuple[Look, str], float] = {}
        self.indexes = {id(para): index for index, para in enumerate(body.paragraphs)}

    def px(self, points: float) -> float:
        """Points in the device's pixels."""
        return points * self.dpi / 72

    @staticmethod
    def css(points: float) -> float:
        """Points in the 1/96 inch Qt's layout scales to the device."""
        return points * 96 / 72

    def document(self, items: list[Para | Table], height: float | None = None,
                 numbers: list[int] | None = None, values: dict[str, str] | None = None
                 ) -> QTextDocument:
        """A document as wide as the page's text, written whole; paged ``height`` high when
        given. ``numbers``: each heading's page, shown by the contents; ``values``: the
        page fields' numbers."""
        writing = Writing(self, items, height, numbers, values)
        writing.more(len(items))
        return writing.document

    def blank(self, height: float | None) -> QTextDocument:
        from PySide6.QtCore import QSizeF
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.documentLayout().setPaintDevice(self.device)
        document.setDocumentMargin(0)
        width = self.px(self.body.geometry.content_width)
        if height is None:
            document.setTextWidth(width)
        else:
            document.setPageSize(QSizeF(width, height))
        option = document.defaultTextOption()
        option.setTabStopDistance(self.css(self.body.default_tab))
        document.setDefaultTextOption(option)
        return document

    def item(self, writing: Writing, position: int) -> None:
        """The ``position``-th item written at the document's end."""
        items = writing.items
        item = items[position]
        gap = _gap(items[position - 1], item) if position else 0.0
        if isinstance(item, Para):
            self._paragraph(writing, writing.cursor, item, gap, self.indexes.get(id(item)))
            return
        following = items[position + 1] if position + 1 < len(items) else None
        after = 0.0
        if isinstance(following, Para) and not following.break_before:
            after = _gap(None, following)
            if not following.text and not following.prefix:
                # Qt lays an empty block right after a table out in no room at all.
                after += self.line_height(following)[0]
        self._table(writing, item, gap, after)

    def _paragraph(self, writing: Writing, cursor: QTextCursor, para: Para, gap: float,
                   index: int | None) -> None:
        block = self.block_format(para, gap)
        if index is not None:
            block.setProperty(PARA_PROPERTY, index)
        mark = self.char_format(para.mark)
        if writing.fresh:
            cursor.setBlockFormat(block)
            cursor.mergeBlockCharFormat(mark)  # a cell's first block holds the cell's format
            writing.fresh = False
        else:
            cursor.insertBlock(block, mark)
        if para.prefix:
            cursor.insertText(para.prefix + "\t", mark)
        if any(piece.picture is not None for piece in para.pieces):
            self._pictured(cursor, para)
            return
        runs: list[tuple[str, Look]] = []
        for piece in _entry(para, writing.numbers) if para.toc else para.pieces:
            text = writing.values.get(piece.field, piece.text) if piece.field else piece.text
            if "\u202f" in text and not self._narrow(piece.look):
                # As LibreOffice does where the font has no narrow no-break space: the
                # font's own no-break space, half as wide (another font's narrow one would
                # cut the text layer there).
                for index, part in enumerate(text.split("\u202f")):
                    if index:
                        runs.append(("\u00a0", self._half_space(piece.look)))
                    runs.append((part, piece.look))
            else:
                runs.append((text, piece.look))
        runs = [(text, look) for text, look in runs if text]
        for text, look in self._slanted(runs) if para.align == "left" else runs:
            cursor.insertText(text, self.char_format(look))

    def _pictured(self, cursor: QTextCursor, para: Para) -> None:
        """A paragraph holding pictures (an image annex's): each one at its size, beside
        its text, if any."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage, QTextDocument, QTextImageFormat

        for number, piece in enumerate(para.pieces):
            if piece.picture is None:
                cursor.insertText(piece.text, self.char_format(piece.look))
                continue
            name = f"picture-{id(para)}-{number}"
            cursor.document().addResource(QTextDocument.ResourceType.ImageResource.value,
                                          QUrl(name), QImage.fromData(piece.picture.data))
            shape = QTextImageFormat()
            shape.setName(name)
            shape.setWidth(self.css(piece.picture.width))
            shape.setHeight(self.css(piece.picture.height))
            cursor.insertImage(shape)

    def _slanted(self, runs: list[tuple[str, Look]]) -> list[tuple[str, Look]]:
        """The runs, each italic word that may end a line (before a space, or the
        paragraph's end) given room for its slant as LibreOffice gives it: a twelfth of the
        font's height more before the margin. Its last letter is that much wider, and the
        space after it that much narrower: nothing moves unless the line breaks there."""
        slanted: list[tuple[str, Look]] = []
        give_back = 0.0
        for position, (text, look) in enumerate(runs):
            if give_back and text.startswith(" "):  # the space after an italic word
                slanted.append((" ", replace(look, spacing=look.spacing - give_back)))
                text = text[1:]
            give_back = 0.0
            if not look.italic or not text:
                slanted.append((text, look))
                continue
            start = 0
            following = runs[position + 1][0] if position + 1 < len(runs) else None
            for match in re.finditer(r"\S(?= |$)", text):
                end = match.start()
                room = self._room(look, text[end])
                if not room or (end + 1 == len(text) and following is not None
                                and not following.startswith(" ")):
                    continue  # glued to what follows: no line ends there
                slanted += [(text[start:end], look),
                            (text[end], replace(look, spacing=look.spacing + room))]
                start = end + 1
                if end + 1 < len(text):
                    slanted.append((" ", replace(look, spacing=look.spacing - room)))
                    start += 1
                else:
                    give_back = room
            slanted.append((text[start:], look))
        return [(text, look) for text, look in slanted if text]

    def _room(self, look: Look, letter: str) -> float:
        """The room an italic letter ending a line needs beyond its width, in points: a
        twelfth of the font's height, less its own ink past its width (Qt's lines leave room
        for that already; an « f » leans out further, and is given less)."""
        if (look, letter) not in self._rooms:
            from PySide6.QtGui import QFontMetricsF

            bearing = QFontMetricsF(self.char_format(look).font(), self.device).rightBearing(letter)
            self._rooms[(look, letter)] = self._single(look) / 12 + min(0.0, bearing * 72 / self.dpi)
        return self._rooms[(look, letter)]

    def block_format(self, para: Para, gap: float) -> QTextBlockFormat:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QTextBlockFormat, QTextFormat, QTextOption

        block = QTextBlockFormat()
        align = Qt.AlignmentFlag
        block.setAlignment({"center": align.AlignHCenter, "right": align.AlignRight,
                            "both": align.AlignJustify}.get(para.align, align.AlignLeft))
        block.setTopMargin(self.css(gap))
        block.setBottomMargin(0)
        block.setLeftMargin(self.px(para.left))
        # (Not where a tab aligns text on the right: the page number of a contents entry.)
        fitted = any(kind in ("right", "end") for kind, _, _ in para.tabs)
        block.setRightMargin(self.px(para.right + (0.0 if fitted else SHORTER)))
        block.setTextIndent(self.px(para.first))
        height, fixed = self.line_height(para)
        heights = QTextBlockFormat.LineHeightTypes
        block.setLineHeight(self.css(height), (heights.FixedHeight if fixed else heights.MinimumHeight).value)
        kinds = {"right": QTextOption.TabType.RightTab, "center": QTextOption.TabType.CenterTab,
                 "decimal": QTextOption.TabType.DelimiterTab, "end": QTextOption.TabType.RightTab}
        stops = [(position, kinds.get(kind, QTextOption.TabType.LeftTab))
                 for kind, position, _ in para.tabs]
        if para.first < 0 and all(position != para.left for position, _ in stops):
            stops.append((para.left, QTextOption.TabType.LeftTab))  # a hanging indent's own stop
        # Word measures tab stops from the text's edge, Qt from where the line starts
        # (the first line's, which holds a list item's number or a contents entry's tab).
        start = para.left + para.first
        block.setTabPositions([QTextOption.Tab(self.css(position - start), kind, ",")
                               for position, kind in sorted(stops, key=lambda stop: stop[0])
                               if position > start])
        if para.break_before:
            block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return block

    def line_height(self, para: Para) -> tuple[float, bool]:
        """The paragraph's line height in points, and whether it is fixed (else a minimum).
        Word's multiple of the single line puts its extra above the text, as Qt does with a
        minimum height (a proportional one would put it below, past a page's foot)."""
        rule, value = para.line
        if rule == "auto":
            single = max(self._single(look) for look in [para.mark, *(p.look for p in para.pieces)])
            return single * value, value < 1
        return value, rule == "exact"

    def extra(self) -> float:
        """The room above the text of a line of the body's usual paragraph, in points:
        Qt sets a line's spacing above its text, LibreOffice below it. ``qt_pdf`` lays a
        page out that much taller and paints it that much higher, so that its text starts
        and ends where LibreOffice's does."""
        usual = next((p for p in self.body.paragraphs if p.style == "normal" and p.pieces), None)
        if usual is None or usual.line[0] != "auto" or usual.line[1] <= 1:
            return 0.0
        return self._single(usual.mark) * (usual.line[1] - 1)

    def _narrow(self, look: Look) -> bool:
        """Whether the font has a narrow no-break space (Liberation has none)."""
        if look not in self._narrows:
            from PySide6.QtGui import QRawFont

            self._narrows[look] = QRawFont.fromFont(self.char_format(look).font()).supportsCharacter(0x202F)
        return self._narrows[look]

    def _half_space(self, look: Look) -> Look:
        """The look of a space half as wide as the font's."""
        from PySide6.QtGui import QFontMetricsF

        space = QFontMetricsF(self.char_format(look).font(), self.device).horizontalAdvance(" ")
        return replace(look, spacing=look.spacing - space * 72 / self.dpi / 2)

    def _single(self, look: Look) -> float:
        """The height of a single line in this font, in points, as Word and LibreOffice
        count it: the font's ascender, descender and line gap (Qt's own line leaves the
        gap out: 1.107 em of Times New Roman instead of 1.15)."""
        key = replace(look, size=1.0, underline=False, strike=False, color=None, spacing=0.0, kerning=False)
        if key not in self._singles:
            from PySide6.QtGui import QFontMetricsF, QRawFont

            font = self.char_format(look).font()
            raw = QRawFont.fromFont(font)
            hhea, head = bytes(raw.fontTable("hhea").data()), bytes(raw.fontTable("head").data())
            if len(hhea) >= 10 and len(head) >= 20:
                ascender, descender, gap = struct.unpack(">hhh", hhea[4:10])
                (units,) = struct.unpack(">H", head[18:20])
                self._singles[key] = (ascender - descender + max(gap, 0)) / units
            else:
                metrics = QFontMetricsF(font, self.device)
                self._singles[key] = (metrics.ascent() + metrics.descent()) * 72 / self.dpi / look.size
        return self._singles[key] * look.size

    def char_format(self, look: Look) -> QTextCharFormat:
        if look in self._formats:
            return self._formats[look]
        from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat

        chars = QTextCharFormat()
        chars.setFontFamilies([look.family])
        chars.setFontPointSize(look.size)
        chars.setFontWeight(QFont.Weight.Bold if look.bold else QFont.Weight.Normal)
        chars.setFontItalic(look.italic)
        chars.setFontUnderline(look.underline)
        chars.setFontStrikeOut(look.strike)
        chars.setFontHintingPreference(QFont.HintingPreference.PreferNoHinting)
        chars.setFontKerning(look.kerning)
        chars.setForeground(QBrush(QColor(f"#{look.color}" if look.color else "#000000")))
        if look.spacing:
            chars.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            chars.setFontLetterSpacing(self.css(look.spacing))
        self._formats[look] = chars
        return chars

    def _table(self, writing: Writing, table: Table, gap: float, after: float) -> None:
        """The table, ``gap`` below what comes before and ``after`` above what follows (Qt
        ignores the top margin of the paragraph after a table).

        Qt draws no border thinner than 1/96 inch, and sets the text of a collapsed table
        further from the borders than LibreOffice does (twice the border at the table's
        edges, once between rows and on a cell's left): the paddings and the margin above
        give that room back, so that a cell's text wraps and a row ends where
        LibreOffice's do."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import (
            QBrush,
            QColor,
            QTextCursor,
            QTextFormat,
            QTextFrameFormat,
            QTextLength,
            QTextTableFormat,
        )

        shape = QTextTableFormat()
        shape.setCellSpacing(0)
        shape.setCellPadding(0)
        shape.setMargin(0)
        shape.setLeftMargin(self.css(table.indent))
        shape.setHeaderRowCount(table.header_rows)
        width = table.border.width if table.border is not None else 0.0
        drawn = max(0.75, width) if table.border is not None else 0.0
        shape.setTopMargin(self.css(max(0.0, gap - (2 * drawn - width))))
        shape.setBottomMargin(self.css(after))
        shape.setBorderCollapse(True)
        shape.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if table.border is not None:
            shape.setBorder(self.css(drawn))
            shape.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            shape.setBorderBrush(QBrush(QColor(f"#{table.border.color or '000000'}")))
        else:
            shape.setBorder(0)
        columns = len(table.widths)
        shape.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.FixedLength, self.css(width)) for width in table.widths]
            if all(table.widths) else
            [QTextLength(QTextLength.Type.PercentageLength, 100 / columns)] * columns)
        if table.break_before:
            shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor = writing.cursor
        qt_table = cursor.insertTable(max(len(table.rows), 1), columns, shape)
        left, top, right, bottom = table.padding
        left, right = self.css(left + width / 2 - 2 * drawn), self.css(right - width / 2 + drawn)
        top = self.css(top)
        for row_index, row in enumerate(table.rows):
            below = bottom - (drawn - width if row_index + 1 < len(table.rows) else 2 * drawn - width)
            column = 0
            for cell in row:
                if column >= columns:
                    break
                if cell.span > 1:
                    qt_table.mergeCells(row_index, column, 1, min(cell.span, columns - column))
                qt_cell = qt_table.cellAt(row_index, column)
                cell_format = qt_cell.format().toTableCellFormat()
                cell_format.setLeftPadding(max(0.0, left))
                cell_format.setTopPadding(top)
                cell_format.setRightPadding(max(0.0, right))
                # A cell holds its last paragraph's space after.
                cell_format.setBottomPadding(self.css(max(0.0, below + (cell.paragraphs[-1].after
                                                                        if cell.paragraphs else 0.0))))
                qt_cell.setFormat(cell_format)
                cell_cursor = qt_cell.firstCursorPosition()
                writing.fresh = True
                previous: Para | None = None
                for para in cell.paragraphs:
                    self._paragraph(writing, cell_cursor, para, _gap(previous, para), None)
                    previous = para
                column += cell.span
            if table.heights[row_index] > 0:
                writing.least.append((qt_table, row_index, table.heights[row_index]))
        cursor.movePosition(QTextCursor.MoveOperation.End)
        writing.fresh = True


    def heighten(self, document: QTextDocument, table: QTextTable, row: int, least: float) -> None:
        """The row at least ``least`` points high, as Word sets it (Qt's cells are only as
        high as their text): its cells' bottom padding takes what is missing. (The
        document is given: PySide6 would let go of ``table.document()``'s layout.)"""
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        cells = [cell for column, cell in enumerate(cells) if cell.column() == column and cell.row() == row]
        layout = document.documentLayout()
        missing = least - max(self._cell_height(layout, cell) for cell in cells)
        if missing <= 0:
            return
        for cell in cells:
            shape = cell.format().toTableCellFormat()
            shape.setBottomPadding(shape.bottomPadding() + self.css(missing))
            cell.setFormat(shape)
        # A cell's new format alone does not lay a document without pages out again.
        start = table.firstPosition()
        document.markContentsDirty(start, table.lastPosition() - start)

    def _cell_height(self, layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> float:
        """A laid out cell's height in points: its paddings and its text."""
        first, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        line = last.layout().lineAt(last.layout().lineCount() - 1)
        text = layout.blockBoundingRect(last).top() + line.y() + line.height() - \
            layout.blockBoundingRect(first).top()
        shape = cell.format().toTableCellFormat()
        return (shape.topPadding() + shape.bottomPadding()) * 72 / 96 + text * 72 / self.dpi


class Writing:
    """A document written a few items at a time at its end, each few laid out as they come:
    a change near its end lays out again only what follows (``qt_pdf`` pages it so)."""

    def __init__(self, builder: Builder, items: list[Para | Table], height: float | None = None,
                 numbers: list[int] | None = None, values: dict[str, str] | None = None) -> None:
        from PySide6.QtGui import QTextBlockFormat, QTextCursor

        self.builder = builder
        self.items = items
        self.numbers = numbers
        self.values = values or {}
        self.document = builder.blank(height)
        self.cursor = QTextCursor(self.document)
        self.fresh = True
        """The cursor stands in an empty block to fill (a document's first, or after a table)."""
        self.least: list[tuple[QTextTable, int, float]] = []
        """The rows written that have a least height (in points), to set once laid out."""
        self.written = 0
        if items and _gap(None, items[0]) > 0:
            # Qt drops a document's first top margin: an empty line that high holds it.
            spacer = QTextBlockFormat()
            spacer.setLineHeight(builder.css(_gap(None, items[0])),
                                 QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            self.cursor.setBlockFormat(spacer)
            self.fresh = False

    def more(self, count: int) -> bool:
        """Up to ``count`` more items written, then laid out; whether there were any."""
        end = min(len(self.items), self.written + count)
        if end == self.written:
            return False
        self.cursor.beginEditBlock()  # laid out once written
        for position in range(self.written, end):
            self.builder.item(self, position)
        self.cursor.endEditBlock()
        self.written = end
        # Laid out whole: Qt lays a new document out lazily, and after a change only
        # what it had laid out (the blocks after that would stay without lines).
        self.document.documentLayout().documentSize()
        for table, row, least in self.least:
            self.builder.heighten(self.document, table, row, least)
        self.least = []
        return True


def _gap(previous: Para | Table | None, current: Para | Table) -> float:
    """The space above ``current``, in points: the larger of the space after the paragraph
    above and the space before this one, as LibreOffice sets a Word document (none
    between paragraphs of one style that ask for none, only the space before after a
    page break); a border takes its room too."""
    before = current.before if isinstance(current, Para) else 0.0
    top = current.borders["top"].width + current.borders["top"].space \
        if isinstance(current, Para) and "top" in current.borders else 0.0
    if previous is None or current.break_before:
        return before + top
    if isinstance(previous, Table):
        return 0.0 if isinstance(current, Para) else before
    after = previous.after
    if isinstance(current, Para) and current.style == previous.style:
        before = 0.0 if current.contextual else before
        after = 0.0 if previous.contextual else after
    bottom = previous.borders["bottom"].width + previous.borders["bottom"].space \
        if "bottom" in previous.borders else 0.0
    return max(after, before) + bottom + top


def _entry(para: Para, numbers: list[int] | None) -> list[Piece]:
    """A contents entry: its title, a tab and the page of its heading in this layout."""
    if para.target is None or numbers is None:
        return para.pieces
    tab = max((i for i, piece in enumerate(para.pieces) if "\t" in piece.text), default=None)
    if tab is None:
        return [*para.pieces, Piece("\t", para.mark), Piece(str(numbers[para.target]), para.mark)]
    last = para.pieces[tab]
    title = last.text.rsplit("\t", 1)[0]
    return [*para.pieces[:tab], Piece(title + "\t", last.look),
            Piece(str(numbers[para.target]), last.look)]
