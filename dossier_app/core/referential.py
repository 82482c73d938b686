"""The CCPT referential: data with provenance, validated on load."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import DossierError, InvalidData
from .files import write_private_bytes
from .jsonread import Reader, load_json_file
from .model import ReferentialRef
from .paths import AppPaths, private_dir
from .resources import bundled_referential_path
from .sentence import Sentence, say
from .typography import french_strings

FORMAT = "dossier-ccpt-referential"
FORMAT_VERSION = 1
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Provenance:
    source: str
    date: dt.date
    version: str
    provisional: bool


@dataclass(frozen=True)
class Competence:
    number: int
    label: str
    description: str
    jury_expectations: tuple[str, ...]
    provenance: Provenance


@dataclass(frozen=True)
class TradeBlock:
    """What the target trade expects: the competences of the Titre Professionnel block the
    CCPT is equivalent to, from the official texts (kept apart from the CCPT's own list)."""

    title: str
    """The Titre Professionnel (« Gestionnaire de paie »)."""
    code: str
    """Its code (« TP-01254 »), when known."""
    block: str
    """The block's title (« Assurer la tenue et le suivi du dossier social de l’entreprise »)."""
    competences: tuple[str, ...]
    note: str
    """What the data cannot say: where the official list was not found, and what stands in."""
    provenance: Provenance


@dataclass(frozen=True)
class Ccpt:
    id: str
    label: str
    ccp_label: str
    tp: str
    level: str
    summary: str
    fit_questions: tuple[str, ...]
    competences: tuple[Competence, ...]
    provenance: Provenance
    trade: TradeBlock | None = None
    """None in a referential written before the trades' lists were added."""

    def competence(self, number: int) -> Competence | None:
        return next((c for c in self.competences if c.number == number), None)

    @property
    def provisional(self) -> bool:
        return self.provenance.provisional or any(c.provenance.provisional for c in self.competences)


@dataclass(frozen=True)
class Referential:
    id: str
    edition: str
    title: str
    source: str
    date: dt.date
    note: str
    ccpts: tuple[Ccpt, ...]
    path: Path

    def ccpt(self, ccpt_id: str) -> Ccpt | None:
        return next((c for c in self.ccpts if c.id == ccpt_id), None)

    @property
    def ref(self) -> ReferentialRef:
        return ReferentialRef(self.id, self.edition)


def load_referential(path: Path) -> Referential:
    """Read and validate a referential file; errors name the file and the field."""
    raw = load_json_file(path, say("le référentiel"))
    try:
        return _read(Reader(french_strings(raw)), path)
    except InvalidData as error:
        raise error.located(path) from None


def _read(doc: Reader, path: Path) -> Referential:
    doc.header(FORMAT, "format_version", FORMAT_VERSION, say("un référentiel"))
    ccpts = doc.items("ccpt", _read_ccpt, required=True)
    if not ccpts:
        raise InvalidData("ccpt", say("doit contenir au moins un CCPT"))
    ids = [c.id for c in ccpts]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise InvalidData("ccpt", say("contient deux fois l’identifiant « {id} »", id=duplicate))
    return Referential(
        id=_identifier(doc, "id"),
        edition=doc.string("edition", required=True),
        title=doc.string("title", required=True),
        source=doc.string("source", required=True),
        date=doc.date("date", required=True),  # type: ignore[arg-type]
        note=doc.string("note"),
        ccpts=tuple(ccpts),
        path=path,
    )


def _identifier(doc: Reader, key: str) -> str:
    value = doc.string(key, required=True)
    if not _ID.match(value):
        raise InvalidData(f"{doc.path}.{key}" if doc.path else key,
                          say("doit être un identifiant en minuscules et tirets"))
    return value


def _nonempty(doc: Reader, key: str) -> str:
    value = doc.string(key, required=True)
    if not value.strip():
        raise InvalidData(f"{doc.path}.{key}", say("ne doit pas être vide"))
    return value


def _read_provenance(doc: Reader) -> Provenance:
    return Provenance(
        source=_nonempty(doc, "source"),
        date=doc.date("date", required=True),  # type: ignore[arg-type]
        version=_nonempty(doc, "version"),
        provisional=doc.boolean("provisional", default=True),
    )


def _read_competence(doc: Reader) -> Competence:
    return Competence(
        number=doc.integer("number", required=True, minimum=1, maximum=9),  # type: ignore[arg-type]
        label=_nonempty(doc, "label"),
        description=doc.string("description"),
        jury_expectations=tuple(doc.strings("jury_expectations")),
        provenance=_read_provenance(doc.obj("provenance", required=True)),
    )


def _read_ccpt(doc: Reader) -> Ccpt:
    competences = doc.items("competences", _read_competence, required=True)
    numbers = [c.number for c in competences]
    if numbers != list(range(1, len(numbers) + 1)) or not 2 <= len(numbers) <= 3:
        raise InvalidData(f"{doc.path}.competences",
                          say("doit numéroter 2 ou 3 compétences à partir de 1, dans l’ordre"))
    return Ccpt(
        id=_identifier(doc, "id"),
        label=_nonempty(doc, "label"),
        ccp_label=_nonempty(doc, "ccp_label"),
        tp=_nonempty(doc, "tp"),
        level=_nonempty(doc, "level"),
        summary=doc.string("summary"),
        fit_questions=tuple(doc.strings("fit_questions")),
        competences=tuple(competences),
        provenance=_read_provenance(doc.obj("provenance", required=True)),
        trade=_read_trade(trade) if (trade := doc.optional_obj("trade_block")) else None,
    )


def _read_trade(doc: Reader) -> TradeBlock:
    competences = doc.strings("competences")
    if not competences or not all(c.strip() for c in competences):
        raise InvalidData(f"{doc.path}.competences", say("doit nommer au moins une compétence"))
    return TradeBlock(title=_nonempty(doc, "title"), code=doc.string("code"),
                      block=_nonempty(doc, "block"), competences=tuple(competences),
                      note=doc.string("note"),
                      provenance=_read_provenance(doc.obj("provenance", required=True)))


def level_today(level: str) -> str:
    """A level in today's naming, the former one after it: « niveau III (niveau 5
    européen) » is « niveau 5 (anciennement niveau III) » since the 2019 reform; a level
    written otherwise is kept as it is."""
    found = re.search(r"niveau\s+([IVX]+)\s*\(niveau\s+(\d)\s+européen\)", level)
    if found:
        return f"niveau {found.group(2)} (anciennement niveau {found.group(1)})"
    return level


def active_referential(paths: AppPaths) -> tuple[Referential, Sentence | None]:
    """The advisor-installed referential if there is a valid one, else the bundled one.

    Returns the referential and, when an installed file had to be set aside, why.
    """
    installed = paths.installed_referential
    if installed.exists():
        try:
            return load_referential(installed), None
        except DossierError as error:
            return load_referential(bundled_referential_path()), error.sentence
    return load_referential(bundled_referential_path()), None


def install_referential(source: Path, paths: AppPaths) -> Referential:
    """Validate ``source`` and make it the user's referential (the file is copied)."""
    load_referential(source)  # refuse an invalid file before touching the installed one
    target = paths.installed_referential
    private_dir(target.parent)
    write_private_bytes(target, source.read_bytes())
    return load_referential(target)


def remove_installed_referential(paths: AppPaths) -> bool:
    """Go back to the bundled referential; False when none was installed."""
    target = paths.installed_referential
    if not target.exists():
        return False
    shutil.rmtree(target.parent)
    return True
