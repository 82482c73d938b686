from hypothesis import given
from hypothesis import strategies as st

from dossier_app.core.diff import Change, Segment, summary, word_diff


def test_a_changed_word_is_one_word_out_and_one_in() -> None:
    segments = word_diff("J’ai relu le contrat.", "J’ai vérifié le contrat.")
    assert segments == [Segment(Change.SAME, "J’ai "), Segment(Change.REMOVED, "relu"),
                        Segment(Change.ADDED, "vérifié"), Segment(Change.SAME, " le contrat.")]
    assert summary(segments) == (1, 1)


def test_added_paragraph() -> None:
    segments = word_diff("Un.", "Un.\n\nDeux trois.")
    assert [s.change for s in segments] == [Change.SAME, Change.ADDED]
    assert summary(segments) == (2, 0)


texts = st.text(alphabet=st.sampled_from("ab é\n,."), max_size=60)


@given(texts, texts)
def test_both_versions_can_be_rebuilt(before: str, after: str) -> None:
    segments = word_diff(before, after)
    assert "".join(s.text for s in segments if s.change is not Change.REMOVED) == after
    assert "".join(s.text for s in segments if s.change is not Change.ADDED) == before


def test_french_dates() -> None:
    import datetime as dt

    from dossier_app.core.dates import date_time, long_date, month_year

    assert long_date(dt.date(2026, 10, 6)) == "6 octobre 2026"
    assert month_year(dt.date(2019, 3, 1)) == "mars 2019"
    assert date_time(dt.datetime(2026, 8, 1, 15, 20)) == "1er août 2026 à 15:20"
