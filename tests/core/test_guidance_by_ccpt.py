"""Each CCPT's own examples and questions in the writing guidance, and the fallback to the
generic ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier_app.core.errors import InvalidData
from dossier_app.core.guidance import Guidance, load_guidance
from dossier_app.core.model import ChapterKind
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path, guidance_path

CCPT_IDS = [c.id for c in load_referential(bundled_referential_path()).ccpts]


def _raw() -> dict:
    return json.loads(guidance_path().read_text(encoding="utf-8"))


def _written(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "chapters.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_every_ccpt_of_the_referential_has_an_example_for_each_chapter(guidance) -> None:
    missing = [f"{ccpt_id} / {kind.value}" for ccpt_id in CCPT_IDS for kind in ChapterKind
               if guidance.chapter_for(kind, ccpt_id).example_ccpt != ccpt_id]
    assert missing == [], f"no example of its own for: {', '.join(missing)}"


@pytest.mark.parametrize("ccpt_id", CCPT_IDS)
@pytest.mark.parametrize("kind", list(ChapterKind))
def test_each_example_has_a_plausible_length(guidance, ccpt_id, kind) -> None:
    words = len(guidance.chapter_for(kind, ccpt_id).example.split())
    assert 60 <= words <= 220, f"{ccpt_id} / {kind.value}: {words} words"


def test_the_examples_of_the_ccpts_all_differ(guidance) -> None:
    for kind in ChapterKind:
        examples = {ccpt_id: guidance.chapter_for(kind, ccpt_id).example for ccpt_id in CCPT_IDS}
        shared = [ccpt_id for ccpt_id, text in examples.items()
                  if list(examples.values()).count(text) > 1]
        assert shared == [], f"{kind.value}: the same example for {', '.join(shared)}"


def test_only_the_payroll_ccpt_may_tell_the_payroll_story(guidance) -> None:
    for ccpt_id in CCPT_IDS:
        if ccpt_id != "dossier-social":
            assert not any("paie" in guidance.chapter_for(kind, ccpt_id).example
                           for kind in (ChapterKind.SITUATION, ChapterKind.ANALYSIS)), ccpt_id


@pytest.mark.parametrize("ccpt_id", CCPT_IDS)
def test_each_ccpt_asks_its_own_questions_about_the_transfer(guidance, ccpt_id) -> None:
    generic = guidance.chapters[ChapterKind.TRANSFER]
    own = guidance.chapter_for(ChapterKind.TRANSFER, ccpt_id)
    assert own.relances[:len(generic.relances)] == generic.relances  # the generic ones first
    assert len(own.relances) > len(generic.relances)


def test_the_prospection_candidate_is_asked_who_the_client_would_be(guidance) -> None:
    relances = guidance.chapter_for(ChapterKind.TRANSFER, "prospection-negociation").relances
    assert "Quel serait votre client, et que lui vendriez-vous\u202f?" in relances


def test_the_texts_follow_french_typography(guidance) -> None:
    for ccpt_id in CCPT_IDS:
        for kind in ChapterKind:
            chapter = guidance.chapter_for(kind, ccpt_id)
            for text in (chapter.example, *chapter.relances):
                assert "'" not in text and '"' not in text, text  # ’ and « » only
                assert " :" not in text and " ?" not in text and "« " not in text, text


def test_the_generic_guidance_stays_as_it_was(guidance) -> None:
    """Length marks and the fallback for a CCPT the file does not know (an advisor's
    referential) or no CCPT at all."""
    for kind in ChapterKind:
        generic = guidance.chapters[kind]
        assert generic.example and generic.example_ccpt == ""
        for ccpt_id in (None, "", "un-ccpt-inconnu"):
            assert guidance.chapter_for(kind, ccpt_id) == generic
        assert guidance.chapter_for(kind, "mediation-sociale").min_words == generic.min_words
        assert guidance.chapter_for(kind, "mediation-sociale").starters == generic.starters


def test_applying_a_ccpt_twice_adds_its_questions_once(guidance) -> None:
    once = guidance.chapter_for(ChapterKind.TRANSFER, "mediation-sociale")
    assert once.for_ccpt("mediation-sociale") == once
    assert once.for_ccpt("prospection-negociation") == once  # already chosen for one CCPT


def test_an_older_file_without_the_ccpts_texts_loads_with_the_generic_example(tmp_path) -> None:
    doc = _raw()
    del doc["by_ccpt"]
    older = load_guidance(_written(tmp_path, doc))
    current = load_guidance()
    for kind in ChapterKind:
        chapter = older.chapter_for(kind, "mediation-sociale")
        assert chapter.example == current.chapters[kind].example
        assert chapter.example_ccpt == ""
        assert chapter.relances == current.chapters[kind].relances
        assert older.chapters[kind].min_words == current.chapters[kind].min_words


def test_a_ccpt_without_an_example_for_a_chapter_shows_the_generic_one(tmp_path) -> None:
    doc = _raw()
    del doc["by_ccpt"]["mediation-sociale"]["analysis"]
    doc["by_ccpt"]["mediation-sociale"]["transfer"]["example"] = ""
    guidance: Guidance = load_guidance(_written(tmp_path, doc))
    generic = guidance.chapters
    analysis = guidance.chapter_for(ChapterKind.ANALYSIS, "mediation-sociale")
    assert analysis == generic[ChapterKind.ANALYSIS]
    transfer = guidance.chapter_for(ChapterKind.TRANSFER, "mediation-sociale")
    assert transfer.example == generic[ChapterKind.TRANSFER].example
    assert transfer.example_ccpt == ""
    assert len(transfer.relances) > len(generic[ChapterKind.TRANSFER].relances)  # still its own
    assert guidance.chapter_for(ChapterKind.SITUATION, "mediation-sociale").example_ccpt \
        == "mediation-sociale"


@pytest.mark.parametrize("change, field", [
    (lambda ccpts: ccpts["mediation-sociale"].update(transfert={"example": "Texte."}),
     "by_ccpt.mediation-sociale.transfert"),
    (lambda ccpts: ccpts["mediation-sociale"]["analysis"].update(exemple="Texte."),
     "by_ccpt.mediation-sociale.analysis.exemple"),
])
def test_a_misspelt_key_is_refused_by_name(tmp_path, change, field) -> None:
    doc = _raw()
    change(doc["by_ccpt"])
    with pytest.raises(InvalidData) as raised:
        load_guidance(_written(tmp_path, doc))
    assert raised.value.field == field
    assert "chapters.json" in raised.value.message


@pytest.mark.parametrize("value, field", [
    ({"mediation-sociale": []}, "by_ccpt.mediation-sociale"),
    ({"mediation-sociale": {"transfer": {"relances": "Une question ?"}}},
     "by_ccpt.mediation-sociale.transfer.relances"),
    ({"mediation-sociale": {"situation": {"example": 3}}},
     "by_ccpt.mediation-sociale.situation.example"),
    ([], "by_ccpt"),
])
def test_a_malformed_entry_is_refused_by_name(tmp_path, value, field) -> None:
    doc = _raw()
    doc["by_ccpt"] = value
    with pytest.raises(InvalidData) as raised:
        load_guidance(_written(tmp_path, doc))
    assert raised.value.field == field
