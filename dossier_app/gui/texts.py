"""Translated sentences with their values put in."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..core.errors import DossierError
from ..core.sentence import Sentence

_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: str | int) -> str:
    """``template`` (from ``tr()``) with ``%1``, ``%2``… replaced by ``values``, in one
    pass: a value that itself contains « %2 » (a file name, say) is kept as it is, which
    chained ``str.replace`` calls would not do."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if index <= len(values) else match.group(0)

    return _PLACE.sub(value, template)


def shown(sentence: Sentence | DossierError) -> str:
    """A sentence from the Qt-free floors (an error, a cause) in the window's language."""
    if isinstance(sentence, DossierError):
        sentence = sentence.sentence
    return sentence.render(lambda template: QCoreApplication.translate("", template))
