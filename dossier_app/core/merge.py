"""Bringing an advisor's reviewed copy back into the candidate's dossier.

A three-way merge: ``base`` is the dossier as it was sent, ``mine`` the candidate's
dossier now, ``theirs`` the copy that comes back. What only one side changed is
taken from that side. Where both changed:

- a chapter's text: the candidate's text stays and the advisor's is handed back
  as a ``Conflict`` for the candidate to choose (nothing is lost either way);
- a short text (a step summary, a comment): both are kept, one after the other;
- a list (actions, replies, gaps): the candidate's items plus the advisor's new ones;
- anything else (a status, a level, a box): the advisor's value, the newer word.

Comments are matched by their ``uid`` and the positioning grid by competence, so
that each side's additions are all kept. The oral's preparation is matched by production,
then its questions and mock juries by ``uid``: a mock jury the advisor ran in a workshop
comes back with the copy, and each side's rehearsals are all kept.

The writing log, the chapter targets and the choice to share the log are the
candidate's own: they are kept as the candidate has them (the copy sent may not even
hold the log). An attached document is one whole: an annex the advisor did not touch
keeps its document; when both sides changed it, the candidate's stays.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .model import (
    AnnexFile,
    ChapterKind,
    Comment,
    Dossier,
    JuryResult,
    OralPreparation,
    Positioning,
    Production,
)


@dataclass(frozen=True)
class Conflict:
    production: int
    kind: ChapterKind
    theirs: str
    """The advisor's text; the merged dossier holds the candidate's."""


@dataclass
class MergeResult:
    dossier: Dossier
    conflicts: list[Conflict] = field(default_factory=list)
    chapters_taken: int = 0
    """Chapters where the advisor's text replaced an unchanged one."""
    new_comments: int = 0
    new_replies: int = 0
    new_mock_juries: int = 0
    statuses_taken: int = 0


def merge(base: Dossier, mine: Dossier, theirs: Dossier) -> MergeResult:
    """The merged dossier (a new object: the three given are left as they are)."""
    result = MergeResult(dossier=mine)
    special = {"productions", "comments", "positioning", "oral", "results", *CANDIDATE_OWN}
    result.dossier = dataclasses.replace(
        mine,
        **{f.name: _merge(getattr(base, f.name), getattr(mine, f.name), getattr(theirs, f.name))
           for f in dataclasses.fields(Dossier) if f.name not in special},
        productions=[_merge_production(number, _at(base.productions, number - 1), production,
                                       _at(theirs.productions, number - 1), result)
                     for number, production in enumerate(mine.productions, start=1)],
        comments=_merge_comments(base.comments, mine.comments, theirs.comments,
                                 len(mine.productions), result),
        positioning=_merge_positioning(base.positioning, mine.positioning, theirs.positioning),
        oral=_merge_oral(base.oral, mine.oral, theirs.oral, len(mine.productions), result),
        results=_merge_results(base.results, mine.results, theirs.results))
    return result


CANDIDATE_OWN = ("chapter_targets", "writing_log", "share_writing_log")
"""Fields of the dossier that only the candidate changes: the merge keeps theirs."""


def _at(items: list, index: int):
    return items[index] if index < len(items) else None


def _merge_production(number: int, base: Production | None, mine: Production,
                      theirs: Production | None, result: MergeResult) -> Production:
    if theirs is None or theirs.competence != mine.competence:
        return mine  # the candidate changed the productions since: theirs does not match
    if base is None or base.competence != mine.competence:
        base = Production(mine.competence)
    merged = dataclasses.replace(mine, title=_merge(base.title, mine.title, theirs.title),
                                 trade_competences=_merge(base.trade_competences,
                                                          mine.trade_competences,
                                                          theirs.trade_competences),
                                 chapters=dict(mine.chapters))
    for kind in ChapterKind:
        b, m, t = base.chapters[kind], mine.chapters[kind], theirs.chapters[kind]
        text = m.text
        if t.text != m.text and t.text != b.text:
            if m.text == b.text:
                text = t.text
                result.chapters_taken += 1
            else:
                result.conflicts.append(Conflict(number, kind, t.text))
        status = _merge(b.status, m.status, t.status)
        if status != m.status:
            result.statuses_taken += 1
        merged.chapters[kind] = dataclasses.replace(m, text=text, status=status)
    return merged


def _merge_comments(base: list[Comment], mine: list[Comment], theirs: list[Comment],
                    productions: int, result: MergeResult) -> list[Comment]:
    old = {c.uid: c for c in base}
    merged = {c.uid: c for c in mine}
    for comment in theirs:
        if comment.uid in merged:
            before = merged[comment.uid]
            merged[comment.uid] = _merge(old.get(comment.uid, before), before, comment)
            result.new_replies += len(merged[comment.uid].replies) - len(before.replies)
        elif comment.uid not in old and comment.production <= productions:
            merged[comment.uid] = comment  # a new comment (one the candidate deleted stays out)
            result.new_comments += 1
    return list(merged.values())


def _merge_positioning(base: list[Positioning], mine: list[Positioning],
                       theirs: list[Positioning]) -> list[Positioning]:
    old = {row.competence: row for row in base}
    merged = {row.competence: row for row in mine}
    for row in theirs:
        own = merged.get(row.competence)
        empty = Positioning(row.competence) if own is not None else None
        kept = _merge(old.get(row.competence, empty), own, row)
        if kept is not None:  # None: a row the candidate removed, untouched by the advisor
            merged[row.competence] = kept
    return [merged[number] for number in sorted(merged)]


def _merge_oral(base: list[OralPreparation], mine: list[OralPreparation],
                theirs: list[OralPreparation], productions: int,
                result: MergeResult) -> list[OralPreparation]:
    old = {o.production: o for o in base}
    merged = {o.production: o for o in mine}
    for preparation in theirs:
        number = preparation.production
        if number > productions or preparation == old.get(number):
            continue  # untouched by the advisor, or for a production gone since
        empty = OralPreparation(number)
        b, m = old.get(number, empty), merged.get(number, empty)
        mocks = _by_uid(b.mock_juries, m.mock_juries, preparation.mock_juries)
        result.new_mock_juries += len(mocks) - len(m.mock_juries)
        merged[number] = dataclasses.replace(
            m, plan=_merge(b.plan, m.plan, preparation.plan),
            questions=_by_uid(b.questions, m.questions, preparation.questions),
            rehearsals=m.rehearsals + [r for r in preparation.rehearsals
                                       if r not in b.rehearsals and r not in m.rehearsals],
            mock_juries=mocks)
    return [merged[number] for number in sorted(merged)]


def _merge_results(base: list[JuryResult], mine: list[JuryResult],
                   theirs: list[JuryResult]) -> list[JuryResult]:
    """Matched by CCPT: a decision the advisor recorded comes in beside the candidate's."""
    old = {r.ccpt: r for r in base}
    merged = {r.ccpt: r for r in mine}
    for result in theirs:
        if result == old.get(result.ccpt):
            continue
        empty = JuryResult(result.ccpt)
        merged[result.ccpt] = _merge(old.get(result.ccpt, empty), merged.get(result.ccpt, empty),
                                     result)
    return list(merged.values())


def _by_uid(base: list, mine: list, theirs: list) -> list:
    """Items matched by ``uid``: each side's changes merged, the advisor's new ones added,
    one the candidate deleted left out."""
    old = {item.uid: item for item in base}
    merged = {item.uid: item for item in mine}
    for item in theirs:
        if item.uid in merged:
            merged[item.uid] = _merge(old.get(item.uid, merged[item.uid]), merged[item.uid], item)
        elif item.uid not in old:
            merged[item.uid] = item
    return list(merged.values())


def _merge(base: Any, mine: Any, theirs: Any) -> Any:
    if theirs in (base, mine):
        return mine
    if mine == base:
        return theirs
    if isinstance(mine, AnnexFile):
        return mine  # a document is never merged field by field
    if (dataclasses.is_dataclass(mine) and not isinstance(mine, type)
            and type(mine) is type(theirs) is type(base)):
        return dataclasses.replace(mine, **{
            f.name: _merge(getattr(base, f.name), getattr(mine, f.name), getattr(theirs, f.name))
            for f in dataclasses.fields(mine)})
    if isinstance(mine, list) and isinstance(theirs, list) and isinstance(base, list):
        if len(mine) == len(theirs) == len(base):
            return [_merge(b, m, t) for b, m, t in zip(base, mine, theirs, strict=True)]
        return mine + [item for item in theirs if item not in base and item not in mine]
    if isinstance(mine, Enum):
        return theirs
    if isinstance(mine, str) and isinstance(theirs, str):
        if theirs in mine:
            return mine
        if mine in theirs:
            return theirs
        return f"{mine}\n\n{theirs}"
    return theirs
