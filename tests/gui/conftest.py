from __future__ import annotations

import datetime as dt

import pytest

from dossier_app.core.clock import FixedClock
from dossier_app.core.paths import AppPaths
from dossier_app.gui.app import create_window
from dossier_app.gui.spell import SpellService

from .modal import Dialogs

TODAY = dt.datetime(2026, 11, 22, 10, 0)
"""The day every GUI test runs on, whatever the machine's clock says."""


@pytest.fixture
def window(qtbot):
    """The main window without spell checking (fast); user folders are temporary."""
    main, _context = create_window(AppPaths.default(), spell_checking=False,
                                   clock=FixedClock(TODAY))
    qtbot.addWidget(main)
    main.show_welcome()
    main.show()
    yield main
    if main.session is not None:
        main.close_dossier()


@pytest.fixture(scope="session")
def spell_service(qapp, tmp_path_factory):
    """One loaded speller for the tests that need it (loading takes a few seconds)."""
    service = SpellService(AppPaths.under(tmp_path_factory.mktemp("spellhome")))
    service.start()
    service.wait_until_ready()
    yield service
    service.shutdown()


@pytest.fixture
def example_window(window):
    window.files.open_example()
    assert window.session is not None
    return window


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A message box in a test would wait forever for a click: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What the user was told in warning or error boxes (instead of waiting for a click)."""
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return texts


@pytest.fixture
def dialogs(qtbot):
    """Steps to run in the modal dialogs a test opens (see ``modal``); what failed in one
    fails the test, even if it forgot to ``check()``."""
    made = Dialogs(qtbot)
    yield made
    made.check()


@pytest.fixture
def large_text(example_window):
    """Text at 200 % on a 1366×768 window; back to 100 % afterwards (the font is the app's)."""
    example_window.resize(1366, 768)
    example_window.look.set_text_scale(200)
    yield example_window
    example_window.look.set_text_scale(100)


def plain(text: str) -> str:
    """The French UI's no-break spaces as ordinary ones, to compare with a sentence."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")
