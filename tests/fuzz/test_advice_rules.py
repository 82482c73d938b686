"""The writing advice file an advisor organisation installs: a hostile file never stops the
advice (the bundled file is used, and the app is told why in one French sentence naming the
file), and any JSON gives rules that advise or one French sentence."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.model import Chapter, ChapterKind, Dossier, Production
from dossier_app.core.paths import AppPaths
from dossier_app.core.writing_advice import (
    advice_from_json,
    advice_in_use,
    advise,
    bundled_advice,
    bundled_advice_path,
    installed_advice_path,
    load_advice,
)
from tests.fuzz.contract import assert_dossier_error
from tests.fuzz.test_json_import import json_values, mutated, read_or_one_sentence

ADVICE: dict = json.loads(bundled_advice_path().read_text(encoding="utf-8"))


def _advice(change: Callable[[dict], object] | None = None, old: str = "",
            new: str = "") -> Callable[[], str]:
    def build() -> str:
        document = copy.deepcopy(ADVICE)
        if change:
            change(document)
        text = json.dumps(document)
        assert not old or old in text, old
        return text.replace(old, new, 1)
    return build


HOSTILE: dict[str, tuple[Callable[[], str | bytes], str]] = {
    "nesting-100000-lists": (lambda: "[" * 100_000 + "]" * 100_000, "imbrique"),
    "file-70-mb": (lambda: " " * 70_000_000 + "{}", "trop gros"),
    "empty": (lambda: "", "JSON"),
    "a-list": (lambda: "[]", "objet JSON"),
    "nan-limit": (_advice(old='"long_sentence_words": 35', new='"long_sentence_words": NaN'), "NaN"),
    "infinite-share": (_advice(old='"passive_share": 0.5', new='"passive_share": Infinity'),
                       "passive_share"),
    "integer-5000-digits": (_advice(old='"situation_min_words": 80',
                                    new='"situation_min_words": ' + "9" * 5_000),
                            "situation_min_words"),
    "version-10e100": (_advice(lambda d: d.update(version=10**100)), "« version »"),
    "surrogate-in-a-message": (_advice(lambda d: d["rules"][0]["message"].update(fr="\udfff")),
                               "rules[1].message.fr"),
    "null-rules": (_advice(lambda d: d.update(rules=None)), "« rules »"),
    "a-rule-missing": (_advice(lambda d: d["rules"].pop()), "passive-voice"),
    "an-unknown-rule": (_advice(lambda d: d["rules"][0].update(id="<script>")), "rules[1].id"),
    "100000-acronyms": (_advice(lambda d: d.update(acronyms=[
        {"acronym": f"A{n}", "expansion": "a"} for n in range(100_000)])), "acronyms"),
    "an-acronym-of-a-page": (_advice(lambda d: d["acronyms"].append(
        {"acronym": "A" * 10_000, "expansion": "a"})), "acronym"),
    "an-acronym-with-brackets": (_advice(lambda d: d["acronyms"].append(
        {"acronym": "[A-Z]", "expansion": "a"})), "acronym"),
    "10000-stop-words": (_advice(lambda d: d["rules"][3].update(stop_words=["mot"] * 10_000)),
                         "stop_words"),
    "a-referential-instead": (lambda: json.dumps({"format": "dossier-ccpt-referential"}),
                              "« format »"),
    "utf-16": (lambda: json.dumps(ADVICE).encode("utf-16"), "UTF-8"),
    "binary": (lambda: bytes(range(256)), "UTF-8"),
}


def _dossier() -> Dossier:
    text = ("Nous avons saisi le CSE en 2023. " + " ".join(["relu"] * 40) + ". Le planning, "
            "le planning. Le contrat a été signé. La paie a été corrigée. Le rappel a été versé.")
    return Dossier(productions=[Production(1, chapters={
        kind: Chapter(text) for kind in ChapterKind})])


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_installed_advice_file_is_set_aside_with_one_sentence(name) -> None:
    build, words = HOSTILE[name]
    paths = AppPaths.default()
    installed = installed_advice_path(paths)
    installed.parent.mkdir(parents=True, exist_ok=True)
    content = build()
    installed.write_bytes(content if isinstance(content, bytes)
                          else content.encode("utf-8", "surrogatepass"))
    with pytest.raises(Exception) as caught:
        load_advice(installed)
    assert_dossier_error(caught.value)
    assert words in caught.value.message and "advice.json" in caught.value.message
    rules, problem = advice_in_use(paths)
    assert rules is bundled_advice()
    assert problem is not None and problem.message == caught.value.message
    assert advise(_dossier(), rules)


def test_an_installed_folder_is_set_aside() -> None:
    paths = AppPaths.default()
    installed = installed_advice_path(paths)
    installed.mkdir(parents=True)
    rules, problem = advice_in_use(paths)
    assert rules is bundled_advice() and problem is not None
    assert_dossier_error(problem)
    assert "advice.json" in problem.message


@settings(max_examples=150, deadline=None)
@given(value=json_values)
def test_generated_json_gives_rules_or_one_sentence(value) -> None:
    read_or_one_sentence(advice_from_json, value)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_advice_gives_rules_that_advise_or_one_sentence(data) -> None:
    rules = read_or_one_sentence(advice_from_json, mutated(ADVICE, data))
    if rules is None:
        return
    for finding in advise(_dossier(), rules):
        assert finding.mark.message == rules.message(finding.rule)
