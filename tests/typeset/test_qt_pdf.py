"""The PDF Qt writes without LibreOffice, read back with pypdf."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pypdf
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

from dossier_app.core.errors import FileProblem
from dossier_app.core.markdown import parse
from dossier_app.core.model import Chapter, ChapterKind, Dossier, Production
from dossier_app.core.typography import french_text
from dossier_app.export import pdf
from dossier_app.export.word import (
    Options,
    build,
    clear_body,
    default_template,
    header_and_page_footer,
    headings,
    open_template,
)
from dossier_app.typeset import docx_reading, qt_layout
from dossier_app.typeset.qt_pdf import heading_pages, render_pdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _one_application(qapp):
    """The suite's QApplication: the export uses the window's when there is one (a bare
    QGuiApplication made here would stand in the way of the GUI tests' widgets)."""


def _squeezed(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _lines(page: pypdf.PageObject) -> list[str]:
    return [_squeezed(line) for line in page.extract_text().splitlines() if line.strip()]


def _texts(reader: pypdf.PdfReader) -> list[str]:
    return [_squeezed(page.extract_text()) for page in reader.pages]


@pytest.fixture
def example_pdf(example, referential, tmp_path) -> tuple[pypdf.PdfReader, list[int]]:
    target = tmp_path / "dossier.pdf"
    pages = render_pdf(build(example, referential, Options()).document, target)
    return pypdf.PdfReader(str(target)), pages


def test_cover_header_and_footer(example_pdf, example, referential) -> None:
    reader, _ = example_pdf
    texts = _texts(reader)
    count = len(reader.pages)
    assert count > 5
    assert example.candidate.full_name in texts[0]
    assert "page 1 /" not in texts[0] and "Sommaire" not in texts[0]  # a bare cover
    for number, text in enumerate(texts[1:], start=2):
        assert f"page {number} / {count}" in text
    section = build(example, referential, Options()).document.sections[0]
    assert _squeezed(section.header.paragraphs[0].text) in texts[1]
    metadata = reader.metadata
    assert metadata is not None and metadata.author == example.candidate.full_name
    assert metadata.creator == "Dossier CCPT" and "CCPT" in (metadata.title or "")


def test_every_chapter_is_printed(example_pdf, example) -> None:
    reader, _ = example_pdf
    whole = " ".join(_texts(reader))
    for production in example.productions:
        for kind in ChapterKind:
            first = parse(production.chapters[kind].text)[0]
            assert _squeezed(" ".join(french_text(first.text).split()[:8])) in whole


def test_the_contents_show_the_pages_where_the_headings_stand(example_pdf, example,
                                                              referential) -> None:
    reader, pages = example_pdf
    document = build(example, referential, Options()).document
    assert heading_pages(document) == pages
    entries = headings(example, referential)
    assert len(pages) == len(entries)
    contents = next(i for i, page in enumerate(reader.pages) if "Sommaire" in _lines(page))
    lines = _lines(reader.pages[contents])
    texts = _texts(reader)
    position = 0
    for (_, title), page in zip(entries, pages, strict=True):
        position = lines.index(_squeezed(title), position)
        assert lines[position + 1] == str(page)  # the number at the line's end
        assert _squeezed(title) in texts[page - 1]
    assert pages == sorted(pages) and pages[0] > contents + 1


def test_contents_links_and_bookmarks_lead_to_the_headings(example_pdf, example,
                                                          referential) -> None:
    reader, pages = example_pdf
    entries = headings(example, referential)
    outline = reader.outline
    tops = [item for item in outline if not isinstance(item, list)]
    assert [item.title for item in tops] == [_squeezed(t) for level, t in entries if level == 1]
    nested = [item for item in outline if isinstance(item, list)]
    assert [[child.title for child in group] for group in nested] == \
        [[kind.label for kind in ChapterKind]] * len(example.productions)
    flat = [item for entry in outline for item in (entry if isinstance(entry, list) else [entry])]
    assert [reader.get_destination_page_number(item) + 1 for item in flat] == pages
    contents = next(page for page in reader.pages if "Sommaire" in _lines(page))
    links = [a.get_object() for a in contents.get("/Annots", [])]
    assert [link["/Subtype"] for link in links] == ["/Link"] * len(entries)
    assert [reader.get_page_number(link["/Dest"][0].get_object()) + 1 for link in links] == pages


def test_words_are_spaced_bullets_real_and_numbers_counted(example_pdf) -> None:
    reader, _ = example_pdf
    raw = "".join(page.extract_text() for page in reader.pages)
    assert "\t" not in raw  # Qt maps the space glyph to the tab; copied text keeps spaces
    assert not [c for c in raw if "\ue000" <= c <= "\uf8ff"]  # no Symbol bullet left
    lines = [line for page in reader.pages for line in _lines(page)]
    # The example's own bullets, and the trade's three competences in each production's table.
    assert lines.count("•") == 7 + 3 * 3
    assert [line for line in lines if line[:-1].isdigit() and line[-1] in ".)"] == ["1.", "2.", "3."]


def test_open_comments_are_not_printed(example, referential, tmp_path) -> None:
    for comment in example.comments:
        comment.resolved = False
    target = tmp_path / "commenté.pdf"
    render_pdf(build(example, referential, Options(with_comments=True)).document, target)
    whole = " ".join(_texts(pypdf.PdfReader(str(target))))
    assert example.comments and all(_squeezed(c.body)[:30] not in whole for c in example.comments)
    assert all(r.body[:20] not in whole for c in example.comments for r in c.replies)


def _sample():
    """Lists two levels deep, a numbered list, a table, a hard line break, a page break."""
    document = open_template(default_template())
    clear_body(document)
    document.add_paragraph("Une longue liste", style="Heading 1")
    for index in range(1, 41):
        document.add_paragraph(f"point {index} de la liste", style="List Bullet")
        if index % 4 == 0:
            document.add_paragraph(f"détail {index} du point", style="List Bullet 2")
    for word in ("premier", "deuxième", "troisième"):
        document.add_paragraph(f"{word} pas", style="List Number")
    paragraph = document.add_paragraph("Avant le ")
    run = paragraph.add_run("saut")
    run.add_break()
    run.add_text("dur et après.")
    table = document.add_table(rows=2, cols=3)
    table.style = document.styles["Table Grid"]
    for index, values in enumerate((("Mandat", "Période", "Part"),
                                    ("Élue au CSE", "depuis 2019", "40\u00a0%"))):
        for cell, value in zip(table.rows[index].cells, values, strict=True):
            cell.paragraphs[0].add_run(value).bold = index == 0  # the header row, as written
    document.add_paragraph("Fin de la page.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Après le saut de page", style="Heading 2")
    document.add_paragraph("La suite.")
    header_and_page_footer(document, "En-tête d’essai", bare_first_page=False)
    return document


def test_lists_table_and_breaks(tmp_path) -> None:
    target = tmp_path / "essai.pdf"
    pages = render_pdf(_sample(), target)
    reader = pypdf.PdfReader(str(target))
    lines = [line for page in reader.pages for line in _lines(page)]
    assert (lines.count("•"), lines.count("–")) == (40, 10)
    assert "point 40 de la liste" in lines and "détail 40 du point" in lines
    assert [lines[lines.index(f"{word} pas") - 1] for word in ("premier", "deuxième", "troisième")] \
        == ["1.", "2.", "3."]
    assert "Avant le saut" in lines and "dur et après." in lines  # never « sautdur »
    assert {"Mandat", "Période", "Part", "Élue au CSE", "depuis 2019", "40 %"} <= set(lines)
    before = next(i for i, page in enumerate(reader.pages) if "Fin de la page." in _lines(page))
    assert pages == [1, before + 2]  # the page break: the second heading on the next page
    assert "Après le saut de page" in _lines(reader.pages[before + 1])
    assert f"page 1 / {len(reader.pages)}" in lines  # no bare first page asked


def test_list_indents_and_numbers_as_word_sets_them() -> None:
    body = docx_reading.read(_sample())
    bullets = [p for p in body.paragraphs if p.style == "list bullet"]
    inner = [p for p in body.paragraphs if p.style == "list bullet 2"]
    assert {p.prefix for p in bullets} == {"•"} and {p.prefix for p in inner} == {"–"}
    assert (bullets[0].left, bullets[0].first) == (17.85, -17.85)  # the level's w:ind
    assert (inner[0].left, inner[0].first) == (36.0, -17.85)
    assert [p.prefix for p in body.paragraphs if p.style == "list number"] == ["1.", "2.", "3."]


def test_symbol_font_bullets_become_real_bullets() -> None:
    """An organisation's template may keep Word's old bullets: U+F0B7 in the Symbol font."""
    document = _sample()
    numbering = document.part.numbering_part.element
    for text in numbering.iter(qn("w:lvlText")):
        if text.get(qn("w:val")) in ("•", "–"):
            text.set(qn("w:val"), "\uf0b7" if text.get(qn("w:val")) == "•" else "o")
    prefixes = {p.prefix for p in docx_reading.read(document).paragraphs if p.prefix}
    assert prefixes == {"•", "◦", "1.", "2.", "3."}


def test_no_break_spaces_hold_their_words_together(tmp_path) -> None:
    document = open_template(default_template())
    clear_body(document)
    document.add_paragraph(" ".join(f"mot{i}\u00a0: «\u202fcité{i}\u202f» x{i}\u202f;" for i in range(120)))
    body = docx_reading.read(document)
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    laid = qt_layout.Builder(writer, body).document(body.items)
    block = laid.firstBlock()
    layout = block.layout()
    assert layout.lineCount() > 10
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        text = block.text()[line.textStart():line.textStart() + line.textLength()]
        assert not text.lstrip().startswith((":", ";", "»", "cité")), text
        assert not text.rstrip().endswith("«"), text


def test_the_signature_box_keeps_its_height(example, referential) -> None:
    """The declaration's box is a one-cell table whose row is 3.5 cm high (w:trHeight):
    it is not only as high as its one line of text."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    body = docx_reading.read(build(example, referential, Options()).document)
    box = next(item for item in body.items if isinstance(item, qt_layout.Table)
               and item.rows[0][0].paragraphs[0].text == "Signature du candidat")
    assert box.heights == [pytest.approx(3.5 / 2.54 * 72, abs=0.1)]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1440)
    laid = qt_layout.Builder(writer, body).document(body.items)
    table = laid.rootFrame().childFrames()[-1]
    margins = (table.frameFormat().topMargin() + table.frameFormat().bottomMargin()) * 72 / 96
    height = laid.documentLayout().frameBoundingRect(table).height() * 72 / 1440 - margins
    assert height == pytest.approx(3.5 / 2.54 * 72, abs=4)  # and its borders, 0.75 pt each


def _laid_out(document):
    """The document's body and Qt's layout of it (without pages) at the PDF's resolution."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    body = docx_reading.read(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1440)
    builder = qt_layout.Builder(writer, body)
    return body, builder, builder.document(body.items)


def test_a_table_row_is_as_high_and_its_text_as_wide_as_libreoffice_sets_them() -> None:
    """As measured on LibreOffice's PDF of a Table Grid: a row of one line takes that line,
    its space after and the 0.5 pt border; the text is the column less the cell margins.
    (Qt draws no border under 0.75 pt, and sets the text further from it.)"""
    document = open_template(default_template())
    clear_body(document)
    document.add_paragraph("Avant le tableau.")
    table = document.add_table(rows=3, cols=2)
    table.style = document.styles["Table Grid"]
    for row in table.rows:
        for cell in row.cells:
            cell.paragraphs[0].add_run("cellule")
    document.add_paragraph("Après le tableau.")
    body, builder, laid = _laid_out(document)
    layout = laid.documentLayout()

    def top(block) -> float:
        return (layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()) * 72 / 1440

    qt_table = laid.rootFrame().childFrames()[0]
    cells = [qt_table.cellAt(row, 0).firstCursorPosition().block() for row in range(3)]
    tops = [top(laid.firstBlock()), *(top(cell) for cell in cells), top(laid.lastBlock())]
    step = builder.line_height(body.paragraphs[0])[0] + body.paragraphs[0].after + 0.5
    assert [b - a for a, b in itertools.pairwise(tops)] == [pytest.approx(step, abs=0.05)] * 4
    grid, (left, _, right, _) = body.items[1].widths, body.items[1].padding
    assert cells[0].layout().lineAt(0).width() * 72 / 1440 == \
        pytest.approx(grid[0] - left - right - qt_layout.SHORTER, abs=0.02)


def test_only_words_asked_to_are_kerned() -> None:
    """Word kerns a run only from the size its w:kern names (the Title's style asks it from
    14 pt), LibreOffice likewise: Qt, which kerns all text, would set « . Avec » closer."""
    document = open_template(default_template())
    clear_body(document)
    document.add_paragraph("Titre du dossier", style="Title")
    document.add_paragraph("Aux prud’hommes. Avec le recul.")
    body, builder, _ = _laid_out(document)
    title, text = body.paragraphs
    assert (title.mark.kerning, text.pieces[0].look.kerning) == (True, False)
    assert not builder.char_format(text.pieces[0].look).font().kerning()


def test_a_narrow_no_break_space_is_half_a_space_as_in_libreoffice() -> None:
    """Liberation Serif has no U+202F: LibreOffice sets half of the font's space (12 times
    « x\u202fx » measured in its PDF), Qt would set another font's or a whole space."""
    document = open_template(default_template())
    clear_body(document)
    document.add_paragraph("x\u202fx")
    document.add_paragraph("xx")
    document.add_paragraph("x x")
    _, _, laid = _laid_out(document)
    narrow, none, whole = (block.layout().lineAt(0).naturalTextWidth() for block in
                           (laid.firstBlock(), laid.firstBlock().next(), laid.lastBlock()))
    assert narrow - none == pytest.approx((whole - none) / 2, abs=0.5)
    assert laid.firstBlock().text() == "x\u00a0x"  # a no-break space of the font itself


def test_a_line_is_as_short_as_libreoffice_fits_it_before_italics_most() -> None:
    """LibreOffice fits a line about a tenth of a point short of its width, and one that
    ends in italics a twelfth of the font's height shorter still (room for the slant): a
    word that fits by less goes to the next line, there and in Qt's layout alike."""
    from PySide6.QtGui import QFontMetricsF

    def laid_out(italic: bool, spacing: int):
        """« nnn…n mot suite », the last n wider by ``spacing`` twips, « mot » in italics."""
        document = open_template(default_template())
        clear_body(document)
        paragraph = document.add_paragraph("n" * 74)
        spaced = paragraph.add_run("n")
        spaced._r.get_or_add_rPr().append(spaced._r.makeelement(qn("w:spacing"), {qn("w:val"): str(spacing)}))
        paragraph.add_run(" ")
        paragraph.add_run("mot").italic = italic
        paragraph.add_run(" suite")
        return _laid_out(document)

    for italic in (False, True):
        body, builder, laid = laid_out(italic, 0)
        para = body.paragraphs[0]
        natural = sum(QFontMetricsF(builder.char_format(piece.look).font(), laid.documentLayout()
                                    .paintDevice()).horizontalAdvance(piece.text) * 72 / 1440
                      for piece in para.pieces[:-1])  # up to the end of « mot »
        room = builder.line_height(para)[0] / para.line[1] / 12 if italic else 0.0
        least = qt_layout.SHORTER + room
        for slack, wrapped in ((least - 0.03, True), (least + 0.03, False)):
            spacing = int((body.geometry.content_width - natural - slack) * 20)  # twips
            _, _, laid = laid_out(italic, spacing)
            layout = laid.firstBlock().layout()
            second = laid.firstBlock().text()[layout.lineAt(1).textStart():]
            assert second.startswith("mot") == wrapped, (italic, slack)


def test_the_command_line_renders_without_a_screen(tmp_path) -> None:
    """No QApplication, no display: a QGuiApplication is made offscreen."""
    script = ("import sys\n"
              "from pathlib import Path\n"
              "import docx\n"
              "from dossier_app.typeset.qt_pdf import render_pdf\n"
              "document = docx.Document()\n"
              "document.add_paragraph('Titre', style='Heading 1')\n"
              "print(render_pdf(document, Path(sys.argv[1])))\n"
              "from PySide6.QtGui import QGuiApplication\n"
              "print(QGuiApplication.platformName())\n")
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "seul.pdf")],
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[1]", "offscreen"]
    assert len(pypdf.PdfReader(str(tmp_path / "seul.pdf")).pages) == 1


def test_a_target_that_cannot_be_written_is_told(example, referential, tmp_path) -> None:
    with pytest.raises(FileProblem, match=r"dossier\.pdf"):
        render_pdf(build(example, referential, Options()).document, tmp_path / "absent" / "dossier.pdf")


def test_headings_keep_with_their_text_and_no_line_is_left_alone(tmp_path) -> None:
    """Word's rules, which Qt's layout lacks: a heading never ends a page, a paragraph
    never leaves its first line at a page's foot nor its last at a page's head."""
    document = open_template(default_template())
    clear_body(document)
    for number in range(1, 151):
        if number % 3 == 0:
            document.add_paragraph(f"Titre {number}", style="Heading 2")
        words = " ".join(["mot"] * (8 + (number * 37) % 90))
        document.add_paragraph(f"Paragraphe {number} {words} fin {number}.")
    target = tmp_path / "règles.pdf"
    render_pdf(document, target)
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) > 12
    for page in reader.pages:
        body = [line for line in _lines(page) if not line.startswith("page ")]
        first, last = body[0], body[-1]
        assert not last.startswith("Titre"), body[-3:]
        assert not (last.startswith("Paragraphe") and not last.endswith(".")), body[-2:]
        assert not (first.endswith(".") and not first.startswith("Paragraphe")), body[:2]


def _listed_dossier(words: int) -> Dossier:
    """Three productions of paragraphs of 60 words with bold and italic ones, and a list
    of three items after every fourth paragraph (as the benchmark's 100 000 words)."""
    sentence = ("le délégué a préparé la réunion avec soin en relisant chaque compte rendu pour "
                "vérifier les heures et les contrats des salariés **concernés** par le *planning* "
                "de nuit")
    cycle = sentence.split()

    def chapter(seed: int) -> str:
        blocks = []
        for index in range(words // 60):
            sentence = " ".join(cycle[(seed + index + i) % len(cycle)] for i in range(60))
            blocks.append(sentence[0].upper() + sentence[1:] + ".")
            if index % 4 == 3:
                blocks.append("\n".join(f"- {cycle[(seed + index + i) % len(cycle)]} et "
                                        f"{cycle[(seed + i) % len(cycle)]} ;" for i in range(3)))
        return "\n\n".join(blocks)

    return Dossier(ccpt="dossier-social", productions=[
        Production(competence=number, title=f"Production {number}",
                   chapters={kind: Chapter(chapter(number * 7 + i)) for i, kind in enumerate(ChapterKind)})
        for number in (1, 2, 3)])


@pytest.mark.needs("libreoffice")
def test_qt_pages_lists_and_bold_words_as_libreoffice_does(referential, tmp_path) -> None:
    """Qt's pages are LibreOffice's: the same width for each word (whole pixels for each
    half point), an empty paragraph after a table takes its line, a list's lead-in moves
    whole to the next page with its first item."""
    dossier = _listed_dossier(1500)
    built = build(dossier, referential, Options())
    source = tmp_path / "listes.docx"
    built.save(source)
    soffice = pdf.find_libreoffice()
    assert soffice is not None
    pdf.docx_to_pdf(source, tmp_path / "listes.pdf", soffice)
    pages, count = pdf.heading_pages(tmp_path / "listes.pdf",
                                     [title for _, title in headings(dossier, referential)])
    assert count is not None and count > 25
    assert heading_pages(built.document) == pages


def test_no_line_is_printed_twice_in_the_text_layer(tmp_path) -> None:
    """A paragraph that runs onto the next page: Qt paints the line above the page's head
    there again (clipped away, but copied, searched and read aloud); each is cut into two
    blocks at the page instead."""
    document = open_template(default_template())
    clear_body(document)
    written = []
    for number in range(60):
        words = [f"m{number}w{index}" for index in range(8 + (number * 37) % 90)]
        document.add_paragraph(" ".join(words))
        written += words
    target = tmp_path / "une-fois.pdf"
    render_pdf(document, target)
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) > 6
    printed = [word for text in _texts(reader) for word in text.split() if word.startswith("m")]
    assert printed == written
