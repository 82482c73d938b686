"""Is the dossier ready for the jury? The findings behind ``dossier-app check``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum

from .guidance import Guidance
from .markdown import count_words
from .model import ChapterKind, ChapterStatus, Dossier
from .referential import Referential
from .typography import french_spacing


class Severity(str, Enum):
    BLOCKING = "blocking"
    """The dossier cannot go to the jury like this."""
    ADVICE = "advice"
    """Worth a look; does not stop the dossier."""


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str
    production: int | None = None
    """1-based production number the finding concerns, for navigation."""
    chapter: ChapterKind | None = None
    page: str | None = None
    """For findings outside the productions: "candidate", "mandates", "project", "declaration"."""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    words_by_production: tuple[int, ...]
    words_outside_productions: int

    @property
    def ready(self) -> bool:
        return not any(f.severity is Severity.BLOCKING for f in self.findings)

    @property
    def total_words(self) -> int:
        return sum(self.words_by_production) + self.words_outside_productions


def check_dossier(dossier: Dossier, referential: Referential, guidance: Guidance) -> Report:
    findings: list[Finding] = []

    def blocking(message: str, production: int | None = None,
                 chapter: ChapterKind | None = None) -> None:
        findings.append(Finding(Severity.BLOCKING, message, production, chapter))

    def advice(message: str, production: int | None = None,
               chapter: ChapterKind | None = None, page: str | None = None) -> None:
        findings.append(Finding(Severity.ADVICE, message, production, chapter, page))

    written_with = dossier.referential
    if written_with is not None and written_with != referential.ref:
        advice(f"Ce dossier a été écrit avec le référentiel « {written_with.id} » "
               f"(édition {written_with.edition}) ; celui utilisé maintenant est « {referential.id} » "
               f"(édition {referential.edition}) : vérifiez que les compétences correspondent.")

    candidate = dossier.candidate
    if not candidate.first_name.strip() or not candidate.last_name.strip():
        findings.append(Finding(Severity.BLOCKING,
                                "Le nom et le prénom du candidat ne sont pas renseignés.",
                                page="candidate"))
    if not dossier.mandates:
        advice("Aucun mandat n’est décrit : le jury ne saura pas d’où vient votre expérience.",
               page="mandates")
    if not dossier.project.strip():
        advice("Le projet professionnel n’est pas rédigé : c’est lui qui rend le transfert crédible.",
               page="project")

    ccpt = referential.ccpt(dossier.ccpt) if dossier.ccpt else None
    if not dossier.ccpt:
        blocking("Aucun CCPT n’est choisi.")
    elif ccpt is None:
        blocking(f"Le CCPT « {dossier.ccpt} » n’existe pas dans le référentiel "
                 f"« {referential.title} ».")
    else:
        if ccpt.provisional:
            advice(f"Les compétences du CCPT « {ccpt.label} » sont une proposition provisoire, "
                   "le référentiel officiel n’étant pas disponible : vérifiez leurs intitulés "
                   "avec votre conseiller.")
        covered = {p.competence for p in dossier.productions}
        for competence in ccpt.competences:
            if competence.number not in covered:
                blocking(f"La compétence {competence.number} « {competence.label} » "
                         "n’a pas encore de production.")

    words_by_production = []
    for number, production in enumerate(dossier.productions, start=1):
        where = f"Production {number}"
        if ccpt is not None and ccpt.competence(production.competence) is None:
            blocking(f"{where} : la compétence {production.competence} n’existe pas dans ce CCPT.",
                     number)
        if not production.title.strip():
            advice(f"{where} : elle n’a pas de titre.", number)
        production_words = 0
        for kind in ChapterKind:
            chapter = production.chapters[kind]
            words = count_words(chapter.text)
            production_words += words
            if words == 0:
                blocking(f"{where}, chapitre « {kind.label} » : il est vide.", number, kind)
            elif words < guidance.chapters[kind].min_words:
                advice(f"{where}, chapitre « {kind.label} » : {words} mots seulement, c’est court "
                       f"(repère : au moins {guidance.chapters[kind].min_words}).", number, kind)
        unfinished = [f"{kind.label} : {production.chapters[kind].status.label}"
                      for kind in ChapterKind
                      if production.chapters[kind].status is not ChapterStatus.FINAL]
        if unfinished:
            advice(f"{where} : pas encore « Définitif » ({' ; '.join(unfinished)}).", number)
        if production_words > guidance.long_production_words:
            advice(f"{where} : {production_words} mots, c’est long "
                   f"(repère : {guidance.long_production_words} au plus, environ trois pages).",
                   number)
        words_by_production.append(production_words)

    for comment in dossier.comments:
        if not comment.resolved:
            excerpt = comment.quote if len(comment.quote) <= 40 else comment.quote[:39] + "…"
            author = f" de {comment.author}" if comment.author else ""
            blocking(f"Production {comment.production}, chapitre « {comment.chapter.label} » : "
                     f"le commentaire{author} sur « {excerpt} » n’est pas résolu.",
                     comment.production, comment.chapter)

    missing = [what for what, absent in (("de lieu", not dossier.declaration.place.strip()),
                                         ("de date", dossier.declaration.date is None)) if absent]
    if missing:
        advice(f"La déclaration sur l’honneur n’a pas encore {' ni '.join(missing)}.",
               page="declaration")

    outside = count_words(dossier.project) + sum(count_words(m.description)
                                                 for m in dossier.mandates)
    ordered = sorted(findings, key=lambda f: f.severity is not Severity.BLOCKING)
    spaced = tuple(dataclasses.replace(f, message=french_spacing(f.message)) for f in ordered)
    return Report(spaced, tuple(words_by_production), outside)


def format_report(report: Report, dossier: Dossier, referential: Referential) -> str:
    """The report as plain French text, as ``dossier-app check`` prints it."""
    ccpt = referential.ccpt(dossier.ccpt)
    name = dossier.candidate.full_name or "candidat sans nom"
    lines = [f"Dossier de {name}" + (f" — CCPT « {ccpt.label} »" if ccpt else "")]
    blocking = [f for f in report.findings if f.severity is Severity.BLOCKING]
    advice = [f for f in report.findings if f.severity is Severity.ADVICE]
    lines.append(
        "Prêt pour le jury : oui." if report.ready
        else f"Prêt pour le jury : non, {_count(len(blocking), 'point bloquant', 'points bloquants')}."
    )
    if blocking:
        lines += ["", "À régler avant le jury :"] + [f"  - {f.message}" for f in blocking]
    if advice:
        lines += ["", "Conseils :"] + [f"  - {f.message}" for f in advice]
    lines += ["", f"Mots : {_thousands(report.total_words)} au total"]
    lines += [f"  - production {n} : {_thousands(w)}"
              for n, w in enumerate(report.words_by_production, start=1)]
    return "\n".join(lines)


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")
