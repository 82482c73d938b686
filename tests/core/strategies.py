"""Hypothesis strategies for whole dossiers that are valid against the bundled referential."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from dossier_app.core.model import (
    Annex,
    AnnexKind,
    Candidate,
    Chapter,
    ChapterKind,
    ChapterStatus,
    Comment,
    Declaration,
    Dossier,
    Mandate,
    Production,
    Pseudonym,
    ReferentialRef,
    Workshop,
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


@st.composite
def dossiers(draw: st.DrawFn, referential: Referential) -> Dossier:
    ccpt = draw(st.sampled_from(referential.ccpts))
    numbers = draw(st.permutations([c.number for c in ccpt.competences]))
    numbers = numbers[: draw(st.integers(0, len(numbers)))]
    productions = [
        Production(competence=n, title=draw(text), chapters={
            kind: Chapter(draw(long_text), draw(st.sampled_from(list(ChapterStatus))))
            for kind in ChapterKind})
        for n in numbers
    ]
    comments = [
        Comment(production=draw(st.integers(1, len(productions))),
                chapter=draw(st.sampled_from(list(ChapterKind))), quote=draw(text),
                body=draw(text), author=draw(text), created=draw(timestamps),
                resolved=draw(st.booleans()))
        for _ in range(draw(st.integers(0, 3) if productions else st.just(0)))
    ]
    return Dossier(
        candidate=draw(st.builds(Candidate, first_name=text, last_name=text, birth_name=text,
                                 email=text, phone=text, address=text, union=text,
                                 employer=text, job_title=text, show_union=st.booleans())),
        mandates=draw(st.lists(mandates, max_size=3)),
        project=draw(long_text),
        ccpt=ccpt.id,
        productions=productions,
        workshops=draw(st.lists(st.builds(Workshop, title=text, date=optional_dates,
                                          attended=st.booleans(), notes=text), max_size=3)),
        comments=comments,
        pseudonyms=draw(st.lists(st.builds(Pseudonym, real=text.filter(str.strip), alias=text),
                                 max_size=2)),
        annexes=draw(st.lists(st.builds(Annex, title=text, kind=st.sampled_from(list(AnnexKind)),
                                        description=text), max_size=2)),
        declaration=draw(st.builds(Declaration, place=text, date=optional_dates)),
        referential=draw(st.none() | st.just(ReferentialRef(referential.id, referential.edition))),
    )
