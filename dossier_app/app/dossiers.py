"""What is done to a whole dossier, the same from the command line and from the window:
create, read, import JSON or a Word draft, export JSON, copy, the example, the progress sheet.

The JSON reader, the example and the exports are imported when used: the window starts
without them (about 90 ms here)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from ..core.clock import SYSTEM, Clock, FixedClock
from ..core.files import write_private_bytes
from ..core.model import Dossier
from ..core.referential import Referential
from ..core.sentence import Sentence
from ..storage.dossier_file import DossierFile
from ..storage.lock import LockIdentity


def create(target: Path, dossier: Dossier, identity: LockIdentity, clock: Clock = SYSTEM) -> None:
    """Write ``dossier`` as a new .ccpt at ``target`` (replacing a file there)."""
    DossierFile.create(target, dossier, identity, clock).close()


def read(path: Path) -> Dossier:
    """Read a .ccpt without ever writing to it."""
    with DossierFile.open(path, read_only=True) as file:
        return file.load()


@dataclass
class Imported:
    dossier: Dossier
    warnings: list[Sentence] = field(default_factory=list)
    """What was changed on the way in (control characters removed...)."""


def import_json(source: Path, target: Path, referential: Referential, identity: LockIdentity,
                clock: Clock = SYSTEM) -> Imported:
    """A .ccpt at ``target`` made from the interchange JSON at ``source``."""
    from ..core.interchange import read_json_file  # what the window needs first comes first

    result = read_json_file(source, referential)
    dossier = result.dossier
    if dossier.referential is None:
        dossier.referential = referential.ref
    create(target, dossier, identity, clock)
    return Imported(dossier, list(result.warnings))


@dataclass
class ImportedDraft:
    dossier: Dossier
    report: list[Sentence]
    """The mapping as ``draft_import.report`` says it: what went where, what was dropped."""


def import_draft(source: Path, target: Path, referential: Referential, identity: LockIdentity,
                 ccpt: str | None = None, clock: Clock = SYSTEM) -> ImportedDraft:
    """A .ccpt at ``target`` made from the Word (or LibreOffice) draft at ``source``,
    its tracked changes accepted; ``ccpt`` chooses the CCPT over the one the draft names."""
    from .draft_import import build_dossier, read_draft, report

    mapping = read_draft(source, referential=referential)
    dossier = build_dossier(mapping, ccpt)
    dossier.referential = referential.ref
    create(target, dossier, identity, clock)
    return ImportedDraft(dossier, report(mapping, referential, ccpt))


def export_json(source: Path, target: Path, *, pseudonymized: bool = False,
                keep_contact: bool = False) -> None:
    """The interchange JSON of the .ccpt at ``source``, written privately at ``target``.

    Pseudonymized, it leaves the candidate's address, phone and e-mail empty unless
    ``keep_contact``: whoever reads a pseudonymized dossier has no need to reach them."""
    from ..core.interchange import dossier_to_json_text
    from ..export.pseudonymize import pseudonymize

    dossier = read(source)
    if pseudonymized:
        dossier = pseudonymize(dossier)
        if not keep_contact:
            dossier.candidate = dataclasses.replace(dossier.candidate, address="", phone="",
                                                    email="")
    write_private_bytes(target, dossier_to_json_text(dossier).encode("utf-8"))


def save_copy(dossier: Dossier, target: Path, identity: LockIdentity, clock: Clock = SYSTEM) -> None:
    """A copy of the open dossier elsewhere (a USB stick when the disk fails)."""
    create(target, dossier, identity, clock)


def create_example(target: Path, referential: Referential, identity: LockIdentity,
                   clock: Clock = SYSTEM) -> None:
    """The bundled example dossier at ``target``, placed in time on the clock's day; its
    chapters carry the version kept at its last workshop held, as ticking a step done does
    (« Depuis le dernier atelier » has something to compare with)."""
    import datetime as dt

    from ..core.example import example_dossier
    from ..core.model import RevisionReason, StepKind

    dossier = example_dossier(referential, clock.today())
    create(target, dossier, identity, clock)
    held = [step.date for step in dossier.steps
            if step.attended and step.kind is StepKind.WORKSHOP and step.date is not None]
    if held:
        last = max(held)
        at_workshop = FixedClock(dt.datetime(last.year, last.month, last.day, 17, 0))
        with DossierFile.open(target, identity, clock=at_workshop) as file:
            file.snapshot(RevisionReason.WORKSHOP)


def progress_sheet(dossier: Dossier, referential: Referential, target: Path,
                   clock: Clock = SYSTEM) -> None:
    """The advisor's one-page progress sheet (docx) of ``dossier``."""
    from ..export.progress_sheet import write_progress_sheet  # python-docx: not at start-up

    write_progress_sheet(dossier, referential, target, clock)
