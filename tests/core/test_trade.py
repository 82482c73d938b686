"""What the target trade expects: the equivalent TP blocks in the referential, the transfer
argument's checklist, the readiness note, the Word dossier and `referential show`."""

from __future__ import annotations

import copy
import json

import docx
import pytest

from dossier_app.core.errors import DossierError
from dossier_app.core.model import ChapterKind
from dossier_app.core.readiness import Code, check_dossier
from dossier_app.core.referential import level_today, load_referential
from dossier_app.core.resources import bundled_referential_path
from dossier_app.core.trade import names_competence, reached
from dossier_app.export.word import Options, build

from ..conftest import run_cli

REFERENTIAL = json.loads(bundled_referential_path().read_text(encoding="utf-8"))


def test_every_ccpt_has_its_trade_block_with_its_source(referential) -> None:
    trades = {c.id: c.trade for c in referential.ccpts}
    assert set(trades) == {"gestion-traitement-information", "assistance-projet",
                           "prospection-negociation", "dossier-social",
                           "encadrement-animation-equipe", "mediation-sociale"}
    payroll = trades["dossier-social"]
    assert payroll is not None and payroll.title == "Gestionnaire de paie"
    assert payroll.code == "TP-01254" and len(payroll.competences) == 3
    assert payroll.competences[1].startswith("Collecter les informations et traiter")
    for ccpt_id, trade in trades.items():
        assert trade is not None and trade.provenance.source and trade.provenance.version
        # Where the official list of 2018 was not found, the data says so, and what stands in.
        found = ccpt_id not in ("encadrement-animation-equipe", "mediation-sociale")
        assert trade.provenance.provisional is not found
        assert bool(trade.note) is not found


def test_an_older_referential_without_the_trades_still_loads(tmp_path) -> None:
    older = copy.deepcopy(REFERENTIAL)
    for ccpt in older["ccpt"]:
        del ccpt["trade_block"]
    path = tmp_path / "ancien.json"
    path.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    assert all(c.trade is None for c in load_referential(path).ccpts)


@pytest.mark.parametrize("change, field", [
    (lambda b: b.update(competences=[]), r"ccpt\[1\]\.trade_block\.competences"),
    (lambda b: b.update(block=""), r"ccpt\[1\]\.trade_block\.block"),
    (lambda b: b.pop("provenance"), r"ccpt\[1\]\.trade_block\.provenance"),
])
def test_a_bad_trade_block_is_refused_naming_the_field(tmp_path, change, field) -> None:
    bad = copy.deepcopy(REFERENTIAL)
    change(bad["ccpt"][0]["trade_block"])
    path = tmp_path / "mauvais.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DossierError, match=field):
        load_referential(path)


@pytest.mark.parametrize("level, today", [
    ("niveau III (niveau 5 européen)", "niveau 5 (anciennement niveau III)"),
    ("niveau IV (niveau 4 européen)", "niveau 4 (anciennement niveau IV)"),
    ("niveau 5", "niveau 5"),
])
def test_levels_in_todays_naming_with_the_former_one(level, today) -> None:
    assert level_today(level) == today


def test_a_competence_is_named_by_its_distinctive_words() -> None:
    label = "Négocier une proposition commerciale et conclure la vente"
    assert names_competence("J’ai négocié avec la direction avant de conclure un accord.", label)
    assert not names_competence("J’ai négocié avec la direction.", label)
    assert not names_competence("", label)


def test_the_transfer_note_goes_when_a_competence_is_ticked_or_named(example, referential,
                                                                     guidance) -> None:
    production = example.production(1)
    trade = referential.ccpt(example.ccpt).trade
    assert reached(production, trade, production.chapters[ChapterKind.TRANSFER].text)
    codes = [f.production for f in check_dossier(example, referential, guidance).findings
             if f.code is Code.TRANSFER_WITHOUT_TRADE]
    assert codes == []
    production.chapters[ChapterKind.TRANSFER].text = "Je saurai faire ce métier, j’en suis sûre."
    note = next(f for f in check_dossier(example, referential, guidance).findings
                if f.code is Code.TRANSFER_WITHOUT_TRADE)
    assert (note.production, note.chapter, note.params) == (1, ChapterKind.TRANSFER,
                                                            {"trade": "Gestionnaire de paie"})
    production.trade_competences = [3]
    assert Code.TRANSFER_WITHOUT_TRADE not in {
        f.code for f in check_dossier(example, referential, guidance).findings}
    assert reached(production, trade, "") == [3]
    production.trade_competences = [9]  # beyond the list (a file from another referential)
    assert reached(production, trade, "") == []


def test_the_word_dossier_says_what_the_trade_expects(example, referential, tmp_path) -> None:
    example.production(1).trade_competences = [1, 3]
    built = build(example, referential, Options())
    built.save(tmp_path / "dossier.docx")
    table = docx.Document(str(tmp_path / "dossier.docx")).tables[2]  # production 1's head
    row = next(r for r in table.rows if r.cells[0].text == "Ce que le métier visé attend")
    lines = [p.text for p in row.cells[1].paragraphs]
    assert lines[0].startswith("Gestionnaire de paie\u00a0: bloc «")
    assert lines[1].endswith("— rejointe par l’argumentaire de transfert")
    assert not lines[2].endswith("transfert")
    assert lines[3].endswith("— rejointe par l’argumentaire de transfert")


def test_referential_show_prints_the_trades() -> None:
    result = run_cli("referential", "show")
    assert result.code == 0, result.err
    assert "Ce que le métier visé attend — bloc « Assurer la tenue et le suivi du dossier social " \
           "de l’entreprise » du titre professionnel Gestionnaire de paie (TP-01254)" \
        in result.out.replace("\u00a0", " ").replace("\u202f", " ")
    assert "n’a pas été trouvée" in result.out
    assert "niveau 5 (anciennement niveau III)" in result.out
