"""The badge dialog: what the badge holds in words, the JSON preview, saving by keyboard."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from dossier_app.core.badge import issuer_path
from dossier_app.core.model import JuryResult, Outcome
from dossier_app.gui.badge_dialog import BadgeDialog

SHOTS = os.environ.get("BADGE_SHOTS")
"""A folder to write the dialog's screenshots into (looked at by hand; unset in CI)."""


def _validated(window) -> None:
    session = window.session
    session.update(lambda d: setattr(d, "results", [
        JuryResult(d.ccpt, dt.date(2026, 6, 12), Outcome.VALIDATED, "")]))


@pytest.fixture
def dialog(example_window, qtbot):
    _validated(example_window)
    made = BadgeDialog(example_window.session, example_window.context, example_window)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_every_control_has_an_accessible_name_and_the_preview_a_buddy(dialog) -> None:
    for widget in (dialog.contents, dialog.issued_by, dialog.signature, dialog.preview,
                   dialog.save_button, dialog.close_button):
        assert widget.accessibleName(), widget
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert dialog.preview in buddies
    assert "auto-déclaré" in dialog.issued_by.text()
    assert "Non signé" in dialog.signature.text()
    assert "syndicat" in dialog.contents.text()  # says it is left out


def test_the_preview_is_the_badge_and_read_only(dialog) -> None:
    assert dialog.preview.isReadOnly()
    shown = json.loads(dialog.preview.toPlainText())
    assert shown == dialog.credential
    assert shown["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert "union" not in dialog.preview.toPlainText()


def test_escape_closes(dialog, qtbot) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_badge_is_saved_by_keyboard_alone(dialog, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "badge-nadia.json"

    def fill_in() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, QFileDialog), chooser
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    assert dialog.save_button.hasFocus()
    QTimer.singleShot(200, fill_in)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert json.loads(target.read_text(encoding="utf-8")) == dialog.credential
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in dialog.status.text()


def test_the_buttons_have_distinct_mnemonics(dialog) -> None:
    from PySide6.QtGui import QKeySequence

    keys = [QKeySequence.mnemonic(b.text()).toString() for b in (dialog.save_button,
                                                                  dialog.close_button)]
    assert keys == ["Alt+E", "Alt+F"]


def test_a_pending_result_says_why_and_saves_nothing(example_window, qtbot) -> None:
    made = BadgeDialog(example_window.session, example_window.context, example_window)
    qtbot.addWidget(made)
    assert not made.save_button.isEnabled()
    assert made.problem.isVisibleTo(made) and "En attente" in made.problem.text()
    assert not made.preview.isVisibleTo(made)


def test_a_configured_issuer_is_named(example_window, qtbot) -> None:
    _validated(example_window)
    path = issuer_path(example_window.context.paths)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"id": "https://afpa.example.org", "name": "Afpa Nantes"}),
                    encoding="utf-8")
    made = BadgeDialog(example_window.session, example_window.context, example_window)
    qtbot.addWidget(made)
    assert "Afpa Nantes" in made.issued_by.text()
    assert made.credential is not None and made.credential["issuer"]["name"] == "Afpa Nantes"


@pytest.mark.skipif(not SHOTS, reason="screenshots on demand (BADGE_SHOTS=folder)")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("scale", [100, 200])
def test_screenshots(example_window, qtbot, theme: str, scale: int) -> None:
    _validated(example_window)
    example_window.resize(1366, 768)
    example_window.look.set_theme(theme)
    example_window.look.set_text_scale(scale)
    try:
        made = BadgeDialog(example_window.session, example_window.context, example_window)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        made.grab().save(str(Path(SHOTS) / f"badge-{theme}-{scale}.png"))
    finally:
        example_window.look.set_theme("light")
        example_window.look.set_text_scale(100)
