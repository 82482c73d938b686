"""The forms and the creation assistant by keyboard alone: date fields, row lists, scrolling
to the focus, French typography while typing, and room at large text sizes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QScrollArea, QScrollBar, QWidget

from dossier_app.core.pages import Page
from dossier_app.gui.assistant import CreationAssistant
from dossier_app.gui.forms import from_qdate, typed_date
from dossier_app.gui.navigator import Place

from .conftest import plain

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier



def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus() or widget.isAncestorOf(QApplication.focusWidget()))


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _page(window, page: Page):
    window.workspace.go_to(Place(page))
    return window.workspace.forms[page]


def _visible_in(area: QScrollArea, widget: QWidget) -> bool:
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return area.viewport().rect().contains(rect)


def _assistant(window, tmp_path, qtbot) -> CreationAssistant:
    assistant = CreationAssistant(window.context.referential, tmp_path, window)
    qtbot.addWidget(assistant)
    assistant.show()
    _focus(qtbot, assistant.identity.form.edits["first_name"])
    _type(qtbot, "Paul")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Leroy")
    return assistant


@pytest.fixture
def mandates(example_window, qtbot):
    """The example's Mandats page, its list of two mandates."""
    return _page(example_window, Page.MANDATES)


def _new_mandate(qtbot, form):
    """« Ajouter un mandat » pressed with the space bar."""
    _focus(qtbot, form.add_button)
    _press(qtbot, Qt.Key.Key_Space)
    return form.row_widgets()[-1]


# --- date fields ---------------------------------------------------------------------------


def test_typed_dates_are_read_day_first() -> None:
    assert typed_date("01092019") == dt.date(2019, 9, 1)
    assert typed_date("1/9/2019") == typed_date("01.09.2019") == dt.date(2019, 9, 1)
    assert typed_date("31/02/2019") is None and typed_date("01/09/20") is None
    assert typed_date("non renseignée1092019") is None


def test_tab_leaves_an_empty_date_field_both_ways(window, tmp_path, qtbot) -> None:
    assistant = _assistant(window, tmp_path, qtbot)
    assistant.next()
    row = assistant.mandates.editor.row_widgets()[0]
    assert from_qdate(row.start.date()) is None
    _focus(qtbot, row.start)
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is row.ongoing  # the end of an ongoing mandate is disabled
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert row.start.isAncestorOf(_focused())
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert _focused() is row.organisation


def test_a_new_mandate_takes_the_focus(example_window, mandates, qtbot) -> None:
    row = _new_mandate(qtbot, mandates)
    assert _focused() is row.title
    assert row.start.value() is None


def test_typing_a_date_in_an_empty_field(example_window, mandates, qtbot) -> None:
    row = _new_mandate(qtbot, mandates)
    _type(qtbot, "Tresorier")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)
    assert row.start.isAncestorOf(_focused())
    _type(qtbot, "01092019")
    assert row.start.line.text() == "01/09/2019"
    assert row.start.value() == dt.date(2019, 9, 1)
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space)  # no longer ongoing: the end can be given
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert row.end.isAncestorOf(_focused())
    _type(qtbot, "15/6/2022")
    _press(qtbot, Qt.Key.Key_Tab)
    assert row.end.line.text() == "15/06/2022"
    mandate = example_window.session.dossier.mandates[-1]
    assert (mandate.title, mandate.start, mandate.end) == ("Tresorier", dt.date(2019, 9, 1),
                                                           dt.date(2022, 6, 15))


def test_letters_do_not_get_in_and_an_unfinished_date_gives_way(example_window, mandates,
                                                                  qtbot) -> None:
    row = mandates.row_widgets()[0]
    _focus(qtbot, row.organisation)
    _press(qtbot, Qt.Key.Key_Tab)  # all selected
    _type(qtbot, "3a/1")
    assert row.start.line.text() == "3/1"
    assert row.start.value() == dt.date(2019, 3, 1)  # the date stays until a whole one
    _press(qtbot, Qt.Key.Key_Tab)
    assert row.start.line.text() == "01/03/2019"


def test_clearing_a_date_leaves_it_not_given(example_window, mandates, qtbot) -> None:
    row = mandates.row_widgets()[0]
    assert row.start.value() == dt.date(2019, 3, 1)
    _focus(qtbot, row.organisation)
    _press(qtbot, Qt.Key.Key_Tab)  # Tab selects the whole date
    _press(qtbot, Qt.Key.Key_Backspace)
    assert row.start.value() is None and row.start.line.text() == ""
    assert example_window.session.dossier.mandates[0].start is None
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is row.ongoing
    assert "Alt+Bas ou F4" in row.start.line.accessibleDescription()


def test_the_calendar_opens_from_the_keyboard(example_window, mandates, qtbot) -> None:
    row = mandates.row_widgets()[0]
    _focus(qtbot, row.start)
    _press(qtbot, Qt.Key.Key_Down, ALT)
    assert row.start.calendar.isVisible()
    assert row.start.calendar.selectedDate().toPython() == dt.date(2019, 3, 1)
    _press(qtbot, Qt.Key.Key_Escape)
    assert not row.start.calendar.isVisible()
    assert row.start.value() == dt.date(2019, 3, 1)
    _focus(qtbot, row.start)
    _press(qtbot, Qt.Key.Key_F4)
    assert row.start.calendar.isVisible()
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Return)
    assert not row.start.calendar.isVisible()
    assert row.start.value() == dt.date(2019, 3, 2)
    assert example_window.session.dossier.mandates[0].start == dt.date(2019, 3, 2)
    assert row.start.isAncestorOf(_focused())


def test_the_declaration_and_path_dates_are_typed_too(example_window, qtbot) -> None:
    declaration = _page(example_window, Page.DECLARATION)
    _focus(qtbot, declaration.dated)
    _press(qtbot, Qt.Key.Key_Space)
    assert declaration.date.value() == dt.date(2026, 11, 22)  # today is proposed
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "05012027")
    assert example_window.session.dossier.declaration.date == dt.date(2027, 1, 5)
    path = _page(example_window, Page.PATH)
    path.list.setCurrentRow(9)
    _focus(qtbot, path.form.date)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _press(qtbot, Qt.Key.Key_Delete)
    assert example_window.session.dossier.steps[9].date is None


# --- row lists -----------------------------------------------------------------------------


def test_the_add_button_comes_after_the_rows(example_window, mandates, qtbot) -> None:
    frames = mandates.rows()
    _focus(qtbot, frames[0].row.title)
    seen = [_focused()]
    while _focused() is not mandates.add_button and len(seen) < 40:
        _press(qtbot, Qt.Key.Key_Tab)
        seen.append(_focused())
    assert seen[-1] is mandates.add_button
    assert all(mandates.isAncestorOf(widget) for widget in seen)  # nothing else in between
    assert seen[-2] is frames[-1].remove
    for frame in frames:
        assert frame.row.description in seen
    assert mandates.add_button.y() > frames[-1].geometry().bottom()


def test_removing_a_row_keeps_the_focus_in_the_list(example_window, mandates, qtbot) -> None:
    first, second = mandates.rows()
    _focus(qtbot, first.remove)
    _press(qtbot, Qt.Key.Key_Space)
    assert mandates.row_widgets() == [second.row]
    assert _focused() is second.row.title
    assert [m.title for m in example_window.session.dossier.mandates] == ["Déléguée syndicale"]
    _focus(qtbot, second.remove)
    _press(qtbot, Qt.Key.Key_Space)
    assert mandates.row_widgets() == []
    assert _focused() is mandates.add_button
    assert example_window.session.dossier.mandates == []


def test_removing_the_last_row_goes_to_the_previous_one(example_window, qtbot) -> None:
    annexes = _page(example_window, Page.ANNEXES)
    frames = annexes.rows()
    _focus(qtbot, frames[-1].remove)
    _press(qtbot, Qt.Key.Key_Space)
    assert _focused() is frames[-2].row.title


def test_each_row_names_what_its_buttons_and_fields_belong_to(example_window, mandates,
                                                             qtbot) -> None:
    first, second = mandates.rows()
    assert plain(first.remove.accessibleName()) == "Supprimer le mandat « Secrétaire du CSE »"
    assert plain(second.row.start.line.accessibleName()) == "Début du mandat, mandat 2"
    assert plain(second.row.title.accessibleName()) == "Intitulé du mandat, mandat 2"
    row = _new_mandate(qtbot, mandates)
    third = mandates.rows()[-1]
    assert third.remove.accessibleName() == "Supprimer le mandat 3"
    _type(qtbot, "Tresorier")
    assert plain(third.remove.accessibleName()) == "Supprimer le mandat « Tresorier »"
    assert plain(row.description.accessibleName()) == "Ce que recouvre ce mandat, mandat 3"
    annexes = _page(example_window, Page.ANNEXES)
    assert plain(annexes.rows()[0].remove.accessibleName()).startswith("Supprimer l’annexe « ")


def test_a_checklist_keeps_its_add_button_last_and_the_focus_after_removing(example_window,
                                                                            qtbot) -> None:
    grid = _page(example_window, Page.POSITIONING).grids[1]
    _focus(qtbot, grid.gaps.add_button)
    _press(qtbot, Qt.Key.Key_Space)
    box, (gap, plan), remove = grid.gaps._rows[-1]
    assert _focused() is gap
    _type(qtbot, "L'accord d'entreprise")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is plan
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is box  # « Comblé », under the plan
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is remove
    assert plain(remove.accessibleName()) == "Supprimer la ligne « L’accord d’entreprise »"
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is grid.gaps.add_button
    _focus(qtbot, grid.gaps._rows[0][2])
    _press(qtbot, Qt.Key.Key_Space)
    assert _focused() is grid.gaps._rows[0][1][0]
    assert [g.description for g in example_window.session.dossier.positioning[1].gaps] == \
        ["L’accord d’entreprise"]


# --- scrolling to the focus ----------------------------------------------------------------


def test_scroll_areas_take_no_focus_and_follow_it(example_window, mandates, qtbot) -> None:
    example_window.resize(1000, 600)
    area = next(a for a in example_window.workspace.content.currentWidget().findChildren(QScrollArea)
                if a.widget() is mandates)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    last = mandates.row_widgets()[-1].description
    assert not _visible_in(area, last)
    _focus(qtbot, last)
    qtbot.waitUntil(lambda: _visible_in(area, last))


def test_the_assistant_mandates_list_the_add_button_last(window, tmp_path, qtbot) -> None:
    assistant = _assistant(window, tmp_path, qtbot)
    assistant.next()
    editor = assistant.mandates.editor
    frame = editor.rows()[0]
    assert _focused() is frame.row.title  # the page starts on its first field
    for _ in range(6):  # organisation, start, (end disabled) ongoing, share, description, remove
        _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is frame.remove
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is editor.add_button
    assert all(area.focusPolicy() == Qt.FocusPolicy.NoFocus
               for area in assistant.findChildren(QScrollArea))


def test_arrow_keys_on_the_ccpt_cards_bring_the_chosen_one_into_view(window, tmp_path,
                                                                     qtbot) -> None:
    assistant = _assistant(window, tmp_path, qtbot)
    assistant.resize(700, 520)
    for _ in range(3):
        assistant.next()
    page = assistant.ccpt
    area = page.findChild(QScrollArea)
    radios = [page.group.button(index) for index in sorted(page.ccpts)]
    assert len(radios) > 2
    _focus(qtbot, radios[0])
    _press(qtbot, Qt.Key.Key_Space)  # chosen: the arrow keys now move the choice
    assert radios[0].isChecked()
    for radio in radios[1:]:
        _press(qtbot, Qt.Key.Key_Down)
        assert radio.isChecked() and radio.hasFocus()
        qtbot.waitUntil(lambda r=radio: _visible_in(area, r))
    assert area.verticalScrollBar().value() > 0
    for radio in reversed(radios[:-1]):
        _press(qtbot, Qt.Key.Key_Up)
        assert radio.isChecked()
        qtbot.waitUntil(lambda r=radio: _visible_in(area, r))


# --- French typography while typing --------------------------------------------------------


def test_form_fields_type_french_apostrophes_and_spaces(example_window, qtbot) -> None:
    form = _page(example_window, Page.CANDIDATE)
    _focus(qtbot, form.edits["employer"])
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "L'Atelier : cooperative")
    assert form.edits["employer"].text() == "L’Atelier\u00a0: cooperative"
    assert example_window.session.dossier.candidate.employer == "L’Atelier\u00a0: cooperative"
    _focus(qtbot, form.edits["email"])
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "o'brien@example.org")
    assert example_window.session.dossier.candidate.email == "o'brien@example.org"
    mandates = _page(example_window, Page.MANDATES)
    description = mandates.row_widgets()[0].description
    _focus(qtbot, description)
    _press(qtbot, Qt.Key.Key_End, CTRL)
    _type(qtbot, " C'est \"utile\"")
    assert description.toPlainText().endswith(" C’est «\u202futile\u202f»")


def test_the_assistant_types_french_too(window, tmp_path, qtbot) -> None:
    assistant = _assistant(window, tmp_path, qtbot)
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "d'Arc")
    assert assistant.identity.form.edits["birth_name"].text() == "d’Arc"
    assistant.next()
    assistant.next()
    _focus(qtbot, assistant.project.text)
    _type(qtbot, "Devenir gestionnaire de paie : l'idee")
    assert assistant.project.text.toPlainText() == "Devenir gestionnaire de paie\u00a0: l’idee"


# --- names and room ------------------------------------------------------------------------


def _unnamed(root: QWidget) -> list[str]:
    """Focusable widgets without an accessible name (what test_access checks, for all kinds)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not root.window():
            continue
        if isinstance(widget.parent(), QAbstractSpinBox) or isinstance(widget, QScrollBar):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not (interface and interface.text(QAccessible.Text.Name).strip()):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_focusable_widget_of_the_forms_has_a_name(example_window, tmp_path, qtbot) -> None:
    for page in (Page.CANDIDATE, Page.MANDATES, Page.POSITIONING, Page.ANNEXES, Page.DECLARATION):
        assert _unnamed(example_window.workspace.page(page)) == [], page
    assistant = _assistant(example_window, tmp_path, qtbot)
    for _ in range(4):
        assert _unnamed(assistant.currentPage()) == [], type(assistant.currentPage()).__name__
        assistant.next()
    assert _unnamed(assistant.currentPage()) == []



def test_at_200_percent_the_forms_never_scroll_sideways(large_text, qtbot) -> None:
    window = large_text
    for page in (Page.CANDIDATE, Page.MANDATES, Page.POSITIONING, Page.ANNEXES, Page.DECLARATION):
        window.workspace.go_to(Place(page))
        qtbot.wait(10)
        area = window.workspace.content.currentWidget().findChild(QScrollArea)
        assert not area.horizontalScrollBar().isVisible(), page
    for row in window.workspace.forms[Page.ANNEXES].row_widgets():  # descriptions wrap
        assert row.description.horizontalScrollBar().maximum() == 0, row.title.text()
        assert row.description.document().lineCount() > 1 or \
            row.description.fontMetrics().horizontalAdvance(row.description.toPlainText()) < \
            row.description.viewport().width()
    grid = window.workspace.forms[Page.POSITIONING].grids[0]
    start, end = grid.levels[("start", "candidate")], grid.levels[("end", "candidate")]
    assert end.y() > grid.evidence["start"].y() > start.y()  # the two moments under each other
    assert start.width() >= start.fontMetrics().horizontalAdvance(start.currentText())
    window.look.set_text_scale(100)
    window.resize(1920, 1080)
    window.workspace.go_to(Place(Page.POSITIONING))
    qtbot.waitUntil(lambda: end.y() == start.y())  # room again: side by side


def test_at_200_percent_the_assistant_is_not_cut(large_text, tmp_path, qtbot) -> None:
    assistant = _assistant(large_text, tmp_path, qtbot)
    screen = assistant.screen().availableGeometry()
    assert assistant.width() <= screen.width() and assistant.height() <= screen.height()
    for _ in range(5):
        page = assistant.currentPage()
        qtbot.wait(10)
        area = page.findChild(QScrollArea)
        assert not area.horizontalScrollBar().isVisible(), type(page).__name__
        if page is not assistant.file:
            assistant.next()
        if page is assistant.project:
            assistant.ccpt.group.buttons()[0].click()
