"""What changed between two versions of a chapter, word by word, easy to read."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import Enum

_TOKEN = re.compile(r"\s+|[^\s]+")


class Change(str, Enum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Segment:
    change: Change
    text: str


def word_diff(before: str, after: str) -> list[Segment]:
    """Segments that rebuild ``after`` (SAME + ADDED) and ``before`` (SAME + REMOVED).

    Words and the spaces between them are the units, so a changed word shows as
    one word removed and one added, never as scattered letters.
    """
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    segments: list[Segment] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            _add(segments, Change.SAME, "".join(old[a1:a2]))
        else:
            _add(segments, Change.REMOVED, "".join(old[a1:a2]))
            _add(segments, Change.ADDED, "".join(new[b1:b2]))
    return segments


def _add(segments: list[Segment], change: Change, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].change is change:
        segments[-1] = Segment(change, segments[-1].text + text)
    else:
        segments.append(Segment(change, text))


def summary(segments: list[Segment]) -> tuple[int, int]:
    """Words added and removed."""
    def words(change: Change) -> int:
        return sum(len(s.text.split()) for s in segments if s.change is change)

    return words(Change.ADDED), words(Change.REMOVED)
