"""The dossier de productions as plain data (no storage, no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from .sentence import Sentence, say


class _Labelled(str, Enum):
    """A value stored in files (English id) with the label users see."""

    @property
    def label(self) -> str:
        """In French, as the Word export and the command line write it."""
        return LABELS[self].render()

    @property
    def named(self) -> Sentence:
        """The label, for the window to show in its language."""
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


class StepKind(_Labelled):
    """The kinds of meeting on the accompaniment path."""

    INFORMATION = "information"
    POSITIONING = "positioning"
    WORKSHOP = "workshop"
    INDIVIDUAL = "individual"
    SUBMISSION = "submission"
    ORAL = "oral"
    """A session preparing the interview with the jury (a rehearsal, a mock jury)."""
    JURY = "jury"
    FOLLOW_UP = "follow_up"
    """A step after the jury: a complementary CCP, a VAE, a training, a new post."""


class AnnexKind(_Labelled):
    ATTESTATION = "attestation"
    TESTIMONY = "testimony"
    DOCUMENT = "document"
    OTHER = "other"


class QuestionOrigin(_Labelled):
    """Who brought a question for the oral."""

    JURY = "jury"
    """The bank of questions a jury typically asks (``resources/oral``)."""
    ADVISOR = "advisor"
    CANDIDATE = "candidate"


class Outcome(_Labelled):
    """The jury's decision on one CCPT."""

    PENDING = "pending"
    VALIDATED = "validated"
    NOT_VALIDATED = "not_validated"


class NameKind(_Labelled):
    """What a pseudonymised name stands for: it decides the forms it is found in."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


LABELS: dict[Enum, Sentence] = {
    ChapterKind.SITUATION: say("Situation"),
    ChapterKind.ANALYSIS: say("Analyse"),
    ChapterKind.TRANSFER: say("Argumentaire de transfert"),
    ChapterStatus.TO_WRITE: say("À écrire"),
    ChapterStatus.DRAFT: say("Brouillon"),
    ChapterStatus.TO_REVIEW: say("À relire"),
    ChapterStatus.TO_REWORK: say("À retravailler"),
    ChapterStatus.REVIEWED: say("Relu"),
    ChapterStatus.FINAL: say("Définitif"),
    StepKind.INFORMATION: say("Information collective"),
    StepKind.POSITIONING: say("Entretien de positionnement"),
    StepKind.WORKSHOP: say("Atelier d’écriture"),
    StepKind.INDIVIDUAL: say("Entretien individuel"),
    StepKind.SUBMISSION: say("Remise du dossier"),
    StepKind.ORAL: say("Préparation de l’oral"),
    StepKind.JURY: say("Jury"),
    StepKind.FOLLOW_UP: say("Suite de parcours"),
    Outcome.PENDING: say("En attente"),
    Outcome.VALIDATED: say("Validé"),
    Outcome.NOT_VALIDATED: say("Non validé"),
    AnnexKind.ATTESTATION: say("Attestation"),
    AnnexKind.TESTIMONY: say("Témoignage"),
    AnnexKind.DOCUMENT: say("Document"),
    AnnexKind.OTHER: say("Autre"),
    QuestionOrigin.JURY: say("Questions types du jury"),
    QuestionOrigin.ADVISOR: say("Conseiller"),
    QuestionOrigin.CANDIDATE: say("Mes questions"),
    NameKind.PERSON: say("Personne"),
    NameKind.ORGANISATION: say("Organisation"),
    NameKind.PLACE: say("Lieu"),
}


class RevisionReason(str, Enum):
    AUTOSAVE = "autosave"
    WORKSHOP = "workshop"
    MANUAL = "manual"
    RESTORE = "restore"
    SENT = "sent"
    """Kept when a copy is sent to the advisor."""
    ADVISOR = "advisor"
    """The advisor's text of a chapter both sides changed, kept when merging back."""


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
    show_address: bool = False
    """Whether the postal address is printed on the cover page (personal data: off by default)."""

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
    trade_competences: list[int] = field(default_factory=list)
    """The target trade's competences (1-based, in the referential's ``trade_block``) the
    candidate says the transfer argument reaches."""


@dataclass
class Action:
    """Something to do before the next step of the path."""

    text: str = ""
    done: bool = False


@dataclass
class Step:
    """A step of the accompaniment path: planned from a template, then lived."""

    title: str = ""
    date: dt.date | None = None
    attended: bool = False
    summary: str = ""
    """What was done and said (the interchange JSON calls it ``notes``)."""
    kind: StepKind = StepKind.WORKSHOP
    duration_minutes: int | None = None
    aim: str = ""
    actions: list[Action] = field(default_factory=list)


def new_uid() -> str:
    return uuid.uuid4().hex


@dataclass
class Reply:
    body: str = ""
    author: str = ""
    created: dt.datetime | None = None


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
    replies: list[Reply] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)
    """Stable identity, so that copies exchanged with the advisor merge back."""


LEVELS = (1, 2, 3, 4)
"""The four-level scale of the positioning grid (see ``LEVEL_LABELS``)."""

LEVEL_LABELS = {
    1: "Je découvre",
    2: "Je pratique avec de l’aide",
    3: "Je pratique en autonomie",
    4: "Je maîtrise et je peux l’expliquer",
}


@dataclass
class Assessment:
    """Where a competence stands at one moment, for the candidate and for the advisor."""

    candidate: int | None = None
    advisor: int | None = None
    evidence: str = ""


@dataclass
class Gap:
    """Something the CCPT expects that the mandate's experience does not show yet."""

    description: str = ""
    action: str = ""
    done: bool = False


@dataclass
class Positioning:
    """One competence of the positioning grid: at the start, at the end, and the gaps."""

    competence: int
    start: Assessment = field(default_factory=Assessment)
    end: Assessment = field(default_factory=Assessment)
    gaps: list[Gap] = field(default_factory=list)


@dataclass
class Pseudonym:
    real: str
    alias: str
    kind: NameKind = NameKind.PERSON
    short_forms: list[str] = field(default_factory=list)
    """An organisation's usual short names (« LA » for « Logistique Atlantique »)."""


@dataclass(frozen=True)
class AnnexFile:
    """A document joined to an annex (PDF, PNG or JPEG), kept inside the dossier byte for
    byte as it was attached and validated."""

    name: str
    """The file's name as the candidate attached it (no folder)."""
    media_type: str
    """``application/pdf``, ``image/png`` or ``image/jpeg``, found from the content."""
    data: bytes = field(repr=False)


@dataclass
class Annex:
    title: str = ""
    kind: AnnexKind = AnnexKind.DOCUMENT
    description: str = ""
    productions: list[int] = field(default_factory=list)
    """The 1-based numbers of the productions this annex supports."""
    file: AnnexFile | None = None
    """The attached document, if any."""


@dataclass
class WritingDay:
    """One day the candidate wrote: words added that day (net, never below 0) and the
    dossier's words at the day's end. Private to the candidate unless shared."""

    date: dt.date
    words_added: int
    words_total: int


CONFIDENCE_LEVELS = (1, 2, 3)
"""How sure the candidate feels answering a question (``CONFIDENCE_LABELS``)."""

CONFIDENCE_LABELS: dict[int, Sentence] = {
    1: say("Pas sûr"),
    2: say("À peu près"),
    3: say("À l’aise"),
}


@dataclass
class TalkPoint:
    """One key point of the ten-minute talk: a cue, not a script."""

    point: str = ""
    minutes: float = 1.0


@dataclass
class Question:
    """A question the jury may ask, with what the candidate means to answer."""

    question: str = ""
    notes: str = ""
    """The answer's key points (Markdown)."""
    origin: QuestionOrigin = QuestionOrigin.CANDIDATE
    confidence: int | None = None
    """One of ``CONFIDENCE_LEVELS``, or None before the first practice."""
    practised: dt.datetime | None = None
    uid: str = field(default_factory=new_uid)
    source: str = ""
    """Where it came from: a bank question's id, or ``comment:<uid>`` for an advisor's
    comment, so that it is never added twice."""


@dataclass
class Rehearsal:
    """One timed run of the talk."""

    date: dt.datetime
    seconds: int
    point_seconds: list[int] = field(default_factory=list)


@dataclass
class AskedQuestion:
    """A question asked during a mock jury, and the advisor's feedback on the answer."""

    question: str
    """The ``uid`` of the production's question."""
    feedback: str = ""


@dataclass
class MockJury:
    """A mock jury run by the advisor in a workshop, for one production."""

    date: dt.datetime | None = None
    presentation_seconds: int = 0
    questions_seconds: int = 0
    asked: list[AskedQuestion] = field(default_factory=list)
    notes: str = ""
    author: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass
class OralPreparation:
    """The preparation of one production's interview with the jury."""

    production: int
    """1-based number of the production."""
    plan: list[TalkPoint] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    rehearsals: list[Rehearsal] = field(default_factory=list)
    mock_juries: list[MockJury] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing prepared yet: neither the .ccpt nor the JSON keeps such an entry."""
        return not (self.plan or self.questions or self.rehearsals or self.mock_juries)

    def question(self, uid: str) -> Question | None:
        return next((q for q in self.questions if q.uid == uid), None)


@dataclass
class JuryResult:
    """What the jury decided for one CCPT, and when."""

    ccpt: str
    date: dt.date | None = None
    outcome: Outcome = Outcome.PENDING
    notes: str = ""
    """The jury's remarks (Markdown)."""


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
    steps: list[Step] = field(default_factory=list)
    """The accompaniment path (the interchange JSON calls it ``workshops``)."""
    comments: list[Comment] = field(default_factory=list)
    pseudonyms: list[Pseudonym] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    declaration: Declaration = field(default_factory=Declaration)
    referential: ReferentialRef | None = None
    positioning: list[Positioning] = field(default_factory=list)
    oral: list[OralPreparation] = field(default_factory=list)
    """The oral's preparation, one entry per production that has one, in production order."""
    results: list[JuryResult] = field(default_factory=list)
    """The jury's decisions, one per CCPT sat (the dossier's own, and any other)."""
    chapter_targets: dict[ChapterKind, int] = field(default_factory=dict)
    """The candidate's own target in words per chapter kind; a kind absent here takes the
    guidance's length mark."""
    writing_log: list[WritingDay] = field(default_factory=list)
    """The days written, oldest first (one entry per date)."""
    share_writing_log: bool = False
    """Whether the writing log travels with the copy sent to the advisor."""

    def production(self, number: int) -> Production:
        """The production by its 1-based number."""
        return self.productions[number - 1]

    def oral_for(self, number: int) -> OralPreparation:
        """The preparation of production ``number``, added (empty) when it has none yet."""
        for preparation in self.oral:
            if preparation.production == number:
                return preparation
        preparation = OralPreparation(number)
        self.oral.append(preparation)
        self.oral.sort(key=lambda p: p.production)
        return preparation

    def result(self) -> JuryResult | None:
        """The decision on the dossier's own CCPT, once recorded."""
        return next((r for r in self.results if r.ccpt == self.ccpt), None)

    def jury_date(self) -> dt.date | None:
        return next((s.date for s in self.steps if s.kind is StepKind.JURY and s.date), None)

    def next_step(self, today: dt.date) -> Step | None:
        """The first step dated today or later: the next appointment."""
        upcoming = [(s.date, index, s) for index, s in enumerate(self.steps)
                    if s.date is not None and s.date >= today]
        return min(upcoming)[2] if upcoming else None


def rewrite_texts(value, replace: Callable[[str], str]):
    """A copy of ``value`` (a dossier or any part of it) with every text field passed
    through ``replace``; enums, dates, numbers, booleans and attached files are kept as they
    are (an ``AnnexFile`` is the candidate's document, its name and type included)."""
    if isinstance(value, Enum | AnnexFile):
        return value  # statuses and kinds are str enums: never rewrite them
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        return [rewrite_texts(item, replace) for item in value]
    if isinstance(value, dict):
        return {key: rewrite_texts(item, replace) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{
            f.name: rewrite_texts(getattr(value, f.name), replace)
            for f in dataclasses.fields(value)})
    return value
