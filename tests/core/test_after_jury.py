"""After the jury: results kept in a real .ccpt, the partial outcome, the next steps chosen by
outcome and added to the path once, the data file validated with its fields named."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from dossier_app.app import dossiers
from dossier_app.core.after_jury import (
    add_to_path,
    bundled_suites_path,
    fitting,
    load_suites,
    next_follow_up,
    outcome_summary,
    suites_from_json,
)
from dossier_app.core.errors import InvalidData
from dossier_app.core.model import JuryResult, Outcome, StepKind
from dossier_app.storage.dossier_file import DossierFile

SUITES: dict = json.loads(bundled_suites_path().read_text(encoding="utf-8"))
JAN_15 = dt.date(2027, 1, 15)


def test_one_result_is_saved_and_read_back(example, identity, tmp_path) -> None:
    example.results = [JuryResult(example.ccpt, JAN_15, Outcome.VALIDATED, "Analyse *précise*.")]
    DossierFile.create(tmp_path / "a.ccpt", example, identity).close()
    back = dossiers.read(tmp_path / "a.ccpt")
    assert back.result() == JuryResult("dossier-social", JAN_15, Outcome.VALIDATED, "Analyse *précise*.")
    assert outcome_summary(back.results) is None


def test_two_ccpt_with_different_outcomes_are_a_partial_result(example, identity, tmp_path) -> None:
    example.results = [JuryResult(example.ccpt, JAN_15, Outcome.VALIDATED),
                       JuryResult("gestion-traitement-information", JAN_15, Outcome.NOT_VALIDATED)]
    DossierFile.create(tmp_path / "b.ccpt", example, identity).close()
    back = dossiers.read(tmp_path / "b.ccpt")
    assert [r.outcome for r in back.results] == [Outcome.VALIDATED, Outcome.NOT_VALIDATED]
    summary = outcome_summary(back.results)
    assert summary is not None and summary.render() == "Résultat partiel : 1 CCPT validé sur 2"
    both = [JuryResult("a", outcome=Outcome.VALIDATED), JuryResult("b", outcome=Outcome.VALIDATED)]
    assert str(outcome_summary(both)) == "Les 2 CCPT sont validés."


@pytest.mark.parametrize(("outcome", "expected", "absent"), [
    (Outcome.VALIDATED, {"bloc-titre-professionnel", "ccp-complementaires", "vae",
                         "formation-parcours-reduit", "candidater-poste"}, "repasser-le-ccpt"),
    (Outcome.NOT_VALIDATED, {"repasser-le-ccpt", "reprendre-avec-le-conseiller", "vae"},
     "bloc-titre-professionnel"),
    (Outcome.PENDING, {"attendre-le-resultat"}, "candidater-poste"),
])
def test_the_next_steps_fit_the_outcome(example, outcome, expected, absent) -> None:
    example.results = [JuryResult(example.ccpt, JAN_15, outcome)]
    chosen = {s.id for s in fitting(load_suites(), example)}
    assert expected <= chosen and absent not in chosen


def test_no_result_yet_is_pending(example) -> None:
    example.results = []
    assert [s.id for s in fitting(load_suites(), example)] == ["attendre-le-resultat"]


def test_a_step_for_other_ccpt_only_is_left_out(example) -> None:
    data = copy.deepcopy(SUITES)
    data["steps"][0]["fits"]["ccpts"] = ["mediation-sociale"]
    example.results = [JuryResult(example.ccpt, JAN_15, Outcome.VALIDATED)]
    assert "bloc-titre-professionnel" not in {s.id for s in fitting(suites_from_json(data), example)}


def test_adding_a_step_twice_adds_it_once(example) -> None:
    step = load_suites().steps[0]
    before = len(example.steps)
    assert add_to_path(example, step) and not add_to_path(example, step)
    assert len(example.steps) == before + 1
    added = example.steps[-1]
    assert added.kind is StepKind.FOLLOW_UP and added.title == step.title and added.aim == step.what
    assert [a.text for a in added.actions] == list(step.how)
    assert next_follow_up(example.steps) is added
    for action in added.actions:
        action.done = True
    assert next_follow_up(example.steps) is None


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.update(format="dossier-ccpt-path"), "format"),
    (lambda d: d.update(version=2), "version"),
    (lambda d: d.update(steps=[]), "steps"),
    (lambda d: d["steps"][1].update(title=" "), "steps[2].title"),
    (lambda d: d["steps"][0].pop("with_whom"), "steps[1].with_whom"),
    (lambda d: d["steps"][2].update(how=[]), "steps[3].how"),
    (lambda d: d["steps"][2].update(how="Écrire"), "steps[3].how"),
    (lambda d: d["steps"][0]["fits"].update(outcomes=["réussi"]), "steps[1].fits.outcomes[1]"),
    (lambda d: d["steps"][0]["fits"].update(outcomes=[]), "steps[1].fits.outcomes"),
    (lambda d: d["steps"][0].pop("fits"), "steps[1].fits"),
    (lambda d: d["steps"][1].update(id=d["steps"][0]["id"]), "steps[2].id"),
])
def test_a_bad_data_file_names_its_field(change, field) -> None:
    data = copy.deepcopy(SUITES)
    change(data)
    with pytest.raises(InvalidData) as caught:
        suites_from_json(data)
    assert caught.value.field == field


def test_the_bundled_file_loads() -> None:
    suites = load_suites()
    assert len(suites.steps) >= 8 and all(s.how for s in suites.steps)
    assert any("12 juin 2025" in s.what for s in suites.steps)
