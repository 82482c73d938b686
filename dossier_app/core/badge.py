"""The competences summary a candidate can carry: an Open Badges 3.0 achievement
credential (1EdTech OB 3.0, on W3C Verifiable Credentials 2.0), as JSON.

Self-declared unless an advisor organisation configured itself as issuer
(``badge/issuer.json`` in the user data folder). Never signed: this version has no
signing module (a VC-JWT needs an Ed25519 key and the ``cryptography`` package), so
anyone can read the badge and no one can check who wrote it.

Only a CCPT the jury validated gives a badge: a « competences worked on » badge named
after the CCPT would read, in a wallet that shows names only, as the CCPT obtained.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .errors import DossierError, InvalidData
from .jsonread import Reader, load_json_file
from .model import Dossier, Outcome
from .paths import AppPaths
from .referential import Ccpt, Referential, level_today
from .sentence import Sentence, say

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


@dataclass(frozen=True)
class Issuer:
    """The advisor organisation that issues badges (an OB 3.0 Profile)."""

    id: str
    """A URL or a DID, as text."""
    name: str
    url: str = ""
    email: str = ""
    key: Path | None = None
    """The Ed25519 private key (PEM) a signed badge would need."""


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


def signing_problem(issuer: Issuer | None) -> Sentence:
    """Why the badge cannot be signed: the first part missing."""
    if issuer is None:
        return say("aucune organisation n’est configurée comme émettrice des badges")
    if issuer.key is None:
        return say("la configuration de l’émetteur ne désigne pas de clé de signature "
                   "(champ « key »)")
    return say("cette version de l’application ne sait pas encore signer un badge (il lui "
               "faudrait le paquet Python « cryptography »)")


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
        moment = dt.datetime.combine(result.date, dt.time(), tzinfo=moment.tzinfo)
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
