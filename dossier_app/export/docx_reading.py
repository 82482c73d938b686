"""A python-docx Document read as Qt's text layout needs it, without Qt.

``read`` turns the Word XML into plain paragraphs and tables whose every property is
resolved (direct formatting, then the style and its ``base_style`` chain, the document's
defaults), for ``qt_layout`` to write into a QTextDocument. Lengths are in points.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section

PAGE_FIELDS = ("PAGE", "NUMPAGES", "SECTIONPAGES")
"""Fields whose shown value is replaced by the real number when a page is painted."""

SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓",
                  "\uf02d": "–", "\uf0a8": "◦", "o": "◦", "\uf06f": "◦", "\uf09f": "•"}
"""Bullets of the Symbol and Wingdings fonts (private-use code points) as real characters;
any other private-use character is shown as « • »."""

HEADING_STYLES = {"heading 1": 1, "heading 2": 2}
TOC_STYLES = {"toc 1": 1, "toc 2": 2}


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


@dataclass(frozen=True)
class Piece:
    text: str
    look: Look
    field: str | None = None
    """One of PAGE_FIELDS: ``text`` is replaced by the number when the page is painted."""


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


def geometry(section: Section) -> Geometry:
    def points(value: Any, default: float) -> float:
        return value.pt if value is not None else default

    return Geometry(points(section.page_width, 595.3), points(section.page_height, 841.9),
                    points(section.top_margin, 72), points(section.bottom_margin, 72),
                    points(section.left_margin, 72), points(section.right_margin, 72),
                    points(section.header_distance, 36), points(section.footer_distance, 36))


def read(document: Document) -> Body:
    return _Reader(document).body()


def _on(element: Any) -> bool | None:
    """A Word toggle (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if element is None:
        return None
    return element.get(qn("w:val")) not in ("0", "false", "off", "none")


def _twips(value: str | None) -> float | None:
    return None if value is None else int(float(value)) / 20


def plain(text: str) -> str:
    """Text as one line of ordinary spaces (a heading's bookmark, a contents entry)."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2028", " ").split())


def _path(path: str) -> str:
    return "/".join(qn(part) for part in path.split("/"))


class _Chain:
    """Property elements (pPr, rPr or tblPr), most specific first: the first that says wins."""

    def __init__(self, elements: list[Any]) -> None:
        self.elements = [e for e in elements if e is not None]

    def find(self, path: str) -> Any:
        for element in self.elements:
            child = element.find(_path(path))
            if child is not None:
                return child
        return None

    def attr(self, path: str, name: str) -> str | None:
        for element in self.elements:
            child = element.find(_path(path))
            if child is not None and child.get(qn(name)) is not None:
                return child.get(qn(name))
        return None

    def toggle(self, tag: str) -> bool | None:
        for element in self.elements:
            value = _on(element.find(qn(tag)))
            if value is not None:
                return value
        return None


class _Reader:
    def __init__(self, document: Document) -> None:
        self.document = document
        styles = document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        self.default_ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}") \
            if defaults is not None else None
        self.default_rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") \
            if defaults is not None else None
        self.theme_fonts = self._theme_fonts()
        compatibility = document.settings.element.find(
            f"{qn('w:compat')}/{qn('w:compatSetting')}[@{qn('w:name')}='compatibilityMode']")
        self.modern_tables = compatibility is not None and int(compatibility.get(qn("w:val"), "0")) >= 15
        """Word 2013's tables: the border on the text's edge (before: the cells' text there)."""
        self.styles: dict[str | None, tuple[str, list[Any], list[Any]]] = {}
        """Each paragraph style's name, and its pPr and rPr from the style to its bases."""
        self.fields: list[list[Any]] = []
        """Open complex fields: [instruction, showing the result, value emitted]."""
        self.counters: dict[tuple[int, int], int] = {}

    # --- the whole document ------------------------------------------------------------

    def body(self) -> Body:
        items: list[Para | Table] = []
        pending = False
        for element in self._content(self.document.element.body):
            if element.tag == qn("w:p"):
                for para in self._paragraph(Paragraph(element, self.document._body)):
                    if para is None:
                        pending = True
                        continue
                    para.break_before = (para.break_before or pending) and bool(items)
                    pending = False
                    items.append(para)
            elif element.tag == qn("w:tbl"):
                table = self._table(element)
                table.break_before = pending and bool(items)
                pending = False
                items.append(table)
        paragraphs = [item for item in items if isinstance(item, Para)]
        headings = [p for p in paragraphs if p.heading]
        self._aim_contents(paragraphs, headings)
        section = self.document.sections[0]
        first = section.different_first_page_header_footer
        setting = self.document.settings.element.find(qn("w:defaultTabStop"))
        return Body(items, paragraphs, headings, geometry(section),
                    self._story(section.header), self._story(section.footer),
                    self._story(section.first_page_header) if first else [],
                    self._story(section.first_page_footer) if first else [], first,
                    _twips(setting.get(qn("w:val")) if setting is not None else None) or 36.0)

    def _story(self, story: Any) -> list[Para]:
        """A header's or footer's paragraphs; none where the section defines none."""
        if story.is_linked_to_previous:
            return []
        return [para for paragraph in story.paragraphs for para in self._paragraph(paragraph)
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
            if child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self._content(content)
            elif child.tag in (qn("w:p"), qn("w:tbl")):
                yield child

    def _theme_fonts(self) -> dict[str, str]:
        try:
            theme = self.document.part.part_related_by(RELATIONSHIP_TYPE.THEME)
        except KeyError:
            return {}
        from lxml import etree

        root = etree.fromstring(theme.blob)
        fonts = {}
        for kind in ("major", "minor"):
            latin = root.find(f".//{{*}}{kind}Font/{{*}}latin")
            if latin is not None and latin.get("typeface"):
                fonts[kind] = latin.get("typeface")
        return fonts

    # --- styles ------------------------------------------------------------------------

    @staticmethod
    def _style_chain(style: Any, part: str) -> list[Any]:
        chain = []
        while style is not None:
            chain.append(style.element.find(qn(f"w:{part}")))
            style = style.base_style
        return chain

    def _look(self, chain: _Chain) -> Look:
        family = chain.attr("w:rFonts", "w:ascii") or chain.attr("w:rFonts", "w:hAnsi")
        if family is None:
            theme = chain.attr("w:rFonts", "w:asciiTheme") or ""
            family = self.theme_fonts.get("major" if theme.startswith("major") else "minor")
        size = chain.attr("w:sz", "w:val")
        color = chain.attr("w:color", "w:val")
        underline = chain.attr("w:u", "w:val")
        return Look(family=family or "Times New Roman",
                    size=int(size) / 2 if size else 10.0,
                    bold=bool(chain.toggle("w:b")), italic=bool(chain.toggle("w:i")),
                    underline=underline not in (None, "none"),
                    strike=bool(chain.toggle("w:strike")),
                    color=None if color in (None, "auto", "000000") else color,
                    spacing=_twips(chain.attr("w:spacing", "w:val")) or 0.0)

    # --- paragraphs --------------------------------------------------------------------

    def _paragraph(self, paragraph: Paragraph,
                   table: tuple[Any, Any] | None = None) -> list[Para | None]:
        """The paragraph, cut at its page breaks; None stands for a break with nothing
        after it in the paragraph (it applies to what follows). In a table, ``table`` holds
        the table style's pPr and rPr: under the paragraph's style (as LibreOffice reads
        them), over the document's defaults."""
        style_id = paragraph._p.style
        if style_id not in self.styles:  # python-docx looks the default style up each time
            style = paragraph.style
            self.styles[style_id] = ((style.name or "").lower() if style is not None else "",
                                     self._style_chain(style, "pPr"), self._style_chain(style, "rPr"))
        name, style_pprs, style_rprs = self.styles[style_id]
        p_pr = paragraph._p.pPr
        table_ppr, table_rpr = table if table is not None else (None, None)
        numbering = self._numbering(_Chain([p_pr, *style_pprs]))
        level_ppr, prefix = numbering if numbering else (None, "")
        ppr = _Chain([p_pr, level_ppr, *style_pprs, table_ppr, self.default_ppr])
        mark_chain = [*style_rprs, table_rpr, self.default_rpr]
        mark = self._look(_Chain(mark_chain))
        para = Para(style=name, mark=mark, prefix=prefix,
                    heading=HEADING_STYLES.get(name, 0), toc=TOC_STYLES.get(name, 0))
        self._paragraph_format(para, ppr)
        segments: list[Para] = [para]
        for piece in self._pieces(paragraph._p, mark_chain):
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
    def _paragraph_format(para: Para, ppr: _Chain) -> None:
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
            ind = element.find(qn("w:ind"))
            if ind is not None and (ind.get(qn("w:hanging")) or ind.get(qn("w:firstLine"))):
                hanging = _twips(ind.get(qn("w:hanging")))
                para.first = -hanging if hanging is not None else _twips(ind.get(qn("w:firstLine"))) or 0.0
                break
        para.keep_next = bool(ppr.toggle("w:keepNext"))
        para.keep_lines = bool(ppr.toggle("w:keepLines"))
        para.widows = bool(ppr.toggle("w:widowControl"))
        para.contextual = bool(ppr.toggle("w:contextualSpacing"))
        para.break_before = bool(ppr.toggle("w:pageBreakBefore"))
        for side in ("top", "bottom"):
            line_element = ppr.find(f"w:pBdr/w:{side}")
            if line_element is not None and line_element.get(qn("w:val")) not in ("none", "nil"):
                color = line_element.get(qn("w:color"))
                para.borders[side] = Border(int(line_element.get(qn("w:sz"), "4")) / 8,
                                            float(line_element.get(qn("w:space"), "0")),
                                            None if color in (None, "auto") else color)
        tabs: dict[float, tuple[str, float, str]] = {}
        for element in reversed(ppr.elements):  # the general first, the specific last
            for tab in element.findall(f"{qn('w:tabs')}/{qn('w:tab')}"):
                position = _twips(tab.get(qn("w:pos"))) or 0.0
                kind = tab.get(qn("w:val"), "left")
                if kind == "clear":
                    tabs.pop(position, None)
                elif kind != "num":
                    tabs[position] = (kind, position, tab.get(qn("w:leader"), "none"))
        para.tabs = sorted(tabs.values(), key=lambda tab: tab[1])

    def _pieces(self, element: Any, mark_chain: list[Any]) -> Iterator[Piece | None]:
        """The visible text of a paragraph's runs, in order (None: a page break)."""
        for child in element:
            tag = child.tag
            if tag == qn("w:r"):
                yield from self._run(child, mark_chain)
            elif tag == qn("w:fldSimple"):
                self.fields.append([child.get(qn("w:instr"), ""), True, False])
                yield from self._pieces(child, mark_chain)
                yield from self._close_field(mark_chain)
            elif tag in (qn("w:hyperlink"), qn("w:ins"), qn("w:smartTag"), qn("w:customXml")):
                yield from self._pieces(child, mark_chain)
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self._pieces(content, mark_chain)

    def _run(self, run: Any, mark_chain: list[Any]) -> Iterator[Piece | None]:
        r_pr = run.find(qn("w:rPr"))
        style_rprs: list[Any] = []
        if r_pr is not None and r_pr.find(qn("w:rStyle")) is not None:
            style = self.document.styles.element.get_by_id(r_pr.find(qn("w:rStyle")).get(qn("w:val")))
            while style is not None:
                style_rprs.append(style.find(qn("w:rPr")))
                based = style.find(qn("w:basedOn"))
                style = self.document.styles.element.get_by_id(based.get(qn("w:val"))) \
                    if based is not None else None
        chain = _Chain([r_pr, *style_rprs, *mark_chain])
        if chain.toggle("w:vanish"):
            return
        look = self._look(chain)
        for child in run:
            tag = child.tag
            if tag == qn("w:fldChar"):
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    self.fields.append(["", False, False])
                elif kind == "separate" and self.fields:
                    self.fields[-1][1] = True
                elif kind == "end" and self.fields:
                    yield from self._close_field([r_pr, *mark_chain])
            elif tag == qn("w:instrText"):
                if self.fields:
                    self.fields[-1][0] += child.text or ""
            elif not all(shown for _, shown, _ in self.fields):
                continue
            elif tag == qn("w:br") and child.get(qn("w:type")) in ("page", "column"):
                yield None
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

    @staticmethod
    def _text(child: Any) -> str | None:
        tag = child.tag
        if tag == qn("w:t"):
            return (child.text or "").replace("\n", " ")
        if tag == qn("w:tab"):
            return "\t"
        if tag in (qn("w:br"), qn("w:cr")):
            return "\u2028"
        if tag == qn("w:noBreakHyphen"):
            return "\u2011"
        if tag == qn("w:softHyphen"):
            return "\u00ad"
        if tag == qn("w:sym"):
            return _real_character(chr(int(child.get(qn("w:char"), "F0B7"), 16)))
        return None

    def _page_field(self) -> str | None:
        if not self.fields:
            return None
        words = self.fields[-1][0].split()
        return words[0].upper() if words and words[0].upper() in PAGE_FIELDS else None

    def _close_field(self, chain: list[Any]) -> Iterator[Piece]:
        """A page number field that showed no value still gets its number."""
        kind = self._page_field()
        emitted = self.fields.pop()[2]
        if kind is not None and not emitted and all(shown for _, shown, _ in self.fields):
            yield Piece("", self._look(_Chain(chain)), kind)

    # --- lists -------------------------------------------------------------------------

    def _numbering(self, ppr: _Chain) -> tuple[Any, str] | None:
        """A list paragraph's level (its pPr: the indentation) and its number or bullet."""
        num_id = ppr.attr("w:numPr/w:numId", "w:val")
        if num_id is None or num_id == "0":
            return None
        level = int(ppr.attr("w:numPr/w:ilvl", "w:val") or 0)
        numbering = self.document.part.numbering_part.element
        num = next((n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id), None)
        if num is None:
            return None
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next((a for a in numbering.findall(qn("w:abstractNum"))
                         if a.get(qn("w:abstractNumId")) == abstract_id), None)
        if abstract is None:
            return None
        levels: dict[int, Any] = {int(lvl.get(qn("w:ilvl"), "0")): lvl
                                  for lvl in abstract.findall(qn("w:lvl"))}
        starts: dict[int, int] = {}
        for override in num.findall(qn("w:lvlOverride")):
            index = int(override.get(qn("w:ilvl"), "0"))
            replacement = override.find(qn("w:lvl"))
            if replacement is not None:
                levels[index] = replacement
            start = override.find(qn("w:startOverride"))
            if start is not None:
                starts[index] = int(start.get(qn("w:val"), "1"))
        if level not in levels:
            return None
        key = (int(num_id), level)

        def start_of(index: int) -> int:
            lvl = levels.get(index)
            start = lvl.find(qn("w:start")) if lvl is not None else None
            return starts.get(index, int(start.get(qn("w:val"), "1")) if start is not None else 1)

        self.counters[key] = self.counters[key] + 1 if key in self.counters else start_of(level)
        for deeper in [k for k in self.counters if k[0] == key[0] and k[1] > level]:
            del self.counters[deeper]
        lvl = levels[level]
        fmt = lvl.find(qn("w:numFmt"))
        text = lvl.find(qn("w:lvlText"))
        pattern = text.get(qn("w:val"), "") if text is not None else ""
        if fmt is not None and fmt.get(qn("w:val")) == "bullet":
            prefix = "".join(_real_character(c) for c in pattern) or "•"
        elif fmt is not None and fmt.get(qn("w:val")) == "none":
            prefix = ""
        else:
            def number(match: re.Match[str]) -> str:
                index = int(match.group(1)) - 1
                value = self.counters.get((key[0], index), start_of(index))
                kind = levels[index].find(qn("w:numFmt")) if index in levels else None
                return _formatted(value, kind.get(qn("w:val")) if kind is not None else "decimal")
            prefix = re.sub(r"%([1-9])", number, pattern)
        return lvl.find(qn("w:pPr")), prefix

    # --- tables ------------------------------------------------------------------------

    def _table(self, element: Any) -> Table:
        tbl_pr = element.find(qn("w:tblPr"))
        style_id = tbl_pr.find(qn("w:tblStyle")).get(qn("w:val")) \
            if tbl_pr is not None and tbl_pr.find(qn("w:tblStyle")) is not None else None
        styles: list[Any] = []
        style = self.document.styles.element.get_by_id(style_id) if style_id else None
        while style is not None:
            styles.append(style)
            based = style.find(qn("w:basedOn"))
            style = self.document.styles.element.get_by_id(based.get(qn("w:val"))) \
                if based is not None else None
        table_prs = [tbl_pr, *(s.find(qn("w:tblPr")) for s in styles)]
        t_ppr = next((s.find(qn("w:pPr")) for s in styles if s.find(qn("w:pPr")) is not None), None)
        t_rpr = next((s.find(qn("w:rPr")) for s in styles if s.find(qn("w:rPr")) is not None), None)
        lines = _Chain(table_prs)
        border = None
        for side in ("insideH", "top", "left", "insideV", "bottom", "right"):
            width = lines.attr(f"w:tblBorders/w:{side}", "w:sz")
            kind = lines.attr(f"w:tblBorders/w:{side}", "w:val")
            if kind not in (None, "none", "nil"):
                color = lines.attr(f"w:tblBorders/w:{side}", "w:color")
                border = Border(int(width or 4) / 8, 0.0, None if color in (None, "auto") else color)
                break
        padding = tuple(_twips(lines.attr(f"w:tblCellMar/w:{side}", "w:w")) or default
                        for side, default in (("left", 5.4), ("top", 0.0), ("right", 5.4),
                                              ("bottom", 0.0)))
        widths = [_twips(col.get(qn("w:w"))) or 0.0
                  for col in element.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
        rows = []
        for tr in element.findall(qn("w:tr")):
            cells = []
            for tc in tr.findall(qn("w:tc")):
                span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                paragraphs = [para for p in tc.findall(qn("w:p"))
                              for para in self._paragraph(Paragraph(p, self.document._body),
                                                          (t_ppr, t_rpr))
                              if para is not None]
                cells.append(Cell(paragraphs, int(span.get(qn("w:val"), "1")) if span is not None else 1))
            rows.append(cells)
        columns = max((sum(c.span for c in row) for row in rows), default=1)
        if len(widths) != columns or not all(widths):
            widths = [0.0] * columns  # equal shares
        indent = (_twips(lines.attr("w:tblInd", "w:w")) or 0.0) - (0.0 if self.modern_tables else padding[0])
        header_rows = 0
        for tr in element.findall(qn("w:tr")):
            if not _on(tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")):
                break
            header_rows += 1
        return Table(widths, rows, border, (padding[0], padding[1], padding[2], padding[3]), indent,
                     header_rows)


def _real_character(character: str) -> str:
    if character in SYMBOL_BULLETS:
        return SYMBOL_BULLETS[character]
    return "•" if "\ue000" <= character <= "\uf8ff" else character


def _formatted(value: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "upperLetter" else letters
    if kind in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                                (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                                (4, "iv"), (1, "i")):
            count, value = divmod(value, amount)
            roman += numeral * count
        return roman.upper() if kind == "upperRoman" else roman
    if kind == "decimalZero":
        return f"{value:02d}"
    return str(value)
