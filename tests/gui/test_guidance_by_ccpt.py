"""The guidance beside the editor tells the story of the dossier's own CCPT."""

from __future__ import annotations

import pytest

from dossier_app.core.example import example_dossier
from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.guidance_panel import GuidancePanel
from dossier_app.gui.navigator import Place

from .conftest import TODAY, plain

PAYROLL = "caristes"
"""A word of the generic payroll story, in each of its three chapters."""


@pytest.fixture
def mediation_window(window, tmp_path):
    dossier = example_dossier(window.context.referential, TODAY.date())
    dossier.ccpt = "mediation-sociale"
    assert window.files.create_dossier(tmp_path / "mediation.ccpt", dossier)
    return window


def _shown(window, kind: ChapterKind) -> str:
    window.workspace.go_to(Place(Page.CHAPTER, 1, kind))
    return plain(window.workspace.chapter_page.guidance.toPlainText())


@pytest.mark.parametrize("kind", list(ChapterKind))
def test_a_mediation_dossier_reads_the_mediation_example(mediation_window, guidance, kind) -> None:
    shown = _shown(mediation_window, kind)
    example = plain(guidance.chapter_for(kind, "mediation-sociale").example)
    assert example in shown
    assert PAYROLL not in shown
    assert "Un exemple (CCPT « Mise en œuvre d’un service de médiation sociale »)" in shown


def test_the_mediation_transfer_asks_its_own_questions_after_the_generic_ones(
        mediation_window, guidance) -> None:
    shown = _shown(mediation_window, ChapterKind.TRANSFER)
    last_generic = plain(guidance.chapters[ChapterKind.TRANSFER].relances[-1])
    own = plain(guidance.chapter_for(ChapterKind.TRANSFER, "mediation-sociale").relances[-1])
    assert last_generic in shown and own in shown
    assert shown.index(last_generic) < shown.index(own)


def test_the_example_dossier_reads_its_own_payroll_story(example_window) -> None:
    shown = _shown(example_window, ChapterKind.SITUATION)
    assert PAYROLL in shown
    assert "Un exemple (CCPT « Suivi de dossier social d’entreprise »)" in shown


def test_the_panel_alone_shows_the_generic_example_without_a_ccpt(qtbot, guidance) -> None:
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    panel.show_guidance(None, None, "Situation", guidance.chapters[ChapterKind.SITUATION])
    shown = plain(panel.toPlainText())
    assert plain(guidance.chapters[ChapterKind.SITUATION].example) in shown
    assert "Un exemple\n" in shown and "CCPT «" not in shown


def test_the_panel_takes_the_ccpt_guidance_already_chosen(qtbot, guidance, referential) -> None:
    """A caller passing ``guidance.chapter_for(kind, ccpt_id)`` gets the same page."""
    ccpt = referential.ccpt("prospection-negociation")
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    panel.show_guidance(ccpt, ccpt.competence(1), "Argumentaire de transfert",
                        guidance.chapters[ChapterKind.TRANSFER])
    first = panel.toPlainText()
    panel.show_guidance(ccpt, ccpt.competence(1), "Argumentaire de transfert",
                        guidance.chapter_for(ChapterKind.TRANSFER, ccpt.id))
    assert panel.toPlainText() == first
    assert plain(first).count("Quel serait votre client, et que lui vendriez-vous ?") == 1
