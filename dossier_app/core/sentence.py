"""A sentence for the user, kept as a French template and its parameters until a face
shows it: the command line prints it in French (the contract), the window in its own
language.

Templates are plain literals written with :func:`say`, which ``make translations`` collects
for Qt Linguist. Parameters are filled by name (``{name}``); a parameter may itself be a
sentence (a cause inside a message), rendered in the same language, or a list of them
(written one after the other, separated by commas). ``{name:capital}``
starts the parameter with a capital, for a phrase that opens the sentence.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping

Translate = Callable[[str], str]


def _as_written(template: str) -> str:
    return template


class Sentence:
    """One sentence (or phrase) to show, not yet in any language."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, params: Mapping[str, object]) -> None:
        self.template = template
        self.params = dict(params)

    def render(self, translate: Translate = _as_written) -> str:
        """The sentence in the language ``translate`` gives (French as written by default)."""
        return _Filler(translate).format(translate(self.template), **self.params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"say({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and (self.template, self.params) == (
            other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


def say(template: str, /, **params: object) -> Sentence:
    """A sentence from a literal French ``template`` (collected for translation)."""
    return Sentence(template, params)


class _Filler(string.Formatter):
    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, (list, tuple)):
            text = ", ".join(self.format_field(item, "") for item in value)
        elif isinstance(value, Sentence):
            text = value.render(self.translate)
        else:
            text = str(value)
        if format_spec == "capital":
            return text[:1].upper() + text[1:]
        return format(text, format_spec)
