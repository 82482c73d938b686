"""The transfer chapter's checklist of what the target trade expects, by keyboard, saved in
the .ccpt; the assistant's CCPT cards show the same competences."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.navigator import Place
from dossier_app.storage.dossier_file import DossierFile

from .conftest import plain


def _to_link(browser, qtbot, href: str) -> None:
    """Tab through the guidance's links, as a keyboard user does, up to ``href``."""
    browser.setFocus()
    for _ in range(40):
        if browser.textCursor().charFormat().anchorHref() == href:
            return
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
    raise AssertionError(f"no link {href}")


def test_the_transfer_checklist_is_ticked_by_keyboard_and_saved(example_window, qtbot) -> None:
    window = example_window
    window.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.TRANSFER))
    page = window.workspace.chapter_page
    guidance = page.guidance
    text = plain(guidance.toPlainText())
    assert "Ce que le métier visé attend" in text
    assert "☐ Assurer les relations avec le personnel et les tiers (pas encore)" in text
    assert "relations de travail (pas cochée ; votre texte semble la nommer)" in text
    _to_link(guidance, qtbot, "trade:3")
    qtbot.keyClick(guidance, Qt.Key.Key_Return)
    assert window.session.dossier.production(1).trade_competences == [3]
    assert "☑ Assurer les relations avec le personnel et les tiers (rejointe)" in plain(
        guidance.toPlainText())
    assert window.session.flush()
    with DossierFile.open(window.session.path, read_only=True) as file:
        assert file.load().production(1).trade_competences == [3]
    # The keyboard stays on the box just ticked: Enter again unticks it.
    assert guidance.hasFocus() and guidance.textCursor().charFormat().anchorHref() == "trade:3"
    qtbot.keyClick(guidance, Qt.Key.Key_Return)
    assert window.session.dossier.production(1).trade_competences == []
    window.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS))
    assert "Ce que le métier visé attend" not in plain(guidance.toPlainText())


def test_a_read_only_dossier_keeps_its_checklist(example_window, qtbot, monkeypatch) -> None:
    window = example_window
    window.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.TRANSFER))
    monkeypatch.setattr(type(window.session), "read_only", property(lambda self: True))
    window.workspace.chapter_page.guidance.trade_toggled.emit(1)
    assert window.session.dossier.production(1).trade_competences == []


def test_the_ccpt_cards_say_what_the_trade_expects(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from dossier_app.gui.assistant import CcptPage

    page = CcptPage(window.context.referential)
    qtbot.addWidget(page)
    joined = " ".join(plain(label.text()) for card in page.cards.values()
                      for label in card.findChildren(QLabel))
    assert "Ce que le métier visé attend" in joined
    assert "Négocier une proposition commerciale et conclure la vente" in joined
    assert "n’a pas été trouvée" in joined  # médiation sociale, encadrement: said, not hidden
    assert "niveau 4 (anciennement niveau IV)" in joined
