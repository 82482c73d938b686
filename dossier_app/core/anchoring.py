"""Where a comment's quoted passage stands in a chapter now: the one way to find it.

A comment is anchored by the text it quotes, not by an offset: edits around the
passage leave it found; a passage deleted or rewritten leaves the comment kept
and flagged as having lost its place.

Every reader of a passage asks here: the comments panel (found or « passage
supprimé »), the editor's highlight and the Word export's comment ranges, so a
comment listed as found is the one highlighted and anchored in Word.

Positions are offsets in the chapter's text as read, ``chapter_text(markdown)``: the
stored Markdown's blocks (``core.markdown.parse``) joined by ``"\\n"``, a hard line
break being ``"\\n"`` too, without the emphasis markers. The editor's document and the
Word paragraphs hold exactly these characters, block by block.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from .markdown import parse, plain_text
from .model import Comment

Span = tuple[int, int]
"""Start and end (exclusive) of a passage in ``chapter_text``."""

_SAME = {
    **dict.fromkeys("'’‘ʼ‛′´`", "'"),
    **dict.fromkeys('"“”„‟«»‹›″', '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}
"""Characters a quote typed elsewhere (a mail, a Word comment) may hold in the place of
the editor's typography."""
_TIGHT = frozenset(";:!?,.()[]\"'-/")
"""Punctuation around which a space may be there or not (« résultat : » / « résultat: »)."""
_IGNORED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffc")
"""Invisible characters: soft hyphen, zero-width spaces and joiners, object replacement."""
_MARKUP = frozenset("*_\\")


def chapter_text(chapter_markdown: str) -> str:
    """The chapter as read, the text whose offsets a ``Span`` gives."""
    return plain_text(parse(chapter_markdown))


def locate(chapter_markdown: str, quote: str) -> Span | None:
    """Where ``quote`` stands in ``chapter_text(chapter_markdown)``, or None when it is gone."""
    return find_in_text(chapter_text(chapter_markdown), quote)


def passage(chapter_markdown: str, comment: Comment) -> Span | None:
    """Where ``comment``'s passage stands in the chapter, or None when it is lost."""
    return locate(chapter_markdown, comment.quote)


def passages(chapter_markdown: str, comments: Iterable[Comment]) -> list[Span | None]:
    """``passage`` for each comment, the chapter parsed once."""
    text = _Text(chapter_text(chapter_markdown))
    return [text.find(comment.quote) for comment in comments]


def find_in_text(text: str, quote: str) -> Span | None:
    """Where ``quote`` stands in ``text`` (a ``chapter_text``), or None.

    The quote as written first; failing that, tolerantly: letter case, apostrophes,
    quotation marks and dashes of any kind, spaces of any kind and number (a line break
    among them), a space present or not next to punctuation, invisible and control
    characters, the quote's own Markdown markers (``**gras**``). The span starts and ends
    on the passage's first and last visible characters.
    """
    return _Text(text).find(quote)


class _Text:
    """A chapter's text and, built on first need, its folded form for tolerant finding."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: tuple[str, list[int]] | None = None

    def find(self, quote: str) -> Span | None:
        quote = quote.strip()
        if not quote:
            return None
        candidates = [quote]
        if _MARKUP & set(quote):
            unmarked = chapter_text(quote).strip()
            if unmarked and unmarked != quote:
                candidates.append(unmarked)
        for candidate in candidates:
            start = self.text.find(candidate)
            if start >= 0:
                return start, start + len(candidate)
        if self._folded is None:
            self._folded = _fold(self.text)
        folded, origins = self._folded
        for candidate in candidates:
            needle = _fold(candidate)[0]
            if not needle:
                continue
            start = folded.find(needle)
            if start >= 0:
                return origins[start], origins[start + len(needle) - 1] + 1
        return None


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` in the form tolerant finding compares, and for each of its characters the
    offset in ``text`` of the character it comes from."""
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origins.append(index)
            continue
        if char in _IGNORED or unicodedata.category(char) == "Cc":
            continue
        same = _SAME.get(char)
        if same is None:
            lower = char.lower()
            same = lower if len(lower) == 1 else char
        for piece in same:
            chars.append(piece)
            origins.append(index)
    kept_chars: list[str] = []
    kept_origins: list[int] = []
    for index, char in enumerate(chars):
        if char == " " and (index == len(chars) - 1 or chars[index + 1] in _TIGHT
                            or (kept_chars and kept_chars[-1] in _TIGHT)):
            continue
        kept_chars.append(char)
        kept_origins.append(origins[index])
    return "".join(kept_chars), kept_origins
