"""From the welcome screen to the jury's Word file with the keyboard alone: key events only,
sent to whatever has the focus, as a user without a mouse meets the app."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page

Ctrl = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus is lost"
    assert widget.isVisible(), f"the focus is on a hidden {type(widget).__name__}"
    return widget


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)
    qtbot.wait(10)  # what the key opened is laid out and focused, as between two key presses


def _type(qtbot, text: str) -> None:
    """Key presses carrying each character, as a French keyboard sends « é » or « ’ »
    (QTest's own typing knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(_focus(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                       char))


def _tab_to(qtbot, name: str | None, kind: type = QAbstractButton, limit: int = 40) -> None:
    """Tab until the focus is on the ``kind`` of widget a screen reader calls ``name`` (the
    first of its kind when ``name`` is None)."""
    seen = []
    for _ in range(limit):
        focused = _focus()
        if isinstance(focused, kind) and name in (None, _name(focused)):
            return
        seen.append(f"{type(focused).__name__} « {_name(focused)} »")
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches « {name} », only: {', '.join(seen)}")


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).replace("&", "") if interface else ""


def _back_to(window: QWidget, qtbot) -> None:
    """A dialog closed: the desktop activates the window again (offscreen, nothing does)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_from_the_welcome_screen_to_the_word_file_by_keyboard(window, qtbot, dialogs, tmp_path):
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.first_button)

    def assistant(dialog: QWidget) -> None:
        _type(qtbot, "Nadia")
        _press(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "Martin")
        _press(qtbot, Qt.Key.Key_Return)  # Suivant
        _type(qtbot, "Secrétaire du CSE")
        _press(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "Logistique Atlantique")
        _tab_to(qtbot, "Suivant >")
        _press(qtbot, Qt.Key.Key_Return)
        _type(qtbot, "Je souhaite devenir gestionnaire de paie.")
        _tab_to(qtbot, "Suivant >")
        _press(qtbot, Qt.Key.Key_Return)
        _press(qtbot, Qt.Key.Key_Space)  # the CCPT card under the focus
        _tab_to(qtbot, "Suivant >")
        _press(qtbot, Qt.Key.Key_Return)
        _focus().selectAll()  # the place of the file: typed over, as a user does
        _type(qtbot, str(tmp_path / "nadia.ccpt"))
        _press(qtbot, Qt.Key.Key_Return)  # Créer le dossier

    dialogs.then(assistant)
    _press(qtbot, Qt.Key.Key_Return)  # « Créer mon dossier… »
    dialogs.check()
    session = window.session
    assert session is not None and session.dossier.candidate.first_name == "Nadia"
    _back_to(window, qtbot)

    # Write the first chapter, then the next one.
    workspace = window.workspace
    if _focus() is not workspace.chapter_page.editor:
        _press(qtbot, Qt.Key.Key_F6)
    assert _focus() is workspace.chapter_page.editor
    _type(qtbot, "J’ai organisé une réunion avec la direction.")
    _press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    assert workspace.chapter_page.kind is ChapterKind.ANALYSIS
    _type(qtbot, "J’ai préparé un tableau des contrats.")

    # Comment the last word: select it, Ctrl+Alt+M, sign once, write, OK.
    _press(qtbot, Qt.Key.Key_Left, Ctrl | Qt.KeyboardModifier.ShiftModifier)

    def comment(dialog: QWidget) -> None:
        if not dialog.findChildren(QPlainTextEdit):  # asked once: who signs the comments
            dialogs.then(comment, after=dialog)
            _press(qtbot, Qt.Key.Key_Return)  # the name the app proposes
            return
        _type(qtbot, "Quels contrats ?")
        _tab_to(qtbot, "OK")
        _press(qtbot, Qt.Key.Key_Return)

    dialogs.then(comment)
    _press(qtbot, Qt.Key.Key_M, Ctrl | Qt.KeyboardModifier.AltModifier)
    dialogs.check()
    _back_to(window, qtbot)
    assert [c.body for c in session.dossier.comments] == ["Quels contrats ?"]

    # The points to settle: F10 shows them and gives them the focus; Enter goes to one.
    _press(qtbot, Qt.Key.Key_F10)
    assert _focus() is workspace.readiness.list
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)

    # The outline (F6), then the path page: add a step and name it.
    _press(qtbot, Qt.Key.Key_F6)
    if _focus() is not workspace.navigator:
        _press(qtbot, Qt.Key.Key_F6)
    assert _focus() is workspace.navigator
    _type(qtbot, "Parcours")
    _press(qtbot, Qt.Key.Key_Return)
    assert workspace.current_place().page is Page.PATH
    _press(qtbot, Qt.Key.Key_F6)  # into the page
    _tab_to(qtbot, "Prévoir le parcours")  # a new dossier's path starts from the template
    _press(qtbot, Qt.Key.Key_Return)
    steps_before = len(session.dossier.steps)
    assert steps_before > 0
    _tab_to(qtbot, "Ajouter une étape")
    _press(qtbot, Qt.Key.Key_Return)
    _type(qtbot, "Atelier d’écriture 1")
    assert len(session.dossier.steps) == steps_before + 1

    # The positioning grid: the first level list, one step down.
    _press(qtbot, Qt.Key.Key_F6)
    if _focus() is not workspace.navigator:
        _press(qtbot, Qt.Key.Key_F6)
    assert _focus() is workspace.navigator
    _press(qtbot, Qt.Key.Key_Down)  # the page under « Parcours et ateliers »
    assert workspace.navigator.currentItem().text(0).startswith("Positionnement")
    _press(qtbot, Qt.Key.Key_Return)
    assert workspace.current_place().page is Page.POSITIONING
    _press(qtbot, Qt.Key.Key_F6)
    _tab_to(qtbot, None, kind=QComboBox)  # competence 1, at the start, the candidate's view
    _press(qtbot, Qt.Key.Key_Down)
    assert session.dossier.positioning[0].start.candidate == 1

    # Export for the jury: Ctrl+E, then Enter on « Exporter ».
    target = tmp_path / "nadia.docx"

    def export(dialog: QWidget) -> None:
        _tab_to(qtbot, "Fichier à créer", kind=QLineEdit)
        _press(qtbot, Qt.Key.Key_A, Ctrl)
        _type(qtbot, str(target))
        _tab_to(qtbot, "Exporter")
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: target.exists(), timeout=30000)
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30000)
        _press(qtbot, Qt.Key.Key_Escape)

    dialogs.then(export)
    _press(qtbot, Qt.Key.Key_E, Ctrl)
    dialogs.check()
    _back_to(window, qtbot)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "J’ai organisé une réunion avec la direction." in text
    assert "J’ai préparé un tableau des contrats." in text
    assert Path(target).stat().st_size > 0
