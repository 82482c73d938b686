"""The issuer file an advisor organisation writes (badge/issuer.json): any JSON gives an
issuer or one French sentence, and a hostile file makes `badge` refuse in one line (never
a badge silently self-declared instead). The key file it names, read only by
`badge --signed`: a hostile one is refused in one sentence, nothing written."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.badge import (
    issuer_from_json,
    issuer_path,
    load_issuer,
    signing_key,
)
from dossier_app.core.paths import AppPaths
from dossier_app.core.resources import example_dossier_path
from tests.fuzz.contract import assert_dossier_error, assert_refused, fingerprint, run_bounded
from tests.fuzz.test_json_import import _mutate, json_values

ISSUER = {"id": "https://afpa.example.org/badges", "name": "Afpa Nantes",
          "url": "https://afpa.example.org", "email": "badges@afpa.example.org",
          "key": "cle-ed25519.pem"}


def _issuer(change: Callable[[dict], object]) -> Callable[[], str]:
    def build() -> str:
        document = copy.deepcopy(ISSUER)
        change(document)
        return json.dumps(document)
    return build


HOSTILE: dict[str, tuple[Callable[[], str | bytes], str]] = {
    "nesting-100000-lists": (lambda: "[" * 100_000 + "]" * 100_000, "imbrique"),
    "file-70-mb": (lambda: " " * 70_000_000 + "{}", "trop gros"),
    "surrogate-in-the-name": (_issuer(lambda d: d.update(name="\udfff")), "« name »"),
    "null-id": (_issuer(lambda d: d.update(id=None)), "« id »"),
    "javascript-url": (_issuer(lambda d: d.update(url="javascript:alert(1)")), "« url »"),
    "name-of-a-megabyte": (_issuer(lambda d: d.update(name="A" * 1_000_000)), "« name »"),
    "a-list": (lambda: "[]", "objet JSON"),
    "utf-16": (lambda: json.dumps(ISSUER).encode("utf-16"), "UTF-8"),
    "binary": (lambda: bytes(range(256)), "UTF-8"),
}


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("badge-issuer")
    data = json.loads(example_dossier_path().read_text(encoding="utf-8"))
    data["result"] = {"date": "2026-06-12", "outcome": "validated", "notes": ""}
    source, target = folder / "nadia.json", folder / "nadia.ccpt"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert run_bounded("import", source, "-o", target).code == 0
    return target


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_issuer_file_is_refused_in_one_sentence(name, dossier, tmp_path) -> None:
    build, words = HOSTILE[name]
    installed = issuer_path(AppPaths.default())
    installed.parent.mkdir(parents=True, exist_ok=True)
    content = build()
    installed.write_bytes(content if isinstance(content, bytes)
                          else content.encode("utf-8", "surrogatepass"))
    with pytest.raises(Exception) as caught:
        load_issuer(installed)
    assert_dossier_error(caught.value)
    assert words in caught.value.message
    before = fingerprint(dossier, installed)
    outcome = run_bounded("badge", dossier, "-o", tmp_path / "badge.json")
    assert_refused(outcome, before, mentions=words)
    assert not (tmp_path / "badge.json").exists()


def _public_pem() -> bytes:
    return Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _rsa_pem() -> bytes:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())


HOSTILE_KEYS: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (lambda p: p.write_bytes(b""), "pas une clé privée au format PEM"),
    "binary": (lambda p: p.write_bytes(bytes(range(256)) * 4), "pas une clé privée"),
    "rsa-key": (lambda p: p.write_bytes(_rsa_pem()), "pas une clé Ed25519"),
    "public-key": (lambda p: p.write_bytes(_public_pem()), "clé publique"),
    "pem-armour-around-junk": (lambda p: p.write_bytes(
        b"-----BEGIN PRIVATE KEY-----\n" + b"A" * 64 + b"\n-----END PRIVATE KEY-----\n"),
        "pas une clé privée"),
    "file-70-mb": (lambda p: p.write_bytes(b" " * 70_000_000), "trop gros"),
    "a-directory": (lambda p: p.mkdir(), "répertoire"),
    "missing": (lambda p: None, "n’existe pas"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_KEYS))
def test_a_hostile_key_file_is_refused_in_one_sentence(name, dossier, tmp_path) -> None:
    make, words = HOSTILE_KEYS[name]
    installed = issuer_path(AppPaths.default())
    installed.parent.mkdir(parents=True, exist_ok=True)
    installed.write_text(json.dumps(ISSUER), encoding="utf-8")
    key = installed.parent / ISSUER["key"]
    make(key)
    with pytest.raises(Exception) as caught:
        signing_key(load_issuer(installed))
    assert_dossier_error(caught.value)
    assert words in caught.value.message
    before = fingerprint(dossier, installed, key)
    target = tmp_path / "badge.jwt"
    outcome = run_bounded("badge", dossier, "-o", target, "--signed")
    assert_refused(outcome, before, mentions=words)
    assert not target.exists()


@settings(max_examples=150, deadline=None)
@given(value=json_values)
def test_generated_json_gives_an_issuer_or_one_sentence(value) -> None:
    try:
        issuer_from_json(value)
    except Exception as error:
        assert_dossier_error(error)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_issuer_files_give_an_issuer_or_one_sentence(data) -> None:
    document = copy.deepcopy(ISSUER)
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(document, data)
    try:
        issuer = issuer_from_json(document)
    except Exception as error:
        assert_dossier_error(error)
        return
    assert issuer.id.strip() and issuer.name.strip()
