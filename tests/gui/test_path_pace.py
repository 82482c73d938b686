"""The « Rythme » block of the path page: the pace shown, the targets edited with the
keyboard, the writing log's sharing (real widgets, the example dossier)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dossier_app.core.model import ChapterKind, WritingDay
from dossier_app.gui.path_page import PathPage

from .test_access import _unnamed

TODAY = dt.date(2026, 11, 22)  # 18 days before the example's submission, 10 December


@pytest.fixture
def page(window, qtbot, example, guidance):
    """The page on its own, in the window's language (French)."""
    shown = PathPage()
    qtbot.addWidget(shown)
    shown.resize(1200, 900)
    shown.show()
    shown.load(example, TODAY, guidance)
    return shown


def test_the_pace_is_shown_from_the_guidance_s_marks(page, guidance) -> None:
    box = page.pace
    assert {kind: spin.value() for kind, spin in box.targets.items()} == \
        {kind: guidance.chapters[kind].min_words for kind in ChapterKind}
    # The example lacks 11 words in production 2's transfer and 11 in production 3's analysis.
    assert box.remaining.text() == "22 mots"
    assert box.days.text() == "le 10 décembre 2026, dans 18 jours"
    assert box.per_day.text().startswith("2 mots")  # 22 words over 11 writing days
    assert box.status.text() == "En avance"
    assert "trop court" in box.ready.text()
    assert box.by_chapter.text().split("\n") == [
        "Production 1 — objectifs atteints",
        "Production 2 — Argumentaire de transfert\xa0: 11 mots à écrire",
        "Production 3 — Analyse\xa0: 11 mots à écrire"]
    assert page.pace_line.text() == \
        "Rythme\xa0: en avance  ·  22 mots à écrire  ·  2 mots par jour d’écriture"
    assert not box.share.isChecked()
    assert _unnamed(page) == []


def test_a_target_typed_with_the_keyboard_changes_the_pace_and_the_dossier(page, example,
                                                                           qtbot) -> None:
    box = page.pace
    spin = box.targets[ChapterKind.ANALYSIS]
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(page.pace_changed):
        qtbot.keyClicks(spin, "600")
    assert spin.value() == 600
    assert box.remaining.text() == "1\u202f080 mots"  # the three analyses to 600, one transfer
    assert box.status.text() == "En retard"
    page.apply_pace(example)
    assert example.chapter_targets == {ChapterKind.ANALYSIS: 600}  # the others follow the guidance
    qtbot.keyClick(box.reset, Qt.Key.Key_Space)
    assert spin.value() == 200
    page.apply_pace(example)
    assert example.chapter_targets == {}


def test_the_log_is_shared_only_when_asked(page, example, qtbot) -> None:
    box = page.pace
    box.share.setFocus()
    with qtbot.waitSignal(page.pace_changed):
        qtbot.keyClick(box.share, Qt.Key.Key_Space)
    page.apply_pace(example)
    assert example.share_writing_log is True


def test_the_last_days_written_are_listed_newest_first(page, example, guidance) -> None:
    example.writing_log = [WritingDay(dt.date(2026, 11, 18), 120, 3000),
                           WritingDay(dt.date(2026, 11, 19), 0, 2990),
                           WritingDay(dt.date(2026, 11, 21), 2000, 4990)]
    page.load(example, TODAY, guidance)
    lines = page.pace.log.text().split("\n")
    assert lines == ["21 novembre 2026\xa0: +2\u202f000 mots", "18 novembre 2026\xa0: +120 mots"]


def test_the_targets_are_reached_with_tab(page) -> None:
    box = page.pace
    box.targets[ChapterKind.SITUATION].setFocus()
    seen = []
    for _ in range(6):
        seen.append(QApplication.focusWidget())
        page.focusNextChild()
    assert seen[:5] == [box.targets[ChapterKind.SITUATION], box.targets[ChapterKind.ANALYSIS],
                        box.targets[ChapterKind.TRANSFER], box.reset, box.share]


def test_read_only_the_targets_can_be_read_not_changed(page) -> None:
    page.setReadOnly(True)
    assert not any(spin.isEnabled() for spin in page.pace.targets.values())
    assert not page.pace.share.isEnabled() and not page.pace.reset.isEnabled()
