"""The pages of a dossier, named once: readiness points to them, the navigator lists them,
the window shows them."""

from __future__ import annotations

from enum import Enum


class Page(str, Enum):
    """A page of the dossier. The values are the names used so far (settings, tests, code
    comparing ``page == "path"``), so a ``Page`` is equal to its old string."""

    CANDIDATE = "candidate"
    """Identity of the candidate."""
    PRIVACY = "privacy"
    """The pseudonyms, and the names of the text still without one."""
    MANDATES = "mandates"
    PROJECT = "project"
    """The professional project."""
    CHAPTER = "chapter"
    """A chapter of a production (which one is said beside the page)."""
    ORAL = "oral"
    """A production's oral preparation (which production is said beside the page)."""
    PATH = "path"
    """The accompaniment path and its workshops."""
    AFTER_JURY = "after_jury"
    """The jury's result per CCPT, and the steps that may follow it."""
    POSITIONING = "positioning"
    ANNEXES = "annexes"
    DECLARATION = "declaration"
    """The declaration on honour."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, format_spec: str) -> str:
        return format(self.value, format_spec)
