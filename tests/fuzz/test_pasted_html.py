"""Hostile clipboard HTML through the pasted-HTML reader: generated and mutated HTML, a
50 MB paste, deep nesting, broken tags. Each gives blocks the editor holds (normalised
runs, list levels 1 to 3, Markdown that parses back equal) or, beyond the size bound, one
French sentence; never another exception, always in bounded time, and the words of
ordinary markup are all kept, in order."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.markdown import MAX_LIST_LEVEL, Block, normalize_runs, parse, to_markdown
from dossier_app.readers.pasted_html import (
    MAX_DEPTH,
    MAX_HTML_CHARS,
    PastedHtmlTooLarge,
    html_to_blocks,
)
from tests.fuzz.contract import TIME_LIMIT, assert_dossier_error

FIXTURES = Path(__file__).parents[1] / "readers" / "fixtures"
SAMPLES = [(FIXTURES / name).read_bytes().decode("utf-8") for name in (
    "word_2016_clipboard.html", "libreoffice_writer.html", "web_page_clipboard.html")]
_WORD = re.compile(r"[^\W\d_]+")


def _read(html: str) -> list[Block] | None:
    """The blocks, checked as the editor needs them; None when refused in one sentence."""
    start = time.monotonic()
    try:
        blocks = html_to_blocks(html)
    except PastedHtmlTooLarge as refused:
        assert_dossier_error(refused)
        return None
    assert time.monotonic() - start < TIME_LIMIT
    for block in blocks:
        assert block.runs and normalize_runs(block.runs) == block.runs, block
        if block.list_kind is None:
            assert block.level == 0
        else:
            assert 1 <= block.level <= MAX_LIST_LEVEL
    assert parse(to_markdown(blocks)) == blocks
    return blocks


def _words(blocks: list[Block]) -> list[str]:
    return _WORD.findall(" ".join(block.text for block in blocks))


# --- generated markup ------------------------------------------------------------------

words = st.text(st.sampled_from("abcdeéèàçœ"), min_size=1, max_size=8)
styles = st.sampled_from(["", "font-weight:bold", "font-weight: 700", "font-weight:normal",
                          "font-style:italic", "font-style:normal", "color:red",
                          "mso-list:l0 level2 lfo1", "mso-bidi-font-weight:normal",
                          "font-weight:bolder;font-style:oblique", "font-weight:x"])
inline_tags = st.sampled_from(["b", "i", "strong", "em", "span", "u", "a", "font", "sup", "o:p"])
block_tags = st.sampled_from(["p", "div", "h1", "h3", "blockquote", "li", "td", "section"])
list_tags = st.sampled_from(["ul", "ol"])


def _element(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    def wrap(tag: str, style: str, inner: list[str]) -> str:
        attribute = f' style="{style}"' if style else ""
        return f"<{tag}{attribute}>{' '.join(inner)}</{tag}>"

    lists = st.builds(lambda tag, items: f"<{tag}>" + "".join(f"<li>{' '.join(item)}</li>"
                                                                for item in items) + f"</{tag}>",
                      list_tags, st.lists(children, max_size=4))
    return st.one_of(st.builds(wrap, inline_tags | block_tags, styles, children), lists)


ordinary = st.recursive(
    st.builds(lambda w: [w], words) | st.just(["<br>"]) | st.just(["&nbsp;"]),
    lambda children: st.lists(_element(children) | words, min_size=1, max_size=5),
    max_leaves=40)


@settings(max_examples=300, deadline=None)
@given(parts=ordinary)
def test_ordinary_markup_keeps_every_word_in_order(parts: list[str]) -> None:
    html = " ".join(parts)
    blocks = _read(html)
    assert blocks is not None
    assert _words(blocks) == _WORD.findall(re.sub(r"<[^>]*>|&nbsp;", " ", html))


noise = st.sampled_from([
    "<", ">", "</", "<!", "<![", "]]>", "<!--", "-->", "<![if !supportLists]>", "<![endif]>",
    "<!--[if !supportLists]-->", "<!--[endif]-->", "<![if !supportAnnotations]>", "<![foo[",
    "<!DOCTYPE html [", "<?xml version='1.0'?>", "<!ENTITY x SYSTEM 'file:///etc/passwd'>",
    "&x;", "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp", "<script>", "</script>",
    "<style>", "@list l0:level1 {mso-level-number-format:bullet", "<pre>", "<table>", "<tr>",
    "<td>", "<li>", "<ul>", "<ol>", "</ul>", "<p style='mso-list:l1 level9 lfo1'>",
    "<span style='mso-list:Ignore'>", "</span>", "<b style=\"font-weight:", "<i", "\x00",
    "\r\n", "\u2028", "\ufeff", "<!--StartFragment-->", "<!--EndFragment-->",
    "Version:0.9\r\nStartHTML:x\r\n", "<svg>", "<math>", "<textarea>", "<br/>", "<p/>"])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(noise | words | st.text(max_size=12), max_size=60))
def test_any_markup_gives_blocks_or_one_sentence(pieces: list[str]) -> None:
    _read("".join(pieces))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_clipboards_give_blocks(data: st.DataObject) -> None:
    html = data.draw(st.sampled_from(SAMPLES))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(html)))
        end = data.draw(st.integers(at, min(len(html), at + 200)))
        html = html[:at] + data.draw(noise | st.just("") | words) + html[end:]
    _read(html)


@pytest.mark.parametrize("cut", range(0, 8800, 97))
def test_a_clipboard_cut_anywhere_keeps_what_came_before(cut: int) -> None:
    html = SAMPLES[0][:cut]
    blocks = _read(html)
    assert blocks is not None
    whole = _words(html_to_blocks(SAMPLES[0]))
    kept = _words(blocks)
    assert kept[:-1] == whole[:max(len(kept) - 1, 0)]  # the last word may be cut in two


# --- size and depth --------------------------------------------------------------------


def test_a_50_mb_paste_is_refused_at_once() -> None:
    html = SAMPLES[0] * (50_000_000 // len(SAMPLES[0]) + 1)
    start = time.monotonic()
    assert _read(html) is None
    assert time.monotonic() - start < 1


@pytest.mark.parametrize("piece", [
    "<p style='mso-list:l0 level1 lfo1'><b>mot</b> <i>suivi</i><br>",
    "<span>a</span>",
    "&nbsp;" * 40 + "<b>x</b>",
    "<div><span>" * 8 + "</x>" * 20,
    "<ul><li>un<li>",
    "<![if !supportLists]>1.<![endif]>",
    "@list l1:level1 {",
])
def test_the_largest_paste_read_is_read_in_bounded_time(piece: str) -> None:
    """Just under the bound, markup that is as dense or as pathological as it gets."""
    html = "<style>" * piece.startswith("@") + piece * ((MAX_HTML_CHARS - 10) // len(piece))
    assert _read(html) is not None  # in TIME_LIMIT, which _read checks


@pytest.mark.parametrize(("opening", "closing"), [
    ("<div>", "</div>"), ("<b><i>", "</i></b>"), ("<ul><li>", "</li></ul>"),
    ("<span style='font-weight:bold'>", "</span>"), ("<table><tr><td>", "</td></tr></table>"),
    ("<p style='mso-list:l0 level3 lfo1'><span>", "</span></p>")])
def test_deep_nesting_keeps_the_text(opening: str, closing: str) -> None:
    depth = 20 * MAX_DEPTH
    html = opening * depth + "fond" + closing * depth + "<p>après</p>" + closing * depth
    blocks = _read(html)
    assert blocks is not None and _words(blocks) == ["fond", "après"]


def test_deep_unclosed_nesting_with_endless_stray_end_tags() -> None:
    html = "<div><b>" * MAX_DEPTH + "texte" + "</i></span></td>" * 25_000 + " fin"
    blocks = _read(html)
    assert blocks is not None and _words(blocks) == ["texte", "fin"]
