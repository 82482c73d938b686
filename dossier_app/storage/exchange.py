"""« Send to my advisor » and bringing the reviewed copy back.

Sending writes a copy of the dossier where the user chooses and remembers, in
the candidate's file, the dossier as sent. Bringing back reads the reviewed copy
(read-only: it is never changed) and merges it with ``core.merge`` against that
base; chapters both sides changed wait in the file for the candidate to choose.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..core.errors import DossierError, FileProblem
from ..core.interchange import dossier_from_json, dossier_to_json
from ..core.merge import MergeResult, merge
from ..core.model import Dossier, RevisionReason, new_uid
from ..core.referential import Referential
from ..core.sentence import say
from .dossier_file import DossierFile


def send_copy(file: DossierFile, dossier: Dossier, target: Path) -> None:
    """Write the copy for the advisor at ``target``; ``dossier`` is what the file holds."""
    if target.absolute() == file.path:
        raise FileProblem(say("Choisissez un autre emplacement que celui du dossier lui-même."))
    exchange = new_uid()
    file.copy_to(target, exchange)
    base = json.dumps(dossier_to_json(dossier), ensure_ascii=False)
    file.record_exchange(exchange, target.absolute(), base)
    file.snapshot(RevisionReason.SENT)


def bring_back(file: DossierFile, dossier: Dossier, source: Path,
               referential: Referential) -> MergeResult:
    """Merge the reviewed copy at ``source`` into ``file``; returns what was merged.

    ``dossier`` is the candidate's dossier as the file holds it; the merged one is
    saved whole, and each conflict keeps the advisor's text in a revision.
    """
    if source.absolute() == file.path:
        raise FileProblem(say("Ce fichier est le dossier ouvert lui-même, pas la copie relue."))
    with DossierFile.open(source, read_only=True) as copy:
        exchange = copy.exchange_id()
        theirs = copy.load()
    base_json = file.exchange_base(exchange) if exchange else None
    if base_json is None:
        raise FileProblem(say("« {file} » n’est pas une copie envoyée depuis ce dossier : "
                              "rien n’a été repris.", file=source.name))
    try:
        base = dossier_from_json(json.loads(base_json), referential).dossier
    except (DossierError, ValueError):
        raise FileProblem(say("La version envoyée au conseiller ne peut plus être relue : "
                              "rien n’a été repris.")) from None
    result = merge(base, dossier, theirs)
    authors = [c.author for c in theirs.comments if c.author]
    file.save_merge(result.dossier, [(c.production, c.kind, c.theirs) for c in result.conflicts],
                    authors[-1] if authors else "")
    return result
