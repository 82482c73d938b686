"""Where a draft's pieces go: productions and chapters from headings however worded
(styled, bold, numbered), the title page's facts, « à trier » for the rest; drafts written
by python-docx and by LibreOffice; our own export read back to equal chapters."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import docx
import pytest

from dossier_app.app.draft_import import (
    TO_SORT,
    TO_SORT_TITLE,
    PieceKind,
    Place,
    build_dossier,
    read_draft,
    report,
)
from dossier_app.core.markdown import ListKind, parse
from dossier_app.core.model import ChapterKind, ChapterStatus, Dossier
from dossier_app.export.service import export_document
from dossier_app.export.word import typeset
from dossier_app.readers.draft_structure import chapter_heading, production_heading
from tests.readers.test_word_draft import rich_draft, styled_draft

S, A, T = ChapterKind.SITUATION, ChapterKind.ANALYSIS, ChapterKind.TRANSFER


@pytest.mark.parametrize(("text", "expected"), [
    ("Production 1 : Négocier les NAO", (1, "Négocier les NAO")),
    ("PRODUCTION N°2 – Le CSE", (2, "Le CSE")),
    ("Première production : l’accueil", (1, "l’accueil")),
    ("Deuxième production", (2, "")),
    ("Production", (None, "")),
])
def test_production_headings_however_worded(text, expected) -> None:
    assert production_heading(text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("1. La situation", S), ("Description de la situation", S), ("Contexte", S),
    ("Mon analyse", A), ("2) Analyse", A), ("III. L’analyse", A),
    ("Argumentaire de transfert", T), ("Transfert", T), ("Ce que je retiens", T),
    ("C. Ce que j’en retire :", T),
])
def test_chapter_headings_however_worded(text, kind) -> None:
    assert chapter_heading(text) is kind


@pytest.mark.parametrize("text", ["Productions de l’année", "La situation financière de l’entreprise "
                                  "s’est dégradée au point que la direction a tout revu", "Bonjour"])
def test_other_text_is_no_heading(text) -> None:
    assert production_heading(text) is None
    assert chapter_heading(text) is None


def chapters(dossier: Dossier) -> list[dict[ChapterKind, str]]:
    return [{kind: chapter.text for kind, chapter in p.chapters.items()} for p in dossier.productions]


def check_styled_mapping(mapping) -> None:
    assert [p.title for p in mapping.productions] == ["Régulariser les contrats courts",
                                                      "Les heures de nuit"]
    assert (mapping.first_name, mapping.last_name) == ("Nadia", "Martin")
    assert mapping.ccpt == "dossier-social"
    assert mapping.mandates == ["Secrétaire du CSE", "Délégué syndical"]
    dossier = build_dossier(mapping, None)
    first, second = chapters(dossier)
    assert first[S].startswith("En 2023, **trente salariés** sont arrivés en *CDD*.\n\n")
    assert [(b.text, b.list_kind, b.level) for b in parse(first[S])][1:] == [
        ("Premier point", ListKind.BULLET, 1), ("Sous-point", ListKind.BULLET, 2),
        ("Étape une", ListKind.ORDERED, 1)]
    assert first[A] == "Une ligne\\\net la suivante."
    assert first[T] == "Je saurai vérifier des contrats."
    assert second == {S: "Les heures de nuit manquaient.", A: "", T: ""}
    assert dossier.project == ""  # nothing left to sort


def test_a_styled_draft(tmp_path, referential) -> None:
    check_styled_mapping(read_draft(styled_draft(tmp_path / "d.docx"), referential=referential))


def unstyled_draft(path: Path, numbered: bool = False) -> Path:
    """No heading styles: short bold paragraphs, or numbered ones, stand for headings."""
    document = docx.Document()
    for text, body in (("Production 1 : Le planning", None), ("Situation", "Le planning a changé."),
                       ("Analyse", "J’ai comparé les heures."),
                       ("Argumentaire de transfert", "Je saurai contrôler la paie.")):
        if numbered and body:
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph().add_run(text).bold = True
        if body:
            document.add_paragraph(body)
    document.add_paragraph().add_run("Une phrase en gras qui n’est pas un titre.").bold = True
    document.save(str(path))
    return path


@pytest.mark.parametrize("numbered", [False, True])
def test_a_draft_without_heading_styles(tmp_path, referential, numbered) -> None:
    mapping = read_draft(unstyled_draft(tmp_path / "u.docx", numbered), referential=referential)
    [production] = build_dossier(mapping, "dossier-social").productions
    assert production.title == "Le planning"
    assert production.chapters[S].text == "Le planning a changé."
    assert production.chapters[A].text == "J’ai comparé les heures."
    assert production.chapters[T] .text == ("Je saurai contrôler la paie.\n\n"
                                            "**Une phrase en gras qui n’est pas un titre.**")


def test_comment_table_and_image(tmp_path, referential) -> None:
    mapping = read_draft(rich_draft(tmp_path / "r.docx"), referential=referential)
    dossier = build_dossier(mapping, "dossier-social")
    [production] = dossier.productions
    assert "Avant le passage commenté après." in production.chapters[S].text
    [comment] = dossier.comments
    assert (comment.production, comment.chapter, comment.quote, comment.body, comment.author) == (
        1, S, "passage commenté", "À préciser", "Claire Conseil")
    assert comment.created is not None
    [annex] = dossier.annexes
    assert annex.file is not None and annex.file.media_type == "image/png"
    assert annex.productions == [1]
    # The table goes « à trier », kept in the professional project.
    assert TO_SORT_TITLE in dossier.project and "Mois | Heures" in dossier.project
    lines = [line.render() for line in report(mapping, referential)]
    assert any(line.startswith("Laissé de côté : ") and "couleurs" in line for line in lines)
    assert any(line.startswith("À trier") for line in lines)


def test_a_draft_without_headings_is_kept_to_sort(tmp_path, referential) -> None:
    document = docx.Document()
    for number in range(3):
        document.add_paragraph(f"Un paragraphe de mon brouillon, le numéro {number}.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    mapping = read_draft(path, referential=referential)
    assert mapping.productions == [] and set(mapping.places) == {TO_SORT}
    dossier = build_dossier(mapping, None)
    assert all(f"le numéro {n}." in dossier.project for n in range(3))


def test_the_candidate_moves_merges_and_removes(tmp_path, referential) -> None:
    mapping = read_draft(styled_draft(tmp_path / "d.docx"), referential=referential)
    second = [p for p in mapping.pieces_at(Place(1, S)) if p.kind is PieceKind.TEXT]
    mapping.move([piece.index for piece in second], Place(0, A))
    assert [p.kind for p in mapping.pieces_at(Place(1, S))] == [PieceKind.HEADING]
    assert mapping.pieces_at(Place(0, A))[-1].text == "Les heures de nuit manquaient."
    added = mapping.add_production()
    assert added == 2
    mapping.move([second[0].index], Place(added, T))
    mapping.merge_productions(0, added)
    assert len(mapping.productions) == 2
    assert mapping.pieces_at(Place(0, T))[-1].text == "Les heures de nuit manquaient."
    mapping.remove_production(0)
    assert [p.title for p in mapping.productions] == ["Les heures de nuit"]
    assert "Les heures de nuit manquaient." in [p.text for p in mapping.pieces_at(TO_SORT)]
    assert all(p.kind is not PieceKind.TABLE for p in mapping.pieces)


# --- LibreOffice's own files ---------------------------------------------------------------

def convert(source: Path, fmt: str, folder: Path) -> Path:
    """``source`` saved by LibreOffice as ``fmt`` (its own styles and numbering)."""
    from dossier_app.export.pdf import find_libreoffice

    profile = folder / "profile"
    subprocess.run([str(find_libreoffice()), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(folder / fmt), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / fmt / f"{source.stem}.{fmt}"


@pytest.mark.needs("libreoffice")
def test_drafts_saved_by_libreoffice(tmp_path, referential) -> None:
    source = styled_draft(tmp_path / "d.docx")
    odt = convert(source, "odt", tmp_path)
    check_styled_mapping(read_draft(odt, referential=referential))
    resaved = convert(odt, "docx", tmp_path / "again")
    check_styled_mapping(read_draft(resaved, referential=referential))
    rich = convert(rich_draft(tmp_path / "r.docx"), "docx", tmp_path / "rich")
    dossier = build_dossier(read_draft(rich, referential=referential), "dossier-social")
    assert [c.quote for c in dossier.comments] == ["passage commenté"]
    assert len(dossier.annexes) == 1


# --- our own export comes back -------------------------------------------------------------


def big_dossier() -> Dossier:
    """The benchmarks' 100 000-word dossier."""
    spec = importlib.util.spec_from_file_location(
        "export_docx_benchmark", Path(__file__).parents[2] / "benchmarks" / "export_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.big_dossier()


@pytest.mark.parametrize("which", ["example", "big"])
def test_our_export_comes_back_to_equal_chapters(tmp_path, referential, example, which) -> None:
    dossier = example if which == "example" else big_dossier()
    path = tmp_path / "exported.docx"
    export_document(dossier, referential, path, "docx", with_comments=True)
    mapping = read_draft(path, referential=referential)
    assert mapping.ours
    back = build_dossier(mapping, None)
    written = typeset(dossier)  # the export sets French typography (’, no-break spaces)
    assert chapters(back) == chapters(written)
    assert [p.title for p in back.productions] == [p.title for p in written.productions]
    assert [p.competence for p in back.productions] == [p.competence for p in dossier.productions]
    assert back.ccpt == dossier.ccpt
    assert back.project == written.project  # cover, contents, tables, declaration left out
    if which == "example":
        assert back.candidate.full_name == dossier.candidate.full_name
        assert [(m.title, m.description) for m in back.mandates] == [
            (m.title, m.description) for m in written.mandates]
        open_comments = [c for c in dossier.comments if not c.resolved]
        assert [(c.production, c.chapter, c.quote, c.author, c.created) for c in back.comments] == [
            (c.production, c.chapter, c.quote, c.author, c.created) for c in open_comments]
        assert [[r.body for r in c.replies] for c in back.comments] == [
            [r.body for r in c.replies] for c in typeset(dossier).comments if not c.resolved]


def test_our_export_brings_back_its_annexes(tmp_path, referential, example) -> None:
    """The list of annexes comes back (title, kind, description, productions) and an image
    annex its picture; a PDF annex's document was joined to the PDF only."""
    import io

    from PIL import Image

    from dossier_app.core.model import AnnexFile

    picture = io.BytesIO()
    Image.new("RGB", (300, 200), (30, 90, 160)).save(picture, "PNG")
    example.annexes[1].file = AnnexFile("tableau.png", "image/png", picture.getvalue())
    path = tmp_path / "exported.docx"
    export_document(example, referential, path, "docx")
    mapping = read_draft(path, referential=referential)
    back = build_dossier(mapping, None)
    written = typeset(example)
    assert [(a.title, a.kind, a.description, a.productions) for a in back.annexes] == [
        (a.title, a.kind, a.description, a.productions) for a in written.annexes]
    assert [a.file.data if a.file else None for a in back.annexes] == [
        None, picture.getvalue(), None]
    assert any(line.render() == "Annexes : 3 reprises de la liste du dossier, dont 1 avec son image"
               for line in report(mapping, referential))


def _png(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` (its pixels are not all there)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b""))


def test_a_chapter_label_with_words_after_it_keeps_them(tmp_path, referential) -> None:
    """« Analyse : j’ai appris. » and « **Transfert :** J’ai… » open their chapter and are
    its first words: nothing after the colon is lost."""
    document = docx.Document()
    document.add_heading("Production 1 : Négocier l’accord de nuit", 1)
    document.add_paragraph("Situation")
    document.add_paragraph("En 2023, les salariés de nuit sont venus me voir au CSE.")
    document.add_paragraph("Analyse : j’ai appris.")
    label = document.add_paragraph()
    label.add_run("Transfert :").bold = True
    label.add_run(" J’ai appris à chiffrer les écarts de paie, ce que fait un gestionnaire.")
    path = tmp_path / "labels.docx"
    document.save(str(path))
    dossier = build_dossier(read_draft(path, referential=referential), "dossier-social")
    chapters = dossier.productions[0].chapters
    assert chapters[ChapterKind.ANALYSIS].text == "Analyse : j’ai appris."
    assert chapters[ChapterKind.TRANSFER].text.startswith("**Transfert :** J’ai appris à chiffrer")
    assert all(chapter.status is ChapterStatus.DRAFT for chapter in chapters.values())


def test_an_image_too_big_for_an_annex_stays_to_sort_and_the_import_goes_on(tmp_path,
                                                                            referential) -> None:
    import io

    from PIL import Image

    small = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(small, "PNG")
    document = docx.Document()
    document.add_heading("Production 1 : Négocier l’accord de nuit", 1)
    document.add_heading("Situation", 2)
    document.add_paragraph("En 2023, les salariés de nuit sont venus me voir au CSE.")
    document.add_picture(io.BytesIO(small.getvalue()))
    document.add_picture(io.BytesIO(_png(9000, 9000)))  # 81 megapixels
    path = tmp_path / "images.docx"
    document.save(str(path))
    mapping = read_draft(path, referential=referential)
    dossier = build_dossier(mapping, "dossier-social")
    assert [(a.title, a.productions) for a in dossier.annexes] == [("Image de la production 1", [1])]
    assert any("images trop lourdes ou illisibles" in line.render()
               for line in report(mapping, referential))
    target = tmp_path / "images.ccpt"
    from dossier_app.app import dossiers
    from dossier_app.storage.lock import LockIdentity

    dossiers.create(target, dossier, LockIdentity.current())
    assert dossiers.read(target).annexes[0].file == dossier.annexes[0].file


@pytest.mark.parametrize(("lines", "first", "last"), [
    (["Nom : LEMAIRE", "Prénom : Sophie"], "Sophie", "LEMAIRE"),
    (["Prénom : Sophie", "Nom : Lemaire"], "Sophie", "Lemaire"),
    (["Nom et prénom : LEMAIRE Sophie"], "Sophie", "LEMAIRE"),
    (["Nom et prénom : Lemaire Sophie"], "Sophie", "Lemaire"),
    (["Candidate : Mme Sophie Lemaire"], "Sophie", "Lemaire"),
    (["Dossier de Karim Benali"], "Karim", "Benali"),
])
def test_the_title_page_gives_the_candidates_name(tmp_path, referential, lines, first, last) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.add_heading("Production 1 : Négocier l’accord de nuit", 1)
    document.add_heading("Situation", 2)
    document.add_paragraph("En 2023, les salariés de nuit sont venus me voir au CSE.")
    path = tmp_path / "titre.docx"
    document.save(str(path))
    mapping = read_draft(path, referential=referential)
    assert (mapping.first_name, mapping.last_name) == (first, last)
