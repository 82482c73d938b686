"""The dossier as a Word document, on the reference template's named styles.

One document model for the export: the chapters' Markdown goes through
``core.markdown.parse`` and becomes real Word formatting (bold, italic, list
paragraphs with their numbering). Fixed wording comes from Jinja2 templates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import docx
import jinja2
import jinja2.sandbox
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from ..core.anchoring import Span, passages
from ..core.clock import SYSTEM, Clock
from ..core.dates import long_date, month_year
from ..core.errors import FileProblem
from ..core.files import atomic_target, display
from ..core.jsonread import without_control_characters
from ..core.markdown import Block, ListKind, Run, parse
from ..core.model import ChapterKind, Comment, Dossier, rewrite_texts
from ..core.referential import Referential
from ..core.resources import templates_dir
from ..core.sentence import say
from ..core.typography import french_spacing, french_text
from .template_check import check_document, clean_template

REQUIRED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Quote", "List Bullet",
                   "List Bullet 2", "List Number", "List Number 2", "Header", "Footer",
                   "TOC Heading", "TOC 1", "TOC 2", "Cover Text", "Table Grid")
TABLE_STYLES = ("Table Grid",)
LIST_STYLES = {(ListKind.BULLET, 1): "List Bullet", (ListKind.BULLET, 2): "List Bullet 2",
               (ListKind.ORDERED, 1): "List Number", (ListKind.ORDERED, 2): "List Number 2"}


@dataclass
class Options:
    with_comments: bool = False
    template: Path | None = None
    clock: Clock = SYSTEM
    """Dates the document (its properties, the cover's year)."""
    page_numbers: list[int | None] = field(default_factory=list)
    """The page of each ``headings`` entry, from a first rendering; empty: no numbers yet."""


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
    return document


def text_environment(folder: Path) -> jinja2.sandbox.SandboxedEnvironment:
    """The fixed texts' Jinja2 environment: sandboxed, so that a text template can read
    the values it is given but reach nothing else (no ``__class__``, no ``__globals__``).
    The values are the dossier's strings, inserted as text, never evaluated as templates;
    no escaping is needed, python-docx writes them into the XML as text."""
    return jinja2.sandbox.SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=False, keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True)


def headings(dossier: Dossier, referential: Referential) -> list[tuple[int, str]]:
    """The table of contents' entries, in order: (level, text)."""
    ccpt = referential.ccpt(dossier.ccpt)
    entries = [(1, "Le candidat et ses mandats"), (1, "Projet professionnel")]
    for number, production in enumerate(dossier.productions, start=1):
        entries.append((1, _production_title(number, production, ccpt)))
        entries += [(2, kind.label) for kind in ChapterKind]
    entries += [(1, "Annexes"), (1, "Déclaration sur l’honneur")]
    return [(level, french_spacing(without_control_characters(text))) for level, text in entries]


def build(dossier: Dossier, referential: Referential, options: Options) -> Document:
    document = open_template(options.template or default_template())
    clear_body(document)
    writer = _Writer(document, typeset(xml_safe(dossier)), referential, options)
    writer.write()
    return document


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


def write_docx(dossier: Dossier, referential: Referential, target: Path, options: Options) -> None:
    save_document(build(dossier, referential, options), target)


def save_document(document: Document, target: Path) -> None:
    """Saved whole or not at all: a failed write leaves any earlier file as it was."""
    with atomic_target(target) as temporary:
        document.save(str(temporary))


def header_and_page_footer(document: Document, header: str, bare_first_page: bool) -> None:
    """The running header, and « page n / N » centred in the footer."""
    section = document.sections[0]
    section.different_first_page_header_footer = bare_first_page
    paragraph = section.header.paragraphs[0]
    paragraph.text = french_spacing(header)
    paragraph.style = document.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.alignment = 1  # centred
    footer.add_run("page ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" / ")
    add_field(footer, "NUMPAGES", "1")


class _Writer:
    def __init__(self, document: Document, dossier: Dossier, referential: Referential,
                 options: Options) -> None:
        self.doc = document
        self.dossier = dossier
        self.referential = referential
        self.ccpt = referential.ccpt(dossier.ccpt)
        self.options = options
        self.texts = text_environment(templates_dir() / "texts")
        self._numbering_restarts: dict[str, int] = {}

    # --- whole document ----------------------------------------------------------------

    def write(self) -> None:
        self._properties()
        self._cover()
        self._table_of_contents()
        self._candidate()
        self._heading(1, "Projet professionnel")
        self._markdown(self.dossier.project)
        for number, production in enumerate(self.dossier.productions, start=1):
            self._production(number, production)
        self._annexes()
        self._declaration()
        self._header_and_footer()

    def _properties(self) -> None:
        properties = self.doc.core_properties
        label = self.ccpt.label if self.ccpt else ""
        properties.title = french_spacing(f"Dossier de productions — CCPT « {label} »")
        properties.author = self.dossier.candidate.full_name
        properties.subject = "Certification des compétences acquises dans un mandat"
        properties.language = "fr-FR"
        properties.keywords = "CCPT"
        properties.comments = ""
        properties.last_modified_by = self.dossier.candidate.full_name
        now = self.options.clock.utc().replace(microsecond=0, tzinfo=None)
        properties.created = properties.modified = now
        properties.revision = 1

    def _render(self, name: str, **values) -> list[str]:
        text = self.texts.get_template(name).render(**values)
        return [french_spacing(line) for line in text.splitlines()]

    def _cover(self) -> None:
        candidate = self.dossier.candidate
        ccpt = self.ccpt
        self.doc.add_paragraph("Dossier de productions", style="Title")
        self.doc.add_paragraph(
            "Certification des compétences acquises dans l’exercice d’un mandat de représentant "
            "du personnel ou d’un mandat syndical", style="Subtitle")
        for _ in range(3):
            self.doc.add_paragraph("", style="Cover Text")
        lines = self._render(
            "cover.j2", candidate_name=candidate.full_name,
            birth_name=candidate.birth_name if candidate.birth_name != candidate.last_name else "",
            ccpt_label=ccpt.label if ccpt else "", ccp_label=ccpt.ccp_label if ccpt else "",
            tp=ccpt.tp if ccpt else "", level=ccpt.level if ccpt else "",
            union=candidate.union if candidate.show_union else "", year=self.options.clock.today().year)
        for index, line in enumerate(lines):
            paragraph = self.doc.add_paragraph(style="Cover Text")
            run = paragraph.add_run(line)
            if index == 0:  # the candidate's name
                run.bold = True
                run.font.size = Pt(16)
                paragraph.paragraph_format.space_after = Pt(10)
        self._page_break()

    def _table_of_contents(self) -> None:
        self.doc.add_paragraph("Sommaire", style="TOC Heading")
        entries = headings(self.dossier, self.referential)
        paragraphs = []
        numbers = self.options.page_numbers
        for index, (level, text) in enumerate(entries):
            paragraph = self.doc.add_paragraph(style=f"TOC {level}")
            paragraph.add_run(text)
            page = numbers[index] if index < len(numbers) else None
            paragraph.add_run("\t" + (str(page) if page else ""))
            paragraphs.append(paragraph)
        _wrap_in_field(paragraphs, 'TOC \\o "1-2" \\h \\z \\u')
        if not any(self.options.page_numbers):
            # No first rendering to number the contents: Word updates it on opening
            # (after asking once); LibreOffice users get numbers from the export itself.
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            self.doc.settings.element.append(update)
        introduction = self._render("introduction.j2", productions=len(self.dossier.productions),
                                    ccpt_label=self.ccpt.label if self.ccpt else "",
                                    tp=self.ccpt.tp if self.ccpt else "")
        self.doc.add_paragraph("")
        for line in introduction:
            self.doc.add_paragraph(line)

    def _candidate(self) -> None:
        candidate = self.dossier.candidate
        self._heading(1, "Le candidat et ses mandats")
        facts = [("Nom", candidate.full_name), ("Nom de naissance", candidate.birth_name),
                 ("Emploi", candidate.job_title), ("Employeur", candidate.employer)]
        for label, value in facts:
            if value:
                paragraph = self.doc.add_paragraph()
                paragraph.add_run(french_spacing(f"{label} : ")).bold = True
                paragraph.add_run(value)
        if not self.dossier.mandates:
            return
        table = self.doc.add_table(rows=1, cols=4)
        table.style = self.doc.styles["Table Grid"]
        for cell, title in zip(table.rows[0].cells, ("Mandat", "Organisation", "Période",
                                                     "Temps consacré"), strict=True):
            cell.paragraphs[0].add_run(title).bold = True
        for mandate in self.dossier.mandates:
            cells = table.add_row().cells
            share = f"{mandate.time_share_percent}\u00a0%" if mandate.time_share_percent else ""
            for cell, value in zip(cells, (mandate.title, mandate.organisation,
                                           _period(mandate.start, mandate.end), share), strict=True):
                cell.paragraphs[0].add_run(value)
        for mandate in self.dossier.mandates:
            if mandate.description.strip():
                self._heading(3, mandate.title or "Mandat")
                self._markdown(mandate.description)

    def _production(self, number: int, production) -> None:
        self._heading(1, _production_title(number, production, self.ccpt))
        competence = self.ccpt.competence(production.competence) if self.ccpt else None
        if competence is not None:
            self.doc.add_paragraph(french_spacing(
                f"Compétence {competence.number} : {competence.label}"), style="Quote")
        for kind in ChapterKind:
            heading = self._heading(2, kind.label)
            comments = [c for c in self.dossier.comments
                        if self.options.with_comments and not c.resolved
                        and c.production == number and c.chapter is kind]
            self._markdown(production.chapters[kind].text, comments, heading)

    def _annexes(self) -> None:
        self._heading(1, "Annexes")
        if not self.dossier.annexes:
            self.doc.add_paragraph("Aucune annexe n’est jointe à ce dossier.")
            return
        for number, annex in enumerate(self.dossier.annexes, start=1):
            paragraph = self.doc.add_paragraph()
            paragraph.add_run(french_spacing(f"Annexe {number} : {annex.title}")).bold = True
            paragraph.add_run(french_spacing(f" ({annex.kind.label.lower()})"))
            if annex.description:
                paragraph.add_run(french_spacing(f" — {annex.description}"))

    def _declaration(self) -> None:
        self._heading(1, "Déclaration sur l’honneur")
        declared = self.dossier.declaration
        date = long_date(declared.date) if declared.date else ""
        for line in self._render("declaration.j2", candidate_name=self.dossier.candidate.full_name,
                                 place=declared.place, date=date):
            self.doc.add_paragraph(line)
        self.doc.add_paragraph("")
        self.doc.add_paragraph("Signature :")
        for _ in range(3):
            self.doc.add_paragraph("")

    def _header_and_footer(self) -> None:
        label = self.ccpt.label if self.ccpt else ""
        header_and_page_footer(self.doc, f"{self.dossier.candidate.full_name} — CCPT « {label} »",
                               bare_first_page=True)  # a bare cover page

    # --- pieces ------------------------------------------------------------------------

    def _heading(self, level: int, text: str) -> Paragraph:
        return self.doc.add_paragraph(french_spacing(text), style=f"Heading {level}")

    def _page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _markdown(self, markdown: str, comments: list[Comment] | None = None,
                  heading: Paragraph | None = None) -> None:
        """The chapter's blocks as paragraphs; each comment anchored on its passage, found
        as the comments panel finds it (``core.anchoring``), or on the chapter's heading
        when its passage is lost, so that no open comment is left out."""
        comments = comments or []
        anchors = [(span, comment) for span, comment in
                   zip(passages(markdown, comments), comments, strict=True) if span is not None]
        written: list[tuple[int, int, DocxRun]] = []
        previous: Block | None = None
        blocks = parse(markdown)
        offset = 0  # of the block in the chapter's text (``core.anchoring.chapter_text``)
        for index, block in enumerate(blocks):
            style = LIST_STYLES.get((block.list_kind, block.level), "Normal") \
                if block.list_kind else "Normal"
            paragraph = self.doc.add_paragraph(style=style)
            if block.list_kind is ListKind.ORDERED and _starts_sequence(block, previous):
                self._restart_numbering(paragraph, style)
            elif block.list_kind is ListKind.ORDERED:
                self._continue_numbering(paragraph, style)
            # french_spacing only swaps a space for a no-break one: offsets stay.
            runs = tuple(Run(french_spacing(r.text), r.bold, r.italic) for r in block.runs)
            written += self._runs(paragraph, runs, offset, [span for span, _ in anchors])
            offset += len(block.text) + 1
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if block.list_kind and (following is None or following.list_kind is None):
                # The end of a list breathes like the end of a paragraph.
                paragraph.paragraph_format.space_after = self.doc.styles["Normal"] \
                    .paragraph_format.space_after
            previous = block
        placed = set()
        for (start, end), comment in anchors:
            covered = [r for lo, hi, r in written if lo >= start and hi <= end]
            if covered:
                self._comment(covered, comment, comment.body or comment.quote)
                placed.add(id(comment))
        for comment in comments:
            if id(comment) not in placed and heading is not None:
                quoted = french_spacing(f"« {comment.quote.strip()} »") if comment.quote.strip() else ""
                self._comment(heading.runs, comment,
                              "\n".join(part for part in (quoted, comment.body) if part))

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
                    docx_run = paragraph.add_run()
                    if index:
                        docx_run.add_break()
                    docx_run.add_text(line)  # setting .text would erase the break
                    docx_run.bold, docx_run.italic = run.bold or None, run.italic or None
                    written.append((offset + lo, offset + hi, docx_run))
            position = end
        return written

    def _comment(self, runs: list[DocxRun], comment: Comment, text: str) -> None:
        author = comment.author or "Conseiller"
        initials = "".join(part[0] for part in author.split() if part)[:3]
        self.doc.add_comment(runs, text=text, author=author, initials=initials)

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


def _starts_sequence(block: Block, previous: Block | None) -> bool:
    if previous is None or previous.list_kind is None:
        return True
    if previous.level < block.level:
        return True  # a nested list
    return previous.level == block.level and previous.list_kind is not block.list_kind


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


def clear_body(document: Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _field_char(kind: str, dirty: bool = False):
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        element.set(qn("w:dirty"), "true")
    return element


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES) with a shown value; Word and LibreOffice update it."""
    for part in (_field_char("begin"), None, _field_char("separate"), shown, _field_char("end")):
        run = paragraph.add_run()
        if part is None:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)
        elif isinstance(part, str):
            run.text = part
        else:
            run._r.append(part)


def _wrap_in_field(paragraphs: list[Paragraph], instruction: str) -> None:
    """Turn the given paragraphs into the shown result of one field (the TOC)."""
    first, last = paragraphs[0], paragraphs[-1]
    begin = first.runs[0]._r
    for element in (_field_char("begin"), _instr(instruction), _field_char("separate")):
        holder = OxmlElement("w:r")
        holder.append(element)
        begin.addprevious(holder)
    holder = OxmlElement("w:r")
    holder.append(_field_char("end"))
    last._p.append(holder)


def _instr(instruction: str):
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    return code

