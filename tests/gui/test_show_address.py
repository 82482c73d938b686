"""The candidate's choice to show their postal address on the dossier's cover: the check box
under the address field, reached by keyboard, writing the flag into the open dossier."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from dossier_app.core.model import Candidate
from dossier_app.core.pages import Page
from dossier_app.gui.forms import CandidateForm
from dossier_app.gui.navigator import Place
from dossier_app.storage.dossier_file import DossierFile

from .conftest import plain

SENTENCE = "Afficher mon adresse sur la couverture du dossier"


def _candidate_page(window) -> CandidateForm:
    window.workspace.go_to(Place(Page.CANDIDATE))
    return window.workspace.forms[Page.CANDIDATE]


def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _sentence(form: CandidateForm) -> QLabel:
    return next(label for label in form.findChildren(QLabel) if label.buddy() is form.show_address)


def test_the_check_box_writes_the_choice_into_the_dossier(example_window, qtbot) -> None:
    form = _candidate_page(example_window)
    candidate = example_window.session.dossier.candidate
    assert not candidate.show_address and not form.show_address.isChecked()
    _focus(qtbot, form.show_address)
    qtbot.keyClick(form.show_address, Qt.Key.Key_Space)
    assert example_window.session.dossier.candidate.show_address is True
    qtbot.mouseClick(_sentence(form), Qt.MouseButton.LeftButton)  # the sentence clicks it too
    assert example_window.session.dossier.candidate.show_address is False


def test_the_choice_is_saved_in_the_file_and_shown_again(window, tmp_path, example,
                                                        qtbot) -> None:
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, example, window.context.identity).close()
    assert window.open_path(path)
    form = _candidate_page(window)
    form.show_address.click()
    window.save_now()
    window.close_dossier()
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().candidate.show_address is True
    assert window.open_path(path)
    assert _candidate_page(window).show_address.isChecked()


def test_loading_shows_the_choice_without_reporting_a_change(qtbot) -> None:
    form = CandidateForm()
    qtbot.addWidget(form)
    changes: list[None] = []
    form.changed.connect(lambda: changes.append(None))
    form.load(Candidate(address="3 rue des Lilas", show_address=True))
    assert form.show_address.isChecked() and changes == []
    written = Candidate()
    form.apply(written)
    assert written.show_address is True and written.show_union is False


def test_the_check_box_is_named_and_follows_the_address_in_the_tab_order(example_window,
                                                                          qtbot) -> None:
    form = _candidate_page(example_window)
    assert plain(form.show_address.accessibleName()) == SENTENCE
    assert plain(_sentence(form).text()) == SENTENCE
    _focus(qtbot, form.edits["address"])
    qtbot.keyClick(form.edits["address"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.show_address
    qtbot.keyClick(form.show_address, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.edits["email"]
    qtbot.keyClick(form.edits["email"], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.show_address
    qtbot.keyClick(form.show_address, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.edits["address"]


def test_the_check_box_sits_under_the_address_field(example_window) -> None:
    form = _candidate_page(example_window)
    address, box = form.edits["address"], form.show_address
    below = box.mapTo(form, QPoint(0, 0)).y()
    assert below >= address.mapTo(form, QPoint(0, address.height())).y()
    assert below < form.edits["email"].mapTo(form, QPoint(0, 0)).y()


def _whole_in_view(area: QScrollArea, widget: QWidget) -> bool:
    return area.viewport().rect().contains(QRect(widget.mapTo(area.viewport(), QPoint(0, 0)),
                                                 widget.size()))


def test_at_200_percent_the_sentence_wraps_in_view(large_text, qtbot) -> None:
    form = _candidate_page(large_text)
    area = large_text.workspace.content.currentWidget().findChild(QScrollArea)
    label = _sentence(form)
    _focus(qtbot, form.show_address)
    for width in (1366, 1024):  # on one line, then on two
        large_text.resize(width, 768)
        qtbot.waitUntil(lambda: _whole_in_view(area, label))
        assert label.height() >= label.heightForWidth(label.width())
        assert not area.horizontalScrollBar().isVisible()
    assert label.wordWrap() and label.height() > label.fontMetrics().height()
