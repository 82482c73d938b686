"""Word fields, bookmarks and hyperlinks: the page numbers, and a table of contents whose
entries are links to their headings and whose numbers can be filled in after a layout.

Word shows a field's last result as it was written and never asks to update it on
opening: the numbers come from a layout made before (LibreOffice's or Qt's)."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree


def _field_char(kind: str) -> etree._Element:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _instruction(instruction: str) -> etree._Element:
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    return code


def _run(*children: etree._Element) -> etree._Element:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _text(value: str) -> etree._Element:
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = value
    return text


def _field_runs(instruction: str, shown: str) -> tuple[list[etree._Element], etree._Element]:
    """The five runs of a complex field, and the ``w:t`` that holds its shown result."""
    result = _text(shown)
    runs = [_run(_field_char("begin")), _run(_instruction(instruction)),
            _run(_field_char("separate")), _run(result), _run(_field_char("end"))]
    return runs, result


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES) with a shown value; Word and LibreOffice update it."""
    runs, _ = _field_runs(instruction, shown)
    for run in runs:
        paragraph._p.append(run)


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """The paragraph's text as the bookmark ``name`` (the target of a contents entry)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p_pr = paragraph._p.pPr
    if p_pr is not None:
        p_pr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def contents_entry(paragraph: Paragraph, text: str, anchor: str) -> etree._Element:
    """A contents line as Word writes one: a link to the bookmark ``anchor`` holding the
    title, a tab (the style's dotted leader) and a PAGEREF field. Returns the ``w:t``
    that shows the page number, empty until ``number`` fills it."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    link.append(_run(_text(text)))
    link.append(_run(OxmlElement("w:tab")))
    runs, result = _field_runs(f"PAGEREF {anchor} \\h", "")
    for run in runs:
        link.append(run)
    paragraph._p.append(link)
    return result


def number(result: etree._Element, page: int | None) -> None:
    result.text = str(page) if page else ""


def wrap_in_field(paragraphs: list[Paragraph], instruction: str) -> None:
    """Make the given paragraphs the shown result of one field (the TOC)."""
    first, last = paragraphs[0]._p, paragraphs[-1]._p
    anchor = first.pPr
    for run in (_run(_field_char("begin")), _run(_instruction(instruction)),
                _run(_field_char("separate"))):
        if anchor is not None:
            anchor.addnext(run)
        else:
            first.insert(0, run)
        anchor = run
    last.append(_run(_field_char("end")))
