"""The dossier de productions as plain data (no storage, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class _Labelled(str, Enum):
    """A value stored in files (English id) with the French label users see."""

    @property
    def label(self) -> str:
        return LABELS[self]


class ChapterKind(_Labelled):
    SITUATION = "situation"
    ANALYSIS = "analysis"
    TRANSFER = "transfer"


class ChapterStatus(_Labelled):
    TO_WRITE = "to_write"
    DRAFT = "draft"
    TO_REVIEW = "to_review"
    TO_REWORK = "to_rework"
    """Set by the advisor: the chapter needs another pass."""
    REVIEWED = "reviewed"
    FINAL = "final"


class AnnexKind(_Labelled):
    ATTESTATION = "attestation"
    TESTIMONY = "testimony"
    DOCUMENT = "document"
    OTHER = "other"


LABELS: dict[Enum, str] = {
    ChapterKind.SITUATION: "Situation",
    ChapterKind.ANALYSIS: "Analyse",
    ChapterKind.TRANSFER: "Argumentaire de transfert",
    ChapterStatus.TO_WRITE: "À écrire",
    ChapterStatus.DRAFT: "Brouillon",
    ChapterStatus.TO_REVIEW: "À relire",
    ChapterStatus.TO_REWORK: "À retravailler",
    ChapterStatus.REVIEWED: "Relu",
    ChapterStatus.FINAL: "Définitif",
    AnnexKind.ATTESTATION: "Attestation",
    AnnexKind.TESTIMONY: "Témoignage",
    AnnexKind.DOCUMENT: "Document",
    AnnexKind.OTHER: "Autre",
}


class RevisionReason(str, Enum):
    AUTOSAVE = "autosave"
    WORKSHOP = "workshop"
    MANUAL = "manual"
    RESTORE = "restore"


@dataclass
class Candidate:
    first_name: str = ""
    last_name: str = ""
    birth_name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    union: str = ""
    employer: str = ""
    job_title: str = ""
    show_union: bool = False
    """Whether the union is printed on the cover page (sensitive data: off by default)."""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


CANDIDATE_TEXT_FIELDS = ("first_name", "last_name", "birth_name", "email", "phone", "address",
                         "union", "employer", "job_title")


@dataclass
class Mandate:
    title: str = ""
    organisation: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    time_share_percent: int | None = None
    description: str = ""


@dataclass
class Chapter:
    text: str = ""
    status: ChapterStatus = ChapterStatus.TO_WRITE


def empty_chapters() -> dict[ChapterKind, Chapter]:
    return {kind: Chapter() for kind in ChapterKind}


@dataclass
class Production:
    competence: int
    title: str = ""
    chapters: dict[ChapterKind, Chapter] = field(default_factory=empty_chapters)


@dataclass
class Workshop:
    title: str = ""
    date: dt.date | None = None
    attended: bool = False
    notes: str = ""


@dataclass
class Comment:
    production: int
    """1-based number of the production."""
    chapter: ChapterKind
    quote: str = ""
    body: str = ""
    author: str = ""
    created: dt.datetime | None = None
    resolved: bool = False


@dataclass
class Pseudonym:
    real: str
    alias: str


@dataclass
class Annex:
    title: str = ""
    kind: AnnexKind = AnnexKind.DOCUMENT
    description: str = ""


@dataclass
class Declaration:
    """The signed declaration on honour: the candidate fills in place and date."""

    place: str = ""
    date: dt.date | None = None


@dataclass
class ReferentialRef:
    """Which referential (id and edition) the dossier was written against."""

    id: str
    edition: str


@dataclass
class Dossier:
    candidate: Candidate = field(default_factory=Candidate)
    mandates: list[Mandate] = field(default_factory=list)
    project: str = ""
    ccpt: str = ""
    productions: list[Production] = field(default_factory=list)
    workshops: list[Workshop] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    pseudonyms: list[Pseudonym] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    declaration: Declaration = field(default_factory=Declaration)
    referential: ReferentialRef | None = None

    def production(self, number: int) -> Production:
        """The production by its 1-based number."""
        return self.productions[number - 1]
