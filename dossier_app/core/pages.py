"""The pages of a dossier, named once: readiness points to them, the navigator lists them,
the window shows them."""

from __future__ import annotations

from enum import Enum


class Page(str, Enum):
    """A page of the dossier. The values are the names used so far (settings, tests, code
    comparing ``page == "path"``), so a ``Page`` is equal to its old string."""

    CANDIDATE = "candidate"
    """Identity of the candidate."""
    MANDATES = "mandates"
    PROJECT = "project"
    """The professional project."""
    CHAPTER = "chapter"
    """A chapter of a production (which one is said beside the page)."""
    PATH = "path"
    """The accompaniment path and its workshops."""
    POSITIONING = "positioning"
    ANNEXES = "annexes"
    DECLARATION = "declaration"
    """The declaration on honour."""

    __str__ = str.__str__
    __format__ = str.__format__
