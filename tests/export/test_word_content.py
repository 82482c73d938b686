"""What the jury reads in the Word dossier: lists, the cover, each production's head, the
tables of competences and annexes, the declaration; an organisation's template honoured."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from dossier_app.core.model import Annex, AnnexKind, ChapterKind
from dossier_app.core.typography import french_spacing
from dossier_app.export import pdf
from dossier_app.export.word import Options, build, current_level, default_template


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _cells(document) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]


def _bullet(document, style: str) -> str:
    """The character that numbers ``style``'s paragraphs, read from numbering.xml."""
    num_id = document.styles[style].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    abstract = next(n for n in numbering.num_lst if n.numId == num_id).abstractNumId.val
    definition = next(a for a in numbering.iterchildren(qn("w:abstractNum"))
                      if a.get(qn("w:abstractNumId")) == str(abstract))
    return definition.find(f"{qn('w:lvl')}/{qn('w:lvlText')}").get(qn("w:val"))


def test_lists_three_levels_each_its_own_marker_and_the_lead_in_kept_with_it(
        example, referential) -> None:
    example.productions[0].chapters[ChapterKind.SITUATION].text = (
        "Voici ce que j’ai vérifié :\n\n- les contrats\n  - leurs dates\n    - de début\n"
        "    - de fin\n  - leurs motifs\n- les plannings\n")
    document = build(example, referential, Options()).document
    start = _texts(document).index(french_spacing("Voici ce que j’ai vérifié :"))
    paragraphs = document.paragraphs[start:start + 7]
    assert [p.style.name for p in paragraphs[1:]] == [
        "List Bullet", "List Bullet 2", "List Bullet 3", "List Bullet 3", "List Bullet 2",
        "List Bullet"]
    assert [p.text for p in paragraphs[3:5]] == ["de début", "de fin"]  # not flattened
    assert paragraphs[0].paragraph_format.keep_with_next is True
    markers = [_bullet(document, s) for s in ("List Bullet", "List Bullet 2", "List Bullet 3")]
    assert len(set(markers)) == 3 and "\uf0b7" not in markers  # no Symbol-font bullet


def test_the_cover_names_the_candidate_the_certificate_and_the_session(
        example, referential) -> None:
    document = build(example, referential, Options()).document
    cover = _texts(document)[:_texts(document).index("Sommaire")]
    assert "Nadia Martin" in cover
    assert french_spacing("Nom de naissance : Benhamou") in cover
    assert french_spacing("« Suivi de dossier social d’entreprise »") in cover
    assert any(line.endswith("Gestionnaire de paie, niveau 5") for line in cover)
    assert french_spacing("Certificateur : ministère chargé du Travail") in cover
    assert "Session 2026" in cover or any(line.startswith("Session ") for line in cover)
    assert not any("Tanneurs" in line for line in cover)  # the address: not asked
    example.candidate.show_address = True
    shown = _texts(build(example, referential, Options()).document)
    assert "12 rue des Tanneurs, 44000 Nantes" in shown[:shown.index("Sommaire")]


def test_a_level_in_todays_naming() -> None:
    assert current_level("niveau III (niveau 5 européen)") == "niveau 5"
    assert current_level("niveau IV (EU 4)") == "niveau 4"
    assert current_level("niveau 6") == "niveau 6"


def test_each_production_opens_with_its_competence_and_mandates(example, referential) -> None:
    document = build(example, referential, Options()).document
    rows = _cells(document)
    competences = [row for row in rows if row[0] == "Compétence visée"]
    assert len(competences) == len(example.productions)
    ccpt = referential.ccpt(example.ccpt)
    first = ccpt.competence(example.productions[0].competence)
    assert french_spacing(f"Compétence {first.number} : {first.label}") in competences[0][1]
    assert first.description in competences[0][1]
    mandates = [row for row in rows if row[0] == "Mandats"]
    assert len(mandates) == len(example.productions)
    assert "Secrétaire du CSE" in mandates[0][1] and "Déléguée syndicale" in mandates[0][1]


def test_a_provisional_competence_says_so(example, referential) -> None:
    example.ccpt = "encadrement-animation-equipe"
    rows = _cells(build(example, referential, Options()).document)
    competence = next(row for row in rows if row[0] == "Compétence visée")
    assert "provisoire" in competence[1]


def test_a_table_maps_productions_to_competences_after_the_contents(
        example, referential) -> None:
    document = build(example, referential, Options()).document
    table = document.tables[0]  # the first table of the dossier
    assert [c.text for c in table.rows[0].cells] == ["Production", "Titre",
                                                     "Compétence du certificat"]
    assert len(table.rows) == len(example.productions) + 1
    assert table.rows[1].cells[0].text == "Production 1"


def test_annexes_are_numbered_with_their_kind_and_description(example, referential) -> None:
    example.annexes = [Annex("Attestation", AnnexKind.ATTESTATION, "signée par le président"),
                       Annex("Tableau", AnnexKind.DOCUMENT, "")]
    rows = _cells(build(example, referential, Options()).document)
    annexes = [row for row in rows if row[0].startswith("Annexe")]
    assert [row[0] for row in annexes] == ["Annexe", "Annexe 1", "Annexe 2"]
    assert annexes[1][2] == AnnexKind.ATTESTATION.label
    assert annexes[1][3] == "signée par le président"


def test_the_declaration_has_place_date_and_a_signature_box(example, referential) -> None:
    document = build(example, referential, Options()).document
    texts = _texts(document)
    start = texts.index(french_spacing("Déclaration sur l’honneur"))
    assert any(line.startswith("Fait à") for line in texts[start:])
    box = document.tables[-1]
    assert box.rows[0].cells[0].text == "Signature du candidat"
    assert box.rows[0].height is not None and box.rows[0].height.cm >= 3
    declaration = document.paragraphs[start]
    assert declaration.paragraph_format.page_break_before is False  # on the annexes' page


def _house_template(tmp_path):
    """An organisation's template: its own header, body font and list font."""
    house = docx.Document(str(default_template()))
    house.sections[0].header.paragraphs[0].text = "Union régionale — formation des élus"
    house.styles["Normal"].font.name = "Georgia"
    for style in house.styles:
        fonts = style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if fonts is not None and style.name.startswith("List"):
            fonts.getparent().remove(fonts)
    house.styles["toc 1"].element.getparent().remove(house.styles["toc 1"].element)
    path = tmp_path / "maison.docx"
    house.save(str(path))
    return path


def test_an_organisations_header_and_fonts_win(example, referential, tmp_path) -> None:
    document = build(example, referential, Options(template=_house_template(tmp_path))).document
    assert document.sections[0].header.paragraphs[0].text == "Union régionale — formation des élus"
    assert "page" in document.sections[0].footer.paragraphs[0].text  # its footer was empty
    assert "toc 1" in {s.name for s in document.styles}  # supplied from ours
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            assert run.font.name is None  # no font forced on a run: the styles' win
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    fonts = bullets[0].style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts is None  # the list inherits the organisation's body font


@pytest.mark.needs("libreoffice")
def test_one_pair_of_typefaces_is_printed(example, referential, tmp_path) -> None:
    from pypdf import PdfReader

    source = tmp_path / "dossier.docx"
    build(example, referential, Options()).save(source)
    target = tmp_path / "dossier.pdf"
    pdf.docx_to_pdf(source, target, pdf.find_libreoffice())
    fonts = set()
    for page in PdfReader(str(target)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1].split("-")[0])
    assert fonts <= {"LiberationSans", "LiberationSerif", "Arial", "TimesNewRoman",
                     "TimesNewRomanPSMT", "ArialMT"}, fonts
