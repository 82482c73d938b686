"""The interchange JSON (version 1) of ``contract.md``, both ways.

Beyond the contract's keys, version 1 as written here also carries chapter
statuses, annexes, the declaration on honour, ``candidate.show_union`` and
``candidate.show_address``, the referential the dossier was written against, the path's
details in each ``workshops`` entry (``kind``, ``duration_minutes``, ``aim``, ``actions``),
each comment's ``id`` and ``replies``, the ``positioning`` grid, each pseudonym's
``short_forms``, in ``oral`` each question's ``source`` and each production's
``mock_juries``, each production's ``trade_competences``, ``results`` (the jury's
decision on each CCPT sat, of which ``result`` is the dossier's own), the candidate's
``chapter_targets`` (words per chapter kind), ``writing_log`` and ``share_writing_log``.
Readers that do not know them ignore them with a warning, as the contract says, so this
stays compatible.

An annex's ``file`` carries the document itself in base64: its size is checked before it
is decoded, its content as when the candidate attaches it (``readers.attachment``), and
all the documents together within ``limits.MAX_ANNEXES_BYTES``.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InvalidData
from .files import display, megabytes
from .jsonread import Reader, load_json_file, printable
from .limits import (
    MAX_ANNEX_FILE_BYTES,
    MAX_ANNEXES_BYTES,
    MAX_COMMENTS,
    MAX_PRODUCTIONS,
    MAX_WRITING_DAYS,
    annexes_bytes,
)
from .model import (
    CANDIDATE_TEXT_FIELDS,
    CONFIDENCE_LEVELS,
    LEVELS,
    Action,
    Annex,
    AnnexFile,
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
    WritingDay,
    new_uid,
)
from .pseudonyms import guess_kind
from .referential import Referential
from .sentence import Sentence, say

FORMAT = "dossier-ccpt"
VERSION = 1
MAX_WARNINGS = 20
"""Warnings listed one by one; the rest are counted in one last line."""


@dataclass
class ImportResult:
    dossier: Dossier
    warnings: list[Sentence] = field(default_factory=list)


def read_json_file(path: Path, referential: Referential) -> ImportResult:
    data = load_json_file(path, say("le fichier JSON"))
    try:
        return dossier_from_json(data, referential)
    except InvalidData as error:
        raise error.located(display(Path(path.name))) from None


def dossier_from_json(data: Any, referential: Referential) -> ImportResult:
    """Build a dossier from decoded JSON; raises ``InvalidData`` on the first bad field.

    Lists are bounded (``limits``: productions, comments, other lists); texts lose the
    control characters a Word document cannot hold, with a warning naming the field.
    """
    doc = Reader(data)
    doc.header(FORMAT, "version", VERSION, say("un dossier CCPT"))
    ccpt_id = doc.string("ccpt")
    ccpt = referential.ccpt(ccpt_id) if ccpt_id else None
    if ccpt_id and ccpt is None:
        raise InvalidData("ccpt", say("désigne un CCPT inconnu (« {ccpt} »)", ccpt=printable(ccpt_id)))

    def production(item: Reader) -> Production:
        number = item.integer("competence", required=True)
        if ccpt is None:
            raise InvalidData(f"{item.path}.competence",
                              say("suppose qu’un CCPT soit choisi (champ ccpt)"))
        if ccpt.competence(number) is None:  # type: ignore[arg-type]
            raise InvalidData(
                f"{item.path}.competence",
                say("doit être le numéro d’une compétence du CCPT, de 1 à {last}",
                    last=len(ccpt.competences)),
            )
        texts = item.obj("chapters")
        statuses = item.obj("status")
        trade = ccpt.trade.competences if ccpt.trade else ()
        reached = item.integers("trade_competences", minimum=1, maximum=max(len(trade), 1))
        if reached and not trade:
            raise InvalidData(f"{item.path}.trade_competences",
                              say("suppose que le référentiel donne les compétences du métier visé"))
        return Production(
            competence=number,  # type: ignore[arg-type]
            trade_competences=reached,
            title=item.string("title"),
            chapters={
                kind: Chapter(
                    text=texts.string(kind.value),
                    status=ChapterStatus(statuses.choice(
                        kind.value, [s.value for s in ChapterStatus],
                        default=ChapterStatus.TO_WRITE.value)),
                )
                for kind in ChapterKind
            },
        )

    candidate = doc.obj("candidate")
    referential_ref = doc.optional_obj("referential")
    declaration = doc.obj("declaration")
    dossier = Dossier(
        candidate=Candidate(
            **{name: candidate.string(name) for name in CANDIDATE_TEXT_FIELDS},
            show_union=candidate.boolean("show_union"),
            show_address=candidate.boolean("show_address"),
        ),
        mandates=doc.items("mandates", _mandate),
        project=doc.string("project"),
        ccpt=ccpt_id,
        productions=doc.items("productions", production, limit=MAX_PRODUCTIONS),
        steps=doc.items("workshops", _step),
        comments=doc.items("comments", _comment, limit=MAX_COMMENTS),
        pseudonyms=doc.items("pseudonyms", _pseudonym),
        annexes=doc.items("annexes", _annex),
        declaration=Declaration(place=declaration.string("place"), date=declaration.date("date")),
        referential=(
            ReferentialRef(referential_ref.string("id", required=True),
                           referential_ref.string("edition", required=True))
            if referential_ref is not None else None
        ),
        positioning=doc.items("positioning", _positioning),
        oral=sorted(doc.items("oral", _oral, limit=MAX_PRODUCTIONS), key=lambda o: o.production),
        results=_results(doc, ccpt_id),
        chapter_targets=_targets(doc),
        writing_log=sorted(doc.items("writing_log", _writing_day, limit=MAX_WRITING_DAYS),
                           key=lambda day: day.date),
        share_writing_log=doc.boolean("share_writing_log"),
    )
    _check_links(dossier)
    _check_annexes(dossier)
    for index, row in enumerate(dossier.positioning, start=1):
        if ccpt is None or ccpt.competence(row.competence) is None:
            raise InvalidData(f"positioning[{index}].competence",
                              say("doit être le numéro d’une compétence du CCPT choisi"))
    return ImportResult(dossier, _warnings(doc))


def _warnings(doc: Reader) -> list[Sentence]:
    """What the import ignored or changed, one sentence each, at most MAX_WARNINGS."""
    sentences = [
        *(say("Champ inconnu ignoré : « {field} ».", field=printable(key, 80))
          for key in doc.unknown_keys()),
        *(say("Caractères de contrôle retirés du champ « {field} » (un document Word ne peut "
              "pas les contenir).", field=printable(key, 80))
          for key in doc.normalized_fields()),
    ]
    if len(sentences) <= MAX_WARNINGS:
        return sentences
    shown = sentences[:MAX_WARNINGS - 1]
    return [*shown, say("Et {count} autres avertissements.", count=len(sentences) - len(shown))]


def _mandate(item: Reader) -> Mandate:
    mandate = Mandate(
        title=item.string("title"),
        organisation=item.string("organisation"),
        start=item.date("start"),
        end=item.date("end"),
        time_share_percent=item.integer("time_share_percent", minimum=0, maximum=100),
        description=item.string("description"),
    )
    if mandate.start and mandate.end and mandate.end < mandate.start:
        raise InvalidData(f"{item.path}.end", say("est antérieure à la date de début du mandat"))
    return mandate


def _step(item: Reader) -> Step:
    return Step(title=item.string("title"), date=item.date("date"),
                attended=item.boolean("attended"), summary=item.string("notes"),
                kind=StepKind(item.choice("kind", [k.value for k in StepKind],
                                          default=StepKind.WORKSHOP.value)),
                duration_minutes=item.integer("duration_minutes", minimum=1, maximum=24 * 60),
                aim=item.string("aim"),
                actions=item.items("actions", lambda a: Action(a.string("text"),
                                                               a.boolean("done"))))


def _reply(item: Reader) -> Reply:
    return Reply(body=item.string("body"), author=item.string("author"),
                 created=item.timestamp("created"))


def _assessment(item: Reader) -> Assessment:
    return Assessment(
        candidate=item.integer("candidate", minimum=LEVELS[0], maximum=LEVELS[-1]),
        advisor=item.integer("advisor", minimum=LEVELS[0], maximum=LEVELS[-1]),
        evidence=item.string("evidence"))


def _positioning(item: Reader) -> Positioning:
    return Positioning(
        competence=item.integer("competence", required=True, minimum=1, maximum=9),  # type: ignore[arg-type]
        start=_assessment(item.obj("start")),
        end=_assessment(item.obj("end")),
        gaps=item.items("gaps", lambda g: Gap(g.string("description"), g.string("action"),
                                              g.boolean("done"))))


def _comment(item: Reader) -> Comment:
    return Comment(
        production=item.integer("production", required=True, minimum=1, maximum=99),  # type: ignore[arg-type]
        chapter=ChapterKind(item.choice("chapter", [k.value for k in ChapterKind],
                                        default=ChapterKind.SITUATION.value)),
        quote=item.string("quote"),
        body=item.string("body"),
        author=item.string("author"),
        created=item.timestamp("created"),
        resolved=item.boolean("resolved"),
        replies=item.items("replies", _reply),
        uid=item.string("id") or new_uid(),
    )


def _pseudonym(item: Reader) -> Pseudonym:
    real = item.string("real", required=True)
    if not real.strip():
        raise InvalidData(f"{item.path}.real", say("ne doit pas être vide"))
    # Without a kind, the one its form says (contract.md: a person when it looks like one).
    pseudonym = Pseudonym(real=real, alias=item.string("alias", required=True),
                          kind=NameKind(item.choice("kind", [k.value for k in NameKind],
                                                    default=guess_kind(real).value)),
                          short_forms=item.strings("short_forms"))
    for index, form in enumerate(pseudonym.short_forms, start=1):
        if not form.strip():
            raise InvalidData(f"{item.path}.short_forms[{index}]", say("ne doit pas être vide"))
    return pseudonym


def _annex(item: Reader) -> Annex:
    return Annex(
        title=item.string("title"),
        kind=AnnexKind(item.choice("kind", [k.value for k in AnnexKind],
                                   default=AnnexKind.DOCUMENT.value)),
        description=item.string("description"),
        productions=item.integers("productions", minimum=1, maximum=MAX_PRODUCTIONS),
        file=_annex_file(item.optional_obj("file")),
    )


def _annex_file(item: Reader | None) -> AnnexFile | None:
    """The document, decoded then checked as one the candidate attaches."""
    if item is None:
        return None
    from ..readers.attachment import check_attachment  # readers use core: imported when needed

    file = AnnexFile(name=item.string("name", required=True, max_length=1000),
                     media_type=item.string("media_type", required=True, max_length=100),
                     data=item.base64("data", max_bytes=MAX_ANNEX_FILE_BYTES))
    check_attachment(file, item.path)
    return file


def _check_annexes(dossier: Dossier) -> None:
    for index, annex in enumerate(dossier.annexes, start=1):
        if len(set(annex.productions)) != len(annex.productions):
            raise InvalidData(f"annexes[{index}].productions",
                              say("reprend deux fois la même production"))
        missing = [number for number in annex.productions if number > len(dossier.productions)]
        if missing:
            raise InvalidData(f"annexes[{index}].productions",
                              say("désigne la production {production}, qui n’existe pas",
                                  production=missing[0]))
    total = annexes_bytes(dossier.annexes)
    if total > MAX_ANNEXES_BYTES:
        raise InvalidData("annexes", say("joint des documents qui pèsent {size} ensemble, au plus "
                                         "{limit} (le dossier doit pouvoir partir par courriel)",
                                         size=megabytes(total), limit=megabytes(MAX_ANNEXES_BYTES)))


MAX_TARGET_WORDS = 100_000
"""A chapter's target in words (a whole dossier is some 10 000)."""


def _targets(doc: Reader) -> dict[ChapterKind, int]:
    targets = doc.optional_obj("chapter_targets")
    if targets is None:
        return {}
    read = {kind: targets.integer(kind.value, minimum=0, maximum=MAX_TARGET_WORDS)
            for kind in ChapterKind}
    return {kind: words for kind, words in read.items() if words is not None}


MAX_DAY_WORDS = 10_000_000


def _writing_day(item: Reader) -> WritingDay:
    return WritingDay(
        date=item.date("date", required=True),  # type: ignore[arg-type]
        words_added=item.integer("words_added", required=True, minimum=0,
                                 maximum=MAX_DAY_WORDS),  # type: ignore[arg-type]
        words_total=item.integer("words_total", required=True, minimum=0,
                                 maximum=MAX_DAY_WORDS),  # type: ignore[arg-type]
    )


MAX_SECONDS = 24 * 3600


def _result(item: Reader, ccpt: str) -> JuryResult:
    return JuryResult(ccpt=ccpt, date=item.date("date"),
                      outcome=Outcome(item.choice("outcome", [o.value for o in Outcome],
                                                  default=Outcome.PENDING.value)),
                      notes=item.string("notes"))


def _results(doc: Reader, ccpt: str) -> list[JuryResult]:
    """``results`` when the file has them (each naming its CCPT), else the contract's
    ``result``, the decision on the dossier's own CCPT."""
    results = doc.items("results", lambda item: _result(item, item.string("ccpt", required=True,
                                                                           max_length=200)))
    own = doc.optional_obj("result")
    contract = _result(own, ccpt) if own is not None else None  # read, so its keys are known
    if not results and contract is not None:
        results = [contract]
    ccpts = [r.ccpt for r in results]
    if len(set(ccpts)) != len(ccpts):
        raise InvalidData("results", say("donne deux décisions pour le même CCPT"))
    return results


def _oral(item: Reader) -> OralPreparation:
    return OralPreparation(
        production=item.integer("production", required=True, minimum=1,
                                maximum=MAX_PRODUCTIONS),  # type: ignore[arg-type]
        plan=item.items("plan", lambda p: TalkPoint(
            p.string("point"), p.number("minutes", default=1, minimum=0, maximum=600))),  # type: ignore[arg-type]
        questions=item.items("questions", _question),
        rehearsals=item.items("rehearsals", _rehearsal),
        mock_juries=item.items("mock_juries", _mock_jury))


def _question(item: Reader) -> Question:
    return Question(
        question=item.string("question"), notes=item.string("notes"),
        origin=QuestionOrigin(item.choice("origin", [o.value for o in QuestionOrigin],
                                          default=QuestionOrigin.CANDIDATE.value)),
        confidence=item.integer("confidence", minimum=CONFIDENCE_LEVELS[0],
                                maximum=CONFIDENCE_LEVELS[-1]),
        practised=item.timestamp("practised"),
        uid=item.string("id", max_length=200) or new_uid(),
        source=item.string("source", max_length=300))


def _rehearsal(item: Reader) -> Rehearsal:
    date = item.timestamp("date")
    if date is None:
        raise InvalidData(f"{item.path}.date", say("est obligatoire et manque"))
    return Rehearsal(date=date,
                     seconds=item.integer("seconds", required=True, minimum=0,
                                          maximum=MAX_SECONDS),  # type: ignore[arg-type]
                     point_seconds=item.integers("point_seconds", minimum=0, maximum=MAX_SECONDS))


def _mock_jury(item: Reader) -> MockJury:
    return MockJury(
        date=item.timestamp("date"),
        presentation_seconds=item.integer("presentation_seconds", default=0, minimum=0,
                                          maximum=MAX_SECONDS),  # type: ignore[arg-type]
        questions_seconds=item.integer("questions_seconds", default=0, minimum=0,
                                       maximum=MAX_SECONDS),  # type: ignore[arg-type]
        asked=item.items("asked", lambda a: AskedQuestion(a.string("question", required=True,
                                                                   max_length=200),
                                                          a.string("feedback"))),
        notes=item.string("notes"), author=item.string("author"),
        uid=item.string("id", max_length=200) or new_uid())


def _check_links(dossier: Dossier) -> None:
    seen: set[int] = set()
    for index, production in enumerate(dossier.productions, start=1):
        if production.competence in seen:
            raise InvalidData(f"productions[{index}].competence",
                              say("reprend la compétence {competence}, qui a déjà sa production",
                                  competence=production.competence))
        seen.add(production.competence)
    competences = [row.competence for row in dossier.positioning]
    if len(set(competences)) != len(competences):
        raise InvalidData("positioning", say("reprend deux fois la même compétence"))
    uids: set[str] = set()
    for index, comment in enumerate(dossier.comments, start=1):
        if comment.uid in uids:
            raise InvalidData(f"comments[{index}].id",
                              say("reprend l’identifiant d’un autre commentaire"))
        uids.add(comment.uid)
        if comment.production > len(dossier.productions):
            raise InvalidData(f"comments[{index}].production",
                              say("désigne la production {production}, qui n’existe pas",
                                  production=comment.production))
    numbers: set[int] = set()
    for index, preparation in enumerate(dossier.oral, start=1):
        if preparation.production in numbers:
            raise InvalidData(f"oral[{index}].production",
                              say("reprend deux fois la production {production}",
                                          production=preparation.production))
        numbers.add(preparation.production)
        if preparation.production > len(dossier.productions):
            raise InvalidData(f"oral[{index}].production",
                              say("désigne la production {production}, qui n’existe pas",
                                          production=preparation.production))
        question_ids = [q.uid for q in preparation.questions]
        if len(set(question_ids)) != len(question_ids):
            raise InvalidData(f"oral[{index}].questions",
                              say("reprend l’identifiant d’une autre question"))
    days = [day.date for day in dossier.writing_log]
    if len(set(days)) != len(days):
        raise InvalidData("writing_log", say("reprend deux fois le même jour"))


def dossier_to_json(dossier: Dossier) -> dict[str, Any]:
    c = dossier.candidate
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "candidate": {**{name: getattr(c, name) for name in CANDIDATE_TEXT_FIELDS},
                      "show_union": c.show_union, "show_address": c.show_address},
        "mandates": [
            {"title": m.title, "organisation": m.organisation, "start": _iso(m.start),
             "end": _iso(m.end), "time_share_percent": m.time_share_percent,
             "description": m.description}
            for m in dossier.mandates
        ],
        "project": dossier.project,
        "ccpt": dossier.ccpt,
        "productions": [
            {"competence": p.competence, "title": p.title,
             "chapters": {k.value: p.chapters[k].text for k in ChapterKind},
             "status": {k.value: p.chapters[k].status.value for k in ChapterKind},
             "trade_competences": list(p.trade_competences)}
            for p in dossier.productions
        ],
        "workshops": [
            {"title": s.title, "date": _iso(s.date), "attended": s.attended, "notes": s.summary,
             "kind": s.kind.value, "duration_minutes": s.duration_minutes, "aim": s.aim,
             "actions": [{"text": a.text, "done": a.done} for a in s.actions]}
            for s in dossier.steps
        ],
        "comments": [
            {"production": m.production, "chapter": m.chapter.value, "quote": m.quote,
             "body": m.body, "author": m.author, "created": _iso(m.created),
             "resolved": m.resolved, "id": m.uid,
             "replies": [{"body": r.body, "author": r.author, "created": _iso(r.created)}
                         for r in m.replies]}
            for m in dossier.comments
        ],
        "pseudonyms": [{"real": p.real, "alias": p.alias, "kind": p.kind.value,
                        "short_forms": list(p.short_forms)} for p in dossier.pseudonyms],
        "annexes": [{"title": a.title, "kind": a.kind.value, "description": a.description,
                     "productions": list(a.productions), "file": _file_json(a.file)}
                    for a in dossier.annexes],
        "declaration": {"place": dossier.declaration.place,
                        "date": _iso(dossier.declaration.date)},
        "referential": ({"id": dossier.referential.id, "edition": dossier.referential.edition}
                        if dossier.referential else None),
        "positioning": [
            {"competence": row.competence,
             **{moment: {"candidate": a.candidate, "advisor": a.advisor, "evidence": a.evidence}
                for moment, a in (("start", row.start), ("end", row.end))},
             "gaps": [{"description": g.description, "action": g.action, "done": g.done}
                      for g in row.gaps]}
            for row in dossier.positioning
        ],
        "result": next(({"date": _iso(r.date), "outcome": r.outcome.value, "notes": r.notes}
                        for r in dossier.results if r.ccpt == dossier.ccpt), None),
        "results": [{"ccpt": r.ccpt, "date": _iso(r.date), "outcome": r.outcome.value,
                     "notes": r.notes} for r in dossier.results],
        "oral": [
            {"production": o.production,
             "plan": [{"point": p.point, "minutes": p.minutes} for p in o.plan],
             "questions": [{"id": q.uid, "question": q.question, "notes": q.notes,
                            "origin": q.origin.value, "confidence": q.confidence,
                            "practised": _iso(q.practised), "source": q.source}
                           for q in o.questions],
             "rehearsals": [{"date": _iso(r.date), "seconds": r.seconds,
                             "point_seconds": list(r.point_seconds)} for r in o.rehearsals],
             "mock_juries": [{"id": m.uid, "date": _iso(m.date),
                              "presentation_seconds": m.presentation_seconds,
                              "questions_seconds": m.questions_seconds,
                              "asked": [{"question": a.question, "feedback": a.feedback}
                                        for a in m.asked],
                              "notes": m.notes, "author": m.author} for m in o.mock_juries]}
            for o in dossier.oral if not o.empty
        ],
        "chapter_targets": {kind.value: dossier.chapter_targets[kind] for kind in ChapterKind
                            if kind in dossier.chapter_targets},
        "writing_log": [{"date": _iso(d.date), "words_added": d.words_added,
                         "words_total": d.words_total} for d in dossier.writing_log],
        "share_writing_log": dossier.share_writing_log,
    }
    return data


def _file_json(file: AnnexFile | None) -> dict[str, str] | None:
    if file is None:
        return None
    return {"name": file.name, "media_type": file.media_type,
            "data": base64.b64encode(file.data).decode("ascii")}


def dossier_to_json_text(dossier: Dossier) -> str:
    return json.dumps(dossier_to_json(dossier), ensure_ascii=False, indent=2) + "\n"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
