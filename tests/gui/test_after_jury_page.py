"""The « Après le jury » page: the result recorded, a second CCPT and the partial outcome, a
next step added to the path once, the letter, and the group dashboard's columns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dossier_app.core.model import Outcome, StepKind
from dossier_app.core.pages import Page
from dossier_app.gui.navigator import Place
from dossier_app.storage.dossier_file import DossierFile

from .conftest import plain
from .test_access import _unnamed


def _page(window):
    window.workspace.go_to(Place(Page.AFTER_JURY))
    return window.workspace.forms[Page.AFTER_JURY]


def test_a_result_is_typed_and_kept(example_window, qtbot) -> None:
    window = example_window
    page = _page(window)
    box = page.boxes[0]
    box.date.line.setFocus()
    qtbot.keyClicks(box.date.line, "15012027")
    box.buttons[Outcome.VALIDATED].click()
    qtbot.keyClicks(box.notes, "Analyse precise.")
    result = window.session.dossier.result()
    assert result is not None and result.outcome is Outcome.VALIDATED
    assert result.date.isoformat() == "2027-01-15" and result.notes == "Analyse precise."
    assert page.letter.isVisibleTo(page)
    assert {c.step.id for c in page.cards} >= {"bloc-titre-professionnel", "candidater-poste"}
    assert _unnamed(page) == []


def test_two_ccpt_say_the_partial_outcome(example_window) -> None:
    page = _page(example_window)
    page.boxes[0].buttons[Outcome.VALIDATED].click()
    page.other.setCurrentIndex(page.other.findData("gestion-traitement-information"))
    page.add_other.click()
    page.boxes[1].buttons[Outcome.NOT_VALIDATED].click()
    assert plain(page.summary.text()) == "Résultat partiel : 1 CCPT validé sur 2"
    results = example_window.session.dossier.results
    assert [(r.ccpt, r.outcome) for r in results] == [
        ("dossier-social", Outcome.VALIDATED), ("gestion-traitement-information", Outcome.NOT_VALIDATED)]
    page.boxes[1].remove.click()
    assert len(example_window.session.dossier.results) == 1 and not page.summary.isVisibleTo(page)


def test_a_next_step_joins_the_path_once(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place(Page.PATH))
    page = _page(window)
    page.boxes[0].buttons[Outcome.NOT_VALIDATED].click()
    card = next(c for c in page.cards if c.step.id == "repasser-le-ccpt")
    before = len(window.session.dossier.steps)
    card.add.click()
    assert not card.add.isEnabled() and "Déjà dans votre parcours" in card.status.text()
    card.add.click()  # disabled: nothing more
    steps = window.session.dossier.steps
    assert len(steps) == before + 1 and steps[-1].kind is StepKind.FOLLOW_UP
    assert steps[-1].title == "Se présenter de nouveau au CCPT" and steps[-1].actions
    assert not page.letter.isVisibleTo(page)
    page.load(window.session.dossier, window.context.referential)  # shown again later
    assert not next(c for c in page.cards if c.step.id == "repasser-le-ccpt").add.isEnabled()


def test_the_letter_button_saves_the_letter(example_window, tmp_path, monkeypatch) -> None:
    import docx
    from PySide6.QtWidgets import QFileDialog

    page = _page(example_window)
    page.boxes[0].buttons[Outcome.VALIDATED].click()
    target = tmp_path / "lettre.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.letter.click()
    assert "Nadia Martin" in docx.Document(str(target)).paragraphs[0].text


def test_the_badge_is_offered_once_the_ccpt_is_validated(example_window, monkeypatch) -> None:
    from dossier_app.gui.badge_dialog import BadgeDialog

    page = _page(example_window)
    page.boxes[0].buttons[Outcome.PENDING].click()
    assert not page.badge.isVisibleTo(page)
    page.boxes[0].buttons[Outcome.VALIDATED].click()
    assert page.badge.isVisibleTo(page)
    opened: list[BadgeDialog] = []
    monkeypatch.setattr(BadgeDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page.badge.click()
    (dialog,) = opened
    assert '"OpenBadgeCredential"' in dialog.preview.toPlainText()


def test_the_dashboard_shows_result_and_next_step(window, tmp_path, example, qtbot) -> None:
    import datetime as dt

    from dossier_app.core.after_jury import add_to_path, load_suites
    from dossier_app.core.model import JuryResult
    from dossier_app.gui.dashboard import FOLLOW_UP_COLUMN, RESULT_COLUMN

    DossierFile.create(tmp_path / "a.ccpt", example, window.context.identity).close()
    example.candidate.first_name = "Paul"
    example.results = [JuryResult(example.ccpt, dt.date(2027, 1, 15), Outcome.VALIDATED)]
    add_to_path(example, load_suites().steps[1])
    DossierFile.create(tmp_path / "b.ccpt", example, window.context.identity).close()
    dashboard = window.review.show_group(tmp_path)
    qtbot.addWidget(dashboard)
    table = dashboard.table
    table.sortItems(0, Qt.SortOrder.AscendingOrder)
    assert table.item(0, RESULT_COLUMN).text() == "" and table.item(0, FOLLOW_UP_COLUMN).text() == ""
    assert table.item(1, RESULT_COLUMN).text() == "Validé le 15 janvier 2027"
    assert table.item(1, FOLLOW_UP_COLUMN).text() == "Obtenir les autres CCP du titre professionnel"
