"""The oral's preparation as data: the rules file, the plan proposed from the chapters, the
bank of questions, the advisor's comment as a question, the practice's order, the readiness
findings and the advisor's copy merged back."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from dossier_app.core.errors import DossierError, InvalidData
from dossier_app.core.merge import merge
from dossier_app.core.model import (
    AskedQuestion,
    ChapterKind,
    Comment,
    MockJury,
    Question,
    QuestionOrigin,
    Rehearsal,
    TalkPoint,
)
from dossier_app.core.oral import (
    active_rules,
    add_bank_questions,
    bundled_rules,
    bundled_rules_path,
    first_line,
    install_rules,
    installed_rules_path,
    next_question,
    planned_minutes,
    practice_order,
    propose_plan,
    question_from_comment,
    record_practice,
    rules_from_json,
    split_minutes,
)
from dossier_app.core.pages import Page
from dossier_app.core.readiness import Code, check_dossier

NOW = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone.utc)


def _rules_json() -> dict:
    return json.loads(bundled_rules_path().read_text(encoding="utf-8"))


def test_the_bundled_rules_are_the_jury_of_the_afpa_path() -> None:
    rules = bundled_rules()
    assert rules.presentation_seconds == 600
    assert rules.questions_minutes == (15, 20)
    assert rules.warnings_seconds == (120, 30)
    assert {q.about for q in rules.questions} == {"situation", "analysis", "transfer",
                                                  "professional", "union"}
    assert len({q.id for q in rules.questions}) == len(rules.questions)
    assert rules.in_time(540) and rules.in_time(660)
    assert not rules.in_time(539) and not rules.in_time(661)


def test_an_advisor_organisation_installs_its_own_times(app_paths, tmp_path) -> None:
    data = _rules_json()
    data["presentation_minutes"] = 8
    data["questions_minutes"] = {"minimum": 10, "maximum": 12}
    own = tmp_path / "oral.json"
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    install_rules(own, app_paths)
    assert active_rules(app_paths).presentation_seconds == 480
    assert active_rules(app_paths).questions_minutes == (10, 12)
    # A bad file is refused before anything is replaced.
    data["questions_minutes"] = {"minimum": 20, "maximum": 12}
    own.write_text(json.dumps(data), encoding="utf-8")
    before = installed_rules_path(app_paths).read_bytes()
    with pytest.raises(DossierError, match=r"questions_minutes\.maximum"):
        install_rules(own, app_paths)
    assert installed_rules_path(app_paths).read_bytes() == before
    # A damaged installed file does not stop the app: the bundled rules are used.
    installed_rules_path(app_paths).write_text("{", encoding="utf-8")
    assert active_rules(app_paths).presentation_seconds == 600


@pytest.mark.parametrize("change, field", [
    ({"format": "dossier-ccpt"}, "format"),
    ({"presentation_minutes": "dix"}, "presentation_minutes"),
    ({"presentation_minutes": 0}, "presentation_minutes"),
    ({"warnings_seconds": [120, True]}, r"warnings_seconds\[2\]"),
    ({"questions": [{"id": "a", "text": "?"}, {"id": "a", "text": "!"}]}, "questions"),
    ({"questions": [{"id": "a", "about": "météo", "text": "?"}]}, r"questions\[1\]\.about"),
])
def test_a_rules_file_that_is_wrong_says_which_field(change, field) -> None:
    with pytest.raises(InvalidData, match=field):
        rules_from_json({**_rules_json(), **change})


def test_the_plan_proposed_has_one_point_per_chapter_within_the_time(example) -> None:
    production = example.production(1)
    plan = propose_plan(production, bundled_rules())
    assert len(plan) == 3
    assert [p.minutes for p in plan] == [3.5, 3.5, 3.0]
    assert sum(p.minutes for p in plan) == 10
    first = first_line(production.chapters[ChapterKind.SITUATION].text)
    assert plan[0].point == f"Situation : {first}"
    assert plan[2].point.startswith("Argumentaire de transfert : ")
    assert "**" not in "".join(p.point for p in plan)


def test_an_empty_chapter_gives_a_point_to_write() -> None:
    from dossier_app.core.model import Production

    plan = propose_plan(Production(1), bundled_rules())
    assert [p.point for p in plan] == ["Situation", "Analyse", "Argumentaire de transfert"]


@pytest.mark.parametrize("total, parts, shares", [
    (10, 3, [3.5, 3.5, 3.0]), (10, 4, [2.5, 2.5, 2.5, 2.5]), (8, 3, [3.0, 2.5, 2.5]),
    (1, 3, [0.5, 0.5, 0.0]),
])
def test_minutes_are_shared_in_half_minutes(total, parts, shares) -> None:
    assert split_minutes(total, parts) == shares


def test_the_first_line_is_the_first_sentence_cut_at_a_word() -> None:
    assert first_line("J’ai *réuni* l’équipe. Puis le reste.") == "J’ai réuni l’équipe."
    long = "mot " * 60
    cut = first_line(long)
    assert cut.endswith("…") and len(cut) <= 141 and " mo…" not in cut
    assert first_line("Le 3.5 n’est pas une fin") == "Le 3.5 n’est pas une fin"


def test_the_bank_has_the_competence_questions_first_and_is_added_once(example,
                                                                       referential) -> None:
    ccpt = referential.ccpt(example.ccpt)
    competence = ccpt.competence(example.production(1).competence)
    bank = bundled_rules().bank(competence)
    own = [q for q in bank if q.about == "competence"]
    assert len(own) == len(competence.jury_expectations) and bank[:len(own)] == own
    lead = "Ce que le jury regarde\u00a0: "  # the rules' texts get French spacing
    assert own[0].text.startswith(lead) and own[0].text[len(lead)].islower()
    example.oral = []
    preparation = example.oral_for(1)
    assert add_bank_questions(preparation, bank) == len(bank)
    assert all(q.origin is QuestionOrigin.JURY for q in preparation.questions)
    assert add_bank_questions(preparation, bank) == 0
    del preparation.questions[0]  # deleted by the candidate: asked for again, it comes back
    assert add_bank_questions(preparation, bank) == 1
    assert len({q.uid for q in preparation.questions}) == len(bank)


def test_an_advisor_comment_becomes_a_question_once(example) -> None:
    comment = Comment(2, ChapterKind.ANALYSIS, quote="les plannings",
                      body="Qui a validé ces plannings ?", author="Claire")
    example.comments.append(comment)
    question = question_from_comment(example, comment)
    assert (question.question, question.origin) == ("Qui a validé ces plannings ?",
                                                    QuestionOrigin.ADVISOR)
    assert question.notes == "Sur « les plannings »"
    assert example.oral_for(2).questions == [question]
    assert question_from_comment(example, comment) is question
    assert len(example.oral_for(2).questions) == 1


def test_practice_draws_the_least_sure_then_the_least_recently_practised() -> None:
    sure = Question("À l’aise", confidence=3, practised=NOW - dt.timedelta(days=9))
    unsure_old = Question("Pas sûr, il y a longtemps", confidence=1,
                          practised=NOW - dt.timedelta(days=5))
    unsure_new = Question("Pas sûr, hier", confidence=1, practised=NOW - dt.timedelta(days=1))
    never = Question("Jamais travaillée")
    middling = Question("À peu près", confidence=2, practised=NOW - dt.timedelta(days=20))
    questions = [sure, unsure_new, middling, never, unsure_old]
    assert practice_order(questions) == [never, unsure_old, unsure_new, middling, sure]
    assert next_question(questions) is never
    record_practice(never, 3, NOW)
    assert (never.confidence, never.practised) == (3, NOW)
    assert next_question(questions, after=unsure_old) is unsure_new
    assert next_question([Question("  ")]) is None
    assert next_question([sure], after=sure) is sure  # the only one comes back


def _written(example):
    """The example's productions all have their three chapters written; their oral is
    not prepared yet."""
    assert all(c.text.strip() for p in example.productions for c in p.chapters.values())
    example.oral = []
    return example


def _oral_codes(report, number: int) -> list[Code]:
    return [f.code for f in report.findings if f.page is Page.ORAL and f.production == number]


def test_readiness_for_the_oral_grows_with_the_preparation(example, referential,
                                                           guidance) -> None:
    dossier = _written(example)
    report = check_dossier(dossier, referential, guidance)
    assert _oral_codes(report, 1) == [Code.NO_TALK_PLAN, Code.NO_ORAL_QUESTIONS]
    preparation = dossier.oral_for(1)
    preparation.plan = [TalkPoint("Le contexte", 4), TalkPoint("Mon action", 4)]
    preparation.questions = [Question("Votre rôle ?"), Question("Le résultat ?", confidence=1,
                                                               practised=NOW)]
    report = check_dossier(dossier, referential, guidance)
    plan_finding = next(f for f in report.findings if f.code is Code.PLAN_OFF_TIME)
    assert (plan_finding.params["minutes"], plan_finding.params["target"]) == (8, 10)
    assert _oral_codes(report, 1) == [Code.PLAN_OFF_TIME, Code.FEW_REHEARSALS,
                                      Code.UNPRACTISED_QUESTIONS, Code.UNSURE_QUESTIONS]
    preparation.plan.append(TalkPoint("Le transfert", 2))
    preparation.rehearsals = [Rehearsal(NOW, 720), Rehearsal(NOW, 650), Rehearsal(NOW, 560)]
    for question in preparation.questions:
        record_practice(question, 3, NOW)
    assert planned_minutes(preparation) == 10
    report = check_dossier(dossier, referential, guidance)
    assert _oral_codes(report, 1) == []
    assert all(f.severity.value == "advice" for f in report.findings if f.page is Page.ORAL)
    dossier.oral_for(2).plan = [TalkPoint("Tout", 10)]
    few = next(f for f in check_dossier(dossier, referential, guidance).findings
               if f.code is Code.FEW_REHEARSALS and f.production == 2)
    assert few.params == {"in_time": 0, "needed": 2}


def test_a_production_still_being_written_has_no_oral_findings(example, referential,
                                                               guidance) -> None:
    example.oral = []
    example.production(1).chapters[ChapterKind.TRANSFER].text = ""
    assert _oral_codes(check_dossier(example, referential, guidance), 1) == []
    example.oral_for(1).plan = [TalkPoint("Début", 10)]  # once begun, it is followed
    assert _oral_codes(check_dossier(example, referential, guidance), 1) == [
        Code.FEW_REHEARSALS, Code.NO_ORAL_QUESTIONS]


def test_a_mock_jury_from_the_advisor_copy_comes_back_with_each_side_kept(example) -> None:
    example.oral = []
    preparation = example.oral_for(1)
    preparation.questions = [Question("Votre rôle ?"), Question("Le résultat ?")]
    preparation.rehearsals = [Rehearsal(NOW, 640)]
    base, mine, theirs = example, copy.deepcopy(example), copy.deepcopy(example)
    # The candidate practised and rehearsed at home...
    record_practice(mine.oral_for(1).questions[0], 2, NOW)
    mine.oral_for(1).rehearsals.append(Rehearsal(NOW + dt.timedelta(days=1), 610))
    mine.oral_for(1).questions.append(Question("Ma question"))
    # ...while the advisor ran a mock jury in the workshop, and added a question.
    asked = theirs.oral_for(1).questions[1]
    theirs.oral_for(1).mock_juries.append(MockJury(
        NOW, 605, 1000, [AskedQuestion(asked.uid, "Chiffrez le résultat.")], "Clair.", "Claire"))
    theirs.oral_for(1).rehearsals.append(Rehearsal(NOW + dt.timedelta(hours=2), 605))
    theirs.oral_for(1).questions.append(Question("Et la suite ?", origin=QuestionOrigin.ADVISOR))
    asked.notes = "Le nombre de contrats régularisés."
    result = merge(base, mine, theirs)
    merged = result.dossier.oral_for(1)
    assert result.new_mock_juries == 1
    assert merged.mock_juries == theirs.oral_for(1).mock_juries
    assert [q.question for q in merged.questions] == ["Votre rôle ?", "Le résultat ?",
                                                      "Ma question", "Et la suite ?"]
    assert merged.questions[0].confidence == 2
    assert merged.questions[1].notes == "Le nombre de contrats régularisés."
    assert [r.seconds for r in merged.rehearsals] == [640, 610, 605]
    # Brought back twice, nothing doubles.
    again = merge(base, result.dossier, theirs).dossier.oral_for(1)
    assert again == merged
