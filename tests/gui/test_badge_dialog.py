"""The badge dialog: what the badge holds in words, the JSON preview, saving by keyboard."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit

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
def test_the_badge_is_saved_by_keyboard_alone(dialog, qtbot, dialogs, tmp_path: Path) -> None:
    target = tmp_path / "badge-nadia.json"

    def fill_in(chooser: QFileDialog) -> None:
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        name.clear()
        qtbot.keyClicks(name, str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    assert dialog.save_button.hasFocus()
    dialogs.then(fill_in, kind=QFileDialog)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    dialogs.check()
    assert json.loads(target.read_text(encoding="utf-8")) == dialog.credential
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in dialog.status.text()


def test_the_buttons_have_distinct_mnemonics(dialog) -> None:
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


def _keyed(window, key: bytes | None) -> Ed25519PrivateKey:
    """An organisation whose key file holds ``key`` (a fresh Ed25519 key when None)."""
    private = Ed25519PrivateKey.generate()
    path = issuer_path(window.context.paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"id": "https://afpa.example.org", "name": "Afpa Nantes",
                                "key": "cle.pem"}), encoding="utf-8")
    (path.parent / "cle.pem").write_bytes(key if key is not None else private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return private


def _decoded(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def test_no_key_no_choice(dialog) -> None:
    assert not dialog.sign_box.isVisibleTo(dialog) and not dialog.signed


def test_a_configured_key_signs_by_default(example_window, qtbot, tmp_path: Path) -> None:
    _validated(example_window)
    private = _keyed(example_window, None)
    made = BadgeDialog(example_window.session, example_window.context, example_window)
    qtbot.addWidget(made)
    made.show()
    box = made.sign_box
    assert box.isVisible() and box.isEnabled() and box.isChecked() and made.signed
    assert box.accessibleName()
    assert "Signé" in made.signature.text() and "clé publique" in made.signature.text()
    assert made.save_to(tmp_path / "badge.jwt")
    header, payload, signature = (tmp_path / "badge.jwt").read_text(encoding="ascii") \
        .strip().split(".")
    assert json.loads(_decoded(header))["alg"] == "EdDSA"
    private.public_key().verify(_decoded(signature), f"{header}.{payload}".encode())
    assert "signé" in made.status.text()
    assert QKeySequence.mnemonic(box.text()).toString() == "Alt+S"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and not made.signed
    assert "Non signé" in made.signature.text()
    assert made.save_to(tmp_path / "badge.json")
    assert json.loads((tmp_path / "badge.json").read_text(encoding="utf-8")) == made.credential


def test_a_key_that_does_not_load_is_named_and_the_badge_saves_unsigned(
        example_window, qtbot) -> None:
    _validated(example_window)
    _keyed(example_window, b"not a key")
    made = BadgeDialog(example_window.session, example_window.context, example_window)
    qtbot.addWidget(made)
    assert made.sign_box.isVisibleTo(made) and not made.sign_box.isEnabled()
    assert not made.signed
    assert "ne peut pas être signé" in made.signature.text()
    assert "cle.pem" in made.signature.text() and made.save_button.isEnabled()


@pytest.mark.skipif(not SHOTS, reason="screenshots on demand (BADGE_SHOTS=folder)")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("key", [False, True])
def test_screenshots(example_window, qtbot, theme: str, scale: int, key: bool) -> None:
    _validated(example_window)
    if key:
        _keyed(example_window, None)
    example_window.resize(1366, 768)
    example_window.look.set_theme(theme)
    example_window.look.set_text_scale(scale)
    try:
        made = BadgeDialog(example_window.session, example_window.context, example_window)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        made.grab().save(str(Path(SHOTS) / f"badge-{'signed-' if key else ''}{theme}-{scale}.png"))
    finally:
        example_window.look.set_theme("light")
        example_window.look.set_text_scale(100)
