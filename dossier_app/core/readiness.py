"""Is the dossier ready for the jury? The findings behind ``dossier-app check``.

Findings are facts: a code, its parameters and the place they concern. The sentences are
written at the edge, in the reader's language (``app.finding_text`` in French for the
command line, ``gui.readiness_panel`` in the window's language)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .annex_refs import REMOVED, MissingAnnex, problems
from .guidance import Guidance
from .markdown import count_words
from .model import ChapterKind, ChapterStatus, Dossier, OralPreparation
from .oral import OralRules, bundled_rules, planned_minutes
from .pages import Page
from .reading_budget import Budget, Fit, productions_shared, rounded_pages
from .referential import Referential
from .trade import reached
from .writing_advice import AdviceRules, advise, bundled_advice


class Severity(str, Enum):
    BLOCKING = "blocking"
    """The dossier cannot go to the jury like this."""
    ADVICE = "advice"
    """Worth a look; does not stop the dossier."""


class Code(str, Enum):
    """What a finding says; its parameters (``Finding.params``) are listed with each code."""

    OTHER_REFERENTIAL = "other-referential"
    """Written with another referential: ``written_id``, ``written_edition``, ``current_id``,
    ``current_edition`` (strings)."""
    NO_NAME = "no-name"
    """The candidate's first or last name is missing."""
    NO_MANDATE = "no-mandate"
    NO_PROJECT = "no-project"
    NO_CCPT = "no-ccpt"
    UNKNOWN_CCPT = "unknown-ccpt"
    """``ccpt`` (the id) is not in the referential titled ``referential``."""
    PROVISIONAL_CCPT = "provisional-ccpt"
    """The competences of the CCPT labelled ``ccpt`` are provisional."""
    UNCOVERED_COMPETENCE = "uncovered-competence"
    """Competence ``number`` (int), labelled ``label``, has no production."""
    UNKNOWN_COMPETENCE = "unknown-competence"
    """The production's competence ``number`` (int) is not in the CCPT."""
    NO_TITLE = "no-title"
    """The production has no title."""
    EMPTY_CHAPTER = "empty-chapter"
    """The chapter (``Finding.chapter``) is empty."""
    SHORT_CHAPTER = "short-chapter"
    """The chapter has ``words`` words, fewer than ``minimum`` (ints)."""
    NOT_FINAL = "not-final"
    """Chapters of the production not final yet: ``unfinished``, a tuple of
    (ChapterKind, ChapterStatus) pairs in chapter order."""
    LONG_PRODUCTION = "long-production"
    """The production takes more than its share of the jury's reading hour: ``pages`` (int,
    estimated) for ``budget_pages`` (int) advised, ``words`` and ``budget_words`` (ints);
    blocking above twice the budget (``far``, bool)."""
    OPEN_COMMENT = "open-comment"
    """A comment by ``author`` (may be empty) on ``excerpt`` (the quote, cut at 40 characters)
    is not resolved; its chapter is ``Finding.chapter``."""
    DECLARATION_INCOMPLETE = "declaration-incomplete"
    """The declaration on honour lacks what ``missing`` lists: "place", "date" or both."""
    TRANSFER_WITHOUT_TRADE = "transfer-without-trade"
    """The transfer argument names none of the target trade's competences (``trade``: the
    Titre Professionnel's title), and none is ticked in its checklist."""
    NO_TALK_PLAN = "no-talk-plan"
    """The written production has no plan for its presentation to the jury."""
    PLAN_OFF_TIME = "plan-off-time"
    """The talk plan lasts ``minutes``, not about ``target`` (floats)."""
    FEW_REHEARSALS = "few-rehearsals"
    """``in_time`` rehearsals within the tolerance of the target time, of ``needed`` (ints)."""
    NO_ORAL_QUESTIONS = "no-oral-questions"
    """No question is prepared for the jury's question time."""
    UNPRACTISED_QUESTIONS = "unpractised-questions"
    """``count`` of the ``total`` questions (ints) were never practised."""
    UNSURE_QUESTIONS = "unsure-questions"
    """``count`` questions (int) felt « pas sûr » when last practised."""
    MISSING_ANNEX = "missing-annex"
    """The chapter (or, without a production, the professional project) refers to annex
    ``number`` (int, or « ? » for a reference to an annex since removed), which does not
    exist: the jury would look for a document that is not there."""
    UNREFERENCED_ANNEX = "unreferenced-annex"
    """Annex ``number`` (int) is referred to by no chapter nor the project."""
    WRITING_ADVICE = "writing-advice"
    """The production's chapters have ``count`` pieces of writing advice (int) and, when the
    window has proofread them, ``grammar`` grammar remarks (int, 0 otherwise); the finding's
    chapter is the first with any."""


EXCERPT_LENGTH = 40
"""Quotes longer than this are cut, with an ellipsis, to this many characters."""


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: Code
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    """Values the sentence needs (see ``Code``): numbers, enums, the dossier's own text."""
    production: int | None = None
    """1-based production number the finding concerns, for navigation."""
    chapter: ChapterKind | None = None
    page: Page | None = None
    """For findings outside the productions: the page to open."""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    words_by_production: tuple[int, ...]
    words_outside_productions: int
    budget: Budget | None = None
    """Each production's share of the jury's reading (None in a report made without one)."""

    @property
    def ready(self) -> bool:
        return not any(f.severity is Severity.BLOCKING for f in self.findings)

    @property
    def total_words(self) -> int:
        return sum(self.words_by_production) + self.words_outside_productions


def check_dossier(dossier: Dossier, referential: Referential, guidance: Guidance,
                  oral_rules: OralRules | None = None, advice_rules: AdviceRules | None = None,
                  grammar_counts: Mapping[tuple[int, ChapterKind], int] | None = None) -> Report:
    """The findings on the dossier; the oral's and the writing advice's as advice, with
    ``oral_rules`` and ``advice_rules`` (the bundled ones when not given). ``grammar_counts``:
    grammar remarks by chapter, when the window has proofread it (grammar is too slow to
    check here)."""
    findings: list[Finding] = []

    def blocking(code: Code, production: int | None = None, chapter: ChapterKind | None = None,
                 page: Page | None = None, **params: Any) -> None:
        findings.append(Finding(Severity.BLOCKING, code, params, production, chapter, page))

    def advice(code: Code, production: int | None = None, chapter: ChapterKind | None = None,
               page: Page | None = None, **params: Any) -> None:
        findings.append(Finding(Severity.ADVICE, code, params, production, chapter, page))

    written_with = dossier.referential
    if written_with is not None and written_with != referential.ref:
        advice(Code.OTHER_REFERENTIAL, written_id=written_with.id,
               written_edition=written_with.edition, current_id=referential.id,
               current_edition=referential.edition)

    candidate = dossier.candidate
    if not candidate.first_name.strip() or not candidate.last_name.strip():
        blocking(Code.NO_NAME, page=Page.CANDIDATE)
    if not dossier.mandates:
        advice(Code.NO_MANDATE, page=Page.MANDATES)
    if not dossier.project.strip():
        advice(Code.NO_PROJECT, page=Page.PROJECT)

    ccpt = referential.ccpt(dossier.ccpt) if dossier.ccpt else None
    if not dossier.ccpt:
        blocking(Code.NO_CCPT)
    elif ccpt is None:
        blocking(Code.UNKNOWN_CCPT, ccpt=dossier.ccpt, referential=referential.title)
    else:
        if ccpt.provisional:
            advice(Code.PROVISIONAL_CCPT, ccpt=ccpt.label)
        covered = {p.competence for p in dossier.productions}
        for competence in ccpt.competences:
            if competence.number not in covered:
                blocking(Code.UNCOVERED_COMPETENCE, number=competence.number, label=competence.label)

    budget = guidance.reading.budget(productions_shared(
        len(dossier.productions), len(ccpt.competences) if ccpt else None,
        guidance.reading.productions))
    words_by_production = []
    for number, production in enumerate(dossier.productions, start=1):
        if ccpt is not None and ccpt.competence(production.competence) is None:
            blocking(Code.UNKNOWN_COMPETENCE, number, number=production.competence)
        if not production.title.strip():
            advice(Code.NO_TITLE, number)
        production_words = 0
        for kind in ChapterKind:
            chapter = production.chapters[kind]
            words = count_words(chapter.text)
            production_words += words
            if words == 0:
                blocking(Code.EMPTY_CHAPTER, number, kind)
            elif words < guidance.chapters[kind].min_words:
                advice(Code.SHORT_CHAPTER, number, kind, words=words,
                       minimum=guidance.chapters[kind].min_words)
        transfer = production.chapters[ChapterKind.TRANSFER].text
        if ccpt is not None and ccpt.trade is not None and count_words(transfer) \
                and not reached(production, ccpt.trade, transfer):
            advice(Code.TRANSFER_WITHOUT_TRADE, number, ChapterKind.TRANSFER,
                   trade=ccpt.trade.title)
        unfinished = tuple((kind, production.chapters[kind].status) for kind in ChapterKind
                           if production.chapters[kind].status is not ChapterStatus.FINAL)
        if unfinished:
            advice(Code.NOT_FINAL, number, unfinished=unfinished)
        fit = budget.fit(production_words)
        if fit is not Fit.WITHIN:
            far = fit is Fit.FAR_OVER
            (blocking if far else advice)(
                Code.LONG_PRODUCTION, number, words=production_words, budget_words=budget.words,
                pages=rounded_pages(guidance.reading.pages(production_words)),
                budget_pages=rounded_pages(budget.pages), far=far)
        words_by_production.append(production_words)

    for comment in dossier.comments:
        if not comment.resolved:
            quote = comment.quote
            excerpt = quote if len(quote) <= EXCERPT_LENGTH else quote[:EXCERPT_LENGTH - 1] + "…"
            blocking(Code.OPEN_COMMENT, comment.production, comment.chapter,
                     author=comment.author, excerpt=excerpt)

    missing = tuple(what for what, absent in (("place", not dossier.declaration.place.strip()),
                                              ("date", dossier.declaration.date is None)) if absent)
    if missing:
        advice(Code.DECLARATION_INCOMPLETE, page=Page.DECLARATION, missing=missing)

    findings += _annex_findings(dossier)
    findings += _oral_findings(dossier, oral_rules or bundled_rules())
    findings += _writing_findings(dossier, advice_rules or bundled_advice(), grammar_counts or {})

    outside = count_words(dossier.project) + sum(count_words(m.description)
                                                 for m in dossier.mandates)
    ordered = sorted(findings, key=lambda f: f.severity is not Severity.BLOCKING)
    return Report(tuple(ordered), tuple(words_by_production), outside, budget)


def _annex_findings(dossier: Dossier) -> list[Finding]:
    """A reference to an annex that does not exist stops the dossier (the jury would look
    for evidence that is not there); an annex nothing refers to is a note."""
    findings = []
    for problem in problems(dossier):
        if isinstance(problem, MissingAnnex):
            findings.append(Finding(
                Severity.BLOCKING, Code.MISSING_ANNEX,
                {"number": "?" if problem.number == REMOVED else problem.number},
                problem.production, problem.chapter,
                Page.PROJECT if problem.production is None else None))
        else:
            findings.append(Finding(Severity.ADVICE, Code.UNREFERENCED_ANNEX,
                                    {"number": problem.number}, page=Page.ANNEXES))
    return findings


def _writing_findings(dossier: Dossier, rules: AdviceRules,
                      grammar: Mapping[tuple[int, ChapterKind], int]) -> list[Finding]:
    """One note per production: its writing advice and grammar remarks, counted."""
    counts: dict[tuple[int, ChapterKind], int] = {}
    for finding in advise(dossier, rules):
        place = finding.production, finding.chapter
        counts[place] = counts.get(place, 0) + 1
    findings = []
    for number in range(1, len(dossier.productions) + 1):
        chapters = [kind for kind in ChapterKind
                    if counts.get((number, kind)) or grammar.get((number, kind))]
        if chapters:
            findings.append(Finding(
                Severity.ADVICE, Code.WRITING_ADVICE,
                {"count": sum(counts.get((number, k), 0) for k in ChapterKind),
                 "grammar": sum(grammar.get((number, k), 0) for k in ChapterKind)},
                number, chapters[0]))
    return findings


def _oral_findings(dossier: Dossier, rules: OralRules) -> list[Finding]:
    """Readiness for the oral, per production whose three chapters are written (before,
    the candidate has the writing to do) or whose preparation has begun."""
    findings: list[Finding] = []
    started = {o.production: o for o in dossier.oral}
    for number, production in enumerate(dossier.productions, start=1):
        preparation = started.get(number)
        written = all(count_words(c.text) for c in production.chapters.values())
        if written or (preparation is not None and not preparation.empty):
            findings += oral_findings(number, preparation, rules)
    return findings


def oral_findings(number: int, preparation: OralPreparation | None,
                  rules: OralRules) -> list[Finding]:
    """What production ``number`` still lacks for the oral: a plan of about the
    presentation time, rehearsals in time, questions practised without feeling unsure.
    None: the production is ready for the oral."""
    findings: list[Finding] = []

    def advice(code: Code, **params: Any) -> None:
        findings.append(Finding(Severity.ADVICE, code, params, number, page=Page.ORAL))

    if preparation is None or not preparation.plan:
        advice(Code.NO_TALK_PLAN)  # the rehearsals come after the plan: one step at a time
    else:
        minutes = planned_minutes(preparation)
        if not rules.in_time(minutes * 60):
            advice(Code.PLAN_OFF_TIME, minutes=minutes, target=rules.presentation_minutes)
        in_time = sum(rules.in_time(r.seconds) for r in preparation.rehearsals)
        if in_time < rules.rehearsals_in_time:
            advice(Code.FEW_REHEARSALS, in_time=in_time, needed=rules.rehearsals_in_time)
    questions = [q for q in preparation.questions if q.question.strip()] if preparation else []
    if not questions:
        advice(Code.NO_ORAL_QUESTIONS)
        return findings
    unpractised = sum(q.practised is None for q in questions)
    if unpractised:
        advice(Code.UNPRACTISED_QUESTIONS, count=unpractised, total=len(questions))
    unsure = sum(q.confidence == 1 for q in questions)
    if unsure:
        advice(Code.UNSURE_QUESTIONS, count=unsure)
    return findings
