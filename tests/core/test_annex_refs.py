"""References to annexes: found, renumbered when annexes move or go, flagged when wrong."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dossier_app.core.annex_refs import (
    REMOVED,
    MissingAnnex,
    UnreferencedAnnex,
    problems,
    references,
    renumber,
    renumbered_text,
)
from dossier_app.core.model import Annex, ChapterKind, Dossier, Production


def numbers(text: str) -> list[int]:
    return [reference.number for reference in references(text)]


def test_the_usual_ways_of_citing_an_annex_are_found() -> None:
    assert numbers("Le compte rendu (voir annexe 2) le montre.") == [2]
    assert numbers("Voir l’annexe 3 et l'Annexe 4.") == [3, 4]
    assert numbers("ANNEXE\u00a05, annexe n° 6, annexe no 7") == [5, 6, 7]
    assert numbers("(voir annexes 2 et 3)") == [2, 3]
    assert numbers("les annexes 1, 4 ou 12 en témoignent") == [1, 4, 12]


def test_what_is_not_a_reference_is_left_alone() -> None:
    assert numbers("annexe 2024, annexe 01, annexe 0, annexé 2, annexes") == []
    assert numbers("reannexe 2, l’annexe du règlement") == []
    # singular: one number only, the comma starts another sentence's figure
    assert numbers("voir annexe 2, 3 collègues ont signé") == [2]


def test_only_the_numbers_are_rewritten() -> None:
    text = "**Voir l’Annexe 1** et les annexes 1, 2 ou 3 ; 1 réunion, annexe 10."
    assert renumbered_text(text, {1: 2, 2: 1}) == \
        "**Voir l’Annexe 2** et les annexes 2, 1 ou 3 ; 1 réunion, annexe 10."


def dossier_citing(*texts: str, annexes: int) -> Dossier:
    production = Production(1)
    for kind, text in zip(ChapterKind, texts, strict=False):
        production.chapters[kind].text = text
    return Dossier(productions=[production],
                   annexes=[Annex(f"Pièce {n}") for n in range(1, annexes + 1)])


def test_moving_an_annex_renumbers_every_chapter_and_the_project() -> None:
    dossier = dossier_citing("(voir annexe 1)", "annexes 1 et 2", annexes=3)
    dossier.project = "voir annexe 3"
    renumber(dossier, [2, 3, 1])
    assert [annex.title for annex in dossier.annexes] == ["Pièce 2", "Pièce 3", "Pièce 1"]
    chapters = dossier.productions[0].chapters
    assert chapters[ChapterKind.SITUATION].text == "(voir annexe 3)"
    assert chapters[ChapterKind.ANALYSIS].text == "annexes 3 et 1"
    assert dossier.project == "voir annexe 2"


def test_a_reference_to_a_removed_annex_becomes_a_question_mark_and_is_flagged() -> None:
    """Left as written, « annexe 2 » would cite the annex that took the removed one's place."""
    dossier = dossier_citing("annexe 2 puis annexe 3, annexes 1 et 3", annexes=3)
    renumber(dossier, [1, 3])  # annex 2 removed
    assert (dossier.productions[0].chapters[ChapterKind.SITUATION].text
            == "annexe ? puis annexe 2, annexes 1 et 2")
    assert problems(dossier) == [MissingAnnex(1, ChapterKind.SITUATION, REMOVED)]
    renumber(dossier, [1])  # annex 3 (now 2) removed too: the last one
    assert (dossier.productions[0].chapters[ChapterKind.SITUATION].text
            == "annexe ? puis annexe ?, annexes 1 et ?")
    assert problems(dossier) == [MissingAnnex(1, ChapterKind.SITUATION, REMOVED)]


def test_problems_name_the_place_of_a_missing_annex_once_and_each_annex_never_cited() -> None:
    dossier = dossier_citing("annexe 4, encore l’annexe 4", "annexe 1", annexes=2)
    dossier.project = "annexe 5"
    assert problems(dossier) == [MissingAnnex(None, None, 5),
                                 MissingAnnex(1, ChapterKind.SITUATION, 4),
                                 UnreferencedAnnex(2)]
    assert problems(Dossier()) == []


_WORDS = st.sampled_from(["annexe ", "annexes ", "l’annexe ", "Annexe n° ", " et ", ", ", " ou ",
                          "voir ", "(", ")", " ", "\u00a0", "0", "1", "2", "3", "9", "10", "12",
                          "123", "2024", "réunion", "é", "."])


@given(st.lists(_WORDS, max_size=40).map("".join),
       st.permutations(list(range(1, 13))))
def test_renumbering_then_back_gives_the_original_text(text: str, order: list[int]) -> None:
    forward = {old: new for new, old in enumerate(order, start=1)}
    back = {new: old for old, new in forward.items()}
    assert renumbered_text(renumbered_text(text, forward), back) == text


@given(st.lists(_WORDS, max_size=40).map("".join), st.permutations([1, 2, 3]))
def test_renumbering_a_dossier_and_back_restores_it(text: str, order: list[int]) -> None:
    dossier = dossier_citing(text, annexes=3)
    original = [annex.title for annex in dossier.annexes]
    renumber(dossier, order)
    renumber(dossier, [order.index(old) + 1 for old in (1, 2, 3)])
    assert dossier.productions[0].chapters[ChapterKind.SITUATION].text == text
    assert [annex.title for annex in dossier.annexes] == original
