"""The names the text shows without a pseudonym (core.privacy)."""

from __future__ import annotations

import copy
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.model import Annex, AnnexFile, AnnexKind, ChapterKind, Dossier, NameKind, Pseudonym
from dossier_app.core.privacy import (
    AttachedFile,
    Finding,
    Part,
    Spot,
    attached_files,
    first_names,
    fold,
    proposed_alias,
    unlisted_names,
)
from dossier_app.core.resources import resources_dir
from dossier_app.core.spelling import FrenchSpeller, PersonalDictionary

from .strategies import dossiers


@pytest.fixture(scope="module")
def speller(tmp_path_factory) -> FrenchSpeller:
    """The French dictionary, loaded once (a few seconds)."""
    return FrenchSpeller(PersonalDictionary(tmp_path_factory.mktemp("words") / "mots.txt"))


def _with(example: Dossier, text: str) -> Dossier:
    """The example with ``text`` added to its first situation."""
    dossier = copy.deepcopy(example)
    chapter = dossier.production(1).chapters[ChapterKind.SITUATION]
    chapter.text += "\n\n" + text
    return dossier


def _names(dossier: Dossier, speller) -> dict[str, int]:
    return {f.name: f.count for f in unlisted_names(dossier, speller)}


def test_the_example_names_its_advisor_without_a_pseudonym(example, speller) -> None:
    """Karim Benali and Logistique Atlantique have theirs; the candidate (Nadia Martin,
    born Benhamou) is handled apart; Claire Roussel, the advisor, signs two comments and
    is named alone in an action of the path."""
    assert unlisted_names(example, speller) == [
        Finding("Claire Roussel", 3, Spot(Part.PATH), NameKind.PERSON)]
    assert unlisted_names(example, None) == unlisted_names(example, speller)


def test_a_civility_makes_the_next_word_a_name(example) -> None:
    dossier = _with(example, "J’ai vu M. Dupont, Mme Leroy, Mlle Petit et Monsieur Le Goff ; "
                             "madame Marchand aussi.")
    found = {f.name: f for f in unlisted_names(dossier, None)}
    assert {"Dupont", "Leroy", "Petit", "Le Goff", "Marchand"} <= found.keys()
    assert all(found[name].kind is NameKind.PERSON for name in ("Dupont", "Le Goff"))
    assert found["Dupont"].where == Spot(Part.PRODUCTION, 1, ChapterKind.SITUATION)
    assert "M" not in found and "Mme" not in found


def test_first_names_of_the_list_and_their_surname(example) -> None:
    dossier = _with(example, "Avec Kévin et Jean-Pierre Ngoma, nous avons vu Fatoumata DIALLO.")
    names = _names(dossier, None)
    assert names["Kévin"] == 1
    assert names["Jean-Pierre Ngoma"] == 1
    assert names["Fatoumata DIALLO"] == 1  # a surname in capitals stays with its first name
    assert "Avec" not in names


def test_the_first_name_list_is_shipped_with_its_origin() -> None:
    lines = (resources_dir() / "names" / "prenoms.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    names = [line for line in lines if line and not line.startswith("#")]
    assert len(names) >= 400
    assert len({fold(name) for name in names}) == len(names)  # no name twice
    assert {"karim", "marie", "jean-pierre", "fatoumata", "zoe"} <= first_names()
    assert "noel" not in first_names() and "france" not in first_names()  # a feast, a country


def test_unknown_capitalised_words_are_names_dictionary_words_are_not(example, speller) -> None:
    dossier = _with(example, "Le Code du travail s’applique à Nantes comme à Paris ; la Sécurité "
                             "sociale aussi. La responsable, Zerbinati, a répondu au CSE.")
    names = _names(dossier, speller)
    assert names.get("Zerbinati") == 1
    for word in ("Code", "Nantes", "Paris", "Sécurité", "CSE", "La", "Le"):
        assert word not in names
    assert "Zerbinati" not in _names(dossier, None)  # no dictionary yet: no such guess


def test_a_name_found_by_the_dictionary_gets_its_kind_guessed(example, speller) -> None:
    dossier = _with(example, "J’ai écrit à Zorgatech Industries, puis à Zerbinati.")
    kinds = {f.name: f.kind for f in unlisted_names(dossier, speller)}
    assert kinds["Zorgatech Industries"] is NameKind.ORGANISATION
    assert kinds["Zerbinati"] is NameKind.PERSON


def test_a_sentence_start_proves_nothing(example, speller) -> None:
    alone = _with(example, "Zerbinati a signé. Rose a relu.")
    names = _names(alone, speller)
    assert "Zerbinati" not in names  # an unknown word, but at a sentence's start
    assert "Rose" not in names  # a first name, but also a common word
    twice = _with(example, "Zerbinati a signé. J’en ai parlé avec Zerbinati.")
    assert _names(twice, speller)["Zerbinati"] == 2  # also met mid-sentence: a name
    karima = _with(example, "Karima a relu.")
    assert _names(karima, speller)["Karima"] == 1  # a first name that is no common word


def test_a_name_met_shortened_is_counted_with_the_whole(example) -> None:
    dossier = _with(example, "Léonie Dubois est venue. J’ai rappelé Léonie Dubois ; Mme Dubois "
                             "a signé, et Léonie a relu.")
    names = _names(dossier, None)
    assert "Dubois" not in names and "Léonie" not in names
    assert names["Léonie Dubois"] == 4


def test_names_a_pseudonym_covers_whatever_their_case_and_accents(example, speller) -> None:
    dossier = _with(example, "M. Benali, KARIM Benali et Karim ; Kévin DURAND et M. Durand ; "
                             "chez Zorgatech Industries (ZI) ; M. Benoulou, des Transports "
                             "Benoulou Frères.")
    dossier.pseudonyms += [Pseudonym("Kevin Durand", "K. D."),
                           Pseudonym("Zorgatech Industries", "l’entreprise Z", NameKind.ORGANISATION,
                                     ["ZI"]),
                           Pseudonym("Benoulou Frères", "l’entreprise B", NameKind.ORGANISATION)]
    names = _names(dossier, speller)
    assert not {"Benali", "Karim", "Kévin DURAND", "Durand", "Zorgatech Industries",
                "Benoulou Frères"} & names.keys()
    assert names["Benoulou"] == 1  # an organisation is replaced by its whole name, not a word


def test_the_union_kept_private_is_a_finding_shown_it_is_not(example, speller) -> None:
    dossier = _with(example, "J’ai contacté Solidaires Transports Ouest. Le syndicat "
                             "solidaires transports ouest m’a aidée.")
    dossier.candidate.union = "Solidaires Transports Ouest"
    dossier.candidate.show_union = False
    first = unlisted_names(dossier, speller)[0]
    assert first.union and first.name == "Solidaires Transports Ouest" and first.count == 2
    assert first.where == Spot(Part.PRODUCTION, 1, ChapterKind.SITUATION)
    assert first.kind is NameKind.ORGANISATION
    assert not any("Solidaires" in f.name for f in unlisted_names(dossier, speller)[1:])
    dossier.candidate.show_union = True
    assert not any("Solidaires" in f.name for f in unlisted_names(dossier, speller))
    dossier.candidate.show_union = False
    dossier.pseudonyms.append(Pseudonym("Solidaires Transports Ouest", "le syndicat",
                                        NameKind.ORGANISATION))
    assert not any(f.union for f in unlisted_names(dossier, speller))


def test_every_part_of_the_dossier_is_read_and_said(example) -> None:
    dossier = copy.deepcopy(example)
    dossier.mandates[0].description += " Avec Mme Leroy."
    dossier.project += " Avec M. Dupont."
    dossier.production(2).title = "Avec M. Marchand"
    dossier.annexes[0].description += " Signée par Mme Petit."
    found = {f.name: f.where for f in unlisted_names(dossier, None)}
    assert found["Leroy"] == Spot(Part.MANDATES)
    assert found["Dupont"] == Spot(Part.PROJECT)
    assert found["Marchand"] == Spot(Part.PRODUCTION, 2)
    assert found["Petit"] == Spot(Part.ANNEXES)
    assert found["Claire Roussel"] == Spot(Part.PATH)
    dossier.steps.clear()
    assert {f.name: f.where for f in unlisted_names(dossier, None)}["Claire Roussel"] \
        == Spot(Part.COMMENTS)


def test_a_100_000_word_dossier_is_reviewed_in_under_a_second(example, speller) -> None:
    dossier = _with(example, "J’ai vu M. Dupont et Mme Leroy avec Kévin. Zerbinati aussi, avec "
                             "Jean-Pierre Ngoma.")
    for production in dossier.productions:
        for chapter in production.chapters.values():
            chapter.text = "\n\n".join([chapter.text] * 70)
    words = sum(len(c.text.split()) for p in dossier.productions for c in p.chapters.values())
    assert words >= 100_000
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        unlisted_names(dossier, speller)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 1.0, timings


def test_proposed_aliases() -> None:
    assert proposed_alias("Karim Benali", NameKind.PERSON, []) == "K. B."
    assert proposed_alias("Karim Benali", NameKind.PERSON, ["M. B.", "k. b."]) == "K. Be."
    assert proposed_alias("Jean-Pierre Ngoma", NameKind.PERSON, []) == "J.-P. N."
    assert proposed_alias("Zorgatech", NameKind.ORGANISATION, []) == "l’entreprise A"
    assert proposed_alias("Zorgatech", NameKind.ORGANISATION, ["l'entreprise A"]) \
        == "l’entreprise B"
    assert proposed_alias("Pornic", NameKind.PLACE, []) == "le lieu A"


_NAMES_TEXT = st.lists(st.sampled_from(["M.", "Mme", "Karim", "Benali", "Zoé", "l’Olivier", "CSE",
                                        "Le", "a", ".", ",", "\n", " ", "\u00a0", "’", "Jean-"]),
                       max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), extra=_NAMES_TEXT)
def test_any_dossier_is_reviewed_and_each_finding_is_in_its_text(data, extra, referential) -> None:
    dossier = data.draw(dossiers(referential))
    dossier.project += extra
    for finding in unlisted_names(dossier, None):
        assert finding.count >= 1 and finding.name.strip()
        assert finding.name == " ".join(finding.name.split())


def test_the_attached_documents_are_listed_since_no_pseudonym_reaches_inside() -> None:
    dossier = Dossier(annexes=[
        Annex("Attestation", AnnexKind.ATTESTATION, "",
              file=AnnexFile("attestation-benali.pdf", "application/pdf", b"%PDF-1.7")),
        Annex("Sans document"),
        Annex("Affiche", file=AnnexFile("affiche.png", "image/png", b"\x89PNG")),
    ])
    assert attached_files(dossier) == [AttachedFile(1, "Attestation", "attestation-benali.pdf"),
                                       AttachedFile(3, "Affiche", "affiche.png")]
    assert attached_files(Dossier()) == []
