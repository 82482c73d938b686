"""The letter asking the DREETS for the Titre Professionnel block a validated CCPT gives
(arrêté of 12 June 2025), as a Word document filled from the dossier.

The fixed texts are in ``templates/texts/letter_tp_block.j2``; the candidate completes
the DREETS's address and signs.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from ..core.clock import SYSTEM, Clock
from ..core.dates import long_date
from ..core.errors import DossierError
from ..core.model import Dossier, Outcome
from ..core.referential import Ccpt, Referential, level_today
from ..core.resources import templates_dir
from ..core.sentence import say
from ..core.typography import french_spacing
from .word import Built, clear_body, default_template, open_template, text_environment, xml_safe

TEMPLATE = "letter_tp_block.j2"


def letter_possible(dossier: Dossier) -> bool:
    """Only a validated CCPT gives a block to ask for."""
    result = dossier.result()
    return result is not None and result.outcome is Outcome.VALIDATED


def build_tp_block_letter(dossier: Dossier, referential: Referential,
                          clock: Clock = SYSTEM) -> Document:
    """The letter; refused in one sentence when the dossier's CCPT is not validated or unknown."""
    ccpt = referential.ccpt(dossier.ccpt)
    if ccpt is None:
        raise DossierError(say("Le CCPT du dossier n’est pas dans le référentiel : la lettre "
                               "ne peut pas nommer son bloc."))
    if not letter_possible(dossier):
        raise DossierError(say("La lettre de demande du bloc n’est possible qu’une fois le "
                               "CCPT validé."))
    dossier = xml_safe(dossier)
    document = open_template(default_template())
    clear_body(document)
    for role, text in _lines(dossier, ccpt, clock):
        _write(document, role, text)
    name = dossier.candidate.full_name
    properties = document.core_properties
    properties.title = french_spacing(f"Demande du bloc du titre professionnel — {name}".rstrip(" —"))
    properties.author = properties.last_modified_by = ""
    properties.language = "fr-FR"
    properties.created = properties.modified = clock.utc().replace(microsecond=0, tzinfo=None)
    return document


def write_tp_block_letter(dossier: Dossier, referential: Referential, target: Path,
                          clock: Clock = SYSTEM) -> None:
    """Saved whole or not at all, as the dossier is (``Built.save``)."""
    Built(build_tp_block_letter(dossier, referential, clock), []).save(target)


def _lines(dossier: Dossier, ccpt: Ccpt, clock: Clock) -> list[tuple[str, str]]:
    result = dossier.result()
    decided = result.date if result else None
    trade = ccpt.trade
    values = {
        "candidate_name": dossier.candidate.full_name,
        "address": [line.strip() for line in dossier.candidate.address.replace(",", "\n").splitlines()
                    if line.strip()],
        "today": long_date(clock.today()),
        "ccpt_label": ccpt.label,
        "ccp_label": ccpt.ccp_label,
        "block": trade.block if trade and trade.block else ccpt.ccp_label,
        "tp": trade.title if trade and trade.title else ccpt.tp,
        "code": trade.code if trade else "",
        "level": level_today(ccpt.level),
        "decision_date": long_date(decided) if decided else "",
    }
    text = text_environment(templates_dir() / "texts").get_template(TEMPLATE).render(**values)
    lines = []
    for line in text.splitlines():
        if not line.strip():
            continue
        role, _, rest = line.partition(" ") if line.startswith("@") else ("", "", line)
        lines.append((role.lstrip("@"), french_spacing(rest.strip())))
    return lines


def _write(document: Document, role: str, text: str) -> None:
    if role == "item":
        document.add_paragraph(text, style="List Bullet")
        return
    paragraph = document.add_paragraph()
    layout = paragraph.paragraph_format
    if role == "sender":
        layout.space_after = Pt(0)
        paragraph.add_run(text)
    elif role == "recipient":
        layout.space_after = Pt(0)
        layout.left_indent = Cm(9)
        paragraph.add_run(text)
    elif role == "date":
        layout.space_before = Pt(18)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(text)
    elif role == "subject":
        layout.space_before = Pt(18)
        layout.space_after = Pt(12)
        paragraph.add_run(text).bold = True
    elif role == "signature":
        layout.space_before = Pt(24)
        layout.left_indent = Cm(9)
        layout.keep_with_next = True
        paragraph.add_run(text)
        box = document.add_paragraph()
        box.paragraph_format.left_indent = Cm(9)
        box.paragraph_format.space_before = Pt(48)
        box.add_run("Signature").italic = True
    else:
        paragraph.add_run(text)
