"""User-visible names of the core's values, translatable (the core's own labels are French)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.model import AnnexKind, ChapterKind, ChapterStatus


def chapter(kind: ChapterKind) -> str:
    return {ChapterKind.SITUATION: QCoreApplication.translate("labels", "Situation"),
            ChapterKind.ANALYSIS: QCoreApplication.translate("labels", "Analyse"),
            ChapterKind.TRANSFER: QCoreApplication.translate("labels", "Argumentaire de transfert")}[kind]


def status(value: ChapterStatus) -> str:
    return {ChapterStatus.TO_WRITE: QCoreApplication.translate("labels", "À écrire"),
            ChapterStatus.DRAFT: QCoreApplication.translate("labels", "Brouillon"),
            ChapterStatus.TO_REVIEW: QCoreApplication.translate("labels", "À relire"),
            ChapterStatus.TO_REWORK: QCoreApplication.translate("labels", "À retravailler"),
            ChapterStatus.REVIEWED: QCoreApplication.translate("labels", "Relu"),
            ChapterStatus.FINAL: QCoreApplication.translate("labels", "Définitif")}[value]


def annex(kind: AnnexKind) -> str:
    return {AnnexKind.ATTESTATION: QCoreApplication.translate("labels", "Attestation"),
            AnnexKind.TESTIMONY: QCoreApplication.translate("labels", "Témoignage"),
            AnnexKind.DOCUMENT: QCoreApplication.translate("labels", "Document"),
            AnnexKind.OTHER: QCoreApplication.translate("labels", "Autre")}[kind]


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
    return text.replace("%1", formatted)
