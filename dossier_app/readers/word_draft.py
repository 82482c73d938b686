"""A Word draft (.docx) read into a neutral list of items: paragraphs with their runs,
heading level and list level, tables, images; its comments, footnotes and tracked
changes resolved; what is dropped counted.

The file is anyone's: the zip's central directory is checked before anything is
inflated (entries, each part's size and the total, the compression ratio), each part is
read with a bound whatever its header claims, and the XML is parsed without entities,
DTD or network. Macros and embedded objects are never read. An encrypted document (an
OLE compound file) and a file that is not a zip are refused with one sentence.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..core.errors import FileProblem, describe_os_error
from ..core.files import check_input_file, display, megabytes
from ..core.limits import MAX_ANNEX_FILE_BYTES
from ..core.markdown import MAX_LIST_LEVEL, ListKind, Run, normalize_runs
from ..core.sentence import Sentence, say

MAX_DRAFT_BYTES = 64 * 1024 * 1024
"""The .docx file itself (a 500-page draft with photos stays well below)."""
MAX_ENTRIES = 5_000
MAX_PART_BYTES = 48 * 1024 * 1024
"""One XML part inflated (the 100 000-word dossier's document.xml is some 10 MB)."""
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
"""Inflated over compressed size of a part above 1 MiB: XML compresses some 10 to 20
times; a zip bomb, thousands of times."""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_MEDIA = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
_HEADING_NAME = re.compile(r"^(?:heading|titre|título|titolo|überschrift|kop)\s*(\d)$", re.IGNORECASE)
_LIST_NAME = re.compile(r"^(?:list bullet|list number|liste à puces|liste numérotée)\s*(\d)$")
_FALSE = {"0", "false", "off", "none"}


def w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: str = ""
    """The style's name, lower case (« heading 1 », « title », « normal »)."""
    heading: int = 0
    """1 to 9 for a heading (by its style's name or outline level), 0 for body text."""
    list_kind: ListKind | None = None
    level: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Image:
    name: str
    media_type: str
    """``image/png`` or ``image/jpeg``; empty for another kind (kept as a note only)."""
    data: bytes = field(repr=False)


Item = Paragraph | Table | Image


@dataclass(frozen=True)
class WordComment:
    item: int
    """The item (paragraph) its passage starts in."""
    quote: str
    body: str
    author: str
    date: str
    """As Word writes it (ISO 8601), or empty."""
    parent: int | None = None
    """For a reply, the index of the comment it answers (Word's ``commentsExtended``)."""
    done: bool = False


@dataclass
class WordDraft:
    items: list[Item]
    comments: list[WordComment]
    tracked_changes: int
    dropped: Counter[str]
    """What was left out, by code (``fonts``, ``colours``, ``underline``...)."""
    title: str = ""
    author: str = ""
    keywords: str = ""
    subject: str = ""


def read_word_draft(path: Path, *, accept_changes: bool = True) -> WordDraft:
    """The draft at ``path``, never modified; raises ``FileProblem`` with one sentence."""
    check_input_file(path, say("le brouillon"), MAX_DRAFT_BYTES)
    try:
        with open(path, "rb") as handle:
            magic = handle.read(8)
            if magic.startswith(_OLE):
                raise _refused(path, say("il est protégé par un mot de passe (ou enregistré dans "
                                         "l’ancien format .doc) ; ouvrez-le dans Word, retirez le "
                                         "mot de passe et enregistrez-le au format .docx"))
            if not magic.startswith(_ZIP):
                raise _refused(path, say("ce n’est pas un document Word (.docx)"))
            handle.seek(0)
            with zipfile.ZipFile(handle) as archive:
                return _Reader(_Package(archive, path), accept_changes).read()
    except OSError as error:
        raise FileProblem(say("Impossible de lire le brouillon « {file} » : {reason}.",
                              file=display(path), reason=describe_os_error(error))) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise _refused(path, say("le fichier est abîmé (ce n’est pas une archive .docx lisible)")) from None


def _refused(path: Path, problem: Sentence) -> FileProblem:
    return FileProblem(say("Le brouillon « {file} » ne peut pas être importé : {problem}.",
                           file=display(path), problem=problem))


class _Package:
    """The zip's parts, checked from the central directory before any is inflated."""

    def __init__(self, archive: zipfile.ZipFile, path: Path) -> None:
        self.archive = archive
        self.path = path
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refused(path, say("l’archive contient {count} éléments, au plus {limit}",
                                     count=len(infos), limit=MAX_ENTRIES))
        total = 0
        for info in infos:
            total += info.file_size
            if info.flag_bits & 0x1:
                raise _refused(path, say("il est protégé par un mot de passe ; retirez-le dans "
                                         "Word et enregistrez-le de nouveau"))
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refused(path, say("une de ses parties se décompresse en {size} à partir de "
                                         "bien moins : c’est une « bombe » de compression",
                                         size=megabytes(info.file_size)))
        if total > MAX_TOTAL_BYTES:
            raise _refused(path, say("il se décompresse en {size}, au plus {limit}",
                                     size=megabytes(total), limit=megabytes(MAX_TOTAL_BYTES)))
        self.names = {info.filename: info for info in infos}
        self.macros = any(name.lower().endswith("vbaproject.bin") for name in self.names)
        self.headers = sum(1 for name in self.names
                           if re.fullmatch(r"word/(header|footer)\d*\.xml", name))

    def data(self, name: str, limit: int = MAX_PART_BYTES) -> bytes | None:
        info = self.names.get(name)
        if info is None:
            return None
        if info.file_size > limit:
            raise _refused(self.path, say("une de ses parties pèse {size}, au plus {limit}",
                                          size=megabytes(info.file_size), limit=megabytes(limit)))
        with self.archive.open(info) as part:
            data = part.read(limit + 1)
        if len(data) > limit:  # the header lied
            raise _refused(self.path, say("une de ses parties dépasse {limit}", limit=megabytes(limit)))
        return data

    def xml(self, name: str) -> etree._Element | None:
        data = self.data(name)
        if data is None:
            return None
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
            raise _refused(self.path, say("il déclare des entités XML, ce qu’un document Word ne "
                                          "fait jamais"))
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                 load_dtd=False, dtd_validation=False)
        try:
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            raise _refused(self.path, say("une de ses parties n’est pas du XML valable")) from None

    def relations(self, part: str) -> dict[str, str]:
        """The targets of ``part``'s relationships, as part names, by id."""
        folder, name = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", name + ".rels"))
        if root is None:
            return {}
        return {rel.get("Id", ""): posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
                for rel in root.iter(f"{{{_REL}}}Relationship")
                if rel.get("TargetMode") != "External"}


@dataclass
class _Style:
    name: str
    heading: int
    num: tuple[str, int] | None
    based_on: str | None


class _Reader:
    def __init__(self, package: _Package, accept_changes: bool) -> None:
        self.package = package
        self.accept = accept_changes
        self.items: list[Item] = []
        self.comments: list[WordComment] = []
        self.tracked = 0
        self.dropped: Counter[str] = Counter()
        self.open_comments: dict[str, list[str]] = {}
        self.comment_starts: dict[str, int] = {}
        self.quotes: dict[str, str] = {}
        self.resolved: dict[str, _Style] = {}

    def read(self) -> WordDraft:
        main = self._main_part()
        document = self.package.xml(main)
        if document is None or document.find(w("body")) is None:
            raise _refused(self.package.path, say("ce n’est pas un document Word (.docx)"))
        self.relations = self.package.relations(main)
        folder = posixpath.dirname(main)
        self.styles = self._styles(self.package.xml(posixpath.join(folder, "styles.xml")))
        self.numbering = self._numbering(self.package.xml(posixpath.join(folder, "numbering.xml")))
        self.notes = {**self._notes(posixpath.join(folder, "footnotes.xml"), "footnote"),
                      **{("e", k): v for (_, k), v in
                         self._notes(posixpath.join(folder, "endnotes.xml"), "endnote").items()}}
        if self.package.macros:
            self.dropped["macros"] += 1
        if self.package.headers:
            self.dropped["headers_footers"] += self.package.headers
        self._block_content(document.find(w("body")))
        self._comments(self.package.xml(posixpath.join(folder, "comments.xml")),
                       self.package.xml(posixpath.join(folder, "commentsExtended.xml")))
        draft = WordDraft(self.items, self.comments, self.tracked, self.dropped)
        self._properties(draft)
        return draft

    def _main_part(self) -> str:
        root = self.package.xml("_rels/.rels")
        if root is not None:
            for rel in root.iter(f"{{{_REL}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return rel.get("Target", "").lstrip("/")
        return "word/document.xml"

    def _properties(self, draft: WordDraft) -> None:
        root = self.package.xml("docProps/core.xml")
        if root is None:
            return
        def text(tag: str) -> str:
            element = root.find(tag)
            return (element.text or "").strip() if element is not None else ""
        draft.title = text(f"{{{_DC}}}title")
        draft.author = text(f"{{{_DC}}}creator")
        draft.subject = text(f"{{{_DC}}}subject")
        draft.keywords = text(f"{{{_CP}}}keywords")

    # --- styles and numbering ---------------------------------------------------------

    def _styles(self, root: etree._Element | None) -> dict[str, _Style]:
        styles: dict[str, _Style] = {}
        if root is None:
            return styles
        for style in root.iter(w("style")):
            name_element = style.find(w("name"))
            name = (name_element.get(w("val"), "") if name_element is not None else "").lower()
            match = _HEADING_NAME.match(name)
            heading = int(match.group(1)) if match else 0
            outline = style.find(f"{w('pPr')}/{w('outlineLvl')}")
            if not heading and outline is not None and (outline.get(w("val")) or "").isdigit():
                level = int(outline.get(w("val"), "9")) + 1
                heading = level if level <= 9 else 0
            based = style.find(w("basedOn"))
            styles[style.get(w("styleId"), "")] = _Style(
                name, heading, self._num_pr(style.find(f"{w('pPr')}/{w('numPr')}")),
                based.get(w("val")) if based is not None else None)
        return styles

    @staticmethod
    def _num_pr(element: etree._Element | None) -> tuple[str, int] | None:
        if element is None:
            return None
        num = element.find(w("numId"))
        level = element.find(w("ilvl"))
        if num is None:
            return None
        raw_level = level.get(w("val"), "0") if level is not None else "0"
        return num.get(w("val"), ""), int(raw_level) if raw_level.isdigit() else 0

    def _numbering(self, root: etree._Element | None) -> dict[tuple[str, int], str]:
        """The number format (``bullet``, ``decimal``, ``none``...) by numId and level."""
        if root is None:
            return {}
        abstract: dict[str, dict[int, str]] = {}
        for item in root.iter(w("abstractNum")):
            levels: dict[int, str] = {}
            for lvl in item.iter(w("lvl")):
                fmt = lvl.find(w("numFmt"))
                raw = lvl.get(w("ilvl"), "0")
                levels[int(raw) if raw.isdigit() else 0] = fmt.get(w("val"), "") if fmt is not None else ""
            abstract[item.get(w("abstractNumId"), "")] = levels
        formats: dict[tuple[str, int], str] = {}
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            levels = abstract.get(ref.get(w("val"), "") if ref is not None else "", {})
            for level, fmt in levels.items():
                formats[(num.get(w("numId"), ""), level)] = fmt
        return formats

    def _style_chain(self, style_id: str) -> list[_Style]:
        chain: list[_Style] = []
        while style_id in self.styles and len(chain) < 20:
            chain.append(self.styles[style_id])
            style_id = chain[-1].based_on or ""
        return chain

    def _notes(self, part: str, tag: str) -> dict[tuple[str, str], str]:
        root = self.package.xml(part)
        if root is None:
            return {}
        notes = {}
        for note in root.iter(w(tag)):
            if note.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join("".join(t.text or "" for t in p.iter(w("t"))).strip()
                            for p in note.iter(w("p")))
            notes[("f", note.get(w("id"), ""))] = " ".join(text.split())
        return notes

    def _comments(self, root: etree._Element | None, extended: etree._Element | None) -> None:
        if root is None:
            return
        threads = {} if extended is None else {
            entry.get(f"{{{_W15}}}paraId"): (entry.get(f"{{{_W15}}}paraIdParent"),
                                               entry.get(f"{{{_W15}}}done") == "1")
            for entry in extended.iter(f"{{{_W15}}}commentEx")}
        by_paragraph: dict[str, int] = {}
        for comment in root.iter(w("comment")):
            uid = comment.get(w("id"), "")
            lines = comment.findall(w("p"))
            body = "\n".join("".join(t.text or "" for t in p.iter(w("t"))) for p in lines)
            own = lines[-1].get(f"{{{_W14}}}paraId", "") if lines else ""
            parent_id, done = threads.get(own, (None, False))
            by_paragraph[own] = len(self.comments)
            self.comments.append(WordComment(
                self.comment_starts.get(uid, max(len(self.items) - 1, 0)),
                " ".join(self.quotes.get(uid, "").split()), body.strip(),
                comment.get(w("author"), ""), comment.get(w("date"), ""),
                by_paragraph.get(parent_id) if parent_id else None, done))

    # --- the body ---------------------------------------------------------------------

    def _block_content(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == w("p"):
                self._paragraph(child)
            elif tag == w("tbl"):
                self._table(child)
            elif tag in (w("sdt"), w("customXml")):
                content = child.find(w("sdtContent")) if tag == w("sdt") else child
                if content is not None:
                    self._block_content(content)
            elif tag == w("ins") or tag == w("moveTo"):
                self.tracked += 1
                if self.accept:
                    self._block_content(child)
            elif tag == w("del") or tag == w("moveFrom"):
                self.tracked += 1
                if not self.accept:
                    self._block_content(child)
            elif tag in (w("sectPr"), w("bookmarkStart"), w("bookmarkEnd"), w("proofErr")):
                continue
            elif tag in (w("commentRangeStart"), w("commentRangeEnd")):
                self._comment_mark(child)
            elif isinstance(tag, str):
                self.dropped["other"] += 1

    def _table(self, table: etree._Element) -> None:
        rows = []
        for row in table.iter(w("tr")):
            cells = []
            for cell in row.findall(w("tc")):
                cells.append(" ".join(" ".join("".join(t.text or "" for t in p.iter(w("t"))).split())
                                      for p in cell.iter(w("p"))).strip())
            rows.append(tuple(cells))
        self.items.append(Table(tuple(rows)))

    def _paragraph(self, p: etree._Element) -> None:
        style_id = ""
        direct_num = None
        direct_outline = None
        runs: list[Run] = []
        for child in p:
            if child.tag == _PARAGRAPH_PROPERTIES:
                style_id, direct_num, direct_outline = self._paragraph_properties(child)
            else:
                self._inline_child(child, runs)
        style = self._style(style_id)
        name, heading, num = style.name, style.heading, direct_num or style.num
        if direct_outline is not None and direct_outline <= 9:
            heading = direct_outline
        list_kind, level = self._list(num)
        named = _LIST_NAME.match(name)
        if list_kind is not None and named and num is not None and num[1] == 0:
            level = min(int(named.group(1)), MAX_LIST_LEVEL)  # « List Bullet 2 »: its own list
        if heading:
            list_kind, level = None, 0
        if style_id in self.styles and not heading and not num and name not in _PLAIN_STYLES:
            self.dropped["styles"] += 1
        kept = normalize_runs(runs)
        if kept:  # an empty paragraph is spacing, not text
            self.items.append(Paragraph(kept, name, heading, list_kind, level))

    def _paragraph_properties(self, properties: etree._Element
                              ) -> tuple[str, tuple[str, int] | None, int | None]:
        """The style id, the direct numbering and outline level; the layout counted as dropped."""
        style_id, num, outline, layout = "", None, None, False
        for child in properties:
            tag = child.tag
            if tag == _STYLE:
                style_id = child.get(_VAL, "")
            elif tag == _NUMBERING:
                num = self._num_pr(child)
            elif tag == _OUTLINE and (child.get(_VAL) or "").isdigit():
                outline = int(child.get(_VAL, "9")) + 1
            elif tag in _LAYOUT:
                layout = True
        if layout:
            self.dropped["paragraph_layout"] += 1
        return style_id, num, outline

    def _style(self, style_id: str) -> _Style:
        """The style with what its ``basedOn`` chain gives (heading level, numbering), once."""
        if style_id not in self.resolved:
            chain = self._style_chain(style_id)
            name = chain[0].name if chain else ("normal" if not style_id else style_id.lower())
            self.resolved[style_id] = _Style(name, next((s.heading for s in chain if s.heading), 0),
                                             next((s.num for s in chain if s.num), None), None)
        return self.resolved[style_id]

    def _list(self, num: tuple[str, int] | None) -> tuple[ListKind | None, int]:
        if num is None or num[0] in ("", "0"):
            return None, 0
        fmt = self.numbering.get(num, self.numbering.get((num[0], 0), "decimal"))
        if fmt == "none":
            return None, 0
        kind = ListKind.BULLET if fmt == "bullet" else ListKind.ORDERED
        return kind, min(num[1] + 1, MAX_LIST_LEVEL)

    def _inline(self, parent: etree._Element, runs: list[Run]) -> None:
        for child in parent:
            self._inline_child(child, runs)

    def _inline_child(self, child: etree._Element, runs: list[Run]) -> None:
        tag = child.tag
        if tag == _RUN:
            self._run(child, runs)
        elif tag in _WRAPPERS:
            self._inline(child, runs)
        elif tag == _CONTROL:
            content = child.find(w("sdtContent"))
            if content is not None:
                self._inline(content, runs)
        elif tag in _INSERTED or tag in _DELETED:
            self.tracked += 1
            if self.accept == (tag in _INSERTED):
                self._inline(child, runs)
        elif tag in _COMMENT_MARKS:
            self._comment_mark(child)
        elif tag in _EQUATIONS:
            self.dropped["equations"] += 1

    def _comment_mark(self, mark: etree._Element) -> None:
        uid = mark.get(w("id"), "")
        if mark.tag == w("commentRangeStart"):
            self.open_comments[uid] = []
            self.comment_starts[uid] = len(self.items)
        elif uid in self.open_comments:
            self.quotes[uid] = "".join(self.open_comments.pop(uid))

    def _run(self, r: etree._Element, runs: list[Run]) -> None:
        """One ``w:r``: the hot path of a long draft (one dictionary look-up a child)."""
        bold = italic = False
        texts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _TEXT or (tag == _DELETED_TEXT and not self.accept):
                texts.append(child.text or "")
            elif tag == _RUN_PROPERTIES:
                bold, italic = self._look(child)
            elif tag in _SHOWN:
                texts.append(_SHOWN[tag])
            elif tag in _BREAKS:
                if child.get(w("type")) in ("page", "column"):
                    self.dropped["page_breaks"] += 1
                else:
                    texts.append("\n")
            elif tag in _NOTES:
                note = self.notes.get((_NOTES[tag], child.get(w("id"), "")))
                if note:
                    texts.append(f" [{note}]")
            elif tag in _PICTURES:
                self._picture(child)
            elif tag in _OTHER_CONTENT:
                self.dropped[_OTHER_CONTENT[tag]] += 1
        text = "".join(texts)
        if text:
            runs.append(Run(text, bold, italic))
            for quote in self.open_comments.values():
                quote.append(text)

    def _look(self, properties: etree._Element) -> tuple[bool, bool]:
        """Bold and italic; the rest of the run's look counted as dropped."""
        bold = italic = False
        for child in properties:
            tag = child.tag
            if tag == _BOLD:
                bold = _on(child)
            elif tag == _ITALIC:
                italic = _on(child)
            elif tag in _LOOK:
                self.dropped[_LOOK[tag]] += 1
        return bold, italic

    def _picture(self, drawing: etree._Element) -> None:
        blip = next(drawing.iter(f"{{{_A}}}blip"), None)
        described = next(drawing.iter(f"{{{_WP}}}docPr"), None)
        name = ""
        if described is not None:
            name = described.get("descr") or described.get("title") or described.get("name") or ""
        target = self.relations.get(blip.get(f"{{{_R}}}embed", "")) if blip is not None else None
        data = b""
        if target is not None and target in self.package.names \
                and self.package.names[target].file_size <= MAX_ANNEX_FILE_BYTES:
            data = self.package.data(target, MAX_ANNEX_FILE_BYTES) or b""
        media_type = next((kind for magic, kind in _MEDIA.items() if data.startswith(magic)), "")
        self.items.append(Image(" ".join(name.split()) or posixpath.basename(target or "image"),
                                media_type, data if media_type else b""))


_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_TEXT, _DELETED_TEXT, _RUN_PROPERTIES, _BOLD, _ITALIC = w("t"), w("delText"), w("rPr"), w("b"), w("i")
_SHOWN = {w("tab"): " ", w("noBreakHyphen"): "\u2011"}
_BREAKS = {w("br"), w("cr")}
_NOTES = {w("footnoteReference"): "f", w("endnoteReference"): "e"}
_PICTURES = {w("drawing"), w("pict")}
_OTHER_CONTENT = {w("object"): "objects", f"{{{_MC}}}AlternateContent": "text_boxes"}
_PARAGRAPH_PROPERTIES, _STYLE, _NUMBERING, _OUTLINE, _VAL, _RUN, _CONTROL = (
    w("pPr"), w("pStyle"), w("numPr"), w("outlineLvl"), w("val"), w("r"), w("sdt"))
_LAYOUT = {w("jc"), w("ind"), w("spacing"), w("shd")}
_WRAPPERS = {w("hyperlink"), w("smartTag"), w("fldSimple"), w("customXml"), w("bdo"), w("dir")}
_INSERTED = {w("ins"), w("moveTo")}
_DELETED = {w("del"), w("moveFrom")}
_COMMENT_MARKS = {w("commentRangeStart"), w("commentRangeEnd")}
_EQUATIONS = {f"{{{_M_OFFICE}}}oMath", f"{{{_M_OFFICE}}}oMathPara"}
_PLAIN_STYLES = {"normal", "title", "subtitle", "titre", "sous-titre", "list paragraph"}
_LOOK = {w("rFonts"): "fonts", w("sz"): "fonts", w("color"): "colours", w("highlight"): "colours",
         w("u"): "underline", w("strike"): "strike"}


def _on(element: etree._Element | None) -> bool:
    return element is not None and (element.get(w("val")) or "true").lower() not in _FALSE


def odt_to_docx(source: Path, work: Path) -> Path:
    """The LibreOffice document ``source`` converted to .docx in the private folder
    ``work`` (in a throw-away profile, its process tree killed on time-out); ``source`` is
    only read. Raises ``FileProblem`` when LibreOffice is absent or fails."""
    from ..export.pdf import (
        conversion_command,
        conversion_timeout,
        find_libreoffice,
        private_profile,
        run_tree,
    )

    soffice = find_libreoffice()
    if soffice is None:
        raise FileProblem(say("Le brouillon « {file} » est un document LibreOffice (.odt) : "
                              "LibreOffice, qui le convertit, n’est pas installé ; ouvrez-le et "
                              "enregistrez-le au format .docx, puis importez ce .docx.",
                              file=display(source)))
    copy = work / "brouillon.odt"  # LibreOffice never sees the candidate's own file
    copy.write_bytes(source.read_bytes())
    with private_profile() as profile:
        command = conversion_command(soffice, profile, "docx:MS Word 2007 XML", work / "out", copy)
        try:
            code = run_tree(command, conversion_timeout(source), work / "libreoffice.log")
        except OSError:  # LibreOffice could not start
            code = None
    produced = work / "out" / "brouillon.docx"
    if code != 0 or not produced.is_file():
        raise FileProblem(say("La conversion du brouillon « {file} » par LibreOffice a échoué ; "
                              "enregistrez-le au format .docx, puis importez ce .docx.",
                              file=display(source)))
    return produced
