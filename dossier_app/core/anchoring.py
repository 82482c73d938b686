"""Where a comment's quoted passage stands in a chapter now.

A comment is anchored by the text it quotes, not by an offset: edits around the
passage leave it found; a passage deleted or rewritten leaves the comment kept
and flagged as having lost its place.
"""

from __future__ import annotations

import re

from .markdown import parse, plain_text

_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def locate(chapter_markdown: str, quote: str) -> tuple[int, int] | None:
    """Start and end of ``quote`` in the chapter's plain text, or None when it is gone.

    Spaces compare loosely (typography may have turned a space into a no-break one).
    """
    if not quote.strip():
        return None
    text = plain_text(parse(chapter_markdown))
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = r"[\s\u00a0\u202f]+".join(re.escape(part) for part in _SPACES.split(quote.strip()))
    match = re.search(pattern, text)
    return match.span() if match else None
