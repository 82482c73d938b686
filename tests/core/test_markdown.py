from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_app.core.markdown import (
    Block,
    ListKind,
    Run,
    count_words,
    normalize_runs,
    parse,
    to_markdown,
)


def test_paragraphs_emphasis_and_lists() -> None:
    blocks = parse("Un *texte* avec **gras** et ***les deux***.\n\n- un\n  - deux\n1. trois\n")
    assert blocks == [
        Block((Run("Un "), Run("texte", italic=True), Run(" avec "), Run("gras", bold=True),
               Run(" et "), Run("les deux", bold=True, italic=True), Run("."))),
        Block((Run("un"),), ListKind.BULLET, 1),
        Block((Run("deux"),), ListKind.BULLET, 2),
        Block((Run("trois"),), ListKind.ORDERED, 1),
    ]


def test_everything_else_stays_literal() -> None:
    text = "# Pas un titre\n> pas une citation\n[lien](http://x) `code` <b>html</b> &amp;"
    assert parse(text) == [Block((Run(text.replace("\n", " ")),))]


def test_soft_and_hard_breaks() -> None:
    assert parse("ligne un\nligne deux") == [Block((Run("ligne un ligne deux"),))]
    assert parse("ligne un\\\nligne deux") == [Block((Run("ligne un\nligne deux"),))]
    assert parse("ligne un  \nligne deux") == [Block((Run("ligne un\nligne deux"),))]


def test_a_third_level_is_kept_and_a_fourth_joins_it() -> None:
    blocks = parse("- a\n  - b\n    - c\n      - d\n  - e\n")
    assert [b.level for b in blocks] == [1, 2, 3, 3, 2]
    assert parse(to_markdown(blocks)) == blocks


def test_three_levels_of_numbers_round_trip() -> None:
    blocks = [Block((Run(t),), ListKind.ORDERED, level)
              for t, level in (("a", 1), ("b", 2), ("c", 3), ("d", 3), ("e", 2), ("f", 1))]
    text = to_markdown(blocks)
    assert "      2. d" in text and "   2. e" in text and "2. f" in text
    assert parse(text) == blocks


def test_a_year_starting_a_line_is_not_a_list_after_serialising() -> None:
    blocks = [Block((Run("2019. Une année chargée"),)), Block((Run("- pas une puce"),))]
    assert parse(to_markdown(blocks)) == blocks


def test_counts_words_not_markers() -> None:
    assert count_words("**Le** délégué d’équipe a *re-signé* :\n\n- oui\n- 12 fois") == 8


def test_normalize_moves_edge_spaces_out_of_formatting() -> None:
    assert normalize_runs([Run("a"), Run(" b ", bold=True), Run("c")]) == (
        Run("a "), Run("b", bold=True), Run(" c"))


# --- properties ---------------------------------------------------------------------------

_word = st.text(alphabet=st.sampled_from("abcdéèçœ0123456789*_\\-+.)#>`[]!?«»’'"), min_size=1,
                max_size=8)
_run = st.builds(lambda words, bold, italic: Run(" ".join(words), bold, italic),
                 st.lists(_word, min_size=1, max_size=4), st.booleans(), st.booleans())


@st.composite
def _runs(draw: st.DrawFn) -> tuple[Run, ...]:
    # Formatting changes at word boundaries, as an editor's toolbar produces them,
    # with an occasional hard line break.
    runs: list[Run] = []
    for index, run in enumerate(draw(st.lists(_run, min_size=1, max_size=5))):
        if index:
            runs.append(Run(draw(st.sampled_from([" ", "\n"]))))
        runs.append(run)
    return normalize_runs(runs)


@st.composite
def _blocks(draw: st.DrawFn) -> list[Block]:
    blocks: list[Block] = []
    for _ in range(draw(st.integers(0, 6))):
        runs = draw(_runs())
        if not runs:
            continue
        kind = draw(st.sampled_from([None, ListKind.BULLET, ListKind.ORDERED]))
        if kind is None:
            blocks.append(Block(runs))
        else:
            nested = bool(blocks) and blocks[-1].list_kind is not None and draw(st.booleans())
            blocks.append(Block(runs, kind, 2 if nested else 1))
    return blocks


@settings(max_examples=300)
@given(_blocks())
def test_serialised_blocks_parse_back_equal(blocks: list[Block]) -> None:
    assert parse(to_markdown(blocks)) == blocks


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_any_text_parses_and_reaches_a_fixed_point(text: str) -> None:
    once = parse(text)
    assert parse(to_markdown(once)) == once
