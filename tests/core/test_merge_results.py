"""The jury's results and the transfer checklist brought back with the advisor's copy."""

from __future__ import annotations

import copy
import datetime as dt

from dossier_app.core.merge import merge
from dossier_app.core.model import JuryResult, Outcome


def test_a_result_recorded_on_the_advisors_copy_comes_back(example) -> None:
    example.results = [JuryResult("dossier-social", None, Outcome.PENDING, "")]
    base, mine, theirs = example, copy.deepcopy(example), copy.deepcopy(example)
    theirs.results[0] = JuryResult("dossier-social", dt.date(2027, 1, 15), Outcome.VALIDATED,
                                   "Transfert clair.")
    theirs.results.append(JuryResult("gestion-traitement-information", dt.date(2027, 1, 16),
                                     Outcome.NOT_VALIDATED, ""))
    mine.production(1).trade_competences = [1]
    merged = merge(base, mine, theirs).dossier
    assert merged.result() == theirs.results[0]
    assert [r.ccpt for r in merged.results] == ["dossier-social", "gestion-traitement-information"]
    assert merged.production(1).trade_competences == [1]  # the candidate's tick stays


def test_both_sides_results_and_ticks_are_kept(example) -> None:
    base, mine, theirs = example, copy.deepcopy(example), copy.deepcopy(example)
    mine.results = [JuryResult("dossier-social", dt.date(2027, 1, 15), Outcome.VALIDATED, "")]
    theirs.results = [JuryResult("dossier-social", None, Outcome.PENDING, "Remarques du jury.")]
    theirs.production(2).trade_competences = [2, 3]
    merged = merge(base, mine, theirs).dossier
    (result,) = merged.results
    assert (result.date, result.notes) == (dt.date(2027, 1, 15), "Remarques du jury.")
    assert merged.production(2).trade_competences == [2, 3]
    # Untouched by the advisor, the candidate's results stay as they are.
    assert merge(base, mine, copy.deepcopy(base)).dossier.results == mine.results
