"""The system's own words never reach the user: they are English on many machines."""

from __future__ import annotations

import errno
import os

import pytest

from dossier_app.core.errors import describe_os_error


@pytest.mark.parametrize("code", sorted(errno.errorcode), ids=lambda c: errno.errorcode[c])
def test_every_system_error_is_described_in_french(code: int) -> None:
    reason = describe_os_error(OSError(code, os.strerror(code))).render()
    assert reason != os.strerror(code)
    assert reason.startswith(("le ", "la ", "l’", "c’", "un ", "ce ", "trop ", "erreur du système"))


def test_a_symlink_loop_is_named() -> None:
    assert "boucle" in str(describe_os_error(OSError(errno.ELOOP, "Too many levels of symbolic links")))
