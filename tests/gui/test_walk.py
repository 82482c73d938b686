"""Every page and dialog walked as a keyboard and screen-reader user meets it, on a small
laptop at twice the text size: Tab moves on from every focusable widget, each one has a
name a screen reader can say, and nothing lies outside its window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTextEdit, QWidget

from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.gui.navigator import Place

PLACES = [Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS), *(Place(page) for page in Page
                                                          if page is not Page.CHAPTER)]


def _focusable(root: QWidget) -> list[QWidget]:
    """What Tab can reach (a spin box's inner line edit is the spin box's own part)."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.isEnabled() and w.objectName() != "qt_spinbox_lineedit"
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root.window()]


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie beyond the window, scrolled out of view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _problems(root: QWidget, qtbot) -> list[str]:
    problems = []
    window = root.window()
    inside = QRect(0, 0, window.width(), window.height())
    for widget in _focusable(root):
        label = f"{type(widget).__name__} « {_name(widget) or widget.objectName()} »"
        if not _name(widget):
            problems.append(f"{label}: no accessible name")
        if not _scrolled(widget):
            place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not inside.contains(place):
                problems.append(f"{label}: outside its window ({place} in {inside})")
        if isinstance(widget, QTextEdit) and not widget.tabChangesFocus():
            continue  # Tab indents lists there; Ctrl+Tab leaves (tested with the editor)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if QApplication.focusWidget() is not widget:
            continue  # it gives its focus to a child (a spin box to its line edit)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is widget:
            problems.append(f"{label}: Tab does not leave it")
    return problems


@pytest.fixture
def small_laptop(example_window, qtbot):
    example_window.look.set_text_scale(200)
    example_window.resize(1366, 768)
    qtbot.wait(20)
    yield example_window
    example_window.look.set_text_scale(100)


@pytest.mark.parametrize("place", PLACES, ids=[p.page.value for p in PLACES])
def test_every_page_by_keyboard_and_screen_reader(small_laptop, qtbot, place):
    small_laptop.workspace.go_to(place)
    qtbot.wait(20)
    assert _problems(small_laptop, qtbot) == []


def test_the_welcome_screen_by_keyboard_and_screen_reader(window, qtbot):
    window.look.set_text_scale(200)
    window.resize(1366, 768)
    window.show_welcome()
    qtbot.wait(20)
    assert _problems(window, qtbot) == []
    window.look.set_text_scale(100)


def _dialogs(window):
    from dossier_app.gui.assistant import CreationAssistant
    from dossier_app.gui.export_dialog import ExportDialog
    from dossier_app.gui.help import ShortcutsDialog, WritingHelpDialog
    from dossier_app.gui.menus import _all_actions
    from dossier_app.gui.revisions_dialog import RevisionsDialog

    session = window.session
    folder = Path(session.path).parent
    yield "assistant", CreationAssistant(window.context.referential, folder, window)
    yield "export", ExportDialog(session, window.context.settings, folder, window)
    yield "versions", RevisionsDialog(session, 1, ChapterKind.ANALYSIS, window)
    yield "shortcuts", ShortcutsDialog(_all_actions(window.menuBar()), window)
    yield "writing help", WritingHelpDialog(window)


def test_every_dialog_by_keyboard_and_screen_reader(small_laptop, qtbot):
    found = {}
    for name, dialog in _dialogs(small_laptop):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        screen = small_laptop.geometry()
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            found[name] = [f"larger than the window it opens from ({dialog.size()})"]
        found[name] = found.get(name, []) + _problems(dialog, qtbot)
        dialog.close()
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_every_cell_of_the_outline_has_a_name(example_window):
    """A screen reader reads the outline cell by cell: the empty word counts say their row."""
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    navigator = example_window.workspace.navigator
    iterator = QTreeWidgetItemIterator(navigator)
    unnamed = []
    while iterator.value() is not None:
        item = iterator.value()
        for column in range(navigator.columnCount()):
            spoken = item.data(column, Qt.ItemDataRole.AccessibleTextRole) or item.text(column)
            if not str(spoken).strip():
                unnamed.append((item.text(0), column))
        iterator += 1
    assert unnamed == []
