"""`dossier-app proofread`: grammar, spelling and writing advice for every chapter, one
finding a line or as JSON, exit 0 whatever it found, 2 on a bad file."""

from __future__ import annotations

import hashlib
import json

import pytest

from dossier_app.core.markdown import parse
from dossier_app.core.model import ChapterKind
from dossier_app.storage.dossier_file import DossierFile

from ..conftest import run_cli

KEYS = {"production", "chapter", "paragraph", "start", "end", "text", "kind", "rule", "message",
        "suggestions"}


@pytest.fixture
def planted(tmp_path, example, identity):
    """The example with a grammar error, a misspelt word and an acronym not spelled out."""
    chapter = example.productions[1].chapters[ChapterKind.ANALYSIS]
    chapter.text = ("Avec les **délégués** du personnel, nous avons préparé la NAO.\n\n"
                    "- les salariés qui était présent ont voté\n- une reunoin de suivi\n")
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, example, identity).close()
    return path


def _json(path) -> list[dict]:
    result = run_cli("proofread", path, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.mark.needs("grammalecte")
def test_the_json_places_each_kind_of_finding_where_it_is(planted, example) -> None:
    findings = _json(planted)
    assert all(set(f) == KEYS for f in findings)
    mine = [f for f in findings if f["production"] == 2 and f["chapter"] == "analysis"]
    kinds = {(f["kind"], f["text"]) for f in mine}
    assert ("grammar", "était") in kinds
    assert ("spelling", "reunoin") in kinds
    assert ("advice", "NAO") in kinds
    blocks = parse(example.productions[1].chapters[ChapterKind.ANALYSIS].text)
    for finding in findings:
        assert finding["kind"] in {"grammar", "spelling", "typography", "style", "advice"}
    for finding in mine:
        assert blocks[finding["paragraph"]].text[finding["start"]:finding["end"]] == finding["text"]
    acronym = next(f for f in mine if f["rule"] == "acronym")
    assert acronym["suggestions"] == ["négociation annuelle obligatoire (NAO)"]
    spelling = next(f for f in mine if f["kind"] == "spelling")
    assert "réunion" in spelling["suggestions"]


@pytest.mark.needs("grammalecte")
def test_the_text_says_one_finding_a_line(planted) -> None:
    result = run_cli("proofread", planted)
    assert result.code == 0 and result.err == "", result.err
    lines = result.out.splitlines()
    assert len(lines) == len(_json(planted))
    assert any(line.startswith("Production 2, analyse, paragraphe 2") and "grammaire" in line
               and "« était »" in line.replace("\u202f", " ").replace("\u00a0", " ")
               for line in lines)


def test_without_grammalecte_it_says_so_once_and_still_proofreads(planted, tmp_path) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = run_cli("proofread", planted, "--format", "json",
                     env={"DOSSIER_CCPT_GRAMMALECTE": str(empty)})
    assert result.code == 0
    (warning,) = result.err.splitlines()
    assert "python3-grammalecte" in warning
    kinds = {f["kind"] for f in json.loads(result.out)}
    assert "grammar" not in kinds and {"spelling", "advice"} <= kinds


@pytest.mark.parametrize("content", [b"", b"not a dossier", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_bad_file_is_one_sentence_and_exit_2(tmp_path, content) -> None:
    path = tmp_path / "abime.ccpt"
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_cli("proofread", path)
    assert result.code == 2 and result.out == ""
    (line,) = result.err.splitlines()
    assert "abime.ccpt" in line and "Traceback" not in result.err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_ignored_rule_is_left_out(planted, tmp_path) -> None:
    from dossier_app.core.paths import AppPaths
    from dossier_app.core.proof_ignores import ProofIgnores, ignores_path

    ProofIgnores(ignores_path(AppPaths.default().data)).ignore_rule("acronym")
    rules = {f["rule"] for f in _json(planted)}
    assert "acronym" not in rules and "long-sentence" in rules
