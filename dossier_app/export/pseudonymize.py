"""Replace real names by aliases everywhere an export can show them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..core.model import Dossier, Pseudonym, rewrite_texts
from ..core.pseudonyms import Pseudonymizer


def pseudonymizer(pseudonyms: list[Pseudonym]) -> Callable[[str], str]:
    """A function replacing every form of each real name by its alias (see
    ``core.pseudonyms``), the names of the whole list found in one pass."""
    return Pseudonymizer(pseudonyms)


def pseudonymize(dossier: Dossier) -> Dossier:
    """A copy of the dossier with every text field rewritten and no pseudonym table left.

    Identifiers are not texts: the CCPT's, the referential's, the comments' and the oral's
    (questions, their sources, mock juries) are kept as they are, so that the copy still
    finds its referential and merges back."""
    replace = pseudonymizer(dossier.pseudonyms)
    copy = rewrite_texts(dossier, replace)
    copy.ccpt = dossier.ccpt
    if dossier.referential is not None:
        copy.referential = dataclasses.replace(dossier.referential)
    for hidden, comment in zip(copy.comments, dossier.comments, strict=True):
        hidden.uid = comment.uid
    for hidden_oral, oral in zip(copy.oral, dossier.oral, strict=True):
        for hidden_question, question in zip(hidden_oral.questions, oral.questions, strict=True):
            hidden_question.uid, hidden_question.source = question.uid, question.source
        for hidden_jury, jury in zip(hidden_oral.mock_juries, oral.mock_juries, strict=True):
            hidden_jury.uid = jury.uid
            for hidden_asked, asked in zip(hidden_jury.asked, jury.asked, strict=True):
                hidden_asked.question = asked.question
    full_name = dossier.candidate.full_name
    if replace(full_name) != full_name:
        # « Nadia Martin » is listed as one name but stored as two fields.
        copy.candidate.first_name, copy.candidate.last_name = replace(full_name), ""
        if copy.candidate.birth_name == dossier.candidate.birth_name:
            copy.candidate.birth_name = ""  # not listed, it would name her beside her alias
    copy.pseudonyms = []
    return copy
