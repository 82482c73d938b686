"""The after-jury data file: any JSON gives suites that work or one French sentence."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.after_jury import bundled_suites_path, fitting, suites_from_json
from dossier_app.core.model import Dossier, JuryResult, Outcome
from tests.fuzz.contract import assert_dossier_error
from tests.fuzz.test_json_import import _mutate, json_values

SUITES: dict = json.loads(bundled_suites_path().read_text(encoding="utf-8"))


@settings(max_examples=150, deadline=None)
@given(value=json_values)
def test_generated_json_gives_suites_or_one_sentence(value) -> None:
    try:
        suites_from_json(value)
    except Exception as error:
        assert_dossier_error(error)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_suites_work_or_give_one_sentence(data) -> None:
    document = copy.deepcopy(SUITES)
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(document, data)
    try:
        suites = suites_from_json(document)
    except Exception as error:
        assert_dossier_error(error)
        return
    for outcome in Outcome:
        dossier = Dossier(ccpt="dossier-social", results=[JuryResult("dossier-social", outcome=outcome)])
        assert all(step.fits(outcome, "dossier-social") for step in fitting(suites, dossier))
