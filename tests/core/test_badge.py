"""The Open Badges 3.0 credential: the spec's required fields, one by one, the TP block
alignment, minimal personal data, stable ids, and no badge without a validated CCPT."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dossier_app.core.badge import (
    OB_CONTEXT,
    VC_CONTEXT,
    Issuer,
    badge,
    configured_issuer,
    issuer_from_json,
    issuer_path,
    load_issuer,
    sign,
    signing_key,
    signing_problem,
)
from dossier_app.core.errors import DossierError, InvalidData
from dossier_app.core.model import JuryResult, Outcome

NOW = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
JURY = dt.date(2026, 6, 12)
ORGANISATION = Issuer("https://afpa.example.org/badges", "Afpa Nantes",
                      "https://afpa.example.org", "badges@afpa.example.org")


@pytest.fixture
def validated(example):
    example.results = [JuryResult(example.ccpt, JURY, Outcome.VALIDATED, "Très bien")]
    return example


def test_the_required_fields_of_the_credential(validated, referential) -> None:
    credential = badge(validated, referential, issuer=None, now=NOW)
    assert credential["@context"] == [VC_CONTEXT, OB_CONTEXT]
    assert VC_CONTEXT == "https://www.w3.org/ns/credentials/v2"
    assert OB_CONTEXT == "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", credential["id"])
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["name"]
    issuer = credential["issuer"]
    assert issuer["type"] == ["Profile"] and issuer["id"].startswith("urn:uuid:")
    assert dt.datetime.fromisoformat(credential["validFrom"]).tzinfo is not None
    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    achievement = subject["achievement"]
    assert achievement["id"].startswith("urn:uuid:")
    assert achievement["type"] == ["Achievement"]
    ccpt = referential.ccpt(validated.ccpt)
    assert achievement["name"] == ccpt.label
    assert all(c.label in achievement["description"] for c in ccpt.competences)
    assert achievement["criteria"]["narrative"]


def test_valid_from_is_the_jury_decision(validated, referential) -> None:
    credential = badge(validated, referential, issuer=None, now=NOW)
    assert credential["validFrom"] == "2026-06-12T00:00:00+02:00"
    validated.results[0].date = None
    assert badge(validated, referential, issuer=None, now=NOW)["validFrom"] == \
        "2026-07-01T09:30:00+02:00"


def test_the_tp_block_alignment(validated, referential) -> None:
    (alignment,) = badge(validated, referential, issuer=None,
                         now=NOW)["credentialSubject"]["achievement"]["alignment"]
    trade = referential.ccpt(validated.ccpt).trade
    assert alignment["type"] == ["Alignment"]
    assert alignment["targetName"] == trade.block
    assert alignment["targetFramework"] == f"Titre professionnel {trade.title}"
    assert alignment["targetCode"] == trade.code == "TP-01254"
    assert alignment["targetUrl"].startswith("https://www.francecompetences.fr/")
    assert all(c in alignment["targetDescription"] for c in trade.competences)


def test_the_candidate_is_named_and_nothing_more(validated, referential) -> None:
    credential = badge(validated, referential, issuer=None, now=NOW)
    (identity,) = credential["credentialSubject"]["identifier"]
    assert identity == {"type": "IdentityObject", "identityType": "name",
                        "identityHash": "Nadia Martin", "hashed": False}
    text = json.dumps(credential, ensure_ascii=False)
    candidate = validated.candidate
    for private in (candidate.address, candidate.union, candidate.email, candidate.phone,
                    candidate.employer, candidate.birth_name, "Très bien"):
        assert private and private not in text, private


def test_self_declared_says_so(validated, referential) -> None:
    credential = badge(validated, referential, issuer=None, now=NOW)
    assert "auto-déclaré" in credential["name"]
    assert "auto-déclaré" in credential["credentialSubject"]["achievement"]["description"]
    assert credential["issuer"]["name"] == "Nadia Martin"


def test_an_organisation_issues_it(validated, referential) -> None:
    credential = badge(validated, referential, issuer=ORGANISATION, now=NOW)
    assert credential["issuer"] == {"id": ORGANISATION.id, "type": ["Profile"],
                                    "name": "Afpa Nantes", "url": ORGANISATION.url,
                                    "email": ORGANISATION.email}
    assert "auto-déclaré" not in json.dumps(credential, ensure_ascii=False)


def test_the_same_dossier_gives_the_same_id_which_reveals_nothing(validated, referential) -> None:
    first = badge(validated, referential, issuer=None, now=NOW)
    again = badge(validated, referential, issuer=None, now=NOW + dt.timedelta(days=30))
    assert first["id"] == again["id"]
    validated.results[0].date = dt.date(2026, 6, 13)
    assert badge(validated, referential, issuer=None, now=NOW)["id"] != first["id"]
    assert badge(validated, referential, issuer=ORGANISATION, now=NOW)["id"] != first["id"]
    assert "nadia" not in first["id"].lower() and validated.ccpt not in first["id"]


@pytest.mark.parametrize("outcome", [Outcome.PENDING, Outcome.NOT_VALIDATED])
def test_no_badge_before_the_ccpt_is_obtained(example, referential, outcome) -> None:
    example.results = [JuryResult(example.ccpt, JURY, outcome)]
    for issuer in (None, ORGANISATION):
        with pytest.raises(DossierError) as caught:
            badge(example, referential, issuer=issuer, now=NOW)
        assert outcome.label in caught.value.message
    example.results = []
    with pytest.raises(DossierError):
        badge(example, referential, issuer=None, now=NOW)


def test_the_issuer_file(app_paths, tmp_path: Path) -> None:
    assert configured_issuer(app_paths) is None
    path = issuer_path(app_paths)
    assert path == app_paths.data / "badge" / "issuer.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"id": "did:web:afpa.example.org", "name": "Afpa",
                                "key": "cle.pem"}), encoding="utf-8")
    issuer = configured_issuer(app_paths)
    assert issuer == Issuer("did:web:afpa.example.org", "Afpa", key=path.parent / "cle.pem")
    assert load_issuer(path) == issuer


@pytest.mark.parametrize(("document", "field"), [
    ({"name": "Afpa"}, "id"),
    ({"id": "afpa", "name": "Afpa"}, "id"),
    ({"id": "https://a.example", "name": " "}, "name"),
    ({"id": "https://a.example", "name": "Afpa", "url": "ftp://x"}, "url"),
    ({"id": "https://a.example", "name": "Afpa", "email": "nobody"}, "email"),
    ({"id": "https://a.example", "name": "Afpa", "nom": "Afpa"}, "nom"),
    ({"id": "https://a.example", "name": 3}, "name"),
])
def test_a_wrong_issuer_field_is_named(document, field) -> None:
    with pytest.raises(InvalidData) as caught:
        issuer_from_json(document)
    assert caught.value.field == field


def _pem(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _decoded(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


@pytest.fixture
def keyed(tmp_path: Path) -> tuple[Issuer, Ed25519PrivateKey]:
    private = Ed25519PrivateKey.generate()
    (tmp_path / "cle.pem").write_bytes(_pem(private))
    return Issuer(ORGANISATION.id, ORGANISATION.name, key=tmp_path / "cle.pem"), private


def test_a_signed_round_trip(validated, referential, keyed) -> None:
    issuer, private = keyed
    credential = badge(validated, referential, issuer=issuer, now=NOW)
    token = sign(credential, signing_key(issuer))
    parts = token.split(".")
    assert len(parts) == 3 and all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts)
    header = json.loads(_decoded(parts[0]))
    public = private.public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert header == {"alg": "EdDSA", "typ": "JWT",
                      "jwk": {"kty": "OKP", "crv": "Ed25519", "x":
                              base64.urlsafe_b64encode(raw).rstrip(b"=").decode()}}
    payload = json.loads(_decoded(parts[1]))
    claims = {k: payload.pop(k) for k in ("iss", "jti", "nbf")}
    assert payload == credential
    assert claims == {"iss": ORGANISATION.id, "jti": credential["id"],
                      "nbf": int(dt.datetime.fromisoformat(credential["validFrom"]).timestamp())}
    signed = f"{parts[0]}.{parts[1]}".encode()
    public.verify(_decoded(parts[2]), signed)
    # The key the header carries is the one that verifies.
    Ed25519PublicKey.from_public_bytes(_decoded(header["jwk"]["x"])).verify(_decoded(parts[2]),
                                                                            signed)
    changed = bytearray(_decoded(parts[1]))
    changed[10] ^= 1
    tampered = f"{parts[0]}.{base64.urlsafe_b64encode(changed).rstrip(b'=').decode()}".encode()
    with pytest.raises(InvalidSignature):
        public.verify(_decoded(parts[2]), tampered)
    assert signing_problem(issuer) is None


def test_signing_names_the_missing_part() -> None:
    assert "aucune organisation" in signing_problem(None).render()
    assert "« key »" in signing_problem(ORGANISATION).render()


def _keyfile(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "cle.pem"
    private = Ed25519PrivateKey.generate()
    if name == "empty":
        path.write_bytes(b"")
    elif name == "binary":
        path.write_bytes(bytes(range(256)))
    elif name == "rsa":
        path.write_bytes(_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048)))
    elif name == "public":
        path.write_bytes(private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    elif name == "encrypted":
        path.write_bytes(private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret")))
    elif name == "huge":
        path.write_bytes(_pem(private) * 1000)
    elif name == "directory":
        path.mkdir()
    return path


@pytest.mark.parametrize(("name", "words"), [
    ("empty", "pas une clé privée au format PEM"),
    ("binary", "pas une clé privée au format PEM"),
    ("rsa", "pas une clé Ed25519"),
    ("public", "clé publique"),
    ("encrypted", "mot de passe"),
    ("huge", "trop gros"),
    ("directory", "répertoire"),
    ("missing", "n’existe pas"),
])
def test_a_key_that_does_not_fit_is_named(tmp_path: Path, name: str, words: str) -> None:
    path = _keyfile(tmp_path, name)
    problem = signing_problem(Issuer(ORGANISATION.id, ORGANISATION.name, key=path)).render()
    assert words in problem and "cle.pem" in problem, problem
