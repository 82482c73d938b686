"""The pace toward the submission date, on fixed days."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier_app.core.guidance import Guidance
from dossier_app.core.model import ChapterKind, Dossier, Production, Step, StepKind, WritingDay
from dossier_app.core.pace import PaceStatus, pace, target_for

START = dt.date(2026, 9, 1)
SUBMISSION = dt.date(2026, 12, 10)  # 100 days after the start
HALFWAY = dt.date(2026, 10, 21)


def _dossier(words: int, submission: dt.date | None = SUBMISSION) -> Dossier:
    """One production, each chapter holding ``words`` words; targets of 100 words each."""
    steps = [Step("Information collective", START, kind=StepKind.INFORMATION)]
    if submission is not None:
        steps.append(Step("Remise du dossier", submission, kind=StepKind.SUBMISSION))
    production = Production(1)
    for chapter in production.chapters.values():
        chapter.text = " ".join(["mot"] * words)
    return Dossier(productions=[production], steps=steps,
                   chapter_targets=dict.fromkeys(ChapterKind, 100))


def test_targets_are_the_candidate_s_else_the_guidance_s(guidance: Guidance) -> None:
    dossier = Dossier(chapter_targets={ChapterKind.ANALYSIS: 900})
    assert target_for(dossier, guidance, ChapterKind.ANALYSIS) == 900
    assert target_for(dossier, guidance, ChapterKind.SITUATION) == \
        guidance.chapters[ChapterKind.SITUATION].min_words


def test_halfway_with_half_written_is_on_time(guidance) -> None:
    found = pace(_dossier(50), guidance, HALFWAY)
    assert found.status is PaceStatus.ON_TIME
    assert (found.target, found.remaining) == (300, 150)
    assert found.days_left == 50
    assert found.writing_days_left == 29  # 50 days, 4 writing days a week
    assert found.words_per_writing_day == 6  # 150 words over 29 days, rounded up


@pytest.mark.parametrize("words, status", [(90, PaceStatus.AHEAD), (10, PaceStatus.LATE)])
def test_ahead_or_late_beyond_the_margin(guidance, words, status) -> None:
    assert pace(_dossier(words), guidance, HALFWAY).status is status


def test_words_beyond_one_target_do_not_make_up_for_another(guidance) -> None:
    dossier = _dossier(0)
    dossier.productions[0].chapters[ChapterKind.ANALYSIS].text = " ".join(["mot"] * 1000)
    found = pace(dossier, guidance, HALFWAY)
    assert found.remaining == 200 and found.status is PaceStatus.ON_TIME


def test_without_a_submission_date_there_is_no_pace(guidance) -> None:
    found = pace(_dossier(50, submission=None), guidance, HALFWAY)
    assert found.status is PaceStatus.NO_DATE
    assert found.days_left is None and found.words_per_writing_day is None
    assert found.remaining == 150  # what remains is still known


def test_past_the_date(guidance) -> None:
    found = pace(_dossier(50), guidance, SUBMISSION + dt.timedelta(days=3))
    assert found.status is PaceStatus.PAST
    assert found.days_left == -3 and found.words_per_writing_day is None


def test_on_the_day_itself_all_that_remains_is_for_today(guidance) -> None:
    found = pace(_dossier(90), guidance, SUBMISSION)
    assert (found.days_left, found.writing_days_left, found.words_per_writing_day) == (0, 1, 30)
    assert found.status is PaceStatus.ON_TIME  # 30 words short: within the margin
    assert pace(_dossier(60), guidance, SUBMISSION).status is PaceStatus.LATE


def test_every_target_met_is_done(guidance) -> None:
    found = pace(_dossier(120), guidance, HALFWAY)
    assert found.status is PaceStatus.DONE and found.remaining == 0
    assert found.words_per_writing_day == 0 and found.ready is None


def test_an_empty_log_foresees_no_date(guidance) -> None:
    found = pace(_dossier(50), guidance, HALFWAY)
    assert found.ready is None


def test_the_ready_date_follows_the_recent_rhythm(guidance) -> None:
    dossier = _dossier(50)
    # 60 words over the last 4 days (one without writing): 15 a day, 150 to go: 10 days.
    dossier.writing_log = [WritingDay(HALFWAY - dt.timedelta(days=3), 20, 110),
                           WritingDay(HALFWAY - dt.timedelta(days=1), 25, 135),
                           WritingDay(HALFWAY, 15, 150)]
    assert pace(dossier, guidance, HALFWAY).ready == HALFWAY + dt.timedelta(days=10)
    # The advisor's copy of an unshared log: no date foreseen.
    assert pace(dossier, guidance, HALFWAY, log=[]).ready is None


def test_too_short_or_too_old_a_log_foresees_no_date(guidance) -> None:
    dossier = _dossier(50)
    dossier.writing_log = [WritingDay(HALFWAY, 40, 150), WritingDay(HALFWAY, 0, 150)]
    assert pace(dossier, guidance, HALFWAY).ready is None
    long_ago = HALFWAY - dt.timedelta(days=60)
    dossier.writing_log = [WritingDay(long_ago + dt.timedelta(days=n), 30, 30 * n)
                           for n in range(5)]
    assert pace(dossier, guidance, HALFWAY).ready is None  # nothing written lately


def test_without_a_path_start_the_line_starts_on_the_log_s_first_day(guidance) -> None:
    dossier = _dossier(50)
    dossier.steps = [s for s in dossier.steps if s.kind is StepKind.SUBMISSION]
    assert pace(dossier, guidance, HALFWAY).status is PaceStatus.ON_TIME  # starts today
    # 30 words before the log's first day, 100 days before the date: 165 due halfway, 273
    # ten days before the date.
    dossier.writing_log = [WritingDay(START, 10, 40)]
    assert pace(dossier, guidance, HALFWAY).status is PaceStatus.ON_TIME
    assert pace(dossier, guidance, dt.date(2026, 11, 30)).status is PaceStatus.LATE
