"""`dossier-app oral`: the cue cards and the questions sheet, in docx and PDF, read back."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import docx
import pytest
from pypdf import PdfReader

from ..conftest import run_cli

ORAL = [
    {"production": 1,
     "plan": [{"point": "Le pic d’activité de 2023", "minutes": 2.5},
              {"point": "Ce que j’ai vérifié, contrat par contrat", "minutes": 4},
              {"point": "Le lien avec la gestion de la paie", "minutes": 3.5}],
     "questions": [{"id": "q1", "question": "Quel était votre rôle exact ?",
                    "notes": "- seule à tenir le registre\n- **trois** réunions",
                    "origin": "jury", "confidence": 2, "practised": "2026-11-20T18:00:00"},
                   {"id": "q2", "question": "Qui a validé les contrats ?", "notes": "",
                    "origin": "advisor", "confidence": None, "practised": None}],
     "rehearsals": [{"date": "2026-11-20T18:30:00", "seconds": 610,
                     "point_seconds": [150, 250, 210]}]},
]


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def prepared(tmp_path, example_json):
    """The example dossier with the oral of its first production prepared, imported from
    the interchange JSON's ``oral`` key."""
    data = {**example_json, "oral": ORAL}
    source = tmp_path / "oral.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "nadia.ccpt"
    result = run_cli("import", source, "-o", target)
    assert result.code == 0 and result.err == "", result.err
    return target


def test_the_json_oral_key_goes_through_the_ccpt_and_back(prepared, tmp_path) -> None:
    assert run_cli("export", prepared, "-o", tmp_path / "again.json").code == 0
    oral = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["oral"]
    assert [p["point"] for p in oral[0]["plan"]] == [p["point"] for p in ORAL[0]["plan"]]
    assert oral[0]["questions"][0]["id"] == "q1" and oral[0]["questions"][0]["confidence"] == 2
    assert oral[0]["rehearsals"] == ORAL[0]["rehearsals"]


def test_the_cue_cards_and_questions_in_word(prepared, tmp_path) -> None:
    before = _sha(prepared)
    out = tmp_path / "oral.docx"
    result = run_cli("oral", prepared, "-o", out)
    assert result.code == 0, result.err
    assert result.out.strip() == f"Fiches de l’oral écrites : {out}"
    assert _sha(prepared) == before
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 6  # three cue cards, then three question sheets
    assert headings[0].startswith("Production 1\u00a0: ")
    assert headings[3].endswith("— questions du jury")
    card = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in card.rows]
    assert rows[0] == ["N°", "Point clé", "Durée", "Début"]
    assert rows[1:] == [["1", "Le pic d’activité de 2023", "2,5\u00a0min", "0:00"],
                        ["2", "Ce que j’ai vérifié, contrat par contrat", "4\u00a0min", "2:30"],
                        ["3", "Le lien avec la gestion de la paie", "3,5\u00a0min", "6:30"]]
    texts = [p.text for p in document.paragraphs]
    assert "Total\u00a0: 10\u00a0min pour 10\u00a0min." in texts
    assert any(t.startswith("Chiffres clés\u00a0: ") and "2023" in t for t in texts)
    assert "1. Quel était votre rôle exact\u202f?" in texts
    assert "seule à tenir le registre" in texts and "trois réunions" in texts
    assert any("aisance\u00a0: à peu près · travaillée le 20 novembre 2026" in t.lower()
               for t in texts)
    assert any(t.startswith("Question du conseiller") for t in texts)
    # Productions without a preparation say what is missing, not nothing.
    assert texts.count("Aucune question n’est encore préparée pour cette production.") == 2
    assert any(t.startswith("Pas encore de plan") for t in texts)


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.needs("libreoffice")
def test_the_sheets_as_a_pdf_by_libreoffice(prepared, tmp_path) -> None:
    out = tmp_path / "oral.pdf"
    result = run_cli("oral", prepared, "-o", out)
    assert result.code == 0, result.err
    text = _pdf_text(out)
    assert "Le pic d’activité de 2023" in text and "Qui a validé les contrats" in text
    assert len(PdfReader(str(out)).pages) >= 6


def test_the_sheets_as_a_pdf_without_libreoffice_or_a_screen(prepared, tmp_path) -> None:
    env = {name: value for name, value in os.environ.items()
           if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["DOSSIER_CCPT_SOFFICE"] = ""
    out = tmp_path / "oral.pdf"
    result = subprocess.run([sys.executable, "-m", "dossier_app", "oral", str(prepared), "-o",
                             str(out)], capture_output=True, text=True, encoding="utf-8",
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "Le pic d’activité de 2023" in text and "Quel était votre rôle exact" in text


def test_oral_errors_are_one_french_line(prepared, tmp_path) -> None:
    before = _sha(prepared)
    cases = [
        (("oral", prepared, "-o", tmp_path / "fiches.odt"), "s’écrivent en .docx ou en .pdf"),
        (("oral", tmp_path / "absent.ccpt", "-o", tmp_path / "f.docx"), "absent.ccpt"),
        (("oral", prepared, "-o", prepared.with_suffix(".docx"), "--template", prepared),
         "n’est pas un document Word"),
        (("oral", prepared), "il manque -o/--output"),
    ]
    for args, words in cases:
        result = run_cli(*args)
        assert result.code == 2, (args, result.err)
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, result.err)
    assert _sha(prepared) == before


def test_check_advises_on_the_oral_without_blocking(prepared) -> None:
    result = run_cli("check", prepared)
    assert "Production 1, oral\u00a0: 1 répétition dans le temps, 2 conseillées." in result.out
    assert "Production 1, oral\u00a0: 1 question sur 2 jamais travaillée." in result.out
    assert "Production 2, oral\u00a0: pas encore de plan" in result.out
