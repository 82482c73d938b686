"""The Word draft reader on real files written by python-docx (and, in
``test_draft_structure``, by LibreOffice): runs, lists, line breaks, comments, tracked
changes, footnotes, fields, tables and images, and what it drops."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from PIL import Image as PillowImage

from dossier_app.core.errors import FileProblem
from dossier_app.core.markdown import ListKind, Run
from dossier_app.readers.word_draft import Image, Paragraph, Table, read_word_draft

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def styled_draft(path: Path) -> Path:
    """A draft as a candidate writes it with Word's heading styles."""
    document = docx.Document()
    document.add_paragraph("Nom : Nadia Martin")
    document.add_paragraph("CCPT « Suivi de dossier social d’entreprise »")
    document.add_paragraph("Mandats : Secrétaire du CSE, Délégué syndical")
    document.add_heading("Production 1 : Régulariser les contrats courts", level=1)
    document.add_heading("1. La situation", level=2)
    paragraph = document.add_paragraph("En 2023, ")
    paragraph.add_run("trente salariés").bold = True
    paragraph.add_run(" sont arrivés en ")
    paragraph.add_run("CDD").italic = True
    paragraph.add_run(".")
    document.add_paragraph("Premier point", style="List Bullet")
    document.add_paragraph("Sous-point", style="List Bullet 2")
    document.add_paragraph("Étape une", style="List Number")
    document.add_heading("Mon analyse", level=2)
    line = document.add_paragraph("Une ligne")
    line.add_run().add_break()
    line.add_run("et la suivante.")
    document.add_heading("Ce que je retiens", level=2)
    document.add_paragraph("Je saurai vérifier des contrats.")
    document.add_heading("Deuxième production – Les heures de nuit", level=1)
    document.add_heading("Situation", level=2)
    document.add_paragraph("Les heures de nuit manquaient.")
    document.save(str(path))
    return path


def png() -> bytes:
    out = io.BytesIO()
    PillowImage.new("RGB", (20, 10), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def rich_draft(path: Path) -> Path:
    """A comment, a tracked insertion and deletion, a field, a table and an image."""
    document = docx.Document()
    document.add_heading("Situation", level=1)
    commented = document.add_paragraph("Avant le passage commenté après.")
    runs = commented.runs
    runs[0].text = "Avant le "
    middle = commented.add_run("passage commenté")
    commented.add_run(" après.")
    document.add_comment([middle], text="À préciser", author="Claire Conseil", initials="CC")
    tracked = document.add_paragraph("Texte ")
    tracked._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
                                '<w:r><w:t>ajouté</w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
                                '<w:r><w:delText>retiré</w:delText></w:r></w:del>'))
    field = document.add_paragraph("Page ")
    field._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    field._p.append(parse_xml(f'<w:r {W}><w:instrText> PAGE </w:instrText></w:r>'))
    field._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    field._p.append(parse_xml(f'<w:r {W}><w:t>7</w:t></w:r>'))
    field._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    coloured = document.add_paragraph().add_run("en rouge")
    coloured.font.color.rgb = docx.shared.RGBColor(255, 0, 0)
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, (("Mois", "Heures"), ("Mars", "12")), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_picture(io.BytesIO(png()))
    document.save(str(path))
    return path


FOOTNOTES = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
             '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Accord du 3 mai 2021'
             '</w:t></w:r></w:p></w:footnote></w:footnotes>')


def with_footnote(path: Path) -> Path:
    """A draft whose paragraph carries a footnote (python-docx writes none: the part is
    added to the package as Word lays it out)."""
    document = docx.Document()
    paragraph = document.add_paragraph("Selon l’accord")
    paragraph._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="1"/></w:r>'))
    paragraph.add_run(", la prime est due.")
    plain = path.with_name("plain.docx")
    document.save(str(plain))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.'
                                    b'footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFoot" Type="http://'
                                    b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'footnotes" Target="footnotes.xml"/></Relationships>')
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", FOOTNOTES)
    return path


def paragraphs(items) -> list[Paragraph]:
    return [item for item in items if isinstance(item, Paragraph)]


def test_styles_runs_lists_and_breaks(tmp_path) -> None:
    draft = read_word_draft(styled_draft(tmp_path / "d.docx"))
    items = paragraphs(draft.items)
    by_text = {p.text: p for p in items}
    assert by_text["Production 1 : Régulariser les contrats courts"].heading == 1
    assert by_text["1. La situation"].heading == 2
    assert by_text["En 2023, trente salariés sont arrivés en CDD."].runs == (
        Run("En 2023, "), Run("trente salariés", bold=True), Run(" sont arrivés en "),
        Run("CDD", italic=True), Run("."))
    assert (by_text["Premier point"].list_kind, by_text["Premier point"].level) == (ListKind.BULLET, 1)
    assert (by_text["Sous-point"].list_kind, by_text["Sous-point"].level) == (ListKind.BULLET, 2)
    assert by_text["Étape une"].list_kind is ListKind.ORDERED
    assert "Une ligne\net la suivante." in by_text


def test_comment_tracked_changes_field_table_image(tmp_path) -> None:
    path = rich_draft(tmp_path / "r.docx")
    before = path.read_bytes()
    draft = read_word_draft(path)
    texts = [p.text for p in paragraphs(draft.items)]
    assert "Texte ajouté" in texts
    assert "Page 7" in texts
    [comment] = draft.comments
    assert (comment.quote, comment.body, comment.author) == ("passage commenté", "À préciser",
                                                               "Claire Conseil")
    assert draft.items[comment.item].text == "Avant le passage commenté après."
    assert draft.tracked_changes == 2
    [table] = [item for item in draft.items if isinstance(item, Table)]
    assert table.rows == (("Mois", "Heures"), ("Mars", "12"))
    [image] = [item for item in draft.items if isinstance(item, Image)]
    assert image.media_type == "image/png" and image.data == png()
    assert draft.dropped["colours"] == 1
    assert path.read_bytes() == before  # the draft is never modified

    rejected = read_word_draft(path, accept_changes=False)
    assert "Texte retiré" in [p.text for p in paragraphs(rejected.items)]


def test_a_footnote_becomes_text_in_brackets(tmp_path) -> None:
    draft = read_word_draft(with_footnote(tmp_path / "f.docx"))
    assert [p.text for p in paragraphs(draft.items)] == [
        "Selon l’accord [Accord du 3 mai 2021], la prime est due."]


def test_localized_heading_names_and_outline_levels(tmp_path) -> None:
    """A French Word names its styles « Titre 1 »; a custom style may carry an outline level."""
    path = styled_draft(tmp_path / "d.docx")
    french = tmp_path / "fr.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(french, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/styles.xml":
                data = data.replace(b'w:val="heading 1"', b'w:val="Titre 1"').replace(
                    b'w:val="heading 2"', b'w:val="Mon style"')
                data = data.replace(b'<w:name w:val="Mon style"/>',
                                    b'<w:name w:val="Mon style"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>')
            target.writestr(item, data)
    levels = {p.text: p.heading for p in paragraphs(read_word_draft(french).items)}
    assert levels["Production 1 : Régulariser les contrats courts"] == 1
    assert levels["Mon analyse"] == 2


def test_not_a_docx_is_one_sentence(tmp_path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("juste du texte", encoding="utf-8")
    with pytest.raises(FileProblem, match="n’est pas un document Word"):
        read_word_draft(text)
    ole = tmp_path / "secret.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(FileProblem, match="mot de passe"):
        read_word_draft(ole)


def test_a_docm_is_read_without_its_macros(tmp_path) -> None:
    path = styled_draft(tmp_path / "d.docx")
    docm = tmp_path / "d.docm"
    shutil.copy(path, docm)
    with zipfile.ZipFile(docm, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"\x00" * 100)
    draft = read_word_draft(docm)
    assert draft.dropped["macros"] == 1
    assert any(p.text == "Mon analyse" for p in paragraphs(draft.items))


def test_three_list_levels_are_kept_and_deeper_ones_join_the_third(tmp_path) -> None:
    """As the editor does (``core.markdown.MAX_LIST_LEVEL``)."""
    document = docx.Document()
    document.add_paragraph("Troisième", style="List Bullet 3")
    deep = document.add_paragraph("Cinquième", style="List Bullet")
    deep._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="4"/><w:numId w:val="1"/>'
                                              '</w:numPr>'))
    path = tmp_path / "levels.docx"
    document.save(str(path))
    levels = {p.text: (p.list_kind, p.level) for p in paragraphs(read_word_draft(path).items)}
    assert levels["Troisième"] == (ListKind.BULLET, 3)
    assert levels["Cinquième"][1] == 3
