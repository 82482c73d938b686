"""`dossier-app badge IN.ccpt -o OUT.json`: the credential written private and read back,
and every refusal one French line with exit 2, the input untouched."""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dossier_app.core.paths import AppPaths

from ..conftest import run_cli
from ..fuzz.contract import assert_french_sentence


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dossier(tmp_path, example_json, outcome: str | None):
    source, target = tmp_path / "in.json", tmp_path / f"{outcome}.ccpt"
    data = dict(example_json)
    if outcome is not None:
        data["result"] = {"date": "2026-06-12", "outcome": outcome, "notes": ""}
    source.write_text(json.dumps(data), encoding="utf-8")
    assert run_cli("import", source, "-o", target).code == 0
    return target


@pytest.fixture
def validated(tmp_path, example_json):
    return _dossier(tmp_path, example_json, "validated")


def _refused(outcome, words: str) -> None:
    assert outcome.code == 2, outcome.err
    (line,) = outcome.err.splitlines()
    assert_french_sentence(line)
    assert words in line, line


def test_the_badge_is_written_private_and_reads_back(validated, tmp_path) -> None:
    before = _sha(validated)
    target = tmp_path / "badge.json"
    outcome = run_cli("badge", validated, "-o", target)
    assert outcome.code == 0, outcome.err
    assert "non signé, auto-déclaré" in outcome.out
    credential = json.loads(target.read_text(encoding="utf-8"))
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["validFrom"].startswith("2026-06-12T00:00:00")
    assert credential["credentialSubject"]["achievement"]["name"] == \
        "Suivi de dossier social d’entreprise"
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600
    assert _sha(validated) == before
    again = tmp_path / "again.json"
    assert run_cli("badge", validated, "-o", again).code == 0
    assert json.loads(again.read_text(encoding="utf-8"))["id"] == credential["id"]


def test_a_configured_organisation_issues_it(validated, tmp_path) -> None:
    folder = AppPaths.default().data / "badge"
    folder.mkdir(parents=True)
    (folder / "issuer.json").write_text(json.dumps(
        {"id": "https://afpa.example.org", "name": "Afpa Nantes"}), encoding="utf-8")
    target = tmp_path / "badge.json"
    outcome = run_cli("badge", validated, "-o", target)
    assert outcome.code == 0, outcome.err
    assert "auto-déclaré" not in outcome.out
    assert json.loads(target.read_text(encoding="utf-8"))["issuer"]["name"] == "Afpa Nantes"


@pytest.mark.parametrize("outcome", [None, "pending", "not_validated"])
def test_no_badge_before_the_ccpt_is_obtained(tmp_path, example_json, outcome) -> None:
    dossier = _dossier(tmp_path, example_json, outcome)
    before = _sha(dossier)
    target = tmp_path / "badge.json"
    _refused(run_cli("badge", dossier, "-o", target), "un badge atteste un CCPT obtenu")
    assert not target.exists() and _sha(dossier) == before


def _configure(key: str | None = None) -> Path:
    """An organisation as issuer (with ``key`` when given); returns its folder."""
    folder = AppPaths.default().data / "badge"
    folder.mkdir(parents=True, exist_ok=True)
    issuer = {"id": "https://afpa.example.org", "name": "Afpa Nantes"}
    if key is not None:
        issuer["key"] = key
    (folder / "issuer.json").write_text(json.dumps(issuer), encoding="utf-8")
    return folder


def _with_key(folder: Path) -> Ed25519PrivateKey:
    private = Ed25519PrivateKey.generate()
    (folder / "cle.pem").write_bytes(private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return private


def _decoded(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def test_a_signed_badge_is_a_jwt_that_verifies(validated, tmp_path) -> None:
    private = _with_key(_configure("cle.pem"))
    target = tmp_path / "badge.jwt"
    outcome = run_cli("badge", validated, "-o", target, "--signed")
    assert outcome.code == 0, outcome.err
    assert "signé" in outcome.out and "non signé" not in outcome.out
    token = target.read_text(encoding="ascii").strip()
    header, payload, signature = token.split(".")
    assert json.loads(_decoded(header))["alg"] == "EdDSA"
    credential = json.loads(_decoded(payload))
    assert credential["issuer"]["name"] == "Afpa Nantes"
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    private.public_key().verify(_decoded(signature), f"{header}.{payload}".encode())
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600


def test_without_signed_the_json_is_written_even_with_a_key(validated, tmp_path) -> None:
    _with_key(_configure("cle.pem"))
    target = tmp_path / "badge.json"
    outcome = run_cli("badge", validated, "-o", target)
    assert outcome.code == 0, outcome.err
    assert "non signé" in outcome.out
    assert json.loads(target.read_text(encoding="utf-8"))["issuer"]["name"] == "Afpa Nantes"


def test_signing_is_refused_naming_what_is_missing(validated, tmp_path) -> None:
    target = tmp_path / "badge.jwt"
    _refused(run_cli("badge", validated, "-o", target, "--signed"), "aucune organisation")
    _configure()
    _refused(run_cli("badge", validated, "-o", target, "--signed"), "« key »")
    folder = _configure("cle.pem")
    _refused(run_cli("badge", validated, "-o", target, "--signed"), "n’existe pas")
    (folder / "cle.pem").write_text("not a key", encoding="utf-8")
    _refused(run_cli("badge", validated, "-o", target, "--signed"), "pas une clé privée")
    (folder / "cle.pem").unlink()
    (folder / "cle.pem").mkdir()
    _refused(run_cli("badge", validated, "-o", target, "--signed"), "répertoire")
    assert not target.exists()


def test_a_damaged_issuer_file_is_refused_by_name(validated, tmp_path) -> None:
    folder = AppPaths.default().data / "badge"
    folder.mkdir(parents=True)
    (folder / "issuer.json").write_text('{"id": "afpa", "name": "Afpa"}', encoding="utf-8")
    _refused(run_cli("badge", validated, "-o", tmp_path / "badge.json"), "« id »")


def test_bad_paths(validated, tmp_path) -> None:
    _refused(run_cli("badge", tmp_path / "absent.ccpt", "-o", tmp_path / "b.json"), "absent.ccpt")
    _refused(run_cli("badge", validated, "-o", validated), "")
    _refused(run_cli("badge", validated, "-o", tmp_path / "nowhere" / "b.json"), "")
    not_a_dossier = tmp_path / "nothing.ccpt"
    not_a_dossier.write_text("hello", encoding="utf-8")
    _refused(run_cli("badge", not_a_dossier, "-o", tmp_path / "b.json"), "nothing.ccpt")
