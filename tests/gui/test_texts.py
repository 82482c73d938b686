"""Translated sentences with their values put in."""

from __future__ import annotations

from dossier_app.gui.texts import fill


def test_a_value_holding_a_placeholder_is_kept_as_it_is() -> None:
    """A file named « rapport %2.ccpt » must not have its %2 filled by the next value."""
    assert fill("Le dossier « %1 » a %2 mots.", "rapport %2", 12) == \
        "Le dossier « rapport %2 » a 12 mots."
    assert fill("%1 et %3", "a") == "a et %3"
