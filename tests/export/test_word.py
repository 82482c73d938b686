"""The Word dossier read back with python-docx, and converted by the real LibreOffice."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from dossier_app.core.errors import FileProblem
from dossier_app.core.markdown import ListKind, parse
from dossier_app.core.model import ChapterKind
from dossier_app.core.typography import french_spacing, french_text
from dossier_app.export import pdf
from dossier_app.export.service import export_document
from dossier_app.export.word import Options, build, default_template, headings, typeset


def _paragraph_texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_every_chapter_paragraph_is_there_in_order(example, referential) -> None:
    document = build(example, referential, Options()).document
    texts = _paragraph_texts(document)
    position = 0
    for production in example.productions:
        for kind in ChapterKind:
            for block in parse(production.chapters[kind].text):
                expected = french_text(block.text)
                index = texts.index(expected, position)
                assert index >= position
                position = index


def test_formatting_lists_and_styles(example, referential) -> None:
    document = build(example, referential, Options()).document
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet", "List Number",
            "toc 1", "toc 2", "Cover Text"} <= styles
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "sept contrats sur trente-deux" in bold  # **…** in production 1
    italic = [r.text for p in document.paragraphs for r in p.runs if r.italic]
    assert any("Suivi de dossier social" in t for t in italic)  # *…* in the project
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets][:2] == [
        french_spacing("le motif du recours indiqué sur le contrat ;"),
        french_spacing("les dates de début et de fin ;")]
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 3
    num_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(num_ids) == 1  # one list, numbered 1 to 3, restarted for itself
    assert all(p.style.name in {s.name for s in docx.Document(str(default_template())).styles}
               for p in document.paragraphs)


def test_heading_order_matches_the_table_of_contents(example, referential) -> None:
    document = build(example, referential, Options()).document
    found = [(int(p.style.name[-1]), p.text) for p in document.paragraphs
             if p.style.name in ("Heading 1", "Heading 2")]
    assert found == headings(example, referential)


def test_cover_header_footer_and_properties(example, referential) -> None:
    example.candidate.union = "Syndicat X"
    example.candidate.show_union = False
    document = build(example, referential, Options()).document
    cover = "\n".join(p.text for p in document.paragraphs[:14])
    assert "Nadia Martin" in cover and "Nom de naissance" in cover and "Benhamou" in cover
    assert "Suivi de dossier social" in cover and "Gestionnaire de paie" in cover
    assert "Syndicat X" not in "\n".join(_paragraph_texts(document))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "Nadia Martin" in section.header.paragraphs[0].text
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert document.core_properties.author == "Nadia Martin"
    assert document.core_properties.language == "fr-FR"
    example.candidate.show_union = True
    assert "Syndicat X" in "\n".join(_paragraph_texts(build(example, referential, Options()).document))


def test_french_is_the_language_of_the_styles() -> None:
    with zipfile.ZipFile(default_template()) as package:
        styles = package.read("word/styles.xml").decode()
    assert 'w:lang w:val="fr-FR"' in styles


def test_open_comments_become_word_comments_on_the_quoted_text(example, referential,
                                                               tmp_path) -> None:
    example.comments[1].resolved = False  # both open now
    target = tmp_path / "commenté.docx"
    build(example, referential, Options(with_comments=True)).document.save(str(target))
    document = docx.Document(str(target))
    comments = list(document.comments)
    assert len(comments) == 3  # two comments, and the candidate's reply to the first
    anchored = {}
    for paragraph in document.paragraphs:
        inside, text = None, ""
        for child in paragraph._p.iter():
            if child.tag == qn("w:commentRangeStart"):
                inside, text = child.get(qn("w:id")), ""
            elif child.tag == qn("w:t") and inside is not None:
                text += child.text or ""
            elif child.tag == qn("w:commentRangeEnd"):
                anchored[child.get(qn("w:id"))] = text
                inside = None
    assert sorted(set(anchored.values())) == ["sept contrats sur trente-deux",
                                              "seules les heures effectuées"]
    assert {c.author for c in comments} == {"Claire Roussel", "Nadia Martin"}
    assert not list(build(example, referential, Options()).document.comments)  # not asked


def test_resolved_comments_are_left_out(example, referential) -> None:
    document = build(example, referential, Options(with_comments=True)).document
    assert [c.author for c in document.comments] == ["Claire Roussel", "Nadia Martin"]


def test_comments_keep_their_dates_and_their_replies(example, referential, tmp_path) -> None:
    target = tmp_path / "fil.docx"
    build(example, referential, Options(with_comments=True)).save(target)
    with zipfile.ZipFile(target) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
        extended = etree.fromstring(package.read("word/commentsExtended.xml"))
        relations = package.read("word/_rels/document.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    dates = [c.get(qn("w:date")) for c in comments.iter(qn("w:comment"))]
    assert dates == ["2026-10-06T15:20:00Z", "2026-10-08T20:45:00Z"]  # their own, not today's
    paragraph_ids = [c.findall(qn("w:p"))[-1].get(qn("w14:paraId"))
                     for c in comments.iter(qn("w:comment"))]
    w15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
    threads = {e.get(f"{w15}paraId"): e.get(f"{w15}paraIdParent") for e in extended}
    assert threads == {paragraph_ids[0]: None, paragraph_ids[1]: paragraph_ids[0]}
    assert "commentsExtended" in relations and "commentsExtended+xml" in types
    reopened = docx.Document(str(target))
    assert [c.text for c in reopened.comments][1].startswith("J’ai regardé les plannings")


def test_a_comment_whose_passage_is_gone_sits_on_its_heading_and_is_counted(
        example, referential) -> None:
    example.comments[0].quote = "une phrase que la candidate a réécrite depuis"
    built = build(example, referential, Options(with_comments=True))
    assert built.comments_on_headings == 1
    headings = [p for p in built.document.paragraphs if p.style.name == "Heading 2"]
    marked = [p.text for p in headings if p._p.find(qn("w:commentRangeStart")) is not None]
    assert marked == ["Analyse"]
    first = next(iter(built.document.comments))
    assert first.text.startswith(french_spacing("« une phrase que la candidate a réécrite depuis »"))


def test_pseudonymised_export_leaves_no_real_name_anywhere(example, referential,
                                                           tmp_path) -> None:
    from dossier_app.core.model import Pseudonym

    example.pseudonyms.append(Pseudonym("Nadia Martin", "Mme N. M."))
    example.pseudonyms.append(Pseudonym("Claire Roussel", "la conseillère"))
    example.comments[0].body = "Demandez à Karim Benali."
    target = tmp_path / "anonyme.docx"
    export_document(example, referential, target, "docx", with_comments=True,
                    pseudonymized=True)
    with zipfile.ZipFile(target) as package:
        everything = "\n".join(package.read(name).decode("utf-8", "replace")
                               for name in package.namelist() if name.endswith(".xml"))
    for real in ("Nadia Martin", "Karim Benali", "Logistique Atlantique", "Claire Roussel",
                 "Benali"):
        assert real not in everything, real
    assert "Mme N. M." in everything and "La conseillère" in everything  # a text of its own


def test_a_template_missing_styles_is_refused_by_name(example, referential, tmp_path) -> None:
    broken = tmp_path / "maison.docx"
    docx.Document().save(str(broken))  # python-docx's own: no TOC or Cover Text styles
    with pytest.raises(FileProblem) as caught:
        build(example, referential, Options(template=broken))
    assert "« Cover Text »" in caught.value.message and "TOC" not in caught.value.message
    not_word = tmp_path / "texte.docx"
    not_word.write_text("pas un document", encoding="utf-8")
    with pytest.raises(FileProblem, match="n’est pas un document Word"):
        build(example, referential, Options(template=not_word))


def test_an_organisations_template_is_used(example, referential, tmp_path) -> None:
    house = tmp_path / "maison.docx"
    template = docx.Document(str(default_template()))
    template.styles["Heading 1"].font.name = "Verdana"
    template.save(str(house))
    document = build(example, referential, Options(template=house)).document
    heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    assert heading.style.font.name == "Verdana"


def test_numbered_lists_restart_after_a_paragraph(example, referential) -> None:
    example.project = "1. un\n2. deux\n\nEntre les deux.\n\n1. trois\n2. quatre\n"
    document = build(example, referential, Options()).document
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    first = {p._p.pPr.numPr.numId.val for p in numbered[:2]}
    second = {p._p.pPr.numPr.numId.val for p in numbered[2:4]}
    assert len(first) == len(second) == 1 and first != second
    assert ListKind.ORDERED  # the subset's numbered lists, two of them


@pytest.mark.needs("libreoffice")
def test_pdf_through_libreoffice_has_text_pages_and_numbered_contents(example, referential,
                                                                      tmp_path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "dossier.pdf"
    result = export_document(example, referential, target, "pdf")
    assert result.toc_page_numbers
    reader = PdfReader(str(target))
    assert 8 <= len(reader.pages) <= 16
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Production 2 : Contrôler les heures de nuit" in text.replace("\u00a0", " ")
    contents = reader.pages[1].extract_text().replace("\u00a0", " ")
    assert "Sommaire" in contents
    line = next(line for line in contents.splitlines() if line.startswith("Annexes"))
    assert line.rstrip().split(".")[-1].strip().isdigit()
    assert "page 3 / " in reader.pages[2].extract_text()


@pytest.mark.needs("libreoffice")
def test_docx_contents_carry_page_numbers_when_libreoffice_is_there(example, referential,
                                                                    tmp_path) -> None:
    target = tmp_path / "dossier.docx"
    assert export_document(example, referential, target, "docx").toc_page_numbers
    toc = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "toc 1"]
    assert all(entry.split("\t")[-1].isdigit() for entry in toc)
    with zipfile.ZipFile(target) as package:  # numbered already: Word has nothing to ask
        assert "updateFields" not in package.read("word/settings.xml").decode()


def test_without_libreoffice_qt_lays_out_the_pdf_and_numbers_the_contents(
        example, referential, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    monkeypatch.setenv(pdf.CHOSEN_LIBREOFFICE, "")  # as on a Windows laptop without it
    assert pdf.find_libreoffice() is None
    result = export_document(example, referential, tmp_path / "x.pdf", "pdf")
    assert result.toc_page_numbers and not result.numbered_by_libreoffice
    reader = PdfReader(str(tmp_path / "x.pdf"))
    assert len(reader.pages) >= 8 and "Nadia Martin" in reader.pages[0].extract_text()
    result = export_document(example, referential, tmp_path / "x.docx", "docx")
    assert result.toc_page_numbers and (tmp_path / "x.docx").exists()
    with zipfile.ZipFile(tmp_path / "x.docx") as package:  # nothing for Word to ask
        assert "updateFields" not in package.read("word/settings.xml").decode()
    entries = [p for p in docx.Document(str(tmp_path / "x.docx")).paragraphs
               if p.style.name in ("toc 1", "toc 2")]
    assert all(p.text.split("\t")[-1].isdigit() for p in entries)


def test_template_file_copy_is_untouched(tmp_path, example, referential) -> None:
    copy = tmp_path / "modele.docx"
    shutil.copy(default_template(), copy)
    before = copy.read_bytes()
    build(example, referential, Options(template=copy))
    assert copy.read_bytes() == before
    assert Path(default_template()).exists()


def _comment_ranges(document) -> dict[str, str]:
    """Each Word comment's text mapped to the text its range covers, read in body order
    (a range may run over several paragraphs)."""
    open_ranges: dict[str, str] = {}
    covered: dict[str, str] = {}
    for element in document.element.body.iter():
        if element.tag == qn("w:p"):
            open_ranges = {key: text + "\n" if text else text for key, text in open_ranges.items()}
        elif element.tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = ""
        elif element.tag == qn("w:t"):
            open_ranges = {key: text + (element.text or "") for key, text in open_ranges.items()}
        elif element.tag == qn("w:br"):
            open_ranges = {key: text + "\n" for key, text in open_ranges.items()}
        elif element.tag == qn("w:commentRangeEnd"):
            covered[element.get(qn("w:id"))] = open_ranges.pop(element.get(qn("w:id")))
    return {comment.text: covered[str(comment.comment_id)].replace("\u00a0", " ")
            .replace("\u202f", " ") for comment in document.comments}


def test_comments_are_anchored_where_the_comments_panel_finds_them(example, referential,
                                                                  tmp_path) -> None:
    """One way to find a passage (core.anchoring): a quote differing in case, apostrophes
    or spacing, or running over **bold**, is anchored on the exact passage; a lost one
    goes on the chapter's heading, with its quote, instead of being left out."""
    from dossier_app.core.anchoring import passage
    from dossier_app.core.model import Comment

    def comment(quote: str, body: str) -> Comment:
        return Comment(production=2, chapter=ChapterKind.ANALYSIS, quote=quote, body=body,
                       author="Claire Roussel")

    example.comments = [
        comment("Seules les heures effectuées APRÈS minuit", "casse et gras"),
        comment("j'ai relu l'accord d'entreprise", "apostrophes"),
        comment("étaient perdues: le  nouveau logiciel", "espaces"),
        comment("pas un conflit. Pendant ce rendez-vous", "deux phrases"),
        comment("les heures disparues du logiciel", "perdu"),
    ]
    target = tmp_path / "ancres.docx"
    build(example, referential, Options(with_comments=True)).document.save(str(target))
    ranges = _comment_ranges(docx.Document(str(target)))
    assert ranges["casse et gras"] == "seules les heures effectuées après minuit"
    assert ranges["apostrophes"] == "J’ai relu l’accord d’entreprise"
    assert ranges["espaces"] == "étaient perdues : le nouveau logiciel"
    assert ranges["deux phrases"] == "pas un conflit. Pendant ce rendez-vous"
    heading = french_spacing(ChapterKind.ANALYSIS.label).replace("\u00a0", " ")
    lost = next(text for text in ranges if text.endswith("perdu"))
    assert ranges[lost] == heading
    assert "les heures disparues du logiciel" in lost
    assert len(ranges) == len(example.comments)  # none left out
    chapter = example.productions[1].chapters[ChapterKind.ANALYSIS].text
    on_heading = {text for text, covered in ranges.items() if covered == heading}
    for c in example.comments:  # found in the comments panel = anchored on its passage
        assert (passage(chapter, c) is None) == any(text.endswith(c.body) for text in on_heading)


def test_a_passage_over_two_paragraphs_is_one_word_comment(example, referential,
                                                            tmp_path) -> None:
    from dossier_app.core.model import Comment

    example.comments = [Comment(production=2, chapter=ChapterKind.ANALYSIS, author="Claire",
                                quote="sur un cas réel", body="fin")]
    example.productions[1].chapters[ChapterKind.ANALYSIS].text = (
        "Premier paragraphe, qui finit sur un\n\ncas réel. Et **la suite** en gras.")
    example.comments.append(Comment(production=2, chapter=ChapterKind.ANALYSIS, author="Claire",
                                    quote="finit sur un cas RÉEL. Et la suite", body="travers"))
    target = tmp_path / "deux.docx"
    build(example, referential, Options(with_comments=True)).document.save(str(target))
    ranges = _comment_ranges(docx.Document(str(target)))
    assert ranges["travers"] == "finit sur un\ncas réel. Et la suite"
    assert ranges["fin"] == "sur un\ncas réel"


def test_a_hard_line_break_reaches_word_between_its_words(example, referential) -> None:
    """« saut » then a line break then « dur la suite »: never « sautdur » (issue 14)."""
    example.productions[0].chapters[ChapterKind.SITUATION].text = (
        "Un saut\\\ndur la suite.\n\n- un point\n\n  second paragraphe du point\n")
    document = build(example, referential, Options()).document
    texts = _paragraph_texts(document)
    assert "Un saut\ndur la suite." in texts
    assert "un point\nsecond paragraphe du point" in texts
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Un saut"))
    children = [child.tag for run in paragraph.runs for child in run._r
                if child.tag in (qn("w:t"), qn("w:br"))]
    assert children == [qn("w:t"), qn("w:br"), qn("w:t")]


def test_the_candidates_text_is_set_in_french_typography(example, referential) -> None:
    """Apostrophes, and no line break inside « 25 % » or « 84 000 » (issue 14)."""
    example.productions[0].chapters[ChapterKind.SITUATION].text = (
        "L'entreprise compte 84 000 salariés, dont 25 % en CDD : c'est beaucoup.\n")
    example.candidate.email = "n.o'brien@example.org"
    document = build(example, referential, Options()).document
    text = "\n".join(_paragraph_texts(document))
    assert ("L’entreprise compte 84\u202f000 salariés, dont 25\u202f% en CDD\u00a0: "
            "c’est beaucoup.") in text
    assert typeset(example).candidate.email == "n.o'brien@example.org"  # left as written
