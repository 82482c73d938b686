"""A python-docx Document read as Qt's text layout needs it, without Qt.

``read`` turns the Word XML into ``qt_layout``'s plain paragraphs and tables, whose every
property is resolved (direct formatting, then the style and its ``base_style`` chain, the
document's defaults), for ``qt_layout.Builder`` to write into a QTextDocument.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree

from .qt_layout import PAGE_FIELDS, Body, Border, Cell, Geometry, Look, Para, Picture, Piece, Table

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section

SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓",
                  "\uf02d": "–", "\uf0a8": "◦", "o": "◦", "\uf06f": "◦", "\uf09f": "•"}
"""Bullets of the Symbol and Wingdings fonts (private-use code points) as real characters;
any other private-use character is shown as « • »."""

_CHARACTERS = {qn(f"w:{tag}"): character for tag, character in (
    ("tab", "\t"), ("br", "\u2028"), ("cr", "\u2028"), ("noBreakHyphen", "\u2011"), ("softHyphen", "\u00ad"))}
"""What a run's other elements show (a page break, a ``w:br`` of that type, aside)."""

HEADING_STYLES = {"heading 1": 1, "heading 2": 2}
TOC_STYLES = {"toc 1": 1, "toc 2": 2}


def geometry(section: Section) -> Geometry:
    def points(value: Any, default: float) -> float:
        return value.pt if value is not None else default

    return Geometry(points(section.page_width, 595.3), points(section.page_height, 841.9),
                    points(section.top_margin, 72), points(section.bottom_margin, 72),
                    points(section.left_margin, 72), points(section.right_margin, 72),
                    points(section.header_distance, 36), points(section.footer_distance, 36))


def read(document: Document) -> Body:
    return _Reader(document).body()


@cache
def _q(path: str) -> str:
    """« w:ind », « w:numPr/w:ilvl » in lxml's notation (an element's path, an attribute)."""
    return "/".join(qn(part) for part in path.split("/"))


def _on(element: Any) -> bool | None:
    """A Word toggle (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if element is None:
        return None
    return element.get(_q("w:val")) not in ("0", "false", "off", "none")


def _twips(value: str | None) -> float | None:
    return None if value is None else int(float(value)) / 20


def _key(element: Any) -> bytes | None:
    """Direct formatting as a key: paragraphs and runs formatted alike are resolved once."""
    return None if element is None else etree.tostring(element)


def plain(text: str) -> str:
    """Text as one line of ordinary spaces (a heading's bookmark, a contents entry)."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2028", " ").split())


class _Chain:
    """Property elements (pPr, rPr or tblPr), most specific first: the first that says wins."""

    def __init__(self, elements: list[Any]) -> None:
        self.elements = [e for e in elements if e is not None]

    def find(self, path: str) -> Any:
        return next((child for e in self.elements if (child := e.find(_q(path))) is not None), None)

    def attr(self, path: str, name: str) -> str | None:
        for element in self.elements:
            child = element.find(_q(path))
            if child is not None and child.get(_q(name)) is not None:
                return child.get(_q(name))
        return None

    def toggle(self, tag: str) -> bool | None:
        return next((v for e in self.elements if (v := _on(e.find(_q(tag)))) is not None), None)


@dataclass
class _Style:
    """A paragraph style where it is used (in the body, or in a table of some style)."""
    name: str
    pprs: list[Any]
    """pPr from the style to its bases, then the table style's."""
    marks: list[Any]
    """rPr from the style to its bases, the table style's, the document's defaults."""
    mark: Look


class _Reader:
    def __init__(self, document: Document) -> None:
        self.document = document
        defaults = document.styles.element.find(_q("w:docDefaults"))
        self.default_ppr = defaults.find(_q("w:pPrDefault/w:pPr")) if defaults is not None else None
        self.default_rpr = defaults.find(_q("w:rPrDefault/w:rPr")) if defaults is not None else None
        self.theme_fonts = self._theme_fonts()
        compatibility = document.settings.element.find(
            f"{_q('w:compat/w:compatSetting')}[@{_q('w:name')}='compatibilityMode']")
        self.modern_tables = compatibility is not None and int(compatibility.get(_q("w:val"), "0")) >= 15
        """Word 2013's tables: the border on the text's edge (before: the cells' text there)."""
        self.styles: dict[tuple[str | None, str | None], _Style] = {}
        """By paragraph style id and table style id."""
        self.formats: dict[tuple[bytes | None, str | None, str | None], Para] = {}
        """Each paragraph's format by its own pPr, its style and its table's."""
        self.looks: dict[tuple[bytes | None, int], Look | None] = {}
        """Each run's font by its own rPr and its paragraph style's marks (None: hidden)."""
        self.lists: dict[str, tuple[dict[int, Any], dict[int, int]] | None] = {}
        self.fields: list[list[Any]] = []
        """Open complex fields: [instruction, showing the result, value emitted]."""
        self.counters: dict[tuple[int, int], int] = {}

    # --- the whole document ------------------------------------------------------------

    def body(self) -> Body:
        items: list[Para | Table] = []
        pending = False
        for element in self._content(self.document.element.body):
            if element.tag == _q("w:p"):
                for para in self._paragraph(element):
                    if para is None:
                        pending = True
                        continue
                    para.break_before = (para.break_before or pending) and bool(items)
                    pending = False
                    items.append(para)
            elif element.tag == _q("w:tbl"):
                table = self._table(element)
                table.break_before = pending and bool(items)
                pending = False
                items.append(table)
        paragraphs = [item for item in items if isinstance(item, Para)]
        headings = [p for p in paragraphs if p.heading]
        self._aim_contents(paragraphs, headings)
        section = self.document.sections[0]
        first = section.different_first_page_header_footer
        setting = self.document.settings.element.find(_q("w:defaultTabStop"))
        return Body(items, paragraphs, headings, geometry(section),
                    self._story(section.header), self._story(section.footer),
                    self._story(section.first_page_header) if first else [],
                    self._story(section.first_page_footer) if first else [], first,
                    _twips(setting.get(_q("w:val")) if setting is not None else None) or 36.0)

    def _story(self, story: Any) -> list[Para]:
        """A header's or footer's paragraphs; none where the section defines none."""
        if story.is_linked_to_previous:
            return []
        return [para for paragraph in story.paragraphs for para in self._paragraph(paragraph._p)
                if para is not None]

    @staticmethod
    def _aim_contents(paragraphs: list[Para], headings: list[Para]) -> None:
        """Each contents entry aims at the next heading of the same text (in order)."""
        position = 0
        for entry in (p for p in paragraphs if p.toc):
            wanted = plain(entry.text)
            found = next((i for i in range(position, len(headings))
                          if plain(headings[i].text) == wanted), None)
            if found is not None:
                entry.target, position = found, found + 1

    def _content(self, parent: Any) -> Iterator[Any]:
        """Paragraphs and tables, through content controls."""
        for child in parent:
            if child.tag == _q("w:sdt"):
                content = child.find(_q("w:sdtContent"))
                if content is not None:
                    yield from self._content(content)
            elif child.tag in (_q("w:p"), _q("w:tbl")):
                yield child

    def _theme_fonts(self) -> dict[str, str]:
        try:
            root = etree.fromstring(self.document.part.part_related_by(RELATIONSHIP_TYPE.THEME).blob)
        except KeyError:
            return {}
        latins = {kind: root.find(f".//{{*}}{kind}Font/{{*}}latin") for kind in ("major", "minor")}
        return {kind: latin.get("typeface") for kind, latin in latins.items()
                if latin is not None and latin.get("typeface")}

    # --- styles ------------------------------------------------------------------------

    def _style(self, style_id: str | None, table: tuple[str | None, Any, Any] | None) -> _Style:
        """In a table, ``table`` holds the table style's id, pPr and rPr: under the
        paragraph's style (as LibreOffice reads them), over the document's defaults."""
        key = (style_id, table[0] if table else None)
        if key not in self.styles:
            style: Any = self.document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            name = (style.name or "").lower() if style is not None else ""
            pprs, rprs = [], []
            while style is not None:
                pprs.append(style.element.find(_q("w:pPr")))
                rprs.append(style.element.find(_q("w:rPr")))
                style = style.base_style
            table_ppr, table_rpr = table[1:] if table else (None, None)
            marks = [*rprs, table_rpr, self.default_rpr]
            self.styles[key] = _Style(name, [*pprs, table_ppr], marks, self._look(_Chain(marks)))
        return self.styles[key]

    def _chained(self, style_id: str | None) -> list[Any]:
        """A character or table style and its bases."""
        found = []
        style = self.document.styles.element.get_by_id(style_id) if style_id else None
        while style is not None:
            found.append(style)
            based = style.find(_q("w:basedOn"))
            style = self.document.styles.element.get_by_id(based.get(_q("w:val"))) \
                if based is not None else None
        return found

    def _look(self, chain: _Chain) -> Look:
        family = chain.attr("w:rFonts", "w:ascii") or chain.attr("w:rFonts", "w:hAnsi")
        if family is None:
            theme = chain.attr("w:rFonts", "w:asciiTheme") or ""
            family = self.theme_fonts.get("major" if theme.startswith("major") else "minor")
        size = chain.attr("w:sz", "w:val")
        color = chain.attr("w:color", "w:val")
        underline = chain.attr("w:u", "w:val")
        kern = chain.attr("w:kern", "w:val")  # the least size kerned, in half points
        return Look(family=family or "Times New Roman",
                    size=int(size) / 2 if size else 10.0,
                    kerning=kern is not None and int(size or 20) >= int(kern),
                    bold=bool(chain.toggle("w:b")), italic=bool(chain.toggle("w:i")),
                    underline=underline not in (None, "none"),
                    strike=bool(chain.toggle("w:strike")),
                    color=None if color in (None, "auto", "000000") else color,
                    spacing=_twips(chain.attr("w:spacing", "w:val")) or 0.0)

    # --- paragraphs --------------------------------------------------------------------

    def _paragraph(self, p: Any, table: tuple[str | None, Any, Any] | None = None) -> list[Para | None]:
        """The paragraph, cut at its page breaks; None stands for a break with nothing
        after it in the paragraph (it applies to what follows)."""
        style = self._style(p.style, table)
        p_pr = p.pPr
        level_ppr, prefix = self._numbering(_Chain([p_pr, *style.pprs])) or (None, "")
        key = (_key(p_pr), p.style, table[0] if table else None)
        if key not in self.formats:
            self.formats[key] = self._paragraph_format(
                Para(style=style.name, mark=style.mark, heading=HEADING_STYLES.get(style.name, 0),
                     toc=TOC_STYLES.get(style.name, 0)),
                _Chain([p_pr, level_ppr, *style.pprs, self.default_ppr]))
        para = replace(self.formats[key], pieces=[], prefix=prefix)
        segments: list[Para] = [para]
        for piece in self._pieces(p, style.marks):
            if piece is None:  # a page break
                segments.append(replace(para, pieces=[], prefix="", first=0.0, break_before=True,
                                        heading=0, toc=0))
            else:
                segments[-1].pieces.append(piece)
        if len(segments) == 1:
            return [para]
        # The parts of a paragraph cut by page breaks: only those that hold text.
        kept: list[Para | None] = []
        for index, segment in enumerate(segments):
            if segment.text.strip() or segment.prefix:
                kept.append(segment)
            elif index + 1 < len(segments):
                segments[index + 1].break_before = segments[index + 1].break_before or \
                    segment.break_before
            elif segment.break_before:
                kept.append(None)
        return kept

    @staticmethod
    def _paragraph_format(para: Para, ppr: _Chain) -> Para:
        para.align = {"center": "center", "right": "right", "end": "right", "both": "both",
                      "distribute": "both"}.get(ppr.attr("w:jc", "w:val") or "", "left")
        para.before = _twips(ppr.attr("w:spacing", "w:before")) or 0.0
        para.after = _twips(ppr.attr("w:spacing", "w:after")) or 0.0
        line = ppr.attr("w:spacing", "w:line")
        rule = ppr.attr("w:spacing", "w:lineRule") or "auto"
        if line is not None:
            para.line = (rule, int(line) / 240) if rule == "auto" else (rule, int(line) / 20)
        para.left = _twips(ppr.attr("w:ind", "w:left") or ppr.attr("w:ind", "w:start")) or 0.0
        para.right = _twips(ppr.attr("w:ind", "w:right") or ppr.attr("w:ind", "w:end")) or 0.0
        for element in ppr.elements:  # hanging and firstLine: whichever says first
            ind = element.find(_q("w:ind"))
            if ind is not None and (ind.get(_q("w:hanging")) or ind.get(_q("w:firstLine"))):
                hanging = _twips(ind.get(_q("w:hanging")))
                para.first = -hanging if hanging is not None else _twips(ind.get(_q("w:firstLine"))) or 0.0
                break
        para.keep_next = bool(ppr.toggle("w:keepNext"))
        para.keep_lines = bool(ppr.toggle("w:keepLines"))
        para.widows = bool(ppr.toggle("w:widowControl"))
        para.contextual = bool(ppr.toggle("w:contextualSpacing"))
        para.break_before = bool(ppr.toggle("w:pageBreakBefore"))
        for side in ("top", "bottom"):
            line_element = ppr.find(f"w:pBdr/w:{side}")
            if line_element is not None and line_element.get(_q("w:val")) not in ("none", "nil"):
                color = line_element.get(_q("w:color"))
                para.borders[side] = Border(int(line_element.get(_q("w:sz"), "4")) / 8,
                                            float(line_element.get(_q("w:space"), "0")),
                                            None if color in (None, "auto") else color)
        tabs: dict[float, tuple[str, float, str]] = {}
        for element in reversed(ppr.elements):  # the general first, the specific last
            for tab in element.findall(_q("w:tabs/w:tab")):
                position = _twips(tab.get(_q("w:pos"))) or 0.0
                kind = tab.get(_q("w:val"), "left")
                if kind == "clear":
                    tabs.pop(position, None)
                elif kind != "num":
                    tabs[position] = (kind, position, tab.get(_q("w:leader"), "none"))
        para.tabs = sorted(tabs.values(), key=lambda tab: tab[1])
        return para

    def _pieces(self, element: Any, marks: list[Any]) -> Iterator[Piece | None]:
        """The visible text of a paragraph's runs, in order (None: a page break)."""
        for child in element:
            tag = child.tag
            if tag == _q("w:r"):
                yield from self._run(child, marks)
            elif tag == _q("w:fldSimple"):
                self.fields.append([child.get(_q("w:instr"), ""), True, False])
                yield from self._pieces(child, marks)
                yield from self._close_field(self._look(_Chain(marks)))
            elif tag in (_q("w:hyperlink"), _q("w:ins"), _q("w:smartTag"), _q("w:customXml")):
                yield from self._pieces(child, marks)
            elif tag == _q("w:sdt"):
                content = child.find(_q("w:sdtContent"))
                if content is not None:
                    yield from self._pieces(content, marks)

    def _run(self, run: Any, marks: list[Any]) -> Iterator[Piece | None]:
        r_pr = run.find(_q("w:rPr"))
        key = (_key(r_pr), id(marks))  # ``marks`` are kept by ``self.styles``
        if key not in self.looks:
            style = r_pr.find(_q("w:rStyle")) if r_pr is not None else None
            chain = _Chain([r_pr, *(s.find(_q("w:rPr")) for s in self._chained(
                style.get(_q("w:val")) if style is not None else None)), *marks])
            self.looks[key] = None if chain.toggle("w:vanish") else self._look(chain)
        look = self.looks[key]
        if look is None:
            return
        for child in run:
            tag = child.tag
            if tag == _q("w:fldChar"):
                kind = child.get(_q("w:fldCharType"))
                if kind == "begin":
                    self.fields.append(["", False, False])
                elif kind == "separate" and self.fields:
                    self.fields[-1][1] = True
                elif kind == "end" and self.fields:
                    yield from self._close_field(look)
            elif tag == _q("w:instrText"):
                if self.fields:
                    self.fields[-1][0] += child.text or ""
            elif not all(shown for _, shown, _ in self.fields):
                continue
            elif tag == _q("w:br") and child.get(_q("w:type")) in ("page", "column"):
                yield None
            elif tag == _q("w:drawing"):
                picture = self._picture(child)
                if picture is not None:
                    yield Piece("\ufffc", look, picture=picture)
            else:
                text = self._text(child)
                if text is None:
                    continue
                kind = self._page_field()
                if kind is None:
                    yield Piece(text, look)
                elif not self.fields[-1][2]:  # a page number's value: shown once
                    self.fields[-1][2] = True
                    yield Piece(text, look, kind)

    def _picture(self, drawing: Any) -> Picture | None:
        """An inline picture's image and size (a floating one, or a picture whose image
        is not in the package, is left out)."""
        extent = drawing.find(f"{qn('wp:inline')}/{qn('wp:extent')}")
        blip = next(drawing.iter(qn("a:blip")), None)
        embedded = blip.get(qn("r:embed")) if blip is not None else None
        part = self.document.part.related_parts.get(embedded) if embedded else None
        if extent is None or part is None:
            return None
        return Picture(part.blob, int(extent.get("cx", "0")) / 12700, int(extent.get("cy", "0")) / 12700)

    @staticmethod
    def _text(child: Any) -> str | None:
        if child.tag == _q("w:t"):
            return (child.text or "").replace("\n", " ")
        if child.tag == _q("w:sym"):
            return _real_character(chr(int(child.get(_q("w:char"), "F0B7"), 16)))
        return _CHARACTERS.get(child.tag)

    def _page_field(self) -> str | None:
        if not self.fields:
            return None
        words = self.fields[-1][0].split()
        return words[0].upper() if words and words[0].upper() in PAGE_FIELDS else None

    def _close_field(self, look: Look) -> Iterator[Piece]:
        """A page number field that showed no value still gets its number."""
        kind = self._page_field()
        emitted = self.fields.pop()[2]
        if kind is not None and not emitted and all(shown for _, shown, _ in self.fields):
            yield Piece("", look, kind)

    # --- lists -------------------------------------------------------------------------

    def _numbering(self, ppr: _Chain) -> tuple[Any, str] | None:
        """A list paragraph's level (its pPr: the indentation) and its number or bullet."""
        num_id = ppr.attr("w:numPr/w:numId", "w:val")
        found = self._levels(num_id) if num_id not in (None, "0") else None
        level = int(ppr.attr("w:numPr/w:ilvl", "w:val") or 0)
        if num_id is None or found is None or level not in found[0]:
            return None
        levels, starts = found
        key = (int(num_id), level)

        def start_of(index: int) -> int:
            start = levels[index].find(_q("w:start")) if index in levels else None
            return starts.get(index, int(start.get(_q("w:val"), "1")) if start is not None else 1)

        self.counters[key] = self.counters[key] + 1 if key in self.counters else start_of(level)
        for deeper in [k for k in self.counters if k[0] == key[0] and k[1] > level]:
            del self.counters[deeper]
        lvl = levels[level]
        fmt = lvl.find(_q("w:numFmt"))
        text = lvl.find(_q("w:lvlText"))
        pattern = text.get(_q("w:val"), "") if text is not None else ""
        if fmt is not None and fmt.get(_q("w:val")) == "bullet":
            prefix = "".join(_real_character(c) for c in pattern) or "•"
        elif fmt is not None and fmt.get(_q("w:val")) == "none":
            prefix = ""
        else:
            def number(match: re.Match[str]) -> str:
                index = int(match.group(1)) - 1
                value = self.counters.get((key[0], index), start_of(index))
                kind = levels[index].find(_q("w:numFmt")) if index in levels else None
                return _formatted(value, kind.get(_q("w:val")) if kind is not None else "decimal")
            prefix = re.sub(r"%([1-9])", number, pattern)
        return lvl.find(_q("w:pPr")), prefix

    def _levels(self, num_id: str) -> tuple[dict[int, Any], dict[int, int]] | None:
        """A list's levels (its abstract list's, with its own overrides) and where it
        restarts a level's count."""
        if num_id not in self.lists:
            numbering = self.document.part.numbering_part.element
            num = next((n for n in numbering.findall(_q("w:num")) if n.get(_q("w:numId")) == num_id), None)
            wanted = num.find(_q("w:abstractNumId")) if num is not None else None
            abstract = next((a for a in numbering.findall(_q("w:abstractNum")) if wanted is not None
                             and a.get(_q("w:abstractNumId")) == wanted.get(_q("w:val"))), None)
            if num is None or abstract is None:
                self.lists[num_id] = None
                return None
            levels = {int(lvl.get(_q("w:ilvl"), "0")): lvl for lvl in abstract.findall(_q("w:lvl"))}
            starts: dict[int, int] = {}
            for override in num.findall(_q("w:lvlOverride")):
                index = int(override.get(_q("w:ilvl"), "0"))
                if (replacement := override.find(_q("w:lvl"))) is not None:
                    levels[index] = replacement
                if (start := override.find(_q("w:startOverride"))) is not None:
                    starts[index] = int(start.get(_q("w:val"), "1"))
            self.lists[num_id] = (levels, starts)
        return self.lists[num_id]

    # --- tables ------------------------------------------------------------------------

    def _table(self, element: Any) -> Table:
        tbl_pr = element.find(_q("w:tblPr"))
        style = tbl_pr.find(_q("w:tblStyle")) if tbl_pr is not None else None
        style_id = style.get(_q("w:val")) if style is not None else None
        styles = self._chained(style_id)
        lines = _Chain([tbl_pr, *(s.find(_q("w:tblPr")) for s in styles)])
        t_ppr, t_rpr = (next((s.find(_q(part)) for s in styles if s.find(_q(part)) is not None), None)
                        for part in ("w:pPr", "w:rPr"))
        own = (style_id, t_ppr, t_rpr)
        border = None
        for side in ("insideH", "top", "left", "insideV", "bottom", "right"):
            width = lines.attr(f"w:tblBorders/w:{side}", "w:sz")
            kind = lines.attr(f"w:tblBorders/w:{side}", "w:val")
            if kind not in (None, "none", "nil"):
                color = lines.attr(f"w:tblBorders/w:{side}", "w:color")
                border = Border(int(width or 4) / 8, 0.0, None if color in (None, "auto") else color)
                break
        left, top, right, bottom = (_twips(lines.attr(f"w:tblCellMar/w:{side}", "w:w")) or default
                                    for side, default in (("left", 5.4), ("top", 0.0), ("right", 5.4),
                                                          ("bottom", 0.0)))
        widths = [_twips(col.get(_q("w:w"))) or 0.0 for col in element.findall(_q("w:tblGrid/w:gridCol"))]
        rows, heights, header_rows = [], [], 0
        for tr in element.findall(_q("w:tr")):
            cells = []
            for tc in tr.findall(_q("w:tc")):
                span = tc.find(_q("w:tcPr/w:gridSpan"))
                paragraphs = [para for p in tc.findall(_q("w:p")) for para in self._paragraph(p, own)
                              if para is not None]
                cells.append(Cell(paragraphs, int(span.get(_q("w:val"), "1")) if span is not None else 1))
            rows.append(cells)
            height = tr.find(_q("w:trPr/w:trHeight"))
            auto = height is None or height.get(_q("w:hRule")) == "auto"
            heights.append(0.0 if auto else _twips(height.get(_q("w:val"))) or 0.0)
            if header_rows == len(rows) - 1 and _on(tr.find(_q("w:trPr/w:tblHeader"))):
                header_rows += 1
        columns = max((sum(c.span for c in row) for row in rows), default=1)
        if len(widths) != columns or not all(widths):
            widths = [0.0] * columns  # equal shares
        indent = (_twips(lines.attr("w:tblInd", "w:w")) or 0.0) - (0.0 if self.modern_tables else left)
        return Table(widths, rows, heights, border, (left, top, right, bottom), indent, header_rows)


def _real_character(character: str) -> str:
    if character in SYMBOL_BULLETS:
        return SYMBOL_BULLETS[character]
    return "•" if "\ue000" <= character <= "\uf8ff" else character


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _formatted(value: int, kind: str) -> str:
    text = str(value)
    if kind in ("lowerLetter", "upperLetter"):
        text = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            text = chr(ord("a") + rest) + text
    elif kind in ("lowerRoman", "upperRoman"):
        text = ""
        for amount, numeral in _ROMAN:
            count, value = divmod(value, amount)
            text += numeral * count
    elif kind == "decimalZero":
        text = f"{value:02d}"
    return text.upper() if kind.startswith("upper") else text
