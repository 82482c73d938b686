"""``dossier-app import DRAFT.docx -o OUT.ccpt [--ccpt ID] [--force]``: the mapping printed
as the report, the dossier created; errors are one French sentence, exit 2."""

from __future__ import annotations

import pytest

from dossier_app.app import dossiers
from dossier_app.cli import main
from dossier_app.core.model import ChapterKind
from dossier_app.export.pdf import CHOSEN_LIBREOFFICE
from tests.readers.test_word_draft import rich_draft, styled_draft


def test_import_a_draft_prints_the_mapping_and_creates_the_dossier(tmp_path, capsys) -> None:
    draft = styled_draft(tmp_path / "brouillon.docx")
    before = draft.read_bytes()
    target = tmp_path / "dossier.ccpt"
    assert main(["import", str(draft), "-o", str(target)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Page de titre : 3 ligne(s) lue(s) pour le nom, le CCPT et les mandats, non reprises comme " \
        "texte." in out
    assert "Candidat : Nadia Martin" in out
    assert "CCPT : « Suivi de dossier social d’entreprise »" in out  # its name, not its id
    assert "Production 1 : Régulariser les contrats courts" in out
    assert any(line.startswith("  Analyse : 5 mots — « Une ligne") for line in out)
    assert "  Analyse : vide" in out  # the second production has no analysis
    assert out[-1] == f"Dossier créé : {target}"
    dossier = dossiers.read(target)
    assert dossier.ccpt == "dossier-social"
    assert dossier.productions[1].chapters[ChapterKind.SITUATION].text == "Les heures de nuit manquaient."
    assert draft.read_bytes() == before


def test_the_ccpt_option_chooses_and_force_replaces(tmp_path, capsys) -> None:
    draft = rich_draft(tmp_path / "r.docx")
    target = tmp_path / "d.ccpt"
    assert main(["import", str(draft), "-o", str(target), "--ccpt", "mediation-sociale"]) == 0
    assert dossiers.read(target).ccpt == "mediation-sociale"
    assert any(line.startswith("CCPT : « ") and "dossier social" not in line
               for line in capsys.readouterr().out.splitlines())  # the one chosen is said
    assert main(["import", str(draft), "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["import", str(draft), "-o", str(target), "--force"]) == 0
    out = capsys.readouterr().out
    assert "Commentaires : 1 ; modifications suivies : 2" in out
    assert "À trier" in out


@pytest.mark.parametrize(("name", "content", "says"), [
    ("ancien.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "enregistrez-le au format .docx"),
    ("scan.pdf", b"%PDF-1.4\n", "enregistrez-le au format .docx"),
    ("faux.docx", b"du texte", "n\u2019est pas un document Word"),
])
def test_what_cannot_be_imported_is_one_sentence(tmp_path, capsys, name, content, says) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    target = tmp_path / "d.ccpt"
    assert main(["import", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and says in err[0] and name in err[0]
    assert not target.exists()


def test_an_unknown_ccpt_is_one_sentence(tmp_path, capsys) -> None:
    draft = styled_draft(tmp_path / "d.docx")
    assert main(["import", str(draft), "-o", str(tmp_path / "d.ccpt"), "--ccpt", "pilote"]) == 2
    err = capsys.readouterr().err
    assert "« pilote » n’existe pas" in err and "dossier-social" in err


def test_an_odt_without_libreoffice_is_one_sentence(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv(CHOSEN_LIBREOFFICE, "")
    source = tmp_path / "brouillon.odt"
    source.write_bytes(b"PK\x03\x04odt")
    assert main(["import", str(source), "-o", str(tmp_path / "d.ccpt")]) == 2
    assert "LibreOffice, qui le convertit, n’est pas installé" in capsys.readouterr().err


def test_a_broken_odt_fails_in_libreoffice_with_one_sentence(tmp_path, capsys) -> None:
    source = tmp_path / "abime.odt"
    source.write_bytes(b"PK\x03\x04 pas un odt")
    before = source.read_bytes()
    assert main(["import", str(source), "-o", str(tmp_path / "d.ccpt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "abime.odt" in err[0]
    assert source.read_bytes() == before
