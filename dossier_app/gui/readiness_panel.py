"""The same findings as ``dossier-app check``, each one a way to the place it concerns,
written in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import ChapterKind, ChapterStatus
from ..core.pages import Page
from ..core.readiness import Code, Finding, Report, Severity
from ..core.typography import french_spacing
from . import labels
from .navigator import Place
from .texts import fill

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
"""On the first finding of a group, the group's heading: « À régler (9) », « Conseils (7) »."""


class GroupHeadings(QStyledItemDelegate):
    """Draws a group's heading above its first finding, so that the list keeps one row
    per finding (the keyboard and screen readers go from finding to finding; each one
    says its group)."""

    def _heading_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _heading_height(self, option: QStyleOptionViewItem) -> int:
        return round(QFontMetrics(self._heading_font(option)).height() * 1.5)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(GROUP_ROLE):
            size.setHeight(size.height() + self._heading_height(option))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        heading = index.data(GROUP_ROLE)
        if not heading:
            super().paint(painter, option, index)
            return
        rect = option.rect
        height = self._heading_height(option)
        painter.save()
        painter.setFont(self._heading_font(option))
        painter.setPen(option.palette.text().color())
        painter.drawText(rect.adjusted(4, 0, -4, height - rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, heading)
        painter.restore()
        finding = QStyleOptionViewItem(option)
        finding.rect = rect.adjusted(0, height, 0, 0)
        super().paint(painter, finding, index)


class ReadinessPanel(QWidget):
    place_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Points à régler avant le jury"))
        self.list.setItemDelegate(GroupHeadings(self.list))
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_report(self, report: Report) -> None:
        blocking = sum(f.severity is Severity.BLOCKING for f in report.findings)
        if report.ready:
            self.summary.setText(self.tr("Prêt pour le jury. Il reste des conseils ci-dessous.")
                                 if report.findings else self.tr("Prêt pour le jury."))
        else:
            self.summary.setText(
                self.tr("Pas encore prêt : 1 point à régler.") if blocking == 1
                else fill(self.tr("Pas encore prêt : %1 points à régler."), str(blocking)))
        self.list.clear()
        headings = {Severity.BLOCKING: fill(self.tr("À régler (%1)"), blocking),
                    Severity.ADVICE: fill(self.tr("Suggestions (%1)"),
                                          len(report.findings) - blocking)}
        for finding in report.findings:  # the blocking ones first
            mark = "⚠" if finding.severity is Severity.BLOCKING else "•"
            text = self.sentence(finding)
            item = QListWidgetItem(f"{mark}  {text}")
            item.setData(GROUP_ROLE, headings.pop(finding.severity, None))
            kind = (self.tr("À régler") if finding.severity is Severity.BLOCKING
                    else self.tr("Suggestion"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("%1 : %2"), kind, text))
            item.setData(Qt.ItemDataRole.UserRole, _place_of(finding))
            self.list.addItem(item)

    def sentence(self, finding: Finding) -> str:
        """The finding in the window's language (in French, the very sentence of
        ``dossier-app check``)."""
        text = self._sentence(finding)
        # The translator says which typography the language follows.
        french = self.tr("french", "typography: 'french' puts no-break spaces before : ; ! ? "
                                   "and inside « »; any other word leaves spaces as written")
        return french_spacing(text) if french == "french" else text

    def _sentence(self, finding: Finding) -> str:
        p, code, number = finding.params, finding.code, str(finding.production)
        chapter = labels.chapter(finding.chapter) if finding.chapter else ""
        if code is Code.OTHER_REFERENTIAL:
            return fill(self.tr("Ce dossier a été écrit avec le référentiel « %1 » (édition %2) ; "
                                 "celui utilisé maintenant est « %3 » (édition %4) : vérifiez "
                                 "que les compétences correspondent."),
                         p["written_id"], p["written_edition"], p["current_id"],
                         p["current_edition"])
        if code is Code.NO_NAME:
            return self.tr("Le nom et le prénom du candidat ne sont pas renseignés.")
        if code is Code.NO_MANDATE:
            return self.tr("Aucun mandat n’est décrit : le jury ne saura pas d’où vient votre "
                           "expérience.")
        if code is Code.NO_PROJECT:
            return self.tr("Le projet professionnel n’est pas rédigé : c’est lui qui rend le "
                           "transfert crédible.")
        if code is Code.NO_CCPT:
            return self.tr("Aucun CCPT n’est choisi.")
        if code is Code.UNKNOWN_CCPT:
            return fill(self.tr("Le CCPT « %1 » n’existe pas dans le référentiel « %2 »."),
                         p["ccpt"], p["referential"])
        if code is Code.PROVISIONAL_CCPT:
            return fill(self.tr("Les compétences du CCPT « %1 » sont une proposition provisoire, "
                                 "le référentiel officiel n’étant pas disponible : vérifiez leurs "
                                 "intitulés avec votre conseiller."), p["ccpt"])
        if code is Code.UNCOVERED_COMPETENCE:
            return fill(self.tr("La compétence %1 « %2 » n’a pas encore de production."),
                         p["number"], p["label"])
        if code is Code.UNKNOWN_COMPETENCE:
            return fill(self.tr("Production %1 : la compétence %2 n’existe pas dans ce CCPT."),
                         number, p["number"])
        if code is Code.NO_TITLE:
            return fill(self.tr("Production %1 : elle n’a pas de titre."), number)
        if code is Code.EMPTY_CHAPTER:
            return fill(self.tr("Production %1, chapitre « %2 » : il est vide."), number, chapter)
        if code is Code.SHORT_CHAPTER:
            return fill(self.tr("Production %1, chapitre « %2 » : %3 mots seulement, c’est court "
                                 "(repère : au moins %4)."),
                         number, chapter, p["words"], p["minimum"])
        if code is Code.NOT_FINAL:
            unfinished = self.tr(" ; ", "between the chapters not final yet").join(
                fill(self.tr("%1 : %2", "a chapter and its status"),
                      labels.chapter(kind), labels.status(status))
                for kind, status in p["unfinished"])
            return fill(self.tr("Production %1 : pas encore « %2 » (%3)."),
                         number, labels.status(ChapterStatus.FINAL), unfinished)
        if code is Code.LONG_PRODUCTION:
            return self._long(number, p["pages"], p["budget_pages"], p["far"])
        if code is Code.OPEN_COMMENT:
            if p["author"]:
                return fill(self.tr("Production %1, chapitre « %2 » : le commentaire de %3 sur "
                                     "« %4 » n’est pas résolu."),
                             number, chapter, p["author"], p["excerpt"])
            return fill(self.tr("Production %1, chapitre « %2 » : le commentaire sur « %3 » "
                                 "n’est pas résolu."), number, chapter, p["excerpt"])
        if code is Code.DECLARATION_INCOMPLETE:
            missing = set(p["missing"])
            if missing == {"place", "date"}:
                return self.tr("La déclaration sur l’honneur n’a pas encore de lieu ni de date.")
            if missing == {"place"}:
                return self.tr("La déclaration sur l’honneur n’a pas encore de lieu.")
            return self.tr("La déclaration sur l’honneur n’a pas encore de date.")
        return self._later_sentence(finding)

    def _long(self, number: str, pages: int, budget: int, far: bool) -> str:
        """Help on what to tighten, as ``dossier-app check`` words it."""
        advised = fill(self.tr("%1 conseillée", "pages advised") if budget == 1
                       else self.tr("%1 conseillées", "pages advised"), budget)
        if far:
            text = self.tr("La production %1 demande plus du double du temps de lecture du jury : "
                           "environ %2 pages pour %3. Choisissez le moment qui montre le mieux la "
                           "compétence et resserrez le récit autour de lui, le jury pourra alors "
                           "tout lire.")
        else:
            text = self.tr("La production %1 dépasse le temps de lecture du jury : environ %2 "
                           "pages pour %3. Resserrez la situation sur le moment qui montre la "
                           "compétence, et gardez dans l’analyse ce que vous avez fait, comment "
                           "et pourquoi.")
        return fill(text, number, pages, advised)

    def _later_sentence(self, finding: Finding) -> str:
        p, code, number = finding.params, finding.code, str(finding.production)
        if code is Code.TRANSFER_WITHOUT_TRADE:
            return fill(self.tr("Production %1, chapitre « %2 » : il ne nomme aucune des "
                                "compétences attendues du métier visé (%3) ; cochez celles "
                                "qu’il rejoint, ou dites en quoi il les rejoint."),
                        number, labels.chapter(ChapterKind.TRANSFER), p["trade"])
        if code is Code.NO_TALK_PLAN:
            return fill(self.tr("Production %1, oral : pas encore de plan pour les dix minutes "
                                "de présentation."), number)
        if code is Code.PLAN_OFF_TIME:
            return fill(self.tr("Production %1, oral : le plan dure %2, pour une présentation "
                                "de %3."), number, labels.minutes(p["minutes"]),
                        labels.minutes(p["target"]))
        if code is Code.FEW_REHEARSALS:
            text = (self.tr("Production %1, oral : %2 répétition dans le temps, %3 conseillées.")
                    if p["in_time"] == 1 else
                    self.tr("Production %1, oral : %2 répétitions dans le temps, %3 conseillées."))
            return fill(text, number, p["in_time"], p["needed"])
        if code is Code.NO_ORAL_QUESTIONS:
            return fill(self.tr("Production %1, oral : aucune question du jury n’est encore "
                                "préparée."), number)
        if code is Code.UNPRACTISED_QUESTIONS:
            text = (self.tr("Production %1, oral : %2 question sur %3 jamais travaillée.")
                    if p["count"] == 1 else
                    self.tr("Production %1, oral : %2 questions sur %3 jamais travaillées."))
            return fill(text, number, p["count"], p["total"])
        if code is Code.UNSURE_QUESTIONS:
            text = (self.tr("Production %1, oral : %2 question où vous n’étiez « pas sûr » la "
                            "dernière fois : à retravailler.") if p["count"] == 1 else
                    self.tr("Production %1, oral : %2 questions où vous n’étiez « pas sûr » la "
                            "dernière fois : à retravailler."))
            return fill(text, number, p["count"])
        if code is Code.WRITING_ADVICE:
            return self._writing(number, p["count"], p["grammar"])
        if code is Code.MISSING_ANNEX:
            if finding.chapter is None:
                return fill(self.tr("Le projet professionnel renvoie à l’annexe %1, qui n’existe "
                                    "pas : ajoutez-la, ou corrigez le numéro pour que le jury "
                                    "trouve le document."), p["number"])
            return fill(self.tr("Production %1, chapitre « %2 » : il renvoie à l’annexe %3, qui "
                                "n’existe pas : ajoutez-la, ou corrigez le numéro pour que le "
                                "jury trouve le document."),
                        number, labels.chapter(finding.chapter), p["number"])
        if code is Code.UNREFERENCED_ANNEX:
            return fill(self.tr("L’annexe %1 n’est citée nulle part : renvoyez-y là où elle "
                                "appuie votre récit, par exemple « (voir annexe %1) »."),
                        p["number"])
        raise ValueError(code)

    def _writing(self, number: str, advice: int, grammar: int) -> str:
        advice_text = (self.tr("1 conseil d’écriture") if advice == 1
                       else fill(self.tr("%1 conseils d’écriture"), advice))
        grammar_text = (self.tr("1 remarque de grammaire") if grammar == 1
                        else fill(self.tr("%1 remarques de grammaire"), grammar))
        if advice and grammar:
            return fill(self.tr("Production %1 : %2 et %3 à voir dans la relecture."), number,
                        advice_text, grammar_text)
        return fill(self.tr("Production %1 : %2 à voir dans la relecture."), number,
                    advice_text if advice else grammar_text)

    def _go(self, item: QListWidgetItem) -> None:
        place = item.data(Qt.ItemDataRole.UserRole)
        if place is not None:
            self.place_chosen.emit(place)


def _place_of(finding: Finding) -> Place | None:
    if finding.production and finding.page is Page.ORAL:
        return Place(Page.ORAL, finding.production)
    if finding.production:
        return Place(Page.CHAPTER, finding.production, finding.chapter or ChapterKind.SITUATION)
    return Place(finding.page) if finding.page else None
