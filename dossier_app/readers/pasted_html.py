"""HTML from the clipboard (Word, LibreOffice, a web page) as the Markdown subset's blocks.

What the subset stores is kept: paragraphs, bold, italic, bullet and numbered lists with
their levels, hard line breaks. The rest goes: styles, fonts, colours, images, scripts,
comments; headings become bold paragraphs, table cells paragraphs of their own. Word does
not put real lists on the clipboard but paragraphs styled ``mso-list:l0 level2 lfo1``
whose bullet or number is text inside ``<![if !supportLists]>``: they become list items,
the drawn marker dropped, numbered or not as the ``@list`` definition of the ``<style>``
block says, or else as the marker looks.

Hostile input is bounded: more than ``MAX_HTML_CHARS`` is refused before parsing
(``FileProblem``), elements nested deeper than ``MAX_DEPTH`` lend no formatting of their
own (their text is kept), and only HTML's own character references are expanded
(``html.parser``): nothing is fetched, no entity is declared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import groupby

from ..core.errors import FileProblem
from ..core.files import megabytes
from ..core.markdown import (
    MAX_LIST_LEVEL,
    Block,
    ListKind,
    Run,
    each_level_has_a_parent,
    normalize_runs,
    to_markdown,
)
from ..core.sentence import say

MAX_HTML_CHARS = 500_000
"""Characters of clipboard HTML read (500 kB of ASCII), since the paste runs while the
candidate waits: half a second for Word's markup, three at most for the densest, measured
on a busy two-core machine. Word writes 10 to 15 times the text's size, so some twelve
pages (several chapters) keep their shape; the editor pastes more as plain text, and a
whole draft comes in through the Word import."""
MAX_DEPTH = 256
"""Open elements that count; deeper ones are read as their parent's text."""
_IMPLIED_REACH = 32
"""Open elements a start tag looks through for the one it ends (``<li>`` an ``<li>``)."""
_LONGEST_SPACE = 16
"""White space kept in a row (Word indents with runs of no-break spaces)."""

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul", "xmp"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_SKIPPED = frozenset({"audio", "button", "canvas", "iframe", "math", "noscript", "object",
                      "script", "select", "style", "svg", "template", "textarea", "title",
                      "video", "xml"})
_BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"})
_ITALIC_TAGS = frozenset({"i", "em"})
_CLOSED_BY = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "td": {"td", "th"},
              "th": {"td", "th"}, "tr": {"tr", "td", "th"}}
"""A start tag that ends an open element of these names, as in HTML (``<li>a<li>b``)."""
_CONTAINERS = frozenset({"li", "td", "th", "ul", "ol", "table", "blockquote", "div", "body"})
"""What an open ``<p>`` cannot be ended from the inside of."""

_TAG_START = re.compile(r"[A-Za-z/!?]")
_WHITE = re.compile(r"[ \t\n\r\f]+")
_HEADER = re.compile(r"(?:[A-Za-z]+:[^\r\n<]*(?:\r\n|\r|\n))+")
_WORD_LIST = re.compile(r"\bl(\d+)\s+level(\d+)\b", re.IGNORECASE)
_LIST_LEVEL = re.compile(r"@list\s+l(\d+):level(\d+)\s*\{([^}]{0,4000})\}", re.IGNORECASE)
_NUMBER_FORMAT = re.compile(r"mso-level-number-format\s*:\s*([\w-]+)", re.IGNORECASE)
_LONG_SPACE = re.compile(rf"\s{{{_LONGEST_SPACE + 1},}}")
_ORDERED_MARKER = re.compile(r"\(?(?:\d+(?:[.)]\d+)*[.)]?|[A-Za-z]{1,6}[.)])")


class PastedHtmlTooLarge(FileProblem):
    """The clipboard holds more HTML than ``MAX_HTML_CHARS``."""


def html_to_markdown(html: str) -> str:
    """The clipboard's HTML as the Markdown subset, its literal ``*``, ``_``… escaped."""
    return to_markdown(html_to_blocks(html))


def html_to_blocks(html: str) -> list[Block]:
    """The clipboard's HTML as blocks; raises ``PastedHtmlTooLarge`` beyond the bound."""
    if len(html) > MAX_HTML_CHARS:
        raise PastedHtmlTooLarge(say(
            "Le texte collé pèse {size} en HTML, au plus {limit} : sa mise en forme n’est pas "
            "lue.", size=megabytes(len(html)), limit=megabytes(MAX_HTML_CHARS)))
    reader = _Reader("<!--StartFragment" in html)
    reader.feed(_declarations_as_comments(_without_cut_tag(_without_header(html))))
    reader.close()
    return each_level_has_a_parent(reader.finish())


def _without_header(html: str) -> str:
    """Windows' CF_HTML ``Version:… StartHTML:…`` lines dropped (Qt may leave them)."""
    if not html.startswith("Version:"):
        return html
    header = _HEADER.match(html)
    return html[header.end():] if header else html


def _without_cut_tag(html: str) -> str:
    """A tag the clipboard's end cuts in two dropped, as a browser does (``html.parser``
    would give it as text)."""
    last = html.rfind("<")
    if last != -1 and html.find(">", last) == -1 and _TAG_START.match(html, last + 1):
        return html[:last]
    return html


def _declarations_as_comments(html: str) -> str:
    """Word's ``<![if !supportLists]>`` and every other ``<!…>`` but a comment, as the
    comment a browser reads it as; an unterminated one ends the text, as in a browser.
    (``html.parser`` raises on some marked sections: none reaches it.)"""
    pieces: list[str] = []
    done = 0
    start = html.find("<!", done)
    while start != -1:
        comment = html.startswith("<!--", start)
        end = html.find("-->" if comment else ">", start + (4 if comment else 2))
        if end == -1:
            pieces.append(html[done:start])
            return "".join(pieces)
        if comment:
            start = html.find("<!", end + 3)
            continue
        inner = html[start + 2:end].replace("--", "- -")
        pieces += [html[done:start], "<!--", inner, "-->"]
        done = end + 1
        start = html.find("<!", done)
    pieces.append(html[done:])
    return "".join(pieces)


@dataclass(slots=True)
class _Open:
    """An open element and what it lends its content."""

    tag: str
    bold: bool
    italic: bool
    skipped: bool
    pre: bool
    marker: bool
    """Inside Word's ``mso-list:Ignore`` span: the drawn bullet or number."""
    lists: tuple[ListKind, ...]
    item: _Item | None
    """The list item (an ``<li>`` or a Word list paragraph) the content belongs to."""


@dataclass(eq=False, slots=True)
class _Item:
    """A list item being read: its level and, for Word's, the marker it draws."""

    level: int
    kind: ListKind | None
    word_list: tuple[int, int] | None = None
    marker: list[str] = field(default_factory=list)


_ROOT = _Open("", False, False, False, False, False, (), None)


class _Reader(HTMLParser):
    def __init__(self, fragment_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[_Open] = []
        self._open_tags: dict[str, int] = {}
        """How many elements of each name are open: an end tag nothing matches costs nothing."""
        self._blocks: list[Block] = []
        self._runs: list[Run] = []
        self._owner: _Item | None = None
        self._line_pending = False
        self._styles: list[str] = []
        self._word_kinds: dict[tuple[int, int], ListKind | None] | None = None
        self._in_fragment = not fragment_only
        self._support_lists = False
        self._conditional = 0

    # --- results ---------------------------------------------------------------------

    def finish(self) -> list[Block]:
        self._flush()
        return self._blocks

    def _flush(self) -> None:
        runs = normalize_runs(_merged(self._runs)) if self._runs else ()
        if runs:
            item = self._owner
            kind = self._item_kind(item) if item is not None else None
            if item is None or kind is None:
                self._blocks.append(Block(runs))
            else:
                self._blocks.append(Block(runs, kind, max(1, min(item.level, MAX_LIST_LEVEL))))
        self._runs = []
        self._owner = None
        self._line_pending = False

    def _item_kind(self, item: _Item) -> ListKind | None:
        """An ``<li>``'s list; for Word's paragraphs, the list definition or the marker."""
        if item.word_list is None:
            return item.kind
        kinds = self._word_definitions()
        if item.word_list in kinds:
            return kinds[item.word_list]
        if any(key[0] == item.word_list[0] for key in kinds):
            return ListKind.ORDERED  # a level Word defines without a format is decimal
        marker = "".join(item.marker)[-200:].replace("\xa0", "").strip()
        return ListKind.ORDERED if _ORDERED_MARKER.fullmatch(marker) else ListKind.BULLET

    def _word_definitions(self) -> dict[tuple[int, int], ListKind | None]:
        if self._word_kinds is None:
            kinds: dict[tuple[int, int], ListKind | None] = {}
            for match in _LIST_LEVEL.finditer("".join(self._styles)):
                number = _NUMBER_FORMAT.search(match.group(3))
                form = number.group(1).lower() if number else "decimal"
                kinds[(int(match.group(1)), int(match.group(2)))] = (
                    None if form == "none" else
                    ListKind.BULLET if form in ("bullet", "image") else ListKind.ORDERED)
            self._word_kinds = kinds
        return self._word_kinds

    # --- text ------------------------------------------------------------------------

    def _top(self) -> _Open:
        return self._stack[-1] if self._stack else _ROOT

    def handle_data(self, data: str) -> None:
        top = self._top()
        if top.tag == "style":
            self._styles.append(data)
            return
        if top.skipped or not self._in_fragment:
            return
        item = top.item
        if self._support_lists or self._conditional or top.marker:
            if item is not None and not self._conditional:
                item.marker.append(data)
            return
        if top.pre:
            pieces = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for index, piece in enumerate(pieces):
                if index:
                    self._line_break()
                self._text(piece, top)
            return
        self._text(_WHITE.sub(" ", data), top)

    def _text(self, text: str, top: _Open) -> None:
        if not text.strip(" "):  # the white space between two tags, or between two words
            if text and self._runs and self._owner is top.item and not self._line_pending \
                    and not self._runs[-1].text.endswith((" ", "\n")):
                self._runs.append(Run(" ", top.bold, top.italic))
            return
        if self._owner is not top.item and (self._runs or self._owner is not None):
            self._flush()
        self._owner = top.item
        if self._line_pending:
            self._runs.append(Run("\n"))
            self._line_pending = False
        if text.startswith(" ") and (not self._runs or self._runs[-1].text.endswith((" ", "\n"))):
            text = text[1:]
        self._runs.append(Run(text, top.bold, top.italic))

    def _line_break(self) -> None:
        if self._in_fragment and not self._top().skipped and self._runs:
            self._runs.append(Run("\n"))

    def _boundary(self) -> None:
        """A block starts or ends: a new paragraph, or a new line in the same list item.
        Word's conditional content never spans paragraphs: a broken one ends here."""
        self._support_lists = False
        self._conditional = 0
        if self._owner is not None and self._owner is self._top().item and self._runs:
            self._line_pending = True
        else:
            self._flush()

    # --- comments: fragments and Word's conditional content ----------------------------

    def handle_comment(self, data: str) -> None:
        text = data.strip()
        if text.startswith("StartFragment"):
            self._in_fragment = True
        elif text.startswith("EndFragment"):
            self._in_fragment = False
        elif text.lower().startswith("[if !supportlists]"):
            self._support_lists = True
        elif text.lower().startswith("[if !support") and "linebreaknewline" not in text.lower():
            self._conditional += 1  # annotation marks, footnote numbers: Word's own drawing
        elif text.lower().startswith("[endif]"):
            if self._support_lists:
                self._support_lists = False
            elif self._conditional:
                self._conditional -= 1

    # --- elements --------------------------------------------------------------------

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._line_break()
            return
        if tag in _BLOCKS:
            self._close_implied(tag)
            if not self._top().skipped:
                self._boundary()
        if tag in _VOID or (len(self._stack) >= MAX_DEPTH and tag not in ("script", "style")):
            return  # (a script's or a style's text ends with its end tag: it is never text)
        style = next((value for name, value in attrs if name == "style"), None)
        self._stack.append(self._opened(tag, _declarations(style) if style else {}))
        self._open_tags[tag] = self._open_tags.get(tag, 0) + 1

    def _close_implied(self, tag: str) -> None:
        closed = _CLOSED_BY.get(tag, set())
        if not any(self._open_tags.get(name) for name in (*closed, "p")):
            return
        for index in range(len(self._stack) - 1, max(-1, len(self._stack) - 1 - _IMPLIED_REACH), -1):
            name = self._stack[index].tag
            if name in closed or (name == "p" and tag not in ("li", "td", "th", "tr", "dt", "dd")):
                self._pop_to(index)
                return
            if name in _CONTAINERS or (tag in ("li", "dt", "dd") and name in ("ul", "ol", "dl")):
                return

    def _opened(self, tag: str, style: dict[str, str]) -> _Open:
        parent = self._top()
        bold = _weight(style.get("font-weight"), tag in _BOLD_TAGS or parent.bold)
        italic = _slant(style.get("font-style"), tag in _ITALIC_TAGS or parent.italic)
        lists, item = parent.lists, parent.item
        if tag in ("ul", "ol", "menu", "dir"):
            lists = (*lists, ListKind.ORDERED if tag == "ol" else ListKind.BULLET)
        elif tag == "li":
            item = _Item(len(lists), lists[-1] if lists else ListKind.BULLET)
        elif tag in _BLOCKS:
            word = _WORD_LIST.search(style.get("mso-list", ""))
            if word is not None:
                item = _Item(int(word.group(2)), None, (int(word.group(1)), int(word.group(2))))
            elif tag in ("td", "th", "table", "blockquote"):
                item = None
        marker = parent.marker or style.get("mso-list", "").lower() == "ignore"
        skipped = parent.skipped or (tag in _SKIPPED and tag != "style") \
            or style.get("display", "").lower() == "none"
        return _Open(tag, bold, italic, skipped, parent.pre or tag in ("pre", "listing", "xmp"),
                     marker, lists, item)

    def handle_endtag(self, tag: str) -> None:
        if not self._open_tags.get(tag):
            return
        for index in range(len(self._stack) - 1, -1, -1):
            name = self._stack[index].tag
            if name == tag:
                self._pop_to(index)
                return

    def _pop_to(self, index: int) -> None:
        """Close the element at ``index`` and all opened inside it."""
        closing = self._stack[index:]
        del self._stack[index:]
        for element in closing:
            self._open_tags[element.tag] -= 1
        if any(element.tag in _BLOCKS for element in closing) and not self._top().skipped:
            self._boundary()
        if any(element.tag == "li" for element in closing) and self._owner is not self._top().item:
            self._flush()


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbours of one format as one run, before ``normalize_runs`` moves the spaces at a
    formatted run's edges out of it (« gras » then « suite », both bold, stay one run), and
    no more than ``_LONGEST_SPACE`` white spaces in a row (``normalize_runs`` takes time
    with the square of a row's length)."""
    merged: list[Run] = []
    for (bold, italic), group in groupby(runs, key=lambda run: (run.bold, run.italic)):
        text = _LONG_SPACE.sub(lambda row: row.group()[:_LONGEST_SPACE],
                               "".join(run.text for run in group))
        merged.append(Run(text, bold, italic))
    return merged


def _declarations(style: str) -> dict[str, str]:
    """``style="a: b; c: d"`` as ``{"a": "b", "c": "d"}``, names lowercase (``mso-bidi-
    font-weight`` is not ``font-weight``)."""
    found: dict[str, str] = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = value.strip().strip("'\"").strip()
    return found


def _weight(value: str | None, inherited: bool) -> bool:
    if value is None:
        return inherited
    value = value.lower().replace("!important", "").strip()
    if value in ("bold", "bolder"):
        return True
    if value in ("normal", "lighter"):
        return False
    return int(value) >= 600 if value.isdigit() else inherited


def _slant(value: str | None, inherited: bool) -> bool:
    if value is None:
        return inherited
    value = value.lower().replace("!important", "").strip()
    if value.startswith(("italic", "oblique")):
        return True
    return False if value == "normal" else inherited


