"""The dossier's pages besides the chapter, in one table: how each is built (on first
visit), how it is filled from the open dossier, and how it behaves when read-only.

Its strings are in the « MainWindow » translation context, where the window's were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..app import annexes
from ..core.model import Dossier
from ..core.pages import Page
from .annex_row import AnnexListEditor
from .editor import ChapterEditor
from .forms import (
    CandidateForm,
    DeclarationForm,
    FormScrollArea,
    RowListEditor,
    mandates_editor,
)

if TYPE_CHECKING:
    from .after_jury_page import AfterJuryPage
    from .main_window import MainWindow
    from .path_page import PathPage
    from .positioning_page import PositioningPage
    from .privacy_page import PrivacyPage
    from .session import DossierSession

F = TypeVar("F", bound=QWidget)
"""The kind of form a page holds."""


@dataclass(frozen=True)
class FormPage(Generic[F]):
    title: str
    intro: str
    build: Callable[[MainWindow], F]
    """The page's form, its edits wired to the window's session."""
    fill: Callable[[F, MainWindow], None]
    """Show the open dossier in the form (called with a dossier open only)."""
    scroll: bool = True
    browsable: bool = False
    """Read-only, it can still be looked through (made read-only rather than disabled)."""


def _candidate(window: MainWindow) -> CandidateForm:
    form = CandidateForm()
    form.changed.connect(lambda: window.edit(lambda d: form.apply(d.candidate)))
    return form


def _open(window: MainWindow) -> DossierSession:
    """The window's session, for ``fill``: MainWindow.fill_form calls it with one open."""
    if window.session is None:
        raise RuntimeError("no dossier is open")
    return window.session


def _privacy(window: MainWindow) -> PrivacyPage:
    from .privacy_page import PrivacyPage  # only when visited: keeps start-up quick

    form = PrivacyPage(window.context.spell)
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "pseudonyms", form.values())))
    return form


def _mandates(window: MainWindow) -> RowListEditor:
    form = mandates_editor()
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "mandates", form.values())))
    return form


def _annexes(window: MainWindow) -> AnnexListEditor:
    form = AnnexListEditor()
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "annexes", form.values())))
    form.moved.connect(lambda index, to: _renumbered(window, lambda d: annexes.move(d, index, to)))
    form.removed.connect(lambda index: _renumbered(window, lambda d: annexes.remove(d, index)))
    form.failed.connect(window.warn)
    return form


def _renumbered(window: MainWindow, change: Callable[[Dossier], None]) -> None:
    """An annex moved or went: what the editors hold reaches the dossier first, then the
    references are rewritten there, and the editors show the rewritten text."""
    window.workspace.sync()
    window.edit(change)
    window.workspace.show_rewritten_texts()


def _path(window: MainWindow) -> PathPage:
    from .path_page import PathPage  # only when visited: keeps start-up quick

    form = PathPage()
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "steps", form.steps())))
    form.held.connect(window.review._workshop_held)
    form.plan_requested.connect(window.review.plan_path)
    form.save_template_requested.connect(window.review.save_path_template)
    form.install_template_requested.connect(window.review.install_path_template)
    form.pace_changed.connect(lambda: window.edit(form.apply_pace))
    return form


def _after_jury(window: MainWindow) -> AfterJuryPage:
    from ..core.after_jury import load_suites
    from .after_jury_page import AfterJuryPage, save_tp_block_letter

    form = AfterJuryPage(load_suites())
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "results", form.values())))

    def add(step) -> None:
        from ..core.after_jury import add_to_path

        window.edit(lambda d: add_to_path(d, step))
        if Page.PATH in window.workspace.forms:
            window.workspace.fill_form(Page.PATH)
        form.show_path(_open(window).dossier)

    form.add_requested.connect(add)
    form.letter_requested.connect(lambda: save_tp_block_letter(window))

    def badge() -> None:
        from .badge_dialog import BadgeDialog

        BadgeDialog(_open(window), window.context, window).exec()

    form.badge_requested.connect(badge)
    return form


def _positioning(window: MainWindow) -> PositioningPage:
    from .positioning_page import PositioningPage

    form = PositioningPage()
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "positioning", form.values())))
    return form


def _declaration(window: MainWindow) -> DeclarationForm:
    form = DeclarationForm()
    form.changed.connect(lambda: window.edit(lambda d: setattr(d, "declaration", form.value())))
    return form


def form_pages() -> dict[Page, FormPage[Any]]:
    """The table, translated in the UI's language of the moment. Each row names its form's
    class, so that the type checker checks its ``fill`` against it (quoted where the form's
    module is imported on first visit only)."""
    return {
        Page.CANDIDATE: FormPage[CandidateForm](
            QCoreApplication.translate("MainWindow", "Identité"),
            "",
            _candidate,
            lambda form, w: form.load(_open(w).dossier.candidate),
        ),
        Page.PRIVACY: FormPage["PrivacyPage"](
            QCoreApplication.translate("MainWindow", "Confidentialité"),
            QCoreApplication.translate(
                "MainWindow",
                "Les vrais noms que cite le dossier (collègues, responsables, adhérents, "
                "entreprises) et les pseudonymes qui les remplacent quand vous exportez en "
                "cochant « Remplacer les vrais noms par leurs pseudonymes ».",
            ),
            _privacy,
            lambda form, w: form.load(_open(w).dossier),
        ),
        Page.MANDATES: FormPage[RowListEditor](
            QCoreApplication.translate("MainWindow", "Mandats"),
            QCoreApplication.translate(
                "MainWindow",
                "Les mandats exercés ces cinq dernières années : intitulé, "
                "organisation, dates et part du temps de travail.",
            ),
            _mandates,
            lambda form, w: form.load(_open(w).dossier.mandates),
        ),
        Page.PROJECT: FormPage[ChapterEditor](
            QCoreApplication.translate("MainWindow", "Projet professionnel"),
            QCoreApplication.translate(
                "MainWindow", "Le métier visé et pourquoi : c’est ce projet qui rend le transfert crédible."
            ),
            lambda w: w.workspace.project,
            lambda form, w: None,
            scroll=False,
            browsable=True,
        ),
        Page.PATH: FormPage["PathPage"](
            QCoreApplication.translate("MainWindow", "Parcours et ateliers"),
            "",
            _path,
            lambda form, w: form.load(_open(w).dossier, w.context.clock.today(), _open(w).guidance),
            scroll=False,
            browsable=True,
        ),
        Page.AFTER_JURY: FormPage["AfterJuryPage"](
            QCoreApplication.translate("MainWindow", "Après le jury"),
            QCoreApplication.translate(
                "MainWindow",
                "Le résultat du jury pour chaque CCPT passé, puis ce qui peut suivre : "
                "ajoutez-le à votre parcours.",
            ),
            _after_jury,
            lambda form, w: form.load(_open(w).dossier, w.context.referential),
        ),
        Page.POSITIONING: FormPage["PositioningPage"](
            QCoreApplication.translate("MainWindow", "Grille de positionnement"),
            QCoreApplication.translate(
                "MainWindow",
                "Pour chaque compétence du CCPT : où vous en êtes selon vous et selon votre "
                "conseiller, au début puis à la fin du parcours, et les écarts à combler.",
            ),
            _positioning,
            lambda form, w: form.load(_open(w).dossier, _open(w).ccpt),
        ),
        Page.ANNEXES: FormPage[AnnexListEditor](
            QCoreApplication.translate("MainWindow", "Annexes"),
            QCoreApplication.translate(
                "MainWindow",
                "Les pièces jointes au dossier, numérotées dans cet ordre : un renvoi "
                "« (voir annexe 2) » du texte suit son annexe quand elle change de place.",
            ),
            _annexes,
            lambda form, w: form.load_annexes(_open(w).dossier.annexes,
                                              len(_open(w).dossier.productions)),
        ),
        Page.DECLARATION: FormPage[DeclarationForm](
            QCoreApplication.translate("MainWindow", "Déclaration sur l’honneur"),
            "",
            _declaration,
            lambda form, w: form.load(_open(w).dossier.declaration, w.context.clock.today()),
        ),
    }


def framed(title: str, body: QWidget, intro: str = "", scroll: bool = True) -> QWidget:
    """A page: its title, a line of introduction, the form (scrolled when it may be long)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setWordWrap(True)
    heading.setProperty("role", "title")
    layout.addWidget(heading)
    if intro:
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
    if scroll:
        layout.addWidget(FormScrollArea(body), 1)
    else:
        layout.addWidget(body, 1)
    return page
