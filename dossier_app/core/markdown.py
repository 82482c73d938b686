"""The Markdown subset of the interchange format, parsed in one place.

Chapters are stored as Markdown limited to paragraphs, ``*italic*``,
``**bold**``, bullet and numbered lists (three levels) and hard line breaks;
everything else stays literal text. The export and the editor both work on the
small block/run model defined here, never on Markdown directly.

A hard line break is a ``"\\n"`` inside a run's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from markdown_it import MarkdownIt


class ListKind(str, Enum):
    BULLET = "bullet"
    ORDERED = "ordered"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph (``list_kind`` None, ``level`` 0) or a list item (level 1 to ``MAX_LIST_LEVEL``)."""

    runs: tuple[Run, ...]
    list_kind: ListKind | None = None
    level: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


MAX_LIST_LEVEL = 3

_PARSER = MarkdownIt("zero", {"html": False}).enable(["emphasis", "list", "newline", "escape"])


# --- parsing ---------------------------------------------------------------------------


def parse(markdown: str) -> list[Block]:
    """Parse the subset into blocks; never fails, unknown syntax stays literal."""
    blocks: list[Block] = []
    lists: list[ListKind] = []
    item_block: int | None = None  # index of the block the current list item started
    for token in _PARSER.parse(markdown):
        if token.type == "bullet_list_open":
            lists.append(ListKind.BULLET)
        elif token.type == "ordered_list_open":
            lists.append(ListKind.ORDERED)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            item_block = None
        elif token.type == "inline":
            runs = _inline_runs(token.children or [])
            if lists and item_block is not None and item_block == len(blocks) - 1:
                # A second paragraph inside the same list item: keep it in the item.
                previous = blocks[-1]
                runs = normalize_runs((*previous.runs, Run("\n"), *runs))
                blocks[-1] = Block(runs, previous.list_kind, previous.level)
            elif lists:
                blocks.append(Block(runs, lists[-1], min(len(lists), MAX_LIST_LEVEL)))
                item_block = len(blocks) - 1
            else:
                blocks.append(Block(runs))
    return [block for block in blocks if block.runs]


def _inline_runs(children: list) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = 0
    for child in children:
        if child.type == "strong_open":
            bold += 1
        elif child.type == "strong_close":
            bold -= 1
        elif child.type == "em_open":
            italic += 1
        elif child.type == "em_close":
            italic -= 1
        elif child.type == "softbreak":
            runs.append(Run(" ", bold > 0, italic > 0))
        elif child.type == "hardbreak":
            runs.append(Run("\n", bold > 0, italic > 0))
        else:
            runs.append(Run(child.content, bold > 0, italic > 0))
    return normalize_runs(runs)


_EDGE_SPACE = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)
_SPACES_AROUND_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def normalize_runs(runs: tuple[Run, ...] | list[Run]) -> tuple[Run, ...]:
    """The one canonical form of a run sequence.

    Whitespace at the edges of a formatted run becomes plain text (Markdown
    cannot express it), empty runs go, neighbours with the same format merge,
    spaces around hard breaks and at both ends of the block are dropped.
    """
    pieces: list[Run] = []
    for run in runs:
        text = run.text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
        if run.bold or run.italic:
            lead, core, trail = _EDGE_SPACE.match(text).groups()  # type: ignore[union-attr]
            pieces += [Run(lead), Run(core, run.bold, run.italic), Run(trail)]
        else:
            pieces.append(Run(text))
    merged: list[Run] = []
    for run in pieces:
        if not run.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    cleaned = [Run(_SPACES_AROUND_BREAK.sub("\n", r.text), r.bold, r.italic) for r in merged]
    if cleaned:
        cleaned[0] = Run(cleaned[0].text.lstrip(), cleaned[0].bold, cleaned[0].italic)
        cleaned[-1] = Run(cleaned[-1].text.rstrip(), cleaned[-1].bold, cleaned[-1].italic)
    return tuple(run for run in cleaned if run.text)


# --- serialising -----------------------------------------------------------------------


def each_level_has_a_parent(blocks: list[Block]) -> list[Block]:
    """A list item is at most one level deeper than the item before it (an editor's list,
    or Word's, may start at its second level)."""
    fixed: list[Block] = []
    for block in blocks:
        if block.list_kind is not None:
            parent = fixed[-1].level if fixed and fixed[-1].list_kind is not None else 0
            if block.level > parent + 1:
                block = Block(block.runs, block.list_kind, parent + 1)
        fixed.append(block)
    return fixed


def to_markdown(blocks: list[Block]) -> str:
    """Serialise blocks so that ``parse`` gives them back (for normalised runs)."""
    out: list[str] = []
    numbers = [0] * (MAX_LIST_LEVEL + 1)
    indents = [0] * (MAX_LIST_LEVEL + 1)
    previous: Block | None = None
    for block in blocks:
        if block.list_kind is None:
            if previous is not None:
                out.append("")
            out.append(_inline(block.runs))
        else:
            level = max(1, min(block.level, MAX_LIST_LEVEL))
            starts_list = previous is None or previous.list_kind is None
            if starts_list and previous is not None:
                out.append("")
            if starts_list:
                numbers = [0] * (MAX_LIST_LEVEL + 1)
            elif previous is not None and (previous.level < level or (
                    previous.level == level and previous.list_kind != block.list_kind)):
                numbers[level] = 0  # a nested list, or a list of the other kind
            for deeper in range(level + 1, MAX_LIST_LEVEL + 1):
                numbers[deeper] = 0
            numbers[level] += 1
            marker = f"{numbers[level]}." if block.list_kind is ListKind.ORDERED else "-"
            indent = indents[level - 1]
            indents[level] = indent + len(marker) + 1
            text = _inline(block.runs).replace("\n", "\n" + " " * indents[level])
            out.append(" " * indent + marker + " " + text)
        previous = block
    return "\n".join(out) + ("\n" if out else "")


_SPECIAL = re.compile(r"([\\*_])")
_LINE_START = re.compile(r"^([-+]|\d+[.)])(?=\s|$)", re.MULTILINE)


def _escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) in "-+"
                           else m.group(1)[:-1] + "\\" + m.group(1)[-1], text)
    return text.replace("\n", "\\\n")


def _inline(runs: tuple[Run, ...]) -> str:
    out: list[str] = []
    stack: list[str] = []  # open markers, innermost last
    for run in runs:
        wanted = {"**"} if run.bold else set()
        if run.italic:
            wanted.add("*")
        # Close what is no longer wanted, reopening inner markers that still are.
        while any(marker not in wanted for marker in stack):
            out.append(stack.pop())
        for marker in ("**", "*"):
            if marker in wanted and marker not in stack:
                out.append(marker)
                stack.append(marker)
        out.append(_escape(run.text))
    out.extend(reversed(stack))
    return "".join(out)


# --- plain text ------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def count_words(markdown: str) -> int:
    """Words in a Markdown text; markers and lone punctuation are not words."""
    return len(_WORD.findall(markdown))


def plain_text(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)
