"""« Send to my advisor » and bringing the reviewed copy back.

Sending writes a copy of the dossier where the user chooses and remembers, in
the candidate's file, the dossier as sent. Bringing back reads the reviewed copy
(read-only: it is never changed) and merges it with ``core.merge`` against that
base; chapters both sides changed wait in the file for the candidate to choose.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from ..core.errors import DossierError, FileProblem
from ..core.interchange import dossier_from_json, dossier_to_json
from ..core.merge import MergeResult, merge
from ..core.model import AnnexFile, Dossier, RevisionReason, new_uid
from ..core.referential import Referential
from ..core.sentence import say
from .dossier_file import DossierFile


def send_copy(file: DossierFile, dossier: Dossier, target: Path) -> None:
    """Write the copy for the advisor at ``target``; ``dossier`` is what the file holds."""
    if target.absolute() == file.path:
        raise FileProblem(say("Choisissez un autre emplacement que celui du dossier lui-même."))
    exchange = new_uid()
    file.copy_to(target, exchange)
    file.record_exchange(exchange, target.absolute(), _base_json(dossier))
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
        base = _base_from_json(base_json, referential, [dossier, theirs])
    except (DossierError, ValueError):
        raise FileProblem(say("La version envoyée au conseiller ne peut plus être relue : "
                              "rien n’a été repris.")) from None
    result = merge(base, dossier, theirs)
    authors = [c.author for c in theirs.comments if c.author]
    file.save_merge(result.dossier, [(c.production, c.kind, c.theirs) for c in result.conflicts],
                    authors[-1] if authors else "")
    return result


_DIGESTS = "annex_file_digests"
"""The key of the stored base holding each annex document's SHA-256 (or null)."""


def _base_json(dossier: Dossier) -> str:
    """The dossier as sent, its annexes' documents kept as their digests only: the
    documents are already in the file, and a send must not add megabytes to it."""
    stripped = dataclasses.replace(dossier, annexes=[
        dataclasses.replace(annex, file=None) for annex in dossier.annexes])
    data = dossier_to_json(stripped)
    data[_DIGESTS] = [_digest(annex.file) for annex in dossier.annexes]
    return json.dumps(data, ensure_ascii=False)


def _base_from_json(text: str, referential: Referential, sides: list[Dossier]) -> Dossier:
    """The dossier as sent; each annex document it held is found again, by its digest, in
    either side (else it stands for a document neither side still has)."""
    data = json.loads(text)
    digests = data.pop(_DIGESTS, None) if isinstance(data, dict) else None
    base = dossier_from_json(data, referential).dossier
    if not isinstance(digests, list):
        return base  # a base stored before documents were kept apart
    known = {_digest(a.file): a.file for side in sides for a in side.annexes if a.file}
    for annex, digest in zip(base.annexes, digests, strict=False):
        if isinstance(digest, str):
            annex.file = known.get(digest) or AnnexFile("", "", digest.encode())
    return base


def _digest(file: AnnexFile | None) -> str | None:
    if file is None:
        return None
    return hashlib.sha256(b"\0".join([file.name.encode(), file.media_type.encode(), file.data])
                          ).hexdigest()
