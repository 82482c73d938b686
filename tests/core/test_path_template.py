"""The path as data: the bundled template, an advisor's own, plans with dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dossier_app.core.errors import DossierError
from dossier_app.core.model import StepKind
from dossier_app.core.path_template import (
    active_template,
    bundled_template_path,
    install_template,
    installed_template_path,
    load_template,
    template_from_steps,
)


def test_the_bundled_template_is_the_afpa_path() -> None:
    template = load_template(bundled_template_path())
    kinds = [s.kind for s in template.steps]
    assert kinds[:2] == [StepKind.INFORMATION, StepKind.POSITIONING]
    assert kinds[-4:] == [StepKind.SUBMISSION, StepKind.ORAL, StepKind.ORAL, StepKind.JURY]
    oral = [s for s in template.steps if s.kind is StepKind.ORAL]
    assert [s.title for s in oral] == ["Entretien individuel : les questions du jury", "Jury blanc"]
    workshops = [s for s in template.steps if s.kind is StepKind.WORKSHOP]
    individual = [s for s in template.steps if s.kind is StepKind.INDIVIDUAL]
    assert [s.duration_minutes for s in workshops] == [210] * 5
    assert [s.duration_minutes for s in individual] == [30] * 4
    assert template.steps[1].duration_minutes == 90
    assert all(s.aim for s in template.steps)
    assert template.steps[-1].week == 13  # about twelve weeks, and the oral's preparation


def test_a_plan_dates_each_step_from_the_start() -> None:
    steps = load_template(bundled_template_path()).plan(dt.date(2026, 9, 1))
    assert steps[0].date == dt.date(2026, 9, 1)
    assert steps[-1].date == dt.date(2026, 12, 1)
    assert all(not s.attended and s.actions == [] for s in steps)
    assert all(s.date is None for s in load_template(bundled_template_path()).plan(None))


def test_an_advisor_saves_an_edited_path_as_the_template(app_paths) -> None:
    steps = load_template(bundled_template_path()).plan(dt.date(2026, 9, 1))
    del steps[3:5]  # one workshop and one individual session fewer
    steps[2].duration_minutes = 180
    install_template(template_from_steps("Parcours de Claire", steps), app_paths)
    template = active_template(app_paths)
    assert template.title == "Parcours de Claire"
    assert len(template.steps) == 13 and template.steps[2].duration_minutes == 180
    assert template.plan(dt.date(2026, 9, 1))[-1].date == dt.date(2026, 12, 1)


def test_a_bad_template_is_refused_and_the_installed_one_kept(app_paths, tmp_path) -> None:
    install_template(template_from_steps("Mien", load_template(bundled_template_path()).plan(None)),
                     app_paths)
    before = installed_template_path(app_paths).read_bytes()
    bad = tmp_path / "parcours.json"
    bad.write_text(json.dumps({"format": "dossier-ccpt-path", "version": 1,
                               "steps": [{"kind": "sieste", "title": "x"}]}), encoding="utf-8")
    with pytest.raises(DossierError, match=r"steps\[1\]\.kind.*parcours\.json|parcours\.json.*steps"):
        install_template(bad, app_paths)
    not_json = tmp_path / "texte.json"
    not_json.write_text("pas du JSON", encoding="utf-8")
    with pytest.raises(DossierError, match="n’est pas du JSON valide"):
        install_template(not_json, app_paths)
    assert installed_template_path(app_paths).read_bytes() == before
    # A damaged installed file does not stop the app: the bundled template is used.
    installed_template_path(app_paths).write_text("{", encoding="utf-8")
    assert active_template(app_paths).steps[0].kind is StepKind.INFORMATION
