"""The exported docx as Word sees it: a clean package, contents that are links with
their numbers, one break after the cover, no question asked on opening."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from openxml_audit import FileFormat, OpenXmlValidator

from dossier_app.export.service import export_document
from dossier_app.export.word import Options, build, headings


@pytest.fixture
def exported(example, referential, tmp_path):
    target = tmp_path / "dossier.docx"
    export_document(example, referential, target, "docx", with_comments=True)
    return target


def _part(path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def test_the_package_is_valid_for_word(exported) -> None:
    result = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365).validate(str(exported))
    assert result.is_valid, [str(error) for error in result.errors]


def test_word_is_asked_nothing_on_opening_and_the_package_is_current(exported) -> None:
    settings = _part(exported, "word/settings.xml")
    assert settings.find(qn("w:updateFields")) is None
    assert settings.find(qn("w:proofState")) is None
    modes = [s.get(qn("w:val")) for s in settings.iter(qn("w:compatSetting"))
             if s.get(qn("w:name")) == "compatibilityMode"]
    assert modes == ["15"]
    assert settings.find(qn("w:decimalSymbol")).get(qn("w:val")) == ","
    app = etree.tostring(_part(exported, "docProps/app.xml"), encoding="unicode")
    assert "Dossier CCPT" in app and "Macintosh" not in app and "<Words>0<" not in app
    with zipfile.ZipFile(exported) as package:
        names = package.namelist()
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")
                or "stylesWithEffects" in n]


def test_contents_entries_are_links_to_their_headings_with_page_numbers(
        exported, example, referential) -> None:
    document = docx.Document(str(exported))
    entries = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    assert [p.style.style_id for p in entries[:2]] == ["TOC1", "TOC1"]  # Word's own styles
    assert len(entries) == len(headings(example, referential))
    marks = {m.get(qn("w:name")): p.text for p in document.paragraphs
             for m in p._p.iter(qn("w:bookmarkStart"))}
    for entry, (_, title) in zip(entries, headings(example, referential), strict=True):
        link = entry._p.find(qn("w:hyperlink"))
        assert link is not None
        assert marks[link.get(qn("w:anchor"))] == title
        code = "".join(t.text for t in link.iter(qn("w:instrText")))
        assert f"PAGEREF {link.get(qn('w:anchor'))}" in code
        shown = link.findall(f"{qn('w:r')}/{qn('w:t')}")[-1].text
        assert shown.isdigit() and int(shown) >= 2  # filled in, after the cover


def test_one_page_break_after_the_cover(example, referential) -> None:
    document = build(example, referential, Options()).document
    body = document.element.body
    assert not [b for b in body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    contents = next(p for p in document.paragraphs if p.style.name == "TOC Heading")
    assert contents.paragraph_format.page_break_before is True
    assert document.styles["TOC Heading"].paragraph_format.page_break_before is not True


def test_few_forced_page_breaks(example, referential) -> None:
    """A page of its own for the contents, the candidate, each production and the
    annexes; the short project and the declaration follow on."""
    document = build(example, referential, Options()).document
    breaking = []
    for paragraph in document.paragraphs:
        own = paragraph.paragraph_format.page_break_before
        styled = paragraph.style.paragraph_format.page_break_before
        if own or (own is None and styled):
            breaking.append(paragraph.text)
    assert breaking == ["Sommaire", "Le candidat et ses mandats",
                        *[t for level, t in headings(example, referential)
                          if level == 1 and t.startswith("Production")], "Annexes"]


@pytest.mark.needs("libreoffice")
def test_the_libreoffice_pdf_is_tagged_with_links_and_bookmarks(example, referential,
                                                                tmp_path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "dossier.pdf"
    result = export_document(example, referential, target, "pdf", with_comments=True)
    assert result.numbered_by_libreoffice
    reader = PdfReader(str(target))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert root["/Lang"] == "fr-FR"
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len([a for a in links if a["/Subtype"] == "/Link"]) == len(headings(example,
                                                                                referential))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Le candidat et ses mandats" in titles
    assert "Claire Roussel" not in "".join(page.extract_text() for page in reader.pages)
