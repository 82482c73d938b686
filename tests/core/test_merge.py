"""The three-way merge of an advisor's reviewed copy (pure data, no files)."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.merge import merge
from dossier_app.core.model import (
    Action,
    AnnexFile,
    ChapterKind,
    ChapterStatus,
    Comment,
    Gap,
    Positioning,
    Reply,
    Step,
    StepKind,
    WritingDay,
)

from .strategies import dossiers

SITUATION, ANALYSIS = ChapterKind.SITUATION, ChapterKind.ANALYSIS


def _row(dossier, competence: int) -> Positioning:
    """The grid row of a competence, added when first asked for."""
    row = next((r for r in dossier.positioning if r.competence == competence), None)
    if row is None:
        row = Positioning(competence)
        dossier.positioning.append(row)
        dossier.positioning.sort(key=lambda r: r.competence)
    return row


def _three(example):
    return example, copy.deepcopy(example), copy.deepcopy(example)


def test_each_side_keeps_what_only_it_changed(example) -> None:
    base, mine, theirs = _three(example)
    mine.production(1).chapters[SITUATION].text += "\n\nAjout de la candidate."
    theirs.production(2).chapters[ANALYSIS].text = "Texte retouché par le conseiller."
    theirs.production(1).chapters[ANALYSIS].status = ChapterStatus.TO_REWORK
    result = merge(base, mine, theirs)
    merged = result.dossier
    assert merged.production(1).chapters[SITUATION].text.endswith("Ajout de la candidate.")
    assert merged.production(2).chapters[ANALYSIS].text == "Texte retouché par le conseiller."
    assert merged.production(1).chapters[ANALYSIS].status is ChapterStatus.TO_REWORK
    assert (result.chapters_taken, result.statuses_taken, result.conflicts) == (1, 1, [])


def test_a_chapter_both_changed_keeps_the_candidates_text_and_hands_back_the_other(example) -> None:
    base, mine, theirs = _three(example)
    mine.production(1).chapters[ANALYSIS].text = "Ma nouvelle analyse."
    theirs.production(1).chapters[ANALYSIS].text = "L’analyse corrigée par le conseiller."
    result = merge(base, mine, theirs)
    assert result.dossier.production(1).chapters[ANALYSIS].text == "Ma nouvelle analyse."
    (conflict,) = result.conflicts
    assert (conflict.production, conflict.kind, conflict.theirs) == (
        1, ANALYSIS, "L’analyse corrigée par le conseiller.")


def test_comments_and_replies_from_both_sides_are_all_kept(example) -> None:
    base, mine, theirs = _three(example)
    first = base.comments[0]
    when = dt.datetime(2026, 11, 20, 18, 0)
    mine.comments[0].replies.append(Reply("J’ai précisé le mardi.", "Nadia", when))
    mine.comments[0].resolved = True
    theirs.comments[0].replies.append(Reply("Très bien.", "Claire", when))
    theirs.comments.append(Comment(1, SITUATION, "la permanence", "Combien de salariés ?",
                                   "Claire", when))
    result = merge(base, mine, theirs)
    merged = {c.uid: c for c in result.dossier.comments}
    assert [r.body for r in merged[first.uid].replies] == [
        *(r.body for r in first.replies), "J’ai précisé le mardi.", "Très bien."]
    assert merged[first.uid].resolved
    assert result.dossier.comments[-1].body == "Combien de salariés ?"
    assert (result.new_comments, result.new_replies) == (1, 1)


def test_path_and_grid_merge_field_by_field(example) -> None:
    base, mine, theirs = _three(example)
    base.steps = [Step("Atelier 2", kind=StepKind.WORKSHOP, actions=[Action("Relire")])]
    mine.steps, theirs.steps = copy.deepcopy(base.steps), copy.deepcopy(base.steps)
    mine.steps[0].actions[0].done = True
    theirs.steps[0].summary = "Analyse de la production 1."
    theirs.steps[0].actions.append(Action("Ajouter une annexe"))
    _row(mine, 1).start.candidate = 2
    _row(theirs, 1).start.advisor = 3
    _row(theirs, 1).gaps.append(Gap("Le bulletin de paie", "Atelier paie"))
    _row(theirs, 2).start.advisor = 1
    merged = merge(base, mine, theirs).dossier
    step = merged.steps[0]
    assert step.summary == "Analyse de la production 1."
    assert step.actions == [Action("Relire", True), Action("Ajouter une annexe")]
    row = _row(merged, 1)
    assert (row.start.candidate, row.start.advisor) == (2, 3)
    assert row.gaps[-1].description == "Le bulletin de paie"
    assert _row(merged, 2).start.advisor == 1


def test_short_texts_both_changed_are_both_kept(example) -> None:
    base, mine, theirs = _three(example)
    mine.steps[0].summary = "Mes notes."
    theirs.steps[0].summary = "Notes du conseiller."
    assert merge(base, mine, theirs).dossier.steps[0].summary == "Mes notes.\n\nNotes du conseiller."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_merging_an_untouched_copy_changes_nothing(referential, data) -> None:
    base = data.draw(dossiers(referential))
    mine = data.draw(dossiers(referential))
    result = merge(base, mine, copy.deepcopy(base))
    assert result.dossier == mine
    assert (result.conflicts, result.new_comments, result.chapters_taken) == ([], 0, 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_copy_merged_into_an_untouched_dossier_comes_in_whole(referential, data) -> None:
    base = data.draw(dossiers(referential))
    theirs = copy.deepcopy(base)
    for production in theirs.productions:
        for chapter in production.chapters.values():
            chapter.text = data.draw(st.text(max_size=30))
    result = merge(base, copy.deepcopy(base), theirs)
    assert result.dossier == theirs
    assert result.conflicts == []


def _documents(dossier) -> None:
    from tests.storage.test_annex_files import image_bytes, pdf_bytes

    dossier.annexes[0].file = AnnexFile("attestation.pdf", "application/pdf", pdf_bytes(1))
    dossier.annexes[1].file = AnnexFile("affiche.png", "image/png", image_bytes())


def test_annex_documents_survive_the_advisors_copy(example) -> None:
    _documents(example)
    base, mine, theirs = _three(example)
    theirs.annexes[0].title = "Attestation de la secrétaire du CSE"  # the advisor retitles one
    theirs.annexes[1].productions = [2]
    mine.annexes[0].description = "Signée le 3 octobre."
    merged = merge(base, mine, theirs).dossier
    assert merged.annexes[0].file == base.annexes[0].file
    assert merged.annexes[0].title == "Attestation de la secrétaire du CSE"
    assert merged.annexes[0].description == "Signée le 3 octobre."
    assert (merged.annexes[1].file, merged.annexes[1].productions) == (base.annexes[1].file, [2])


def test_a_document_both_sides_replaced_is_the_candidates_whole(example) -> None:
    from tests.storage.test_annex_files import pdf_bytes

    _documents(example)
    base, mine, theirs = _three(example)
    mine.annexes[0].file = AnnexFile("attestation-signee.pdf", "application/pdf", pdf_bytes(2))
    theirs.annexes[0].file = AnnexFile("autre.pdf", "application/pdf", pdf_bytes(3))
    theirs.annexes[1].file = AnnexFile("affiche-nette.pdf", "application/pdf", pdf_bytes(1))
    merged = merge(base, mine, theirs).dossier
    assert merged.annexes[0].file == mine.annexes[0].file  # not names glued, not mixed bytes
    assert merged.annexes[1].file == theirs.annexes[1].file  # only the advisor changed it


def test_the_log_targets_and_share_choice_stay_the_candidates(example) -> None:
    base, mine, theirs = _three(example)
    mine.writing_log = [WritingDay(dt.date(2026, 11, 2), 250, 4000),
                        WritingDay(dt.date(2026, 11, 9), 300, 4300)]
    base.writing_log = mine.writing_log[:1]
    theirs.writing_log = []  # the copy sent held no log: the candidate did not share it
    mine.chapter_targets = {ChapterKind.ANALYSIS: 1200}
    theirs.chapter_targets = {ChapterKind.ANALYSIS: 800}
    theirs.share_writing_log = True
    merged = merge(base, mine, theirs).dossier
    assert merged.writing_log == mine.writing_log
    assert merged.chapter_targets == {ChapterKind.ANALYSIS: 1200}
    assert merged.share_writing_log is False
