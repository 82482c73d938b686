"""Hypothesis strategies for whole dossiers that are valid against the bundled referential."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from dossier_app.core.model import (
    CONFIDENCE_LEVELS,
    LEVELS,
    Action,
    Annex,
    AnnexKind,
    AskedQuestion,
    Assessment,
    Candidate,
    Chapter,
    ChapterKind,
    ChapterStatus,
    Comment,
    Declaration,
    Dossier,
    Gap,
    JuryResult,
    Mandate,
    MockJury,
    NameKind,
    OralPreparation,
    Outcome,
    Positioning,
    Production,
    Pseudonym,
    Question,
    QuestionOrigin,
    ReferentialRef,
    Rehearsal,
    Reply,
    Step,
    StepKind,
    TalkPoint,
)
from dossier_app.core.referential import Referential

text = st.text(max_size=40)
long_text = st.text(max_size=300)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
optional_dates = st.none() | dates
timestamps = st.none() | st.datetimes(min_value=dt.datetime(2000, 1, 1),
                                      max_value=dt.datetime(2100, 1, 1))


def _mandate(start: dt.date | None, length: int | None, **fields) -> Mandate:
    end = start + dt.timedelta(days=length) if start is not None and length is not None else None
    return Mandate(start=start, end=end, **fields)


mandates = st.builds(_mandate, start=optional_dates, length=st.none() | st.integers(0, 9000),
                     title=text, organisation=text,
                     time_share_percent=st.none() | st.integers(0, 100), description=long_text)


levels = st.none() | st.sampled_from(LEVELS)
steps = st.builds(Step, title=text, date=optional_dates, attended=st.booleans(), summary=text,
                  kind=st.sampled_from(list(StepKind)),
                  duration_minutes=st.none() | st.integers(1, 600), aim=text,
                  actions=st.lists(st.builds(Action, text=text, done=st.booleans()), max_size=3))
replies = st.builds(Reply, body=text, author=text, created=timestamps)
assessments = st.builds(Assessment, candidate=levels, advisor=levels, evidence=text)
names = text.filter(str.strip)
pseudonyms = st.builds(Pseudonym, real=names, alias=text, kind=st.sampled_from(list(NameKind)),
                       short_forms=st.lists(names, max_size=3))


seconds = st.integers(0, 24 * 3600)
questions = st.builds(Question, question=text, notes=long_text,
                      origin=st.sampled_from(list(QuestionOrigin)),
                      confidence=st.none() | st.sampled_from(CONFIDENCE_LEVELS),
                      practised=timestamps, source=text)
rehearsals = st.builds(Rehearsal, date=st.datetimes(min_value=dt.datetime(2000, 1, 1),
                                                    max_value=dt.datetime(2100, 1, 1)),
                       seconds=seconds, point_seconds=st.lists(seconds, max_size=5))


@st.composite
def oral_preparations(draw: st.DrawFn, production: int) -> OralPreparation:
    asked = draw(st.lists(questions, max_size=4))
    return OralPreparation(
        production=production,
        plan=draw(st.lists(st.builds(TalkPoint, point=text,
                                     minutes=st.floats(0, 600, allow_nan=False)), max_size=4)),
        questions=asked,
        rehearsals=draw(st.lists(rehearsals, max_size=3)),
        mock_juries=draw(st.lists(st.builds(
            MockJury, date=timestamps, presentation_seconds=seconds, questions_seconds=seconds,
            asked=st.lists(st.builds(AskedQuestion, question=st.sampled_from(
                [q.uid for q in asked]) if asked else text.filter(bool), feedback=text),
                max_size=2),
            notes=text, author=text), max_size=2)))


def positionings(competence: int) -> st.SearchStrategy[Positioning]:
    return st.builds(Positioning, competence=st.just(competence), start=assessments,
                     end=assessments,
                     gaps=st.lists(st.builds(Gap, description=text, action=text,
                                             done=st.booleans()), max_size=2))


@st.composite
def dossiers(draw: st.DrawFn, referential: Referential) -> Dossier:
    ccpt = draw(st.sampled_from(referential.ccpts))
    numbers = draw(st.permutations([c.number for c in ccpt.competences]))
    numbers = numbers[: draw(st.integers(0, len(numbers)))]
    productions = [
        Production(competence=n, title=draw(text), chapters={
            kind: Chapter(draw(long_text), draw(st.sampled_from(list(ChapterStatus))))
            for kind in ChapterKind},
            trade_competences=draw(st.lists(st.integers(1, len(ccpt.trade.competences)),
                                            max_size=3, unique=True)) if ccpt.trade else [])
        for n in numbers
    ]
    comments = [
        Comment(production=draw(st.integers(1, len(productions))),
                chapter=draw(st.sampled_from(list(ChapterKind))), quote=draw(text),
                body=draw(text), author=draw(text), created=draw(timestamps),
                resolved=draw(st.booleans()),
                replies=draw(st.lists(replies, max_size=2)))
        for _ in range(draw(st.integers(0, 3) if productions else st.just(0)))
    ]
    return Dossier(
        candidate=draw(st.builds(Candidate, first_name=text, last_name=text, birth_name=text,
                                 email=text, phone=text, address=text, union=text,
                                 employer=text, job_title=text, show_union=st.booleans(),
                                 show_address=st.booleans())),
        mandates=draw(st.lists(mandates, max_size=3)),
        project=draw(long_text),
        ccpt=ccpt.id,
        productions=productions,
        steps=draw(st.lists(steps, max_size=3)),
        comments=comments,
        pseudonyms=draw(st.lists(pseudonyms, max_size=2)),
        annexes=draw(st.lists(st.builds(Annex, title=text, kind=st.sampled_from(list(AnnexKind)),
                                        description=text), max_size=2)),
        declaration=draw(st.builds(Declaration, place=text, date=optional_dates)),
        referential=draw(st.none() | st.just(ReferentialRef(referential.id, referential.edition))),
        positioning=[draw(positionings(number)) for number in
                     sorted(draw(st.lists(st.sampled_from([c.number for c in ccpt.competences]),
                                          unique=True)))],
        results=[JuryResult(sat, draw(optional_dates), draw(st.sampled_from(list(Outcome))),
                            draw(text))
                 for sat in draw(st.lists(st.sampled_from([c.id for c in referential.ccpts]),
                                          max_size=2, unique=True))],
        oral=[draw(oral_preparations(number).filter(lambda o: not o.empty)) for number in
              sorted(draw(st.lists(st.integers(1, len(productions)), unique=True)))]
        if productions else [],
    )
