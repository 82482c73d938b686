"""Does a transfer argument reach what the target trade expects? The candidate says so by
ticking the trade's competences; failing that, the text is searched for their words."""

from __future__ import annotations

import re
import unicodedata

from .model import Production
from .referential import TradeBlock

_COMMON = frozenset({
    "assurer", "mettre", "oeuvre", "entre", "leurs", "selon", "dans", "avec", "pour", "plusieurs",
    "definir", "defini", "differentes", "composantes", "structure", "situation", "situations",
    "contribuer", "participer", "actions", "liees", "lies",
})
"""Words of the competences' labels too common to tell one from another."""

_STEM = 6
"""Words are compared on their first letters: « négocier », « négociation » meet."""


def _stems(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return {word[:_STEM] for word in re.findall(r"[a-z]{5,}", plain) if word not in _COMMON}


def names_competence(text: str, label: str) -> bool:
    """``text`` uses at least two of the label's distinctive words (or its only one)."""
    wanted = _stems(label)
    found = wanted & _stems(text)
    return bool(wanted) and len(found) >= min(2, len(wanted))


def reached(production: Production, trade: TradeBlock, transfer_text: str) -> list[int]:
    """The trade's competences (1-based) the transfer argument reaches: those ticked, else
    those its text names."""
    ticked = [n for n in production.trade_competences if 1 <= n <= len(trade.competences)]
    if ticked:
        return ticked
    return [n for n, label in enumerate(trade.competences, start=1)
            if names_competence(transfer_text, label)]
