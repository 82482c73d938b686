"""User-visible names of the core's values, translatable (the core's own labels are French)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..core import dates
from ..core.model import CONFIDENCE_LABELS, AnnexKind, ChapterKind, ChapterStatus, QuestionOrigin, StepKind
from ..core.pages import Page
from .texts import fill, shown


def chapter(kind: ChapterKind) -> str:
    return shown(kind.named)


def status(value: ChapterStatus) -> str:
    return shown(value.named)


def page(value: Page) -> str:
    """The page's name, as the navigator lists it (a chapter is named by ``chapter``)."""
    return {Page.CANDIDATE: QCoreApplication.translate("labels", "Identité"),
            Page.PRIVACY: QCoreApplication.translate("labels", "Confidentialité"),
            Page.MANDATES: QCoreApplication.translate("labels", "Mandats"),
            Page.PROJECT: QCoreApplication.translate("labels", "Projet professionnel"),
            Page.CHAPTER: QCoreApplication.translate("labels", "Chapitre"),
            Page.ORAL: QCoreApplication.translate("labels", "Préparer l’oral"),
            Page.PATH: QCoreApplication.translate("labels", "Parcours et ateliers"),
            Page.AFTER_JURY: QCoreApplication.translate("labels", "Après le jury"),
            Page.POSITIONING: QCoreApplication.translate("labels", "Positionnement"),
            Page.ANNEXES: QCoreApplication.translate("labels", "Annexes"),
            Page.DECLARATION: QCoreApplication.translate("labels", "Déclaration sur l’honneur")}[value]


def annex(kind: AnnexKind) -> str:
    return shown(kind.named)


def step(kind: StepKind) -> str:
    return shown(kind.named)


def origin(value: QuestionOrigin) -> str:
    return shown(value.named)


def confidence(value: int | None) -> str:
    """How sure the candidate felt: « Pas sûr », « À peu près », « À l’aise »."""
    if value is None:
        return QCoreApplication.translate("labels", "Pas encore travaillée")
    return shown(CONFIDENCE_LABELS[value])


def minutes(value: float) -> str:
    """« 2,5 min » in French, « 2.5 min » in English."""
    return fill(QCoreApplication.translate("labels", "%1 min"),
                QLocale().toString(float(value), "g", 4))


def duration(seconds: float) -> str:
    """A countdown's figure: « 9:05 », « -0:12 » once over."""
    sign = "−" if seconds < 0 else ""
    whole = abs(round(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def level(value: int | None) -> str:
    """The four-level scale of the positioning grid."""
    return {None: QCoreApplication.translate("labels", "— non évalué"),
            1: QCoreApplication.translate("labels", "1. Je découvre"),
            2: QCoreApplication.translate("labels", "2. Je pratique avec de l’aide"),
            3: QCoreApplication.translate("labels", "3. Je pratique en autonomie"),
            4: QCoreApplication.translate("labels", "4. Je maîtrise et je peux l’expliquer")}[value]


def month(number: int) -> str:
    """Short month names for the timeline."""
    return (QCoreApplication.translate("labels", "janv."), QCoreApplication.translate("labels", "févr."),
            QCoreApplication.translate("labels", "mars"), QCoreApplication.translate("labels", "avr."),
            QCoreApplication.translate("labels", "mai"), QCoreApplication.translate("labels", "juin"),
            QCoreApplication.translate("labels", "juil."), QCoreApplication.translate("labels", "août"),
            QCoreApplication.translate("labels", "sept."), QCoreApplication.translate("labels", "oct."),
            QCoreApplication.translate("labels", "nov."),
            QCoreApplication.translate("labels", "déc."))[number - 1]


STATUS_SYMBOLS = {
    # Shapes as well as colours, so that status reads without colour vision.
    ChapterStatus.TO_WRITE: "○",
    ChapterStatus.DRAFT: "◔",
    ChapterStatus.TO_REVIEW: "◑",
    ChapterStatus.TO_REWORK: "◒",
    ChapterStatus.REVIEWED: "◕",
    ChapterStatus.FINAL: "●",
}


def words(count: int) -> str:
    formatted = f"{count:,}".replace(",", "\u202f")
    if count == 1:
        text = QCoreApplication.translate("labels", "%1 mot")
    else:
        text = QCoreApplication.translate("labels", "%1 mots")
    return fill(text, formatted)


def _french() -> bool:
    return QLocale().language() == QLocale.Language.French


def long_date(value: dt.date) -> str:
    """A date in the UI's language: « 1er octobre 2026 » (the French rules of core.dates),
    « 1 October 2026 »."""
    if _french():
        return dates.long_date(value)
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def date_time(value: dt.datetime) -> str:
    """« 6 octobre 2026 à 15:20 », « 6 October 2026 at 15:20 », in local time."""
    local = value.astimezone() if value.tzinfo else value
    return fill(QCoreApplication.translate("labels", "%1 à %2"), long_date(local),
                f"{local:%H:%M}")
