"""The competences summary a candidate can carry: an Open Badges 3.0 achievement
credential (1EdTech OB 3.0, on W3C Verifiable Credentials 2.0), as JSON.

Self-declared unless an advisor organisation configured itself as issuer
(``badge/issuer.json`` in the user data folder). Unsigned (anyone can read it, no one can
check who wrote it) unless that organisation names an Ed25519 private key (PEM): then
:func:`sign` makes it a VC-JWT (OB 3.0, « JSON Web Token Proof Format »), which a
verifier holding the organisation's public key can check. No network: no key is fetched
and no DID resolved.

Only a CCPT the jury validated gives a badge: a « competences worked on » badge named
after the CCPT would read, in a wallet that shows names only, as the CCPT obtained.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .errors import DossierError, InvalidData, describe_os_error
from .files import display
from .jsonread import Reader, load_json_file
from .model import Dossier, Outcome
from .paths import AppPaths
from .referential import Ccpt, Referential, level_today
from .sentence import Sentence, say

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

_NAMESPACE = uuid.UUID("91027fbc-11c2-445d-9a20-24f2408bd607")
"""Of every uuid5 the badge is given: fixed, so that the same dossier gives the same ids."""

RNCP_SEARCH = "https://www.francecompetences.fr/recherche_certificationprofessionnelle/?search={query}"
"""France Compétences' RNCP search, where the TP block's official text is found (written in
the badge as text: the app never connects to it)."""

_IDENTIFIER = re.compile(r"(https?://|did:[a-z0-9]+:|urn:[A-Za-z0-9][A-Za-z0-9-]*:)\S+\Z")
_URL = re.compile(r"https?://[^\s/]+\S*\Z")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")
_ISSUER_KEYS = ("id", "name", "url", "email", "key")
MAX_KEY_BYTES = 64_000
"""An Ed25519 PEM key is about 120 bytes: anything much larger is not one."""


@dataclass(frozen=True)
class Issuer:
    """The advisor organisation that issues badges (an OB 3.0 Profile)."""

    id: str
    """A URL or a DID, as text."""
    name: str
    url: str = ""
    email: str = ""
    key: Path | None = None
    """The Ed25519 private key (PEM) that signs the badge; read only when signing."""


def issuer_path(paths: AppPaths) -> Path:
    return paths.data / "badge" / "issuer.json"


def load_issuer(path: Path) -> Issuer:
    """The issuer file at ``path``; a relative key path is read from the file's folder."""
    data = load_json_file(path, say("la configuration de l’émetteur des badges"))
    try:
        issuer = issuer_from_json(data)
    except InvalidData as error:
        raise error.located(path) from None
    if issuer.key is not None and not issuer.key.is_absolute():
        issuer = Issuer(issuer.id, issuer.name, issuer.url, issuer.email,
                        path.parent / issuer.key)
    return issuer


def issuer_from_json(data: object) -> Issuer:
    doc = Reader(data)
    identifier = doc.string("id", required=True, max_length=500).strip()
    if not _IDENTIFIER.match(identifier):
        raise InvalidData("id", say("doit être une adresse web (https://…) ou un DID (did:…)"))
    name = doc.string("name", required=True, max_length=200).strip()
    if not name:
        raise InvalidData("name", say("ne peut pas être vide"))
    url = doc.string("url", max_length=500).strip()
    if url and not _URL.match(url):
        raise InvalidData("url", say("doit être une adresse web (https://…)"))
    email = doc.string("email", max_length=254).strip()
    if email and not _EMAIL.match(email):
        raise InvalidData("email", say("doit être une adresse électronique"))
    key = doc.string("key", max_length=1000).strip()
    unknown = [k for k in doc.value if k not in _ISSUER_KEYS]
    if unknown:
        raise InvalidData(unknown[0], say("est inconnu (champs possibles : {keys})",
                                          keys=", ".join(_ISSUER_KEYS)))
    return Issuer(identifier, name, url, email, Path(key) if key else None)


def configured_issuer(paths: AppPaths) -> Issuer | None:
    """The organisation configured as issuer, None when there is none. A damaged file is
    refused, not set aside: the badge would otherwise come out self-declared unnoticed."""
    path = issuer_path(paths)
    return load_issuer(path) if path.exists() else None


def signing_problem(issuer: Issuer | None) -> Sentence | None:
    """Why the badge cannot be signed (the first part missing), None when it can."""
    try:
        signing_key(issuer)
    except DossierError as error:
        return error.sentence
    return None


class SigningImpossible(DossierError):
    """The badge cannot be signed; the sentence is a clause (« la clé … n’est pas … »)."""


def signing_key(issuer: Issuer | None) -> Ed25519PrivateKey:
    """The issuer's Ed25519 private key, read from its PEM file."""
    if issuer is None:
        raise SigningImpossible(say("aucune organisation n’est configurée comme émettrice "
                                    "des badges"))
    if issuer.key is None:
        raise SigningImpossible(say("la configuration de l’émetteur ne désigne pas de clé de "
                                    "signature (champ « key »)"))
    try:
        from cryptography.exceptions import UnsupportedAlgorithm
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key
    except ImportError:
        raise SigningImpossible(say("il manque à cette installation le paquet Python "
                                    "« cryptography »")) from None
    data = _key_bytes(issuer.key)
    if b"PUBLIC KEY-----" in data:
        raise _bad_key(issuer.key, say("c’est une clé publique"))
    try:
        key = load_pem_private_key(data, password=None)
    except TypeError:  # encrypted: there is no one to ask the password of
        raise _bad_key(issuer.key, say("elle est protégée par un mot de passe")) from None
    except (ValueError, UnsupportedAlgorithm):
        raise _bad_key(issuer.key, say("ce n’est pas une clé privée au format PEM")) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise _bad_key(issuer.key, say("c’est une clé privée, mais pas une clé Ed25519"))
    return key


def _key_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(path, say("c’est un répertoire, pas un fichier"))
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(path, say("ce n’est pas un fichier ordinaire"))
        if info.st_size > MAX_KEY_BYTES:
            raise _bad_key(path, say("le fichier est bien trop gros pour être une clé "
                                     "Ed25519"))
        with path.open("rb") as stream:
            return stream.read(MAX_KEY_BYTES + 1)
    except OSError as error:
        raise _unreadable(path, describe_os_error(error)) from None
    except ValueError:  # an embedded NUL
        raise _unreadable(path, say("son nom n’est pas valide")) from None


def _unreadable(path: Path, reason: Sentence) -> SigningImpossible:
    return SigningImpossible(say("la clé de signature « {file} » ne peut pas être lue "
                                 "({reason})", file=display(path), reason=reason))


def _bad_key(path: Path, reason: Sentence) -> SigningImpossible:
    return SigningImpossible(say("le fichier de clé « {file} » ne convient pas : il faut une "
                                 "clé privée Ed25519 au format PEM, non chiffrée ({reason})",
                                 file=display(path), reason=reason))


def sign(credential: dict[str, Any], key: Ed25519PrivateKey) -> str:
    """The credential as a compact VC-JWT (JWS, EdDSA). The payload is the credential itself,
    as OB 3.0 on VC 2.0 has it (no ``vc`` wrapper), with the registered claims that mirror
    it (``iss``, ``jti``, ``nbf``); the header carries the public key as a ``jwk``, so that
    a verifier who trusts that key need not fetch one."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    header = {"alg": "EdDSA", "typ": "JWT",
              "jwk": {"kty": "OKP", "crv": "Ed25519", "x": _b64url(public)}}
    moment = dt.datetime.fromisoformat(credential["validFrom"])
    payload = {**credential, "iss": credential["issuer"]["id"], "jti": credential["id"],
               "nbf": int(moment.timestamp())}
    signed = f"{_b64url(_compact(header))}.{_b64url(_compact(payload))}"
    return f"{signed}.{_b64url(key.sign(signed.encode('ascii')))}"


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def badge(dossier: Dossier, referential: Referential, *, issuer: Issuer | None,
          now: dt.datetime) -> dict[str, Any]:
    """The credential of the dossier's CCPT, which the jury must have validated."""
    ccpt = referential.ccpt(dossier.ccpt)
    if ccpt is None:
        raise DossierError(say("Le CCPT « {ccpt} » du dossier n’est pas dans le référentiel : "
                               "pas de badge possible.", ccpt=dossier.ccpt))
    result = dossier.result()
    if result is None or result.outcome is not Outcome.VALIDATED:
        outcome = result.outcome if result is not None else Outcome.PENDING
        raise DossierError(say("Pas de badge pour ce dossier : un badge atteste un CCPT obtenu, "
                               "et la décision du jury enregistrée est « {outcome} ».",
                               outcome=outcome.named))
    candidate = dossier.candidate
    name = candidate.full_name.strip()
    if not name:
        raise DossierError(say("Pas de badge pour ce dossier : le nom du candidat manque."))
    person = "\n".join((candidate.first_name, candidate.last_name, candidate.birth_name))
    self_declared = issuer is None
    profile: dict[str, Any] = (
        {"id": _urn("issuer", person), "type": ["Profile"], "name": name} if issuer is None
        else _profile(issuer))
    moment = now if now.tzinfo is not None else now.replace(tzinfo=dt.timezone.utc)
    if result.date is not None:
        moment = dt.datetime(result.date.year, result.date.month, result.date.day,
                             tzinfo=moment.tzinfo)  # the day of the decision, at midnight
    title = (say("{ccpt} : CCPT obtenu (badge auto-déclaré)", ccpt=ccpt.label) if self_declared
             else say("{ccpt} : CCPT obtenu", ccpt=ccpt.label))
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": _urn("credential", dossier.ccpt, person, str(result.date), profile["id"]),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title.render(),
        "issuer": profile,
        "validFrom": moment.isoformat(timespec="seconds"),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityType": "name",
                            "identityHash": name, "hashed": False}],
            "achievement": _achievement(ccpt, self_declared),
        },
    }


def _profile(issuer: Issuer) -> dict[str, Any]:
    profile: dict[str, Any] = {"id": issuer.id, "type": ["Profile"], "name": issuer.name}
    if issuer.url:
        profile["url"] = issuer.url
    if issuer.email:
        profile["email"] = issuer.email
    return profile


def _achievement(ccpt: Ccpt, self_declared: bool) -> dict[str, Any]:
    competences = " ; ".join(f"{c.number}. {c.label}" for c in ccpt.competences)
    provisional = say(" (liste provisoire, en attente du référentiel officiel)").render() \
        if any(c.provenance.provisional for c in ccpt.competences) else ""
    description = say(
        "Certificat de compétences professionnelles transférables (CCPT) « {ccpt} », acquis dans "
        "l’exercice d’un mandat de représentant du personnel ou syndical, reconnu équivalent au "
        "bloc « {block} » du titre professionnel {tp}, {level}. Compétences{provisional} : "
        "{competences}.", ccpt=ccpt.label, block=ccpt.ccp_label, tp=ccpt.tp,
        level=level_today(ccpt.level), provisional=provisional, competences=competences).render()
    if self_declared:
        description = say("Badge auto-déclaré par le candidat : aucune organisation ne l’a "
                          "émis. {description}", description=description).render()
    return {
        "id": _urn("achievement", ccpt.id),
        "type": ["Achievement"],
        "achievementType": "Certification",
        "name": ccpt.label,
        "description": description,
        "criteria": {"narrative": say(
            "Délivré par un jury de deux membres, un professionnel du métier visé et un "
            "représentant syndical ayant l’expérience d’un mandat, au vu d’un dossier de "
            "productions et d’un entretien : il évalue la capacité du candidat à transférer "
            "les compétences acquises dans son mandat vers le métier visé.").render()},
        "alignment": [_alignment(ccpt)],
        "inLanguage": "fr",
    }


def _alignment(ccpt: Ccpt) -> dict[str, Any]:
    """The equivalent Titre Professionnel block (from the referential's trade list when it
    has one, else from the CCPT's own fields)."""
    trade = ccpt.trade
    title, block = (trade.title, trade.block) if trade is not None else (ccpt.tp, ccpt.ccp_label)
    code = trade.code if trade is not None else ""
    if trade is not None and trade.competences:
        described = say("Compétences du bloc : {competences}.",
                        competences=" ; ".join(trade.competences)).render()
    else:
        described = say("Bloc du titre professionnel dont le CCPT est reconnu équivalent.").render()
    if trade is not None and trade.note:
        described = f"{described} {trade.note}"
    alignment: dict[str, Any] = {
        "type": ["Alignment"],
        "targetName": block,
        "targetUrl": RNCP_SEARCH.format(query=quote(code or title)),
        "targetDescription": described,
        "targetFramework": say("Titre professionnel {title}", title=title).render(),
    }
    if code:
        alignment["targetCode"] = code
    return alignment


def _urn(*seed: str) -> str:
    """A ``urn:uuid:`` that is the same for the same seed and reveals nothing of it."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, chr(31).join(seed))}"
