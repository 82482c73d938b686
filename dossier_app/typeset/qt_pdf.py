"""The dossier's PDF written by Qt alone, where LibreOffice is missing (most Windows machines).

The python-docx Document is read (``docx_reading``), laid out by Qt's text layout
(``qt_layout``), paged by Word's rules Qt lacks (a heading stays with what follows it, no
line left alone at the foot or the head of a page), then painted page by page on a
QPdfWriter with its running header and « page n / N » footer. The contents show the
pages of this very layout (it is laid out again with them); pypdf then adds the contents'
links and the bookmarks.

Only a QGuiApplication is needed: the command line has none, so one is made offscreen.
"""

from __future__ import annotations

import io
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.files import atomic_target
from . import docx_reading
from .qt_layout import PARA_PROPERTY, Body, Builder, Para, Writing

if TYPE_CHECKING:
    from docx.document import Document
    from PySide6.QtGui import QPaintDevice, QPainter, QPdfWriter, QTextBlock

DPI = 1440
"""QPdfWriter's resolution: a pixel is a twentieth of a point, so that a font size in half
points (as Word sets them) is a whole number of pixels. Qt rounds a font's pixel size: at
1200 dpi, 11.5 pt made 192 pixels instead of 191.67 and every word 0.17 % wider than in
LibreOffice, enough to wrap some lines one word sooner."""

AHEAD = 12
"""Items written at a time while the document is paged."""

CREATOR = "Dossier CCPT"
LEADERS = {"dot": ".", "middleDot": "·", "hyphen": "-", "underscore": "_"}

_application: list[Any] = []
"""The QGuiApplication made here, kept alive for the process."""


def heading_pages(document: Document) -> list[int]:
    """The 1-based page of each « Heading 1 » and « Heading 2 » paragraph, in document
    order, as ``render_pdf`` would print them (nothing is written)."""
    _ensure_application()
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    body = docx_reading.read(document)
    return _Layout(body, _writer(buffer, body, document)).pages


def render_pdf(document: Document, target: Path) -> list[int]:
    """Write ``document`` as a PDF to ``target`` (whole or not at all); returns the
    1-based page of each « Heading 1 » and « Heading 2 » paragraph, in document order."""
    _ensure_application()
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    body = docx_reading.read(document)
    writer = _writer(buffer, body, document)
    layout = _Layout(body, writer)
    marks = layout.paint(writer)
    buffer.close()
    _finish(bytes(buffer.data().data()), target, marks, document)
    return layout.pages


def _ensure_application() -> None:
    """A QGuiApplication for the layout when no window made one (the command line). It
    shows nothing: on Linux the offscreen platform (no display needed; fontconfig finds
    the fonts), on Windows and macOS the system's own, whose font database is the one
    that knows the installed fonts (Windows' offscreen platform finds none: blank pages)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        arguments = ["dossier-app"]
        if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
            arguments += ["-platform", "offscreen"]
        _application.append(QGuiApplication(arguments))


def _writer(device: Any, body: Body, document: Document) -> QPdfWriter:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    size = QPageSize(QSizeF(body.geometry.width, body.geometry.height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Point))
    properties = document.core_properties
    writer.setTitle(properties.title or "")
    writer.setAuthor(properties.author or "")
    writer.setCreator(CREATOR)
    return writer


@dataclass
class _Heading:
    level: int
    title: str
    page: int
    """0-based."""
    top: float
    """In PDF points from the page's foot."""


@dataclass
class _Marks:
    """What pypdf adds: the bookmarks, and links (page, rectangle in points, heading)."""
    headings: list[_Heading]
    links: list[tuple[int, tuple[float, float, float, float], int]]


class _Layout:
    """The body laid out and paged, its contents numbered with its own heading pages."""

    def __init__(self, body: Body, device: QPaintDevice) -> None:
        self.body = body
        self.builder = Builder(device, body)
        self.raised = self.builder.px(self.builder.extra())
        self.height = self.builder.px(body.geometry.content_height) + self.raised
        numbers: list[int] = [0] * len(body.headings)
        for _ in range(4):  # a contents entry that wraps anew may move the pages once more
            writing = Writing(self.builder, body.items, self.height, numbers)
            self.document = writing.document
            _settle(writing, body)
            self.pages = self._heading_pages()
            if self.pages == numbers or self._renumbered():
                break
            numbers = self.pages

    def _renumbered(self) -> bool:
        """The contents' entries given their pages in place; whether each kept its lines
        (then nothing moved, and no other layout is needed)."""
        from PySide6.QtGui import QTextCursor

        entries = [(para.target, _last_block(block)) for para, block in self._first_blocks()
                   if para.toc and para.target is not None]
        lines = [block.layout().lineCount() for _, block in entries]
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()  # laid out once, after the last entry
        for target, block in entries:
            tab = block.text().rfind("\t")
            cursor.setPosition(block.position() + tab + 2)  # after the number's first digit
            shown = cursor.charFormat()
            cursor.setPosition(block.position() + tab + 1)
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(str(self.pages[target]), shown)
        cursor.endEditBlock()
        return [block.layout().lineCount() for _, block in entries] == lines

    def page_of(self, y: float) -> int:
        """The 0-based page of a point ``y`` of the document (a line's top)."""
        return int((y + 1) // self.height)

    def _first_blocks(self) -> list[tuple[Para, QTextBlock]]:
        """Each body paragraph with its first block (a paragraph cut by a page has two)."""
        seen = set()
        found = []
        block = self.document.firstBlock()
        while block.isValid():
            index = block.blockFormat().property(PARA_PROPERTY)
            if index is not None and index not in seen:
                seen.add(index)
                found.append((self.body.paragraphs[index], block))
            block = block.next()
        return found

    def _heading_pages(self) -> list[int]:
        return [self.page_of(_line_top(block, 0)) + 1 for para, block in self._first_blocks()
                if para.heading]

    # --- painting ----------------------------------------------------------------------

    def paint(self, writer: QPdfWriter) -> _Marks:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter

        geometry = self.body.geometry
        px = self.builder.px
        count = self.document.pageCount()
        blocks = self._first_blocks()
        decorated: dict[int, list[tuple[Para, QTextBlock]]] = {}
        marks = _Marks([], [])
        for para, block in blocks:
            if para.toc or para.borders:
                decorated.setdefault(self.page_of(_line_top(block, 0)), []).append((para, block))
            if para.heading:
                y = _line_top(block, 0)
                page = self.page_of(y)
                marks.headings.append(_Heading(para.heading, docx_reading.plain(para.text), page,
                                               geometry.height - geometry.top
                                               - (y - self.raised - page * self.height) * 72 / DPI))
        painter = QPainter(writer)
        try:
            for page in range(count):
                if page:
                    writer.newPage()
                first = page == 0 and self.body.different_first_page
                values = {"PAGE": str(page + 1), "NUMPAGES": str(count), "SECTIONPAGES": str(count)}
                self._story(painter, self.body.first_header if first else self.body.header,
                            values, geometry.header, top=True)
                self._story(painter, self.body.first_footer if first else self.body.footer,
                            values, geometry.footer, top=False)
                painter.save()
                painter.translate(px(geometry.left), px(geometry.top) - self.raised - page * self.height)
                slice_ = QRectF(-px(geometry.left), page * self.height, px(geometry.width), self.height)
                self.document.drawContents(painter, slice_)
                for para, block in decorated.get(page, []):
                    self._decorate(painter, para, block, page, marks)
                painter.restore()
        finally:
            painter.end()
        return marks

    def _story(self, painter: QPainter, paragraphs: list[Para], values: dict[str, str],
               distance: float, top: bool) -> None:
        """A header (``distance`` from the page's head to its top) or a footer (from the
        page's foot to its last line)."""
        if not paragraphs:
            return
        document = self.builder.document(list(paragraphs), values=values)
        geometry = self.body.geometry
        px = self.builder.px
        y = px(distance) if top else px(geometry.height - distance) - document.size().height()
        painter.save()
        painter.translate(px(geometry.left), y)
        document.drawContents(painter)
        painter.restore()

    def _decorate(self, painter: QPainter, para: Para, block: QTextBlock, page: int,
                  marks: _Marks) -> None:
        """What Qt's layout does not draw: a paragraph's borders, a contents entry's
        leader dots; and where its link goes."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QColor, QFontMetricsF, QPen, QTextCursor

        px = self.builder.px
        width = px(self.body.geometry.content_width)
        last = _last_block(block)
        bottom = _line_top(last, last.layout().lineCount() - 1) + \
            last.layout().lineAt(last.layout().lineCount() - 1).height()
        for side, border in para.borders.items():
            y = _line_top(block, 0) - px(border.space + border.width / 2) if side == "top" \
                else bottom + px(border.space + border.width / 2)
            painter.setPen(QPen(QColor(f"#{border.color or '000000'}"), px(border.width)))
            painter.drawLine(QPointF(px(para.left), y), QPointF(width - px(para.right), y))
        if not para.toc:
            return
        tab = block.text().rfind("\t")
        leader = LEADERS.get(para.tabs[-1][2], "") if para.tabs else ""
        if tab >= 0 and leader:
            layout = block.layout()
            line = layout.lineForTextPosition(tab)
            start = layout.position().x() + _cursor_x(line, tab)
            end = layout.position().x() + _cursor_x(line, tab + 1)
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + tab + 1)  # the format of the tab itself
            font = cursor.charFormat().font()
            step = QFontMetricsF(font, painter.device()).horizontalAdvance(leader)
            first = (int((start + step / 2) // step) + 1) * step  # on a grid, as Word does
            count = int((end - step / 2 - first) // step)
            if count > 0:
                painter.setFont(font)
                painter.setPen(QColor("#000000"))
                painter.drawText(QPointF(first, _line_top(block, line.lineNumber()) + line.ascent()),
                                 leader * count)
        if para.target is not None:
            geometry = self.body.geometry
            points = 72 / DPI
            page_top = self.raised + page * self.height
            marks.links.append((page, (geometry.left + px(para.left) * points,
                                       geometry.height - geometry.top - (bottom - page_top) * points,
                                       geometry.left + width * points,
                                       geometry.height - geometry.top
                                       - (_line_top(block, 0) - page_top) * points), para.target))


def _cursor_x(line: Any, position: int) -> float:
    """Where a text position stands on its line (PySide6 returns (x, position))."""
    x, _ = line.cursorToX(position)
    return float(x)


def _line_top(block: QTextBlock, line: int) -> float:
    """A line's top in the document (a block's own position is its table cell's)."""
    return block.document().documentLayout().blockBoundingRect(block).top() + \
        block.layout().lineAt(line).y()


def _last_block(block: QTextBlock) -> QTextBlock:
    """The last block of ``block``'s paragraph (one of its own, unless cut by a page)."""
    index = block.blockFormat().property(PARA_PROPERTY)
    following = block.next()
    while following.isValid() and following.blockFormat().property(PARA_PROPERTY) == index:
        block, following = following, following.next()
    return block


def _settle(writing: Writing, body: Body) -> None:
    """Word's paging rules Qt's layout lacks, applied from the first page on: a paragraph
    that asks to be kept with the next (a heading, a list's lead-in) goes to the next page
    with it, and so does one kept whole (as LibreOffice does, one kept with the next is
    never cut by a page either); with widow control no paragraph leaves its first line alone at a
    page's foot (it goes whole to the next page) nor its last line alone at a page's head
    (one more line goes with it: the paragraph is cut there into two blocks). The document
    is written as the paging goes, two pages ahead: a change lays out only what follows."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    document = writing.document
    layout = document.documentLayout()
    height = document.pageSize().height()
    dpi = layout.paintDevice().logicalDpiY()

    def pages(block: QTextBlock) -> list[int]:
        top = layout.blockBoundingRect(block).top()  # lays the document out up to it
        text = block.layout()
        return [int((top + text.lineAt(i).y() + 1) // height) for i in range(text.lineCount())]

    def heads_page(block: QTextBlock) -> bool:
        previous = block.previous()
        return not previous.isValid() or pages(previous)[-1] < pages(block)[0]

    def para_of(block: QTextBlock) -> Para | None:
        index = block.blockFormat().property(PARA_PROPERTY)
        return body.paragraphs[index] if index is not None else None

    def kept_with(block: QTextBlock) -> QTextBlock:
        """The first of the paragraphs kept with ``block`` on its page."""
        while True:
            previous = block.previous()
            para = para_of(previous) if previous.isValid() else None
            if para is None or not para.keep_next or pages(previous)[-1] != pages(block)[0]:
                return block
            block = previous

    def next_page(block: QTextBlock) -> None:
        """``block`` at the head of the next page, without the space above it."""
        shape = block.blockFormat()
        shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        shape.setTopMargin(0)
        QTextCursor(block).setBlockFormat(shape)

    writing.more(AHEAD)
    block = document.firstBlock()
    while block.isValid():
        while pages(document.lastBlock())[-1] < pages(block)[0] + 2 and writing.more(AHEAD):
            pass
        para = para_of(block)
        if para is None:
            block = block.next()
            continue
        lines = pages(block)
        below = (_line_top(block, 0) - lines[0] * height) * 96 / dpi
        shape = block.blockFormat()
        if below > 0.1 and shape.topMargin() > 0 and block.previous().isValid() and heads_page(block) \
                and shape.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            # The space above it fell across the page's head: the text starts there.
            shape.setTopMargin(max(0.0, shape.topMargin() - below))
            QTextCursor(block).setBlockFormat(shape)
            continue
        moved = None
        if lines[0] != lines[-1]:
            on_first, on_last = lines.count(lines[0]), lines.count(lines[-1])
            if para.keep_lines or para.keep_next or \
                    (para.widows and (on_first == 1 or (on_last == 1 and on_first < 3))):
                moved = block
            elif (para.widows and on_last == 1) or para.align != "both":
                # Cut into two blocks: one more line to the next page (no widow there), or
                # at the page's head, where Qt would paint the last line above it again in
                # the text layer (clipped away). A justified line would lose its justification.
                cut = QTextCursor(block)
                line = len(lines) - 2 if para.widows and on_last == 1 else on_first
                cut.setPosition(block.position() + block.layout().lineAt(line).textStart())
                rest = block.blockFormat()
                rest.setTextIndent(0)
                rest.setTopMargin(0)
                rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cut.insertBlock(rest, block.charFormat())
                continue
        following = block.next()
        if moved is None and para.keep_next and following.isValid() and para_of(following) is not para \
                and pages(following)[0] > lines[-1]:  # a paragraph cut by a page keeps with what follows it
            moved = block
        if moved is not None:
            start = kept_with(moved)
            if not heads_page(start):
                next_page(start)
                block = start
                continue
        block = block.next()


def _finish(data: bytes, target: Path, marks: _Marks, document: Document) -> None:
    """The contents' links and the bookmarks added to Qt's PDF, written atomically."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page, rectangle, index in marks.links:
        heading = marks.headings[index]
        writer.add_annotation(page, Link(rect=rectangle, border=[0, 0, 0],
                                         target_page_index=heading.page, fit=Fit.xyz(top=heading.top)))
    properties = document.core_properties
    writer.add_metadata({"/Subject": properties.subject or "", "/Keywords": properties.keywords or ""})
    if properties.language:
        writer.root_object[NameObject("/Lang")] = TextStringObject(properties.language)
    parent = None
    for heading in marks.headings:
        item = writer.add_outline_item(title=heading.title, page_number=heading.page,
                                       parent=parent if heading.level == 2 else None,
                                       fit=Fit.xyz(top=heading.top))
        parent = item if heading.level == 1 else parent
    writer.page_mode = "/UseOutlines"
    _spaces_as_spaces(writer)
    with atomic_target(target) as temporary:
        writer.write(str(temporary))


_CMAP_SECTION = re.compile(r"begin(bfrange|bfchar)(.*?)end\1", re.S)
_CMAP_CODE = re.compile(r"<[0-9A-Fa-f]+>")


def _spaces_as_spaces(writer: Any) -> None:
    """Qt's text layer gives the space glyph the first character that shows it, and in
    Liberation (and Times New Roman) that is the tab: text copied from the PDF, or
    searched in it, would hold tabs between its words. Their ToUnicode maps say U+0020."""
    done: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for font in (fonts.get_object().values() if fonts is not None else ()):
            reference = font.get_object().get("/ToUnicode")
            if reference is None or id(reference.get_object()) in done:
                continue
            stream = reference.get_object()
            done.add(id(stream))
            text = stream.get_data().decode("latin-1")
            fixed = _CMAP_SECTION.sub(_space_targets, text)
            if fixed != text:
                stream.set_data(fixed.encode("latin-1"))


def _space_targets(section: re.Match[str]) -> str:
    """A bfrange or bfchar section whose target U+0009 becomes U+0020 (a line's first one
    or two codes are glyphs, the rest characters)."""
    sources = 2 if section.group(1) == "bfrange" else 1
    lines = []
    for line in section.group(2).split("\n"):
        codes = list(_CMAP_CODE.finditer(line))
        for match in reversed(codes[sources:]):
            if match.group().upper() == "<0009>":
                line = line[:match.start()] + "<0020>" + line[match.end():]
        lines.append(line)
    return f"begin{section.group(1)}" + "\n".join(lines) + f"end{section.group(1)}"
