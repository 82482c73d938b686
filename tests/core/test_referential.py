import json

import pytest

from dossier_app.core.errors import DossierError
from dossier_app.core.referential import (
    active_referential,
    install_referential,
    load_referential,
    remove_installed_referential,
)
from dossier_app.core.resources import bundled_referential_path

SIX = {"encadrement-animation-equipe", "gestion-traitement-information", "assistance-projet",
       "mediation-sociale", "prospection-negociation", "dossier-social"}


def test_bundled_referential_has_the_six_ccpt_with_provenance(referential) -> None:
    assert {c.id for c in referential.ccpts} == SIX
    for ccpt in referential.ccpts:
        assert 2 <= len(ccpt.competences) <= 3
        assert ccpt.tp and ccpt.ccp_label and ccpt.level and ccpt.fit_questions
        for competence in ccpt.competences:
            assert competence.description and competence.jury_expectations
            assert competence.provenance.source and competence.provenance.version


def test_only_the_known_payroll_block_is_not_provisional(referential) -> None:
    firm = {c.id for c in referential.ccpts if not c.provisional}
    assert firm == {"dossier-social"}
    payroll = referential.ccpt("dossier-social")
    assert payroll.competence(2).label.startswith("Collecter les informations et traiter")


def _write(tmp_path, change) -> object:
    data = json.loads(bundled_referential_path().read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "officiel.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.pop("edition"), "edition"),
    (lambda d: d["ccpt"][1].update(id="Pas Un Id"), "ccpt[2].id"),
    (lambda d: d["ccpt"][0]["competences"][1].update(number=5), "ccpt[1].competences"),
    (lambda d: d["ccpt"][2]["competences"][0]["provenance"].pop("source"),
     "ccpt[3].competences[1].provenance.source"),
    (lambda d: d["ccpt"][3]["competences"][0]["provenance"].update(date="2018-13-01"),
     "ccpt[4].competences[1].provenance.date"),
    (lambda d: d["ccpt"][4].update(label=""), "ccpt[5].label"),
    (lambda d: d["ccpt"].append(d["ccpt"][0]), "ccpt"),
])
def test_malformed_referential_names_file_and_field(tmp_path, change, field) -> None:
    with pytest.raises(DossierError) as caught:
        load_referential(_write(tmp_path, change))
    assert f"« officiel.json », le champ « {field} »" in caught.value.message


def test_install_replaces_and_reset_restores(tmp_path, app_paths) -> None:
    def official(data: dict) -> None:
        data.update(id="officiel-afpa", edition="2027")
        data["ccpt"][0]["competences"][0]["provenance"]["provisional"] = False

    install_referential(_write(tmp_path, official), app_paths)
    active, problem = active_referential(app_paths)
    assert (active.id, active.edition, problem) == ("officiel-afpa", "2027", None)
    assert remove_installed_referential(app_paths)
    assert active_referential(app_paths)[0].id == "dossier-ccpt-defaut"


def test_invalid_file_is_refused_and_the_installed_one_kept(tmp_path, app_paths) -> None:
    install_referential(_write(tmp_path, lambda d: d.update(edition="A")), app_paths)
    with pytest.raises(DossierError):
        install_referential(_write(tmp_path, lambda d: d.pop("ccpt")), app_paths)
    assert active_referential(app_paths)[0].edition == "A"


def test_damaged_installed_file_falls_back_to_the_bundled_one(app_paths) -> None:
    app_paths.installed_referential.parent.mkdir(parents=True)
    app_paths.installed_referential.write_text("{", encoding="utf-8")
    referential, problem = active_referential(app_paths)
    assert referential.id == "dossier-ccpt-defaut"
    assert problem is not None
    assert "Le référentiel « ccpt.json » n’est pas du JSON valide" in problem.render()
