"""The oral's rules file an advisor organisation installs: hostile files never stop the
command line (the bundled rules are used, and it says why), and any JSON gives rules or
one French sentence."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.oral import bundled_rules_path, installed_rules_path, load_rules, rules_from_json
from dossier_app.core.paths import AppPaths
from dossier_app.core.resources import example_dossier_path
from tests.fuzz.contract import TIME_LIMIT, assert_dossier_error, run_bounded
from tests.fuzz.test_json_import import json_values, mutated, read_or_one_sentence

RULES: dict = json.loads(bundled_rules_path().read_text(encoding="utf-8"))


def _rules(change: Callable[[dict], object] | None = None, old: str = "",
           new: str = "") -> Callable[[], str]:
    def build() -> str:
        document = copy.deepcopy(RULES)
        if change:
            change(document)
        text = json.dumps(document)
        assert not old or old in text, old
        return text.replace(old, new, 1)
    return build


HOSTILE: dict[str, tuple[Callable[[], str | bytes], str]] = {
    "nesting-100000-lists": (lambda: "[" * 100_000 + "]" * 100_000, "imbrique"),
    "file-70-mb": (lambda: " " * 70_000_000 + "{}", "trop gros"),
    "nan-minutes": (_rules(old='"presentation_minutes": 10', new='"presentation_minutes": NaN'),
                    "NaN"),
    "integer-5000-digits": (_rules(old='"thinking_seconds": 30',
                                   new='"thinking_seconds": ' + "9" * 5_000), "thinking_seconds"),
    "surrogate-in-a-question": (_rules(lambda d: d["questions"][0].update(text="\udfff")),
                                "questions[1].text"),
    "null-questions": (_rules(lambda d: d.update(questions=None)), "« questions »"),
    "warnings-of-a-day": (_rules(lambda d: d.update(warnings_seconds=[86_400])),
                          "warnings_seconds[1]"),
    "a-referential-instead": (lambda: json.dumps({"format": "dossier-ccpt-referential"}),
                              "« format »"),
    "utf-16": (lambda: json.dumps(RULES).encode("utf-16"), "UTF-8"),
    "binary": (lambda: bytes(range(256)), "UTF-8"),
}


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("oral-rules")
    target = folder / "nadia.ccpt"
    assert run_bounded("import", example_dossier_path(), "-o", target).code == 0
    return target


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_installed_rules_file_is_set_aside_with_one_sentence(name, dossier,
                                                                       tmp_path) -> None:
    build, words = HOSTILE[name]
    installed = installed_rules_path(AppPaths.default())
    installed.parent.mkdir(parents=True, exist_ok=True)
    content = build()
    installed.write_bytes(content if isinstance(content, bytes)
                          else content.encode("utf-8", "surrogatepass"))
    with pytest.raises(Exception) as caught:
        load_rules(installed)
    assert_dossier_error(caught.value)
    assert words in caught.value.message
    outcome = run_bounded("oral", dossier, "-o", tmp_path / "oral.docx")
    assert outcome.code == 0, outcome.err
    assert outcome.seconds < TIME_LIMIT
    (warning,) = outcome.err.splitlines()
    assert warning.startswith("Attention : les règles de l’oral installées sont ignorées (")
    assert words in warning and "Traceback" not in outcome.err
    assert (tmp_path / "oral.docx").read_bytes().startswith(b"PK")


@settings(max_examples=150, deadline=None)
@given(value=json_values)
def test_generated_json_gives_rules_or_one_sentence(value) -> None:
    read_or_one_sentence(rules_from_json, value)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_rules_give_rules_that_work_or_one_sentence(data) -> None:
    rules = read_or_one_sentence(rules_from_json, mutated(RULES, data))
    if rules is None:
        return
    rules.in_time(600)
    assert rules.bank(None) == list(rules.questions)
