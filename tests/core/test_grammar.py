"""Grammar with the real Grammalecte: planted errors are found at their place, typography
(which the app sets itself) is not reported, and odd text never breaks it."""

from __future__ import annotations

import pytest

from dossier_app.core.grammar import grammar_checker
from dossier_app.core.markdown import parse
from dossier_app.core.model import ChapterKind
from dossier_app.core.proofread import paragraphs, proofread
from dossier_app.core.proofreading import Kind

pytestmark = pytest.mark.needs("grammalecte")

PLANTED = ("Les salariés qui était présent ont voté. J’ai organisé des réunion avec la "
           "direction, et elle les a accepté. Nous avons travaillés ensemble. Les salariées "
           "sont venu.")
"""Five errors: a verb's agreement with its subject, a noun's in number, a past
participle's with the object before « avoir », a participle after « avoir » with its
subject, and one after « être » with its subject."""


def _found(text: str) -> list[tuple[str, str]]:
    checker = grammar_checker()
    assert checker is not None
    return [(text[m.start:m.end], m.kind.value) for m in checker.check(text)]


def test_planted_errors_are_found_where_they_are() -> None:
    found = _found(PLANTED)
    words = [word for word, kind in found if kind == "grammar"]
    assert words == ["était", "réunion", "accepté", "travaillés", "venu"]


def test_the_suggestions_correct_the_words() -> None:
    checker = grammar_checker()
    assert checker is not None
    suggestions = {PLANTED[m.start:m.end]: m.suggestions for m in checker.check(PLANTED)}
    assert "étaient" in suggestions["était"]
    assert "réunions" in suggestions["réunion"]


def test_typography_the_app_sets_itself_is_not_reported() -> None:
    # Straight apostrophes, no no-break space before « : » or « ! », a plain space in a number.
    text = "J'ai vu l'équipe : c'est bien ! Nous étions 12 500 salariés, soit 3 km de file."
    assert _found(text) == []


def test_each_line_of_a_paragraph_is_checked_on_its_own_at_its_offsets() -> None:
    assert _found("Les salariés qui était\nprésent ont voté.") == [("était", "grammar")]
    # Read as one sentence with the line before, the error would be missed.
    assert _found("Une ligne\nLes salariés qui était présent ont voté.") == [("était", "grammar")]


@pytest.mark.parametrize("text", ["", " ", "\n", "…", "😀 " * 50, "é" * 5_000, "((((" * 500,
                                  "e\u0301te\u0301", "\u00a0\u202f", "\x00\x01", "ǅ" * 30])
def test_odd_text_gives_marks_or_none_never_an_error(text: str) -> None:
    checker = grammar_checker()
    assert checker is not None
    for mark in checker.check(text):
        assert 0 <= mark.start <= mark.end <= len(text)


def test_the_example_dossier_raises_at_most_a_few_alarms(example) -> None:
    grammar = [f for f in proofread(example, grammar=grammar_checker(), speller=None, advice=None)]
    assert len(grammar) <= 3, [(f.text, f.mark.message) for f in grammar]


def test_findings_are_placed_in_their_paragraph_across_runs_and_lists(example) -> None:
    chapter = example.productions[1].chapters[ChapterKind.ANALYSIS]
    chapter.text = ("Un **premier** paragraphe *sans* faute.\n\n"
                    "- un point\n- les **délégués** qui était *là*\n\n"
                    "Puis une ligne  \net des réunion après.\n")
    found = [f for f in proofread(example, grammar=grammar_checker(), speller=None, advice=None)
             if f.production == 2 and f.chapter is ChapterKind.ANALYSIS and f.kind is Kind.GRAMMAR]
    blocks = parse(chapter.text)
    assert [(f.paragraph, f.text) for f in found] == [(2, "était"), (3, "réunion")]
    for finding in found:
        assert blocks[finding.paragraph].text[finding.start:finding.end] == finding.text
    assert "\n" in blocks[3].text  # the hard line break is in the paragraph's text


def test_paragraphs_are_every_block_with_words_in_reading_order(example) -> None:
    seen = [(p.production, p.chapter) for p in paragraphs(example)]
    assert seen == sorted(seen, key=lambda s: (s[0], list(ChapterKind).index(s[1])))
    assert all(p.text.strip() for p in paragraphs(example))
