"""The positioning grid's gaps read whole with visible labels, and the creation assistant's
steps: which one of how many, what is required, why « Suivant » waits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget, QWizard

from dossier_app.core.pages import Page
from dossier_app.gui.assistant import CreationAssistant
from dossier_app.gui.checklist import GrowingText
from dossier_app.gui.navigator import Place

from .conftest import plain

GAP = ("Le vocabulaire de la paie (la DSN ou déclaration sociale nominative, le net "
       "imposable, les cotisations) reste à acquérir")
PLAN = ("Lire une fiche métier, reprendre ses termes dans l’argumentaire et le faire relire "
        "par le conseiller avant la fin de mai")




def _grid(window, qtbot):
    window.workspace.go_to(Place(Page.POSITIONING))
    qtbot.wait(10)
    return window.workspace.forms[Page.POSITIONING].grids[0]


def _area(window) -> QScrollArea:
    return window.workspace.content.currentWidget().findChild(QScrollArea)


def _in_view(area: QScrollArea, widget: QWidget) -> bool:
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return area.viewport().rect().contains(rect)


def _shown_whole(field: GrowingText) -> bool:
    """Every line of the text in view: it wraps within the field and the field is as high."""
    document = field.document()
    return (field.horizontalScrollBar().maximum() == 0
            and document.documentLayout().documentSize().width() <= field.viewport().width()
            and field.verticalScrollBar().maximum() == 0
            and document.lineCount() * field.fontMetrics().lineSpacing()
            <= field.viewport().height())


# --- the gaps ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1920, 1080)])
def test_a_gap_of_120_characters_is_read_whole_at_200_percent(large_text, qtbot, size) -> None:
    assert len(GAP) == len(PLAN) == 120
    large_text.resize(*size)
    grid = _grid(large_text, qtbot)
    grid.gaps.load([(False, [GAP, PLAN])])
    gap, plan = grid.gaps._rows[0][1]
    area = _area(large_text)
    area.ensureWidgetVisible(gap)
    qtbot.waitUntil(lambda: _shown_whole(gap) and _shown_whole(plan))
    assert gap.document().lineCount() > 1  # wrapped, not cut at the field's edge
    assert gap.toPlainText() == GAP and plan.toPlainText() == PLAN
    assert not area.horizontalScrollBar().isVisible()
    right = gap.mapTo(area.viewport(), QPoint(gap.width(), 0)).x()
    assert right <= area.viewport().width()
    assert plan.y() >= gap.y() + gap.height() + 2  # apart, not touching
    large_text.look.set_text_scale(100)  # fewer lines at a smaller size, still whole
    qtbot.waitUntil(lambda: _shown_whole(gap) and gap.height() < 3 * gap.fontMetrics().height())


def test_each_gap_says_which_field_is_what(example_window, qtbot) -> None:
    grid = _grid(example_window, qtbot)
    grid.gaps.add_button.click()
    for box, (gap, plan), _remove in grid.gaps._rows:
        labels = {label.buddy(): plain(label.text()) for label in box.parentWidget().findChildren(QLabel)
                  if label.isVisible()}
        assert labels[gap] == "Écart :" and labels[plan] == "Ce qui est prévu :"
        assert box.text() == "Comblé" and box.isVisible()
    first, second = (box.parentWidget() for box, _edits, _remove in grid.gaps._rows)
    assert second.y() > first.y() + first.height()  # one frame under the other, apart
    assert grid.gaps.add_button.y() > second.y() + second.height()


def _next_in_tabs(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus and following.isVisible()
               and following.isEnabled()):
        following = following.nextInFocusChain()
    return following


def test_a_gap_added_later_is_in_its_place_for_tab(example_window, qtbot) -> None:
    """A new line's widgets join the window's focus chain at its end: put back in order."""
    grid = _grid(example_window, qtbot)
    following = example_window.workspace.forms[Page.POSITIONING].grids[1]
    last_before = grid.gaps._rows[-1][2]
    grid.gaps.add_button.click()
    box, (gap, plan), remove = grid.gaps._rows[-1]
    chain = [last_before]
    for _ in range(5):
        chain.append(_next_in_tabs(chain[-1]))
    assert chain[1:] == [gap, plan, box, remove, grid.gaps.add_button]
    assert _next_in_tabs(grid.gaps.add_button) is following.levels[("start", "candidate")]


# --- the assistant -------------------------------------------------------------------------


def _assistant(window, tmp_path, qtbot) -> CreationAssistant:
    assistant = CreationAssistant(window.context.referential, tmp_path, window)
    qtbot.addWidget(assistant)
    assistant.show()
    qtbot.waitUntil(assistant.identity.form.edits["first_name"].isVisible)
    return assistant


def test_the_first_page_marks_what_is_required_and_says_why_it_waits(window, tmp_path,
                                                                    qtbot) -> None:
    assistant = _assistant(window, tmp_path, qtbot)
    page, edits = assistant.identity, assistant.identity.form.edits
    shown = {plain(label.text()) for label in page.findChildren(QLabel) if label.isVisible()}
    assert {"Prénom * :", "Nom d’usage * :", "Nom de naissance :"} <= shown
    assert any("* : obligatoire" in text for text in shown)
    following = assistant.button(QWizard.WizardButton.NextButton)
    assert not following.isEnabled()
    assert page.problem.isVisible()
    assert plain(page.problem.text()) == "Indiquez votre prénom et votre nom d’usage pour continuer."
    edits["first_name"].setFocus()
    qtbot.keyClicks(edits["first_name"], "Paul")
    assert plain(page.problem.text()) == "Indiquez votre nom d’usage pour continuer."
    qtbot.keyClicks(edits["last_name"], "Leroy")
    assert following.isEnabled()
    assert not page.problem.isVisible()
    qtbot.keyClick(edits["first_name"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edits["first_name"], Qt.Key.Key_Delete)
    assert not following.isEnabled()
    assert plain(page.problem.text()) == "Indiquez votre prénom pour continuer."


def test_each_page_says_its_step(window, tmp_path, qtbot) -> None:
    assistant = _assistant(window, tmp_path, qtbot)
    assistant.identity.form.edits["first_name"].setText("Paul")
    assistant.identity.form.edits["last_name"].setText("Leroy")
    titles = []
    for step in range(1, 6):
        titles.append(plain(assistant.currentPage().title()))
        if assistant.currentPage() is assistant.ccpt:
            assert plain(assistant.ccpt.problem.text()) == "Choisissez un CCPT pour continuer."
            assistant.ccpt.group.buttons()[0].click()
            assert not assistant.ccpt.problem.isVisible()
        if step < 5:
            assistant.next()
    assert titles == ["Étape 1 sur 5 : Vous", "Étape 2 sur 5 : Vos mandats",
                      "Étape 3 sur 5 : Votre projet professionnel",
                      "Étape 4 sur 5 : Le certificat visé (CCPT)",
                      "Étape 5 sur 5 : Où garder votre dossier"]


def test_at_200_percent_the_union_sentence_wraps_whole(large_text, tmp_path, qtbot) -> None:
    assistant = _assistant(large_text, tmp_path, qtbot)
    box = assistant.identity.form.show_union
    label = next(label for label in assistant.identity.findChildren(QLabel)
                 if label.buddy() is box)
    assert plain(label.text()).endswith("(donnée sensible : non par défaut)")
    area = assistant.identity.area
    area.ensureWidgetVisible(label, 0, 0)
    qtbot.waitUntil(lambda: _in_view(area, label))
    assert label.wordWrap() and label.height() >= label.heightForWidth(label.width())
    assert label.height() > label.fontMetrics().height()  # on several lines at this size
    assert label.mapTo(area.viewport(), QPoint(label.width(), 0)).x() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisible()
