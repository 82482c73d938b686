"""Union and HR words are known words, never spelling errors (issue 21)."""

from __future__ import annotations

import pytest

from dossier_app.core.spelling import FrenchSpeller, PersonalDictionary


@pytest.fixture(scope="module")
def speller(tmp_path_factory) -> FrenchSpeller:
    return FrenchSpeller(PersonalDictionary(tmp_path_factory.mktemp("mots") / "perso.txt"))


@pytest.mark.parametrize("word", [
    "CSE", "CSSCT", "BDESE", "NAO", "DSN", "prud’homal", "prud’homale", "prud’hommes",
    "intersyndicale", "multisyndical", "multisyndicale", "paritarisme", "mandaté",
    "représentativité", "télétravail", "pénibilité", "inaptitude", "l’Urssaf", "la Carsat",
    "proratisé", "d’Anact", "forfait-jours", "sous-traitants", "accord-cadre"])
def test_a_union_or_hr_word_is_known(speller, word) -> None:
    assert all(speller.is_correct(part) for part in word.split(" "))


def test_a_misspelt_union_word_is_still_caught(speller) -> None:
    assert not speller.is_correct("multisyndicl")
    assert not speller.is_correct("intersyndicalle")
