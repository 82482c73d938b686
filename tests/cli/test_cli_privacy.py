"""``dossier-app check`` notes the names the text shows without a pseudonym (the contract):
after the report, without changing the exit code."""

from __future__ import annotations

import copy

from dossier_app import cli
from dossier_app.core import spelling
from dossier_app.core.model import Dossier, Pseudonym
from dossier_app.core.paths import AppPaths
from dossier_app.storage.dossier_file import DossierFile

from ..conftest import run_cli


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _saved(tmp_path, dossier: Dossier, identity):
    path = tmp_path / "dossier.ccpt"
    DossierFile.create(path, dossier, identity).close()
    return path


def test_check_notes_the_names_after_its_report(saved) -> None:
    result = run_cli("check", saved)
    assert result.code == 1, result.err  # the example is not ready: unchanged by the note
    out = _plain(result.out)
    report, note = out.split("\nNote : ")
    assert "Prêt pour le jury : non" in report and "Mots :" in report
    assert note.splitlines() == [
        "1 nom sans pseudonyme dans le texte, qu’un export pseudonymisé laisserait lisible "
        "(page « Confidentialité » de l’application) :",
        "  - « Claire Roussel », personne : 3 fois, d’abord dans le parcours"]


def test_a_ready_dossier_stays_ready_with_its_notes(tmp_path, example, identity) -> None:
    dossier = copy.deepcopy(example)
    for comment in dossier.comments:
        comment.resolved = True
    dossier.project += " Le Syndicat Commerce et Logistique m’a soutenue, avec M. Dupont."
    result = run_cli("check", _saved(tmp_path, dossier, identity))
    assert result.code == 0, result.out
    out = _plain(result.out)
    assert "Prêt pour le jury : oui." in out
    assert "Note : 3 noms sans pseudonyme dans le texte" in out
    lines = out.split("\nNote : ")[1].splitlines()
    assert lines[1] == ("  - « Syndicat Commerce et Logistique » : votre syndicat est nommé "
                        "dans le texte, alors que la page de garde ne le montre pas ; une fois, "
                        "dans le projet professionnel")
    assert lines[2] == "  - « Claire Roussel », personne : 3 fois, d’abord dans le parcours"
    assert lines[3] == "  - « Dupont », personne : une fois, dans le projet professionnel"


def test_no_note_when_every_name_has_its_pseudonym(tmp_path, example, identity) -> None:
    dossier = copy.deepcopy(example)
    dossier.pseudonyms.append(Pseudonym("Claire Roussel", "la conseillère"))
    result = run_cli("check", _saved(tmp_path, dossier, identity))
    assert result.code == 1
    assert "Note" not in result.out and "pseudonyme" not in result.out


def test_without_its_dictionary_check_still_looks_for_names(tmp_path, monkeypatch) -> None:
    """An installation that lost the dictionary's files: civilities and first names only,
    no traceback."""
    monkeypatch.setattr(spelling, "dictionary_dir", lambda: tmp_path / "absent")
    assert cli._speller(AppPaths.under(tmp_path)) is None
