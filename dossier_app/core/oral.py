"""The oral's preparation as data and rules: the jury's times, the bank of questions, the
talk plan proposed from a production, and the order questions are practised in.

The times and the questions are a data file (``resources/oral/oral.json``), which an
advisor organisation may replace with its own (installed under the user's data folder):
the jury rules differ from one source to another.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import DossierError, InvalidData
from .files import write_private_bytes
from .jsonread import Reader, load_json_file
from .markdown import parse, plain_text
from .model import (
    ChapterKind,
    Comment,
    Dossier,
    OralPreparation,
    Production,
    Question,
    QuestionOrigin,
    TalkPoint,
)
from .paths import AppPaths, private_dir
from .referential import Competence
from .resources import resources_dir
from .sentence import Sentence, say
from .typography import french_strings

FORMAT = "dossier-ccpt-oral"
VERSION = 1

ANGLES = ("situation", "analysis", "transfer", "professional", "union")
"""What a bank question is about: one of the three chapters, or the place one of the two
jury members asks from (the professional of the trade, the union member)."""


@dataclass(frozen=True)
class BankQuestion:
    id: str
    about: str
    """One of ``ANGLES``, or ``competence`` for those made from the referential."""
    text: str


@dataclass(frozen=True)
class OralRules:
    title: str
    source: str
    presentation_minutes: float
    questions_minutes: tuple[float, float]
    tolerance_percent: float
    """A rehearsal counts as in time within this share of the presentation time."""
    rehearsals_in_time: int
    """Rehearsals in time the candidate is advised to reach per production."""
    warnings_seconds: tuple[int, ...]
    """The rehearsal screen warns when this much time is left (largest first)."""
    thinking_seconds: int
    """The practice's thinking time before answering a question."""
    prompts: tuple[str, ...]
    """What to add beyond the written text, shown beside the plan."""
    questions: tuple[BankQuestion, ...]
    competence_question: str
    """Turns one of the referential's « what the jury looks for » into a question."""

    @property
    def presentation_seconds(self) -> int:
        return round(self.presentation_minutes * 60)

    def in_time(self, seconds: float) -> bool:
        target = self.presentation_seconds
        return abs(seconds - target) <= target * self.tolerance_percent / 100

    def bank(self, competence: Competence | None) -> list[BankQuestion]:
        """The questions for a production of ``competence``: the generic ones, then one per
        thing the jury looks for in that competence."""
        own = [BankQuestion(f"competence-{competence.number}-{index}", "competence",
                            self.competence_question.replace("{expectation}", _lower_first(e)))
               for index, e in enumerate(competence.jury_expectations, start=1)] if competence else []
        return [*own, *self.questions]


def bundled_rules_path() -> Path:
    return resources_dir() / "oral" / "oral.json"


def installed_rules_path(paths: AppPaths) -> Path:
    return paths.data / "oral" / "oral.json"


def load_rules(path: Path) -> OralRules:
    data = load_json_file(path, say("les règles de l’oral"))
    try:
        return rules_from_json(data)
    except InvalidData as error:
        raise error.located(path) from None


def rules_from_json(data: object) -> OralRules:
    doc = Reader(french_strings(data))
    doc.header(FORMAT, "version", VERSION, say("un fichier de règles de l’oral"))
    times = doc.obj("questions_minutes")
    low = times.number("minimum", default=15, minimum=0, maximum=180)
    high = times.number("maximum", default=20, minimum=0, maximum=180)
    assert low is not None and high is not None
    if high < low:
        raise InvalidData("questions_minutes.maximum", say("doit valoir au moins le minimum"))
    warnings = sorted(set(doc.integers("warnings_seconds", minimum=1, maximum=3600)),
                      reverse=True)
    questions = doc.items("questions", _bank_question)
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise InvalidData("questions", say("reprend deux fois le même identifiant"))
    return OralRules(
        title=doc.string("title"),
        source=doc.string("source"),
        presentation_minutes=doc.number("presentation_minutes", default=10, minimum=1,
                                        maximum=120),  # type: ignore[arg-type]
        questions_minutes=(low, high),
        tolerance_percent=doc.number("tolerance_percent", default=10, minimum=0,
                                     maximum=100),  # type: ignore[arg-type]
        rehearsals_in_time=doc.integer("rehearsals_in_time", default=2, minimum=0,
                                       maximum=100),  # type: ignore[arg-type]
        warnings_seconds=tuple(warnings),
        thinking_seconds=doc.integer("thinking_seconds", default=30, minimum=0,
                                     maximum=600),  # type: ignore[arg-type]
        prompts=tuple(doc.strings("prompts")),
        questions=tuple(questions),
        competence_question=doc.string("competence_question",
                                       default="{expectation}") or "{expectation}",
    )


def _bank_question(item: Reader) -> BankQuestion:
    question = BankQuestion(id=item.string("id", required=True, max_length=100),
                            about=item.choice("about", ANGLES, default="situation"),
                            text=item.string("text", required=True))
    if not question.id.strip() or not question.text.strip():
        raise InvalidData(item.path, say("doit avoir un identifiant et un texte"))
    return question


@cache
def bundled_rules() -> OralRules:
    return load_rules(bundled_rules_path())


def rules_in_use(paths: AppPaths) -> tuple[OralRules, Sentence | None]:
    """The advisor organisation's installed rules when valid, else the bundled ones, and
    why an installed file was set aside (a damaged file must not stop the app)."""
    installed = installed_rules_path(paths)
    if installed.exists():
        try:
            return load_rules(installed), None
        except DossierError as error:
            return bundled_rules(), error.sentence
    return bundled_rules(), None


def active_rules(paths: AppPaths) -> OralRules:
    return rules_in_use(paths)[0]


def install_rules(source: Path, paths: AppPaths) -> OralRules:
    """Make the rules file ``source`` the one the app uses (refused before anything is
    replaced when it is not a valid rules file)."""
    rules = load_rules(source)
    target = installed_rules_path(paths)
    private_dir(target.parent)
    write_private_bytes(target, source.read_bytes())
    return rules


# --- the talk plan ---------------------------------------------------------------------

PLAN_STEP_MINUTES = 0.5
"""Planned durations are proposed in half minutes."""

FIRST_LINE_CHARACTERS = 140


def propose_plan(production: Production, rules: OralRules) -> list[TalkPoint]:
    """One point per chapter, the chapter's first sentence each (for the candidate to
    rewrite as a cue), the presentation time shared between them in half minutes."""
    kinds = list(ChapterKind)
    shares = split_minutes(rules.presentation_minutes, len(kinds))
    return [TalkPoint(f"{kind.label} : {first_line(production.chapters[kind].text)}".rstrip(" :"),
                      minutes)
            for kind, minutes in zip(kinds, shares, strict=True)]


def split_minutes(total: float, parts: int) -> list[float]:
    """``total`` minutes in ``parts`` shares of whole half minutes, the larger first,
    adding up to ``total`` when it is a whole number of half minutes."""
    steps = math.floor(total / PLAN_STEP_MINUTES + 1e-9)
    base, extra = divmod(steps, parts)
    return [(base + (index < extra)) * PLAN_STEP_MINUTES for index in range(parts)]


def first_line(markdown: str) -> str:
    """The text's first sentence, as plain text, cut at a word near
    ``FIRST_LINE_CHARACTERS``."""
    text = " ".join(plain_text(parse(markdown)).split())
    for end, character in enumerate(text):
        if character in ".!?…" and (end + 1 == len(text) or text[end + 1] == " "):
            text = text[:end + 1]
            break
    if len(text) <= FIRST_LINE_CHARACTERS:
        return text
    cut = text.rfind(" ", 0, FIRST_LINE_CHARACTERS)
    return text[:cut if cut > 0 else FIRST_LINE_CHARACTERS].rstrip(",;:") + "…"


def planned_minutes(preparation: OralPreparation) -> float:
    return sum(point.minutes for point in preparation.plan)


# --- the questions ---------------------------------------------------------------------


def add_bank_questions(preparation: OralPreparation, bank: list[BankQuestion]) -> int:
    """Add the bank's questions the preparation does not hold yet; how many were added.
    One the candidate deleted comes back only if asked again (it is missing, not refused)."""
    held = {q.source for q in preparation.questions if q.source}
    new = [Question(question=q.text, origin=QuestionOrigin.JURY, source=q.id)
           for q in bank if q.id not in held]
    preparation.questions.extend(new)
    return len(new)


def comment_source(comment: Comment) -> str:
    return f"comment:{comment.uid}"


def question_from_comment(dossier: Dossier, comment: Comment) -> Question:
    """The advisor's comment as a question of its production's oral (once: the second
    time, the question it already became)."""
    preparation = dossier.oral_for(comment.production)
    source = comment_source(comment)
    for question in preparation.questions:
        if question.source == source:
            return question
    text = comment.body.strip() or comment.quote.strip()
    notes = f"Sur « {comment.quote.strip()} »" if comment.quote.strip() and comment.body.strip() else ""
    question = Question(question=text, notes=notes, origin=QuestionOrigin.ADVISOR, source=source)
    preparation.questions.append(question)
    return question


def practice_order(questions: list[Question]) -> list[Question]:
    """The questions as the practice draws them: the least sure first (never practised
    before « pas sûr »), and among equally sure ones the least recently practised."""
    oldest = dt.datetime.min.replace(tzinfo=dt.timezone.utc)

    def key(item: tuple[int, Question]) -> tuple[int, dt.datetime, int]:
        index, question = item
        practised = question.practised or oldest
        if practised.tzinfo is None:
            practised = practised.replace(tzinfo=dt.timezone.utc)
        return (question.confidence or 0, practised, index)

    return [q for _, q in sorted(enumerate(questions), key=key)]


def next_question(questions: list[Question], after: Question | None = None) -> Question | None:
    """The next question to practise, never the one just answered when there are others."""
    ordered = [q for q in practice_order(questions) if q.question.strip()]
    if after is not None and len(ordered) > 1:
        ordered = [q for q in ordered if q is not after]
    return ordered[0] if ordered else None


def record_practice(question: Question, confidence: int, now: dt.datetime) -> None:
    """The candidate said how the answer went."""
    question.confidence = confidence
    question.practised = now


def _lower_first(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
