"""The dossier as a Word document, on the reference template's named styles.

One document model for the export: the chapters' Markdown goes through
``core.markdown.parse`` and becomes real Word formatting (bold, italic, list
paragraphs with their numbering). Fixed wording comes from Jinja2 templates.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
import jinja2
import jinja2.sandbox
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.image import image as docx_image
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun
from lxml import etree

from ..core.anchoring import Span, passages
from ..core.clock import SYSTEM, Clock
from ..core.dates import long_date, month_year
from ..core.errors import FileProblem
from ..core.files import atomic_target, display
from ..core.jsonread import without_control_characters
from ..core.markdown import Block, ListKind, Run, parse
from ..core.model import Annex, AnnexFile, ChapterKind, Comment, Dossier, rewrite_texts
from ..core.referential import Referential
from ..core.resources import templates_dir
from ..core.sentence import say
from ..core.trade import reached
from ..core.typography import french_spacing, french_text
from . import word_fields
from .package import finish_package
from .template_check import check_document, clean_template
from .word_comments import Threads

REQUIRED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Quote", "List Bullet",
                   "List Bullet 2", "List Number", "List Number 2", "Header", "Footer",
                   "TOC Heading", "Cover Text", "Table Grid")
TABLE_STYLES = ("Table Grid",)
LIST_STYLES = {(ListKind.BULLET, 1): "List Bullet", (ListKind.BULLET, 2): "List Bullet 2",
               (ListKind.ORDERED, 1): "List Number", (ListKind.ORDERED, 2): "List Number 2"}
THIRD_LEVEL_STYLES = {ListKind.BULLET: "List Bullet 3", ListKind.ORDERED: "List Number 3"}
"""Used when the template has them, tied to a numbering; else the second level's style,
indented one step further."""
SUPPLIED_STYLES = ("toc 1", "toc 2", "Heading 3", "annotation text", "annotation reference")
"""Word's built-in styles that an organisation's template may lack: taken from ours."""
PDF_TYPE = "application/pdf"
IMAGE_TYPES = ("image/png", "image/jpeg")
EMU_PER_INCH = 914400
CHARACTERS_PER_LINE = 80
"""About as many of the body's characters as a line of the text's width holds."""
PICTURE_RESERVE = Cm(2.5)
"""Of an image annex's page, what its heading and the lines' spacing take, with a margin."""


@dataclass
class Options:
    with_comments: bool = False
    template: Path | None = None
    clock: Clock = SYSTEM
    """Dates the document (its properties, the cover's year)."""


@dataclass
class Built:
    """The document, and what the export does with it once it is laid out."""
    document: Document
    contents: list[etree._Element]
    """The ``w:t`` showing the page of each ``headings`` entry, for ``number_contents``."""
    comments_on_headings: int = 0
    """Open comments whose passage was not found: put on their chapter's heading."""

    def number_contents(self, pages: list[int | None]) -> None:
        for result, page in zip(self.contents, pages, strict=False):
            word_fields.number(result, page)

    def save(self, target: Path, pages: int | None = None) -> None:
        """Saved whole or not at all (a failed write leaves any earlier file as it was),
        as Word writes a package (``package.finish_package``), with the document's figures;
        ``pages`` when a layout has counted them."""
        with atomic_target(target) as temporary:
            self.document.save(str(temporary))
            texts = ["".join(p.itertext(qn("w:t"))) for p in self.document.element.body.iter(qn("w:p"))]
            finish_package(temporary, pages=pages, words=sum(len(t.split()) for t in texts),
                           characters=sum(len(t) - t.count(" ") for t in texts),
                           characters_with_spaces=sum(len(t) for t in texts),
                           paragraphs=sum(1 for t in texts if t.strip()))


def default_template() -> Path:
    return templates_dir() / "dossier.docx"


def open_template(path: Path) -> Document:
    """The template as a document, refused in one sentence when it cannot serve.

    python-docx opens the package ``template_check`` has checked and cleaned (no zip
    bomb, no XML entities, no external relationship, no macro), never the file itself.
    """
    package = clean_template(path)
    try:
        document = docx.Document(package)
    except Exception:  # python-docx raises several kinds on a foreign package
        raise FileProblem(say("Le modèle « {file} » n’est pas un document Word (.docx) lisible.",
                              file=display(path))) from None
    check_document(document, display(path), [s for s in REQUIRED_STYLES if s not in TABLE_STYLES],
                   TABLE_STYLES, LIST_STYLES.values())
    if path != default_template():
        supply_styles(document, SUPPLIED_STYLES)
    return document


def supply_styles(document: Document, names: tuple[str, ...]) -> None:
    """Copy from our template the styles of ``names`` that ``document`` lacks (an
    organisation's template made before we used Word's built-in contents styles)."""
    present = {style.name for style in document.styles}
    missing = [name for name in names if name not in present]
    if not missing:
        return
    ours = docx.Document(str(default_template())).styles
    ids = {style.style_id for style in document.styles}
    for name in missing:
        element = copy.deepcopy(ours[name].element)
        based = element.find(qn("w:basedOn"))
        if based is not None and based.get(qn("w:val")) not in ids:
            element.remove(based)
        document.styles.element.append(element)


def text_environment(folder: Path) -> jinja2.sandbox.SandboxedEnvironment:
    """The fixed texts' Jinja2 environment: sandboxed, so that a text template can read
    the values it is given but reach nothing else (no ``__class__``, no ``__globals__``).
    The values are the dossier's strings, inserted as text, never evaluated as templates;
    no escaping is needed, python-docx writes them into the XML as text."""
    return jinja2.sandbox.SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=False, keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True)


def headings(dossier: Dossier, referential: Referential) -> list[tuple[int, str]]:
    """The table of contents' entries, in order: (level, text). Every paragraph of the
    dossier in "Heading 1" or "Heading 2" is one of them, in the same order."""
    ccpt = referential.ccpt(dossier.ccpt)
    entries = [(1, "Le candidat et ses mandats"), (1, "Projet professionnel")]
    for number, production in enumerate(dossier.productions, start=1):
        entries.append((1, _production_title(number, production, ccpt)))
        entries += [(2, kind.label) for kind in ChapterKind]
    entries += [(1, "Annexes"), (1, "Déclaration sur l’honneur")]
    return [(level, french_spacing(without_control_characters(text))) for level, text in entries]


def build(dossier: Dossier, referential: Referential, options: Options) -> Built:
    document = open_template(options.template or default_template())
    clear_body(document)
    writer = DossierWriter(document, typeset(xml_safe(dossier)), referential, options)
    writer.write()
    return Built(document, writer.contents, writer.comments_on_headings)


def xml_safe(dossier: Dossier) -> Dossier:
    """The dossier without the control characters a Word document cannot hold: a .ccpt
    is anyone's, and text pasted into the editor may carry them (Word's vertical tab)."""
    return rewrite_texts(dossier, without_control_characters)


def typeset(dossier: Dossier) -> Dossier:
    """The candidate's text set as ours is (``french_text``): apostrophes, no-break spaces
    before « : ; ! ? % » and inside numbers, in the body, tables, headers and comments.
    An e-mail address is left as written: an apostrophe is legal there."""
    typeset_copy = rewrite_texts(dossier, french_text)
    typeset_copy.candidate = dataclasses.replace(typeset_copy.candidate,
                                                 email=dossier.candidate.email)
    return typeset_copy


def save_document(document: Document, target: Path) -> None:
    """Saved whole or not at all: a failed write leaves any earlier file as it was."""
    with atomic_target(target) as temporary:
        document.save(str(temporary))


def current_level(level: str) -> str:
    """A level in today's naming: « niveau III (niveau 5 européen) » is « niveau 5 »
    since the 2019 reform; a level written otherwise is kept as it is."""
    found = re.search(r"niveau\s+(\d)\s+européen|\(EU\s*(\d)\)", level)
    return f"niveau {found.group(1) or found.group(2)}" if found else level


def _is_empty(part) -> bool:
    """Nothing to keep in a header or footer of the template: no text, no picture, no field."""
    element = part._element
    return not "".join(element.itertext()).strip() and not any(
        True for _ in element.iter(qn("w:drawing"), qn("w:pict"), qn("w:fldChar"), qn("w:fldSimple")))


def header_and_page_footer(document: Document, header: str, bare_first_page: bool) -> None:
    """The running header, and « page n / N » centred in the footer; a template's own
    header or footer (a logo, an organisation's name, its page numbers) is kept."""
    section = document.sections[0]
    section.different_first_page_header_footer = bare_first_page
    if _is_empty(section.header):
        paragraph = section.header.paragraphs[0]
        paragraph.text = french_spacing(header)
        paragraph.style = document.styles["Header"]
    if _is_empty(section.footer):
        footer = section.footer.paragraphs[0]
        footer.style = document.styles["Footer"]
        footer.alignment = 1  # centred
        footer.add_run("page ")
        word_fields.add_field(footer, "PAGE", "1")
        footer.add_run(" / ")
        word_fields.add_field(footer, "NUMPAGES", "1")


class _Styles:
    """Each style's id looked up once (python-docx looks it up by name at every paragraph,
    which made most of a long export's time)."""

    def __init__(self, document: Document) -> None:
        self._styles = document.styles
        self._ids: dict[str, str | None] = {}
        self.default = self._styles.default(WD_STYLE_TYPE.PARAGRAPH)

    def id_of(self, name: str) -> str | None:
        if name not in self._ids:
            style = self._styles[name]
            self._ids[name] = None if style == self.default else style.style_id
        return self._ids[name]

    def has_list(self, name: str) -> bool:
        """``name`` exists and is tied to a numbering (the template check's condition)."""
        names = {style.name for style in self._styles}
        if name not in names:
            return False
        p_pr = self._styles[name].element.pPr
        return p_pr is not None and p_pr.numPr is not None and p_pr.numPr.numId is not None


class DossierWriter:
    """The dossier for the jury, part by part; the oral's sheets (``oral_sheets``) write
    their own parts with the same pieces (paragraphs, headings, tables, Markdown)."""

    def __init__(self, document: Document, dossier: Dossier, referential: Referential,
                 options: Options) -> None:
        self.doc = document
        self.dossier = dossier
        self.referential = referential
        self.ccpt = referential.ccpt(dossier.ccpt)
        self.options = options
        self.texts = text_environment(templates_dir() / "texts")
        self.styles = _Styles(document)
        self.threads = Threads(document)
        self.contents: list[etree._Element] = []
        self.comments_on_headings = 0
        self._numbering_restarts: dict[str, int] = {}
        self._bookmarks = itertools.count(0)
        self._normal_space_after = document.styles["Normal"].paragraph_format.space_after
        self._body = document._body
        self._body_end = document.element.body.sectPr
        self._third_level = {kind: name for kind, name in THIRD_LEVEL_STYLES.items()
                             if self.styles.has_list(name)}

    # --- whole document ----------------------------------------------------------------

    def write(self) -> None:
        self._properties()
        self._cover()
        self._table_of_contents()
        self._candidate()
        self._heading(1, "Projet professionnel", new_page=False)
        self._markdown(self.dossier.project)
        for number, production in enumerate(self.dossier.productions, start=1):
            self._production(number, production)
        self._annexes()
        self._declaration()
        self._annex_pictures()
        self._header_and_footer()
        self.threads.finish()

    def _properties(self) -> None:
        properties = self.doc.core_properties
        label = self.ccpt.label if self.ccpt else ""
        properties.title = french_spacing(f"Dossier de productions — CCPT « {label} »")
        properties.author = self.dossier.candidate.full_name
        properties.subject = "Certification des compétences acquises dans un mandat"
        properties.language = "fr-FR"
        properties.keywords = "CCPT"
        properties.comments = ""
        # Ours, not the template's: an organisation's template may name its author's union.
        properties.category = properties.content_status = properties.identifier = ""
        properties.version = ""
        properties.last_modified_by = self.dossier.candidate.full_name
        now = self.options.clock.utc().replace(microsecond=0, tzinfo=None)
        properties.created = properties.modified = now
        properties.revision = 1

    def _render(self, name: str, **values) -> list[str]:
        text = self.texts.get_template(name).render(**values)
        return [french_spacing(line) for line in text.splitlines()]

    def _cover(self) -> None:
        """Who, what, when: the candidate's names (and address when they choose), the
        certificate with its block, title, level and certifier, the session. The blocks
        are spread down the page, as a printed cover is."""
        candidate = self.dossier.candidate
        ccpt = self.ccpt
        self._paragraph("Dossier de productions", "Title").paragraph_format.space_before = Pt(36)
        self._paragraph("Certification des compétences acquises dans l’exercice d’un mandat de "
                        "représentant du personnel ou d’un mandat syndical", "Subtitle")
        values = dict(
            candidate_name=candidate.full_name,
            birth_name=candidate.birth_name if candidate.birth_name != candidate.last_name else "",
            address=candidate.address.splitlines() if candidate.show_address else [],
            ccpt_label=ccpt.label if ccpt else "", ccp_label=ccpt.ccp_label if ccpt else "",
            tp=ccpt.tp if ccpt else "", level=current_level(ccpt.level) if ccpt else "",
            union=candidate.union if candidate.show_union else "",
            year=self.options.clock.today().year)
        for block, space_before in (("candidate", 96), ("certificate", 72), ("session", 84)):
            lines = self._render(f"cover_{block}.j2", **values)
            for index, line in enumerate(line for line in lines if line.strip()):
                paragraph = self._paragraph("", "Cover Text")
                run = paragraph.add_run(line)
                if index == 0:
                    paragraph.paragraph_format.space_before = Pt(space_before)
                    if block != "session":
                        run.bold = True
                        run.font.size = Pt(16 if block == "candidate" else 14)
                        paragraph.paragraph_format.space_after = Pt(8)

    def _table_of_contents(self) -> None:
        title = self._paragraph("Sommaire", "TOC Heading")
        title.paragraph_format.page_break_before = True  # the one break after the cover
        paragraphs = []
        for index, (level, text) in enumerate(headings(self.dossier, self.referential)):
            paragraph = self._paragraph("", f"toc {level}")
            self.contents.append(word_fields.contents_entry(paragraph, text, _anchor(index)))
            paragraphs.append(paragraph)
        word_fields.wrap_in_field(paragraphs, 'TOC \\o "1-2" \\h \\z \\u')
        self._competence_table()
        self._paragraph("")
        for line in self._render("introduction.j2", productions=len(self.dossier.productions),
                                 ccpt_label=self.ccpt.label if self.ccpt else "",
                                 tp=self.ccpt.tp if self.ccpt else ""):
            self._paragraph(line)

    def _competence_table(self) -> None:
        """Which production answers which competence of the certificate, at a glance."""
        if not self.dossier.productions:
            return
        lead = self._paragraph("", "Normal")
        lead.paragraph_format.space_before = Pt(18)
        lead.paragraph_format.keep_with_next = True
        lead.add_run("Les productions et les compétences du certificat").bold = True
        rows = []
        for number, production in enumerate(self.dossier.productions, start=1):
            competence = self.ccpt.competence(production.competence) if self.ccpt else None
            rows.append((f"Production {number}", production.title,
                         _competence_name(competence, production.competence)))
        self._table(("Production", "Titre", "Compétence du certificat"), rows, (3.0, 6.0, 7.0))

    def _candidate(self) -> None:
        candidate = self.dossier.candidate
        self._heading(1, "Le candidat et ses mandats")
        facts = [("Nom", candidate.full_name), ("Nom de naissance", candidate.birth_name),
                 ("Emploi", candidate.job_title),
                 ("Employeur", self._organisation(candidate.employer))]
        for label, value in facts:
            if value:
                paragraph = self._paragraph("")
                paragraph.add_run(french_spacing(f"{label} : ")).bold = True
                paragraph.add_run(value)
        if not self.dossier.mandates:
            return
        self._table(("Mandat", "Organisation", "Période", "Temps consacré"),
                    [(m.title, self._organisation(m.organisation), _period(m.start, m.end),
                      f"{m.time_share_percent}\u00a0%" if m.time_share_percent else "")
                     for m in self.dossier.mandates], (4.5, 4.5, 4.5, 2.5))
        for mandate in self.dossier.mandates:
            if mandate.description.strip():
                self._heading(3, mandate.title or "Mandat")
                self._markdown(mandate.description)

    def _production(self, number: int, production) -> None:
        self._heading(1, _production_title(number, production, self.ccpt))
        self._production_context(production)
        for kind in ChapterKind:
            heading = self._heading(2, kind.label)
            comments = [c for c in self.dossier.comments
                        if self.options.with_comments and not c.resolved
                        and c.production == number and c.chapter is kind]
            self._markdown(production.chapters[kind].text, comments, heading)

    def _production_context(self, production) -> None:
        """The competence as the referential states it, and the mandate's frame, as the
        TP's Dossier Professionnel heads each example."""
        competence = self.ccpt.competence(production.competence) if self.ccpt else None
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run("Compétence visée").bold = True
        cells[1].paragraphs[0].add_run(
            french_spacing(_competence_name(competence, production.competence))).bold = True
        if competence is not None and competence.description:
            cells[1].add_paragraph(competence.description)
        if competence is not None and competence.provenance.provisional:
            cells[1].add_paragraph().add_run(
                "Libellé provisoire : proposition à vérifier avec le référentiel officiel.").italic = True
        trade = self.ccpt.trade if self.ccpt else None
        if trade is not None:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run("Ce que le métier visé attend").bold = True
            cells[1].paragraphs[0].add_run(french_spacing(
                f"{trade.title} : bloc « {trade.block} »"))
            aimed = reached(production, trade, production.chapters[ChapterKind.TRANSFER].text)
            for number, label in enumerate(trade.competences, start=1):
                line = cells[1].add_paragraph(style=self.doc.styles["List Bullet"])
                line.add_run(french_spacing(label))
                if number in aimed:
                    line.add_run(" — rejointe par l’argumentaire de transfert").italic = True
        if self.dossier.mandates:
            cells = table.add_row().cells
            label = "Mandats" if len(self.dossier.mandates) > 1 else "Mandat"
            cells[0].paragraphs[0].add_run(label).bold = True
            for index, mandate in enumerate(self.dossier.mandates):
                frame = ", ".join(part for part in (self._organisation(mandate.organisation),
                                                    _period(mandate.start, mandate.end)) if part)
                line = cells[1].paragraphs[0] if index == 0 else cells[1].add_paragraph()
                line.add_run(french_spacing(" — ".join(p for p in (mandate.title, frame) if p)))
        _widths(table, (4.0, 12.0))
        self._paragraph("")

    def _organisation(self, name: str) -> str:
        """An organisation as the dossier names it: the candidate's union, unless they chose
        to show it, is « organisation syndicale » (GDPR art. 9), wherever its name appears
        as whole words, whatever its accents, case or spaces."""
        candidate = self.dossier.candidate
        union = _folded(candidate.union)
        if candidate.show_union or not union or not re.search(
                rf"(?<!\w){re.escape(union)}(?!\w)", _folded(name)):
            return name
        return "organisation syndicale"

    def _annexes(self) -> None:
        """The list of annexes: each one's number, title, kind, description and the
        productions it supports; what became of its document (an image is shown after the
        declaration, a PDF is joined to the PDF export) said in italics under the description."""
        self._heading(1, "Annexes")
        if not self.dossier.annexes:
            self._paragraph("Aucune annexe n’est jointe à ce dossier.")
            return
        table = self._table(("Annexe", "Intitulé", "Nature", "Description", "Productions"),
                            [(f"Annexe {number}", annex.title, annex.kind.label, annex.description,
                              supported(annex.productions, len(self.dossier.productions)))
                             for number, annex in enumerate(self.dossier.annexes, start=1)],
                            (2.0, 3.9, 2.8, 4.8, 2.5))  # « Témoignage » on one line
        for row, annex in zip(table.rows[1:], self.dossier.annexes, strict=True):
            note = document_note(annex)
            if note:
                cell = row.cells[3]
                line = cell.paragraphs[0] if not cell.text else cell.add_paragraph()
                line.add_run(french_spacing(note)).italic = True

    def _annex_pictures(self) -> None:
        """Each image annex on a page of its own: its heading, the picture as large as the
        page allows (never enlarged past 72 pixels an inch), its description under it."""
        for number, annex in enumerate(self.dossier.annexes, start=1):
            if annex.file is None or annex.file.media_type not in IMAGE_TYPES:
                continue
            title = f"Annexe {number} : {annex.title}" if annex.title.strip() else f"Annexe {number}"
            self._heading(3, title).paragraph_format.page_break_before = True
            lines = [line for line in annex.description.splitlines() if line.strip()]
            picture = self._paragraph()
            picture.paragraph_format.line_spacing = 1.0  # a multiple would grow the picture's line
            picture.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
            picture.paragraph_format.keep_with_next = bool(lines)
            size = fitted(_image(number, annex.file), *self._picture_box(lines))
            shape = picture.add_run().add_picture(io.BytesIO(annex.file.data), *size)
            shape._inline.docPr.set("descr", french_spacing(title))  # read out by a screen reader
            for line in lines:
                self._paragraph(french_spacing(line))

    def _picture_box(self, lines: list[str]) -> tuple[int, int]:
        """The room for a picture, in EMU: the text's width, and the page's height less its
        heading and the description's estimated lines (at least half the page)."""
        section = self.doc.sections[0]
        width = _length(section.page_width, 21.0) - _length(section.left_margin, 2.5) \
            - _length(section.right_margin, 2.5)
        page = _length(section.page_height, 29.7) - _length(section.top_margin, 2.5) \
            - _length(section.bottom_margin, 2.5)
        description = sum(Cm(0.6) * (1 + len(line) // CHARACTERS_PER_LINE) + Pt(6) for line in lines)
        return width, max(page - PICTURE_RESERVE - description, page // 2)

    def _declaration(self) -> None:
        """On the annexes' page when it has room; kept whole with its signature box."""
        self._heading(1, "Déclaration sur l’honneur", new_page=False).paragraph_format \
            .space_before = Pt(30)
        declared = self.dossier.declaration
        date = long_date(declared.date) if declared.date else ""
        for line in self._render("declaration.j2", candidate_name=self.dossier.candidate.full_name,
                                 place=declared.place, date=date):
            self._paragraph(line).paragraph_format.keep_with_next = True
        box = self.doc.add_table(rows=1, cols=1)
        box.style = self.doc.styles["Table Grid"]
        box.rows[0].height = Cm(3.5)
        box.rows[0].cells[0].paragraphs[0].add_run("Signature du candidat")
        _widths(box, (8.0,))

    def _header_and_footer(self) -> None:
        label = self.ccpt.label if self.ccpt else ""
        header_and_page_footer(self.doc, f"{self.dossier.candidate.full_name} — CCPT « {label} »",
                               bare_first_page=True)  # a bare cover page

    # --- pieces ------------------------------------------------------------------------

    def _paragraph(self, text: str = "", style: str = "Normal") -> Paragraph:
        """A body paragraph, written with lxml at the body's end: python-docx's own way
        looks for the section properties among all the body's children each time."""
        element = OxmlElement("w:p")
        style_id = self.styles.id_of(style)
        if style_id is not None:
            etree.SubElement(etree.SubElement(element, qn("w:pPr")), qn("w:pStyle")).set(
                qn("w:val"), style_id)
        self._body_end.addprevious(element)
        paragraph = Paragraph(element, self._body)
        if text:
            paragraph.add_run(text)
        return paragraph

    def _heading(self, level: int, text: str, new_page: bool = True) -> Paragraph:
        """A contents entry's heading, bookmarked for the entry's link. A level-1 heading
        starts a page (its style says so) unless ``new_page`` is false."""
        paragraph = self._paragraph(french_spacing(text), f"Heading {level}")
        if level <= 2:
            index = next(self._bookmarks)
            word_fields.bookmark(paragraph, _anchor(index), index)
        if not new_page:
            paragraph.paragraph_format.page_break_before = False
        return paragraph

    def _table(self, titles: tuple[str, ...], rows: Sequence[tuple[str, ...]],
               widths: tuple[float, ...]) -> Table:
        table = self.doc.add_table(rows=1, cols=len(titles))
        table.style = self.doc.styles["Table Grid"]
        for cell, title in zip(table.rows[0].cells, titles, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
        _repeat_as_header(table.rows[0])
        for row in rows:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                if value:
                    cell.paragraphs[0].add_run(french_spacing(value))
        _widths(table, widths)
        return table

    def _list_style(self, block: Block) -> tuple[str, bool]:
        """The block's paragraph style, and whether it stands for a third level that the
        template cannot number (then indented one step further than the second)."""
        if block.list_kind is None:
            return "Normal", False
        if block.level >= 3:
            if block.list_kind in self._third_level:
                return self._third_level[block.list_kind], False
            return LIST_STYLES[(block.list_kind, 2)], True
        return LIST_STYLES[(block.list_kind, block.level)], False

    def _markdown(self, markdown: str, comments: list[Comment] | None = None,
                  heading: Paragraph | None = None) -> None:
        """The chapter's blocks as paragraphs; each comment anchored on its passage, found
        as the comments panel finds it (``core.anchoring``), or on the chapter's heading
        when its passage is lost or empty, so that no open comment is left out. A passage
        over two paragraphs is one Word comment over both, as the comments panel shows it."""
        comments = comments or []
        blocks = parse(markdown)
        anchors = [(span, comment) for span, comment in
                   zip(passages(markdown, comments), comments, strict=True)
                   if span is not None and span[1] > span[0]] if comments else []
        written: list[tuple[int, int, DocxRun]] = []
        previous: Block | None = None
        offset = 0  # of the block in the chapter's text (``core.anchoring.chapter_text``)
        for index, block in enumerate(blocks):
            style, deeper = self._list_style(block)
            paragraph = self._paragraph("", style)
            if deeper:
                paragraph.paragraph_format.left_indent = Cm(1.9)
            if block.list_kind is ListKind.ORDERED and _starts_sequence(block, previous):
                self._restart_numbering(paragraph, style)
            elif block.list_kind is ListKind.ORDERED:
                self._continue_numbering(paragraph, style)
            # french_spacing only swaps a space for a no-break one: offsets stay.
            runs = tuple(Run(french_spacing(r.text), r.bold, r.italic) for r in block.runs)
            written += self._runs(paragraph, runs, offset, [span for span, _ in anchors])
            offset += len(block.text) + 1
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if block.list_kind is None and following is not None and following.list_kind:
                paragraph.paragraph_format.keep_with_next = True  # a lead-in stays with its list
            if block.list_kind and (following is None or following.list_kind is None):
                # The end of a list breathes like the end of a paragraph.
                paragraph.paragraph_format.space_after = self._normal_space_after
            previous = block
        placed = set()
        for (start, end), comment in anchors:
            covered = [r for lo, hi, r in written if lo >= start and hi <= end]
            if covered:
                self.threads.add(covered, comment, comment.body or comment.quote)
                placed.add(id(comment))
        for comment in comments:
            if id(comment) not in placed and heading is not None:
                quoted = french_spacing(f"« {comment.quote.strip()} »") if comment.quote.strip() else ""
                self.threads.add(heading.runs, comment,
                                 "\n".join(part for part in (quoted, comment.body) if part))
                self.comments_on_headings += 1

    def _runs(self, paragraph: Paragraph, runs: tuple[Run, ...], offset: int,
              spans: list[Span]) -> list[tuple[int, int, DocxRun]]:
        """The block's runs written, cut where a passage starts or ends; each Word run with
        its start and end in the chapter's text (the block starting at ``offset``)."""
        length = sum(len(r.text) for r in runs)
        cuts = sorted({0, length, *(edge - offset for span in spans for edge in span
                                    if 0 < edge - offset < length)})
        written: list[tuple[int, int, DocxRun]] = []
        position = 0
        for run in runs:
            end = position + len(run.text)
            for a, b in itertools.pairwise(cuts):
                lo, hi = max(a, position), min(b, end)
                if lo >= hi:
                    continue
                piece = run.text[lo - position:hi - position]
                for index, line in enumerate(piece.split("\n")):
                    written.append((offset + lo, offset + hi,
                                    DocxRun(_run(paragraph._p, line, run, index > 0), paragraph)))
            position = end
        return written

    def _restart_numbering(self, paragraph: Paragraph, style: str) -> None:
        """A new numbered list starts at 1: a fresh numbering instance of the style's list."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles[style].element.pPr.numPr
        abstract = next(n for n in numbering.num_lst
                        if n.numId == style_num.numId.val).abstractNumId.val
        num = numbering.add_num(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), str(style_num.ilvl.val if style_num.ilvl is not None else 0))
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self._numbering_restarts[style] = num.numId
        self._apply_num(paragraph, num.numId, style_num)

    def _continue_numbering(self, paragraph: Paragraph, style: str) -> None:
        if style in self._numbering_restarts:
            style_num = self.doc.styles[style].element.pPr.numPr
            self._apply_num(paragraph, self._numbering_restarts[style], style_num)

    @staticmethod
    def _apply_num(paragraph: Paragraph, num_id: int, style_num) -> None:
        p_pr = paragraph._p.get_or_add_pPr()
        num_pr = p_pr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = style_num.ilvl.val if style_num.ilvl is not None else 0
        num_pr.get_or_add_numId().val = num_id


def _run(paragraph: etree._Element, text: str, run: Run, after_break: bool) -> etree._Element:
    """A ``w:r`` of ``text`` with the run's bold and italic, after a line break if asked."""
    element = etree.SubElement(paragraph, qn("w:r"))
    if run.bold or run.italic:
        properties = etree.SubElement(element, qn("w:rPr"))
        if run.bold:
            etree.SubElement(properties, qn("w:b"))
        if run.italic:
            etree.SubElement(properties, qn("w:i"))
    if after_break:
        etree.SubElement(element, qn("w:br"))
    if text:
        shown = etree.SubElement(element, qn("w:t"))
        shown.set(_PRESERVE, "preserve")
        shown.text = text
    return element


_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def _anchor(index: int) -> str:
    """The bookmark of the ``index``-th heading, named as Word names its contents' own."""
    return f"_Toc{100000 + index}"


def _widths(table, centimetres: tuple[float, ...]) -> None:
    """Fixed column widths, in the grid (which LibreOffice reads) and in each cell (Word)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, centimetres, strict=False):
        column.w = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, centimetres, strict=False):
            cell.width = Cm(width)


def _repeat_as_header(row) -> None:
    """The row is repeated at the top of each page the table runs onto."""
    header = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(header)


def _starts_sequence(block: Block, previous: Block | None) -> bool:
    if previous is None or previous.list_kind is None:
        return True
    if previous.level < block.level:
        return True  # a nested list
    return previous.level == block.level and previous.list_kind is not block.list_kind


def supported(productions: list[int], count: int) -> str:
    """« Production 2 », « Productions 1 et 3 », « Productions 1, 2 et 3 »: the productions
    of the dossier an annex supports; « — » for none."""
    numbers = [str(n) for n in sorted(set(productions)) if 1 <= n <= count]
    if not numbers:
        return "—"
    if len(numbers) == 1:
        return f"Production {numbers[0]}"
    return f"Productions {', '.join(numbers[:-1])} et {numbers[-1]}"


def document_note(annex: Annex) -> str:
    """What the list of annexes says of an annex's attached document, if it has one."""
    if annex.file is None:
        return ""
    if annex.file.media_type in IMAGE_TYPES:
        return "Image reproduite à la fin du dossier"
    pages = pdf_pages(annex.file.data)
    if pages is None:
        return "Document joint au dossier PDF"
    return f"Document joint au dossier PDF ({pages} page{'s' if pages > 1 else ''})"


def joined_pdfs(dossier: Dossier) -> list[tuple[int, Annex, AnnexFile]]:
    """The annexes whose document is a PDF, with their numbers, in order: the PDF export
    appends their pages."""
    return [(number, annex, annex.file) for number, annex in enumerate(dossier.annexes, start=1)
            if annex.file is not None and annex.file.media_type == PDF_TYPE]


def pdf_pages(data: bytes) -> int | None:
    """The number of pages of a PDF document; None when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _length(value: int | None, centimetres: float) -> int:
    """A section's dimension in EMU, or Word's default (A4, 2.5 cm margins) when the
    template leaves it unsaid."""
    return int(value) if value is not None else Cm(centimetres)


def _image(number: int, file: AnnexFile) -> docx_image.Image:
    """The attached picture's header read (its pixels and type), or one sentence: a .ccpt
    is anyone's, and its bytes may not be the image they claim to be."""
    try:
        image = docx_image.Image.from_blob(file.data)
    except Exception:  # python-docx raises several kinds on a foreign header
        image = None
    if image is None or image.px_width <= 0 or image.px_height <= 0:
        raise FileProblem(say("L’image de l’annexe {number} n’est pas lisible : elle ne peut pas "
                              "figurer dans le dossier.", number=str(number)))
    return image


def fitted(image: docx_image.Image, width: int, height: int) -> tuple[int, int]:
    """The picture's size in EMU within ``width`` × ``height``, its proportions kept, at
    most its pixels at 72 an inch (a small picture is not blown up into blur)."""
    native_width, native_height = image.px_width * EMU_PER_INCH // 72, image.px_height * EMU_PER_INCH // 72
    scale = min(width / native_width, height / native_height, 1.0)
    return int(native_width * scale), int(native_height * scale)


def _competence_name(competence, number: int) -> str:
    return f"Compétence {number} : {competence.label}" if competence else f"Compétence {number}"


def _production_title(number: int, production, ccpt) -> str:
    competence = ccpt.competence(production.competence) if ccpt else None
    title = production.title or (competence.label if competence else "")
    return f"Production {number} : {title}" if title else f"Production {number}"


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"de {month_year(start)} à {month_year(end)}"
    if start:
        return f"depuis {month_year(start)}"
    return f"jusqu’en {month_year(end)}" if end else ""


def _folded(text: str) -> str:
    """``text`` as a reader compares names: without accents, case, or the kind of space
    and apostrophe."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").casefold().split())


def clear_body(document: Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
