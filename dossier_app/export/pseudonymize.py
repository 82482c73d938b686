"""Replace real names by aliases everywhere an export can show them."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.model import Dossier, Pseudonym, rewrite_texts


def pseudonymizer(pseudonyms: list[Pseudonym]) -> Callable[[str], str]:
    """A function replacing each real name (whole words, any case) by its alias.

    One pass with the longest names first, so that « Karim Benali » wins over
    « Karim » and an alias is never itself rewritten.
    """
    pairs = sorted(((p.real.strip(), p.alias) for p in pseudonyms if p.real.strip()),
                   key=lambda pair: len(pair[0]), reverse=True)
    if not pairs:
        return lambda text: text
    aliases = {real.casefold(): alias for real, alias in pairs}
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(_flexible(real) for real, _ in pairs) + r")(?!\w)",
        re.IGNORECASE)

    def replace(text: str) -> str:
        return pattern.sub(lambda m: aliases[_squeeze(m.group(0)).casefold()], text)

    return replace


def _flexible(real: str) -> str:
    # Any run of spaces (including the no-break ones French typography adds) matches.
    return r"\s+".join(re.escape(part) for part in real.split())


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def pseudonymize(dossier: Dossier) -> Dossier:
    """A copy of the dossier with every text field rewritten and no pseudonym table left."""
    replace = pseudonymizer(dossier.pseudonyms)
    copy = rewrite_texts(dossier, replace)
    full_name = dossier.candidate.full_name
    if replace(full_name) != full_name:
        # « Nadia Martin » is listed as one name but stored as two fields.
        copy.candidate.first_name, copy.candidate.last_name = replace(full_name), ""
    copy.pseudonyms = []
    return copy
