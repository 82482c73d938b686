"""User-visible names of the core's values, translatable (the core's own labels are French)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.model import AnnexKind, ChapterKind, ChapterStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def chapter(kind: ChapterKind) -> str:
    return {ChapterKind.SITUATION: _t("Situation"),
            ChapterKind.ANALYSIS: _t("Analyse"),
            ChapterKind.TRANSFER: _t("Argumentaire de transfert")}[kind]


def status(value: ChapterStatus) -> str:
    return {ChapterStatus.TO_WRITE: _t("À écrire"),
            ChapterStatus.DRAFT: _t("Brouillon"),
            ChapterStatus.TO_REVIEW: _t("À relire"),
            ChapterStatus.REVIEWED: _t("Relu"),
            ChapterStatus.FINAL: _t("Définitif")}[value]


def annex(kind: AnnexKind) -> str:
    return {AnnexKind.ATTESTATION: _t("Attestation"),
            AnnexKind.TESTIMONY: _t("Témoignage"),
            AnnexKind.DOCUMENT: _t("Document"),
            AnnexKind.OTHER: _t("Autre")}[kind]


STATUS_SYMBOLS = {
    # Shapes as well as colours, so that status reads without colour vision.
    ChapterStatus.TO_WRITE: "○",
    ChapterStatus.DRAFT: "◔",
    ChapterStatus.TO_REVIEW: "◑",
    ChapterStatus.REVIEWED: "◕",
    ChapterStatus.FINAL: "●",
}


def words(count: int) -> str:
    formatted = f"{count:,}".replace(",", "\u202f")
    return _t("%1 mot").replace("%1", formatted) if count == 1 else \
        _t("%1 mots").replace("%1", formatted)
