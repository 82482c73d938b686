"""The checks of ``dossier-app --self-test`` that need no screen: an installed copy's
resources, a dossier written and read back, the exports, the dictionary. Each returns
what it saw, or raises."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import DossierError
from ..core.guidance import load_guidance
from ..core.model import Dossier
from ..core.oral import bundled_rules_path, load_rules
from ..core.paths import AppPaths
from ..core.referential import Referential, active_referential
from ..core.resources import example_dossier_path
from ..core.sentence import say
from ..storage.lock import LockIdentity
from . import dossiers


def _example(folder: Path) -> tuple[Dossier, Referential]:
    from ..core.interchange import read_json_file

    referential, _ = active_referential(AppPaths.under(folder / "home"))
    return read_json_file(example_dossier_path(), referential).dossier, referential


def test_resources(folder: Path) -> str:
    dossier, referential = _example(folder)
    guidance = load_guidance()
    oral = load_rules(bundled_rules_path())
    return (f"{len(referential.ccpts)} CCPT, conseils pour {len(guidance.chapters)} chapitres, "
            f"{len(oral.questions)} questions types pour l’oral, "
            f"dossier d’exemple de {dossier.candidate.full_name}")


def test_storage(folder: Path) -> str:
    dossier, _ = _example(folder)
    path = folder / "exemple.ccpt"
    dossiers.create(path, dossier, LockIdentity.current())
    if dossiers.read(path) != dossier:
        raise DossierError(say("le dossier relu diffère du dossier écrit"))
    return f"écrit et relu ({path.stat().st_size // 1024} Kio)"


def test_json_export(folder: Path) -> str:
    target = folder / "exemple.json"
    dossiers.export_json(folder / "exemple.ccpt", target, pseudonymized=True)
    if "Benali" in target.read_text(encoding="utf-8"):
        raise DossierError(say("la pseudonymisation a laissé un vrai nom"))
    return f"pseudonymisé, {target.stat().st_size // 1024} Kio"


def test_docx_export(folder: Path) -> str:
    from ..export.word import Options, build

    dossier, referential = _example(folder)
    target = folder / "exemple.docx"
    build(dossier, referential, Options(with_comments=True)).save(target)
    return f"{target.stat().st_size // 1024} Kio"


def test_spelling(folder: Path) -> str:
    from ..core.spelling import FrenchSpeller, PersonalDictionary

    speller = FrenchSpeller(PersonalDictionary(folder / "mots.txt"))
    if not speller.is_correct("compétences") or speller.is_correct("compétances"):
        raise DossierError(say("le dictionnaire français ne répond pas comme attendu"))
    return f"dictionnaire français chargé, « compétances » → « {speller.suggest('compétances')[0]} »"


def test_grammar(folder: Path) -> str:
    """The installers carry Grammalecte: there, it must load and find a planted error.
    Elsewhere (a virtual environment without python3-grammalecte) it may be missing."""
    import sys

    from ..core.grammar import PACKAGE, grammar_checker

    checker = grammar_checker()
    if checker is None:
        if getattr(sys, "frozen", False):
            raise DossierError(say("le correcteur grammatical manque à l’installation"))
        return f"non installé (paquet {PACKAGE}) : la grammaire n’est pas vérifiée"
    planted = "Les salariés qui était présent ont voté."
    found = [planted[m.start:m.end] for m in checker.check(planted)]
    if "était" not in found:
        raise DossierError(say("le correcteur grammatical ne répond pas comme attendu"))
    return "Grammalecte chargé, « qui était » → « étaient »"


_PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082")
"""A 1×1 PNG: decoding it proves the image library reached the installed copy."""


def test_attachments(folder: Path) -> str:
    """Annex documents are decoded (Pillow) and read (pypdf) before they enter a dossier:
    an installer that left either out would refuse every attachment."""
    import io

    from pypdf import PdfWriter

    from ..core.model import AnnexFile
    from ..readers.attachment import check_attachment, image_size, pdf_page_count

    check_attachment(AnnexFile("point.png", "image/png", _PIXEL_PNG), "point.png")
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf = AnnexFile("page.pdf", "application/pdf", buffer.getvalue())
    check_attachment(pdf, "page.pdf")
    width, height = image_size(_PIXEL_PNG)
    return f"image {width}×{height} décodée, PDF de {pdf_page_count(pdf.data)} page lu"


STEPS = [("Ressources", test_resources), ("Fichier .ccpt", test_storage),
         ("Export JSON", test_json_export), ("Export Word", test_docx_export),
         ("Orthographe", test_spelling), ("Grammaire", test_grammar),
         ("Annexes", test_attachments)]
"""In order: the storage step writes the file the JSON export reads."""
