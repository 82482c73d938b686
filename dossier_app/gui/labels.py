"""User-visible names of the core's values, translatable (the core's own labels are French)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.model import AnnexKind, ChapterKind, ChapterStatus

_tr = QCoreApplication.translate


def chapter(kind: ChapterKind) -> str:
    return {ChapterKind.SITUATION: _tr("labels", "Situation"),
            ChapterKind.ANALYSIS: _tr("labels", "Analyse"),
            ChapterKind.TRANSFER: _tr("labels", "Argumentaire de transfert")}[kind]


def status(value: ChapterStatus) -> str:
    return {ChapterStatus.TO_WRITE: _tr("labels", "À écrire"),
            ChapterStatus.DRAFT: _tr("labels", "Brouillon"),
            ChapterStatus.TO_REVIEW: _tr("labels", "À relire"),
            ChapterStatus.REVIEWED: _tr("labels", "Relu"),
            ChapterStatus.FINAL: _tr("labels", "Définitif")}[value]


def annex(kind: AnnexKind) -> str:
    return {AnnexKind.ATTESTATION: _tr("labels", "Attestation"),
            AnnexKind.TESTIMONY: _tr("labels", "Témoignage"),
            AnnexKind.DOCUMENT: _tr("labels", "Document"),
            AnnexKind.OTHER: _tr("labels", "Autre")}[kind]


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
    text = _tr("labels", "%1 mot") if count == 1 else _tr("labels", "%1 mots")
    return text.replace("%1", formatted)
