"""Beside the editor: the competence served, what the jury looks for, and help to write.

One QTextBrowser rather than a column of labels: it wraps and scrolls correctly at
every text size, and its links (the sentence starters) are reachable with Tab and
activated with Enter.

The example and the extra questions are those of the dossier's CCPT when the guidance
file has them (``ChapterGuidance.for_ccpt``), the generic ones otherwise.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.guidance import ChapterGuidance
from ..core.referential import Ccpt, Competence
from .richtext import html_text
from .texts import fill


class GuidancePanel(QTextBrowser):
    starter_chosen = Signal(str)
    trade_toggled = Signal(int)
    """The candidate ticked or unticked a competence of the target trade (1-based) that the
    transfer argument reaches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Conseils pour ce chapitre"))
        self.setMinimumWidth(240)
        self.anchorClicked.connect(self._clicked)
        self._starters: list[str] = []

    def show_guidance(self, ccpt: Ccpt | None, competence: Competence | None,
                      chapter_title: str, guidance: ChapterGuidance,
                      reached: Collection[int] | None = None,
                      named: Collection[int] = ()) -> None:
        """``reached``, for the transfer chapter: the target trade's competences the candidate
        ticked as reached by the argument, shown as a checklist (None: the chapter has none);
        ``named``: those its text seems to name."""
        guidance = guidance.for_ccpt(ccpt.id if ccpt is not None else None)
        position = self.verticalScrollBar().value()
        self._starters = list(guidance.starters)
        parts: list[str] = []
        if competence is not None:
            note = html_text(self.tr("intitulé provisoire"))
            provisional = f" <i>({note})</i>" if competence.provenance.provisional else ""
            parts.append(_section(self.tr("Compétence"),
                                  f"<b>{competence.number}. {html_text(competence.label)}</b>"
                                  f"{provisional}<br>{html_text(competence.description)}"))
            if competence.jury_expectations:
                parts.append(_section(self.tr("Ce que le jury regarde"),
                                      _bullets(competence.jury_expectations)))
        parts.append(_section(chapter_title, html_text(guidance.purpose)))
        if reached is not None and ccpt is not None:
            parts.append(self._trade(ccpt, reached, named))
        parts.append(_section(self.tr("Questions pour avancer"), _bullets(guidance.relances)))
        links = "".join(f'<p style="margin: 4px 0"><a href="starter:{index}">{html_text(starter)}</a></p>'
                        for index, starter in enumerate(guidance.starters))
        hint = html_text(self.tr("Cliquez pour insérer dans le texte :"))
        parts.append(_section(self.tr("Pour commencer une phrase"), f"<p>{hint}</p>{links}"))
        if guidance.example:
            title = (fill(self.tr("Un exemple (CCPT « %1 »)"), ccpt.label)
                     if ccpt is not None and guidance.example_ccpt == ccpt.id
                     else self.tr("Un exemple"))
            # Upright and set in: 150 words of italics tire the eye in a narrow column.
            parts.append(_section(title, f'<p style="margin-left: 12px">'
                                         f"{html_text(guidance.example)}</p>"))
        if ccpt is not None and ccpt.provisional:
            parts.append(_section(self.tr("À savoir"), html_text(self.tr(
                "Les compétences de ce CCPT sont une proposition provisoire : le référentiel "
                "officiel (la liste officielle des compétences de chaque CCPT) n’a pas pu être "
                "obtenu. Vérifiez-les avec votre conseiller."))))
        self.setHtml("".join(parts))
        self.verticalScrollBar().setValue(position)  # a tick does not send the reader back up

    def _trade(self, ccpt: Ccpt, reached: Collection[int], named: Collection[int]) -> str:
        """What the target trade expects, each competence a link that ticks it (Tab, then
        Enter), its state said by a box and by words."""
        trade = ccpt.trade
        title = self.tr("Ce que le métier visé attend")
        if trade is None:
            return _section(title, html_text(self.tr(
                "Le référentiel utilisé ne donne pas les compétences du métier visé.")))
        hint = html_text(fill(self.tr("Le bloc « %1 » du titre professionnel %2. Cochez ce "
                                      "que votre argumentaire rejoint :"), trade.block,
                              trade.title))
        items = []
        for number, label in enumerate(trade.competences, start=1):
            ticked = number in reached
            state = (self.tr("rejointe") if ticked
                     else self.tr("pas cochée ; votre texte semble la nommer") if number in named
                     else self.tr("pas encore"))
            items.append(f'<p style="margin: 4px 0"><a href="trade:{number}">'
                         f'{"☑" if ticked else "☐"} {html_text(label)}</a> '
                         f"<i>({html_text(state)})</i></p>")
        note = f"<p><i>{html_text(trade.note)}</i></p>" if trade.note else ""
        return _section(title, f"<p>{hint}</p>{''.join(items)}{note}")

    def select_link(self, href: str) -> None:
        """Put the keyboard's place on the link ``href`` (after the page was shown again)."""
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    self.setTextCursor(cursor)
                    return
                fragments += 1
            block = block.next()

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "trade":
            self.trade_toggled.emit(int(url.path() or url.toString().split(":", 1)[1]))
        elif url.scheme() == "starter":
            index = int(url.path() or url.toString().split(":", 1)[1])
            self.starter_chosen.emit(self._starters[index])


def _section(title: str, body: str) -> str:
    return f'<h4 style="margin: 12px 0 4px 0">{html_text(title)}</h4><div>{body}</div>'


def _bullets(items: Iterable[str]) -> str:
    return "<ul style='margin: 0 0 0 -20px'>" + "".join(f"<li>{html_text(i)}</li>" for i in items) \
        + "</ul>"
