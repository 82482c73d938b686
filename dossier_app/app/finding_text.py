"""The readiness findings in French sentences, as ``dossier-app check`` prints them (the
contract), and the names without a pseudonym it lists after them as a note. The window
writes its own, in its language (``gui.readiness_panel``, ``gui.privacy_page``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.model import Dossier
from ..core.readiness import Code, Finding, Report, Severity
from ..core.referential import Ccpt, Referential
from ..core.typography import french_spacing

if TYPE_CHECKING:
    from ..core import privacy


def french(finding: Finding) -> str:
    """The finding as one French sentence, with French typographic spaces."""
    return french_spacing(_sentence(finding))


def _sentence(finding: Finding) -> str:
    p = finding.params
    where = f"Production {finding.production}"
    chapter = f"{where}, chapitre « {finding.chapter.label} »" if finding.chapter else where
    code = finding.code
    if code is Code.OTHER_REFERENTIAL:
        return (f"Ce dossier a été écrit avec le référentiel « {p['written_id']} » "
                f"(édition {p['written_edition']}) ; celui utilisé maintenant est "
                f"« {p['current_id']} » (édition {p['current_edition']}) : vérifiez que les "
                "compétences correspondent.")
    if code is Code.NO_NAME:
        return "Le nom et le prénom du candidat ne sont pas renseignés."
    if code is Code.NO_MANDATE:
        return "Aucun mandat n’est décrit : le jury ne saura pas d’où vient votre expérience."
    if code is Code.NO_PROJECT:
        return "Le projet professionnel n’est pas rédigé : c’est lui qui rend le transfert crédible."
    if code is Code.NO_CCPT:
        return "Aucun CCPT n’est choisi."
    if code is Code.UNKNOWN_CCPT:
        return f"Le CCPT « {p['ccpt']} » n’existe pas dans le référentiel « {p['referential']} »."
    if code is Code.PROVISIONAL_CCPT:
        return (f"Les compétences du CCPT « {p['ccpt']} » sont une proposition provisoire, "
                "le référentiel officiel n’étant pas disponible : vérifiez leurs intitulés "
                "avec votre conseiller.")
    if code is Code.UNCOVERED_COMPETENCE:
        return f"La compétence {p['number']} « {p['label']} » n’a pas encore de production."
    if code is Code.UNKNOWN_COMPETENCE:
        return f"{where} : la compétence {p['number']} n’existe pas dans ce CCPT."
    if code is Code.NO_TITLE:
        return f"{where} : elle n’a pas de titre."
    if code is Code.EMPTY_CHAPTER:
        return f"{chapter} : il est vide."
    if code is Code.SHORT_CHAPTER:
        return (f"{chapter} : {p['words']} mots seulement, c’est court "
                f"(repère : au moins {p['minimum']}).")
    if code is Code.NOT_FINAL:
        unfinished = " ; ".join(f"{kind.label} : {status.label}" for kind, status in p["unfinished"])
        return f"{where} : pas encore « Définitif » ({unfinished})."
    if code is Code.LONG_PRODUCTION:
        return _long(finding.production, p["pages"], p["budget_pages"], p["far"])
    if code is Code.OPEN_COMMENT:
        author = f" de {p['author']}" if p["author"] else ""
        return f"{chapter} : le commentaire{author} sur « {p['excerpt']} » n’est pas résolu."
    if code is Code.DECLARATION_INCOMPLETE:
        missing = " ni ".join({"place": "de lieu", "date": "de date"}[m] for m in p["missing"])
        return f"La déclaration sur l’honneur n’a pas encore {missing}."
    if code is Code.TRANSFER_WITHOUT_TRADE:
        return (f"{chapter} : il ne nomme aucune des compétences attendues du métier visé "
                f"({p['trade']}) ; cochez celles qu’il rejoint, ou dites en quoi il les rejoint.")
    oral = f"{where}, oral"
    if code is Code.NO_TALK_PLAN:
        return f"{oral} : pas encore de plan pour les dix minutes de présentation."
    if code is Code.PLAN_OFF_TIME:
        return (f"{oral} : le plan dure {_minutes(p['minutes'])}, pour une présentation de "
                f"{_minutes(p['target'])}.")
    if code is Code.FEW_REHEARSALS:
        return (f"{oral} : {_count(p['in_time'], 'répétition', 'répétitions')} dans le temps, "
                f"{p['needed']} conseillées.")
    if code is Code.NO_ORAL_QUESTIONS:
        return f"{oral} : aucune question du jury n’est encore préparée."
    if code is Code.UNPRACTISED_QUESTIONS:
        return (f"{oral} : {p['count']} question{'s' if p['count'] > 1 else ''} sur "
                f"{p['total']} jamais travaillée{'s' if p['count'] > 1 else ''}.")
    if code is Code.UNSURE_QUESTIONS:
        return (f"{oral} : {p['count']} question{'s' if p['count'] > 1 else ''} où vous "
                "n’étiez « pas sûr » la dernière fois : à retravailler.")
    if code is Code.MISSING_ANNEX:
        cites = (f"{chapter} : il renvoie" if finding.production is not None
                 else "Le projet professionnel renvoie")
        return (f"{cites} à l’annexe {p['number']}, qui n’existe pas : ajoutez-la, ou corrigez "
                "le numéro pour que le jury trouve le document.")
    if code is Code.UNREFERENCED_ANNEX:
        return (f"L’annexe {p['number']} n’est citée nulle part : renvoyez-y là où elle appuie "
                f"votre récit, par exemple « (voir annexe {p['number']}) ».")
    if code is Code.WRITING_ADVICE:
        return f"{where} : {_writing(p['count'], p['grammar'])} à voir dans la relecture."
    raise ValueError(code)


def _long(number: int | None, pages: int, budget: int, far: bool) -> str:
    """Help on what to tighten, not a fault: the jury has one hour for the whole dossier."""
    advised = "1 conseillée" if budget == 1 else f"{budget} conseillées"
    if far:
        return (f"La production {number} demande plus du double du temps de lecture du jury : "
                f"environ {pages} pages pour {advised}. Choisissez le moment qui montre le mieux "
                "la compétence et resserrez le récit autour de lui, le jury pourra alors tout lire.")
    return (f"La production {number} dépasse le temps de lecture du jury : environ {pages} pages "
            f"pour {advised}. Resserrez la situation sur le moment qui montre la compétence, et "
            "gardez dans l’analyse ce que vous avez fait, comment et pourquoi.")


def _writing(advice: int, grammar: int) -> str:
    parts = []
    if advice:
        parts.append(f"{advice} conseil{'s' if advice > 1 else ''} d’écriture")
    if grammar:
        parts.append(f"{grammar} remarque{'s' if grammar > 1 else ''} de grammaire")
    return " et ".join(parts)


def _minutes(value: float) -> str:
    """« 9,5 min » (French decimals)."""
    return f"{value:g}".replace(".", ",") + " min"


def format_report(report: Report, dossier: Dossier, referential: Referential) -> str:
    """The report as plain French text, as ``dossier-app check`` prints it."""
    ccpt = referential.ccpt(dossier.ccpt)
    name = dossier.candidate.full_name or "candidat sans nom"
    lines = [f"Dossier de {name}" + (f" — CCPT « {ccpt.label} »" if ccpt else "")]
    blocking = [french(f) for f in report.findings if f.severity is Severity.BLOCKING]
    advice = [french(f) for f in report.findings if f.severity is Severity.ADVICE]
    lines.append(
        "Prêt pour le jury : oui." if report.ready
        else f"Prêt pour le jury : non, {_count(len(blocking), 'point bloquant', 'points bloquants')}."
    )
    if blocking:
        lines += ["", "À régler avant le jury :"] + [f"  - {sentence}" for sentence in blocking]
    if advice:
        lines += ["", "Conseils :"] + [f"  - {sentence}" for sentence in advice]
    lines += ["", f"Mots : {_thousands(report.total_words)} au total"]
    lines += [f"  - production {n} : {_thousands(w)}"
              for n, w in enumerate(report.words_by_production, start=1)]
    return "\n".join(lines)


def format_unlisted(findings: list[privacy.Finding]) -> str:
    """The note after the report: the names of the text without a pseudonym (they do not
    stop the dossier; a pseudonymised export would leave them readable)."""
    readable = "lisible" if len(findings) == 1 else "lisibles"
    lines = [f"Note : {_count(len(findings), 'nom', 'noms')} sans pseudonyme dans le texte, "
             f"qu’un export pseudonymisé laisserait {readable} (page « Confidentialité » de "
             "l’application) :"]
    for finding in findings:
        seen = (f"une fois, dans {_where(finding.where)}" if finding.count == 1
                else f"{finding.count} fois, d’abord dans {_where(finding.where)}")
        if finding.union:
            lines.append(f"  - « {finding.name} » : votre syndicat est nommé dans le texte, alors "
                         f"que la page de garde ne le montre pas ; {seen}")
        else:
            lines.append(f"  - « {finding.name} », {finding.kind.label.lower()} : {seen}")
    return french_spacing("\n".join(lines))


def trade_text(ccpt: Ccpt) -> str:
    """What the target trade expects, as ``referential show`` prints it: the block of the
    Titre Professionnel, its competences, where they come from, and what the data lacks."""
    trade = ccpt.trade
    if trade is None:
        return ("  Ce que le métier visé attend : ce référentiel ne donne pas les compétences du "
                "bloc du titre professionnel.")
    code = f" ({trade.code})" if trade.code else ""
    mark = " [à vérifier]" if trade.provenance.provisional else ""
    lines = [f"  Ce que le métier visé attend — bloc « {trade.block} » du titre professionnel "
             f"{trade.title}{code}{mark} :"]
    lines += [f"    - {competence}" for competence in trade.competences]
    lines.append(f"    Source : {trade.provenance.source}, version {trade.provenance.version}.")
    if trade.note:
        lines.append(f"    {trade.note}")
    return french_spacing("\n".join(lines))


def _where(spot: privacy.Spot) -> str:
    from ..core.privacy import Part  # with the note only: the window starts without it

    if spot.part is Part.PRODUCTION:
        if spot.chapter is None:
            return f"le titre de la production {spot.production}"
        return f"la production {spot.production}, « {spot.chapter.label} »"
    return {Part.MANDATES: "les mandats", Part.PROJECT: "le projet professionnel",
            Part.PATH: "le parcours", Part.POSITIONING: "la grille de positionnement",
            Part.ANNEXES: "les annexes", Part.COMMENTS: "les commentaires"}[spot.part]


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")
