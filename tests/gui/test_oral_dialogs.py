"""The oral's three dialogs on a test clock: the full-screen rehearsal, the practice of the
jury's questions, the mock jury."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from dossier_app.core.clock import Clock
from dossier_app.core.model import AskedQuestion, Question, TalkPoint
from dossier_app.core.oral import bundled_rules, record_practice
from dossier_app.core.rehearsal import Stage
from dossier_app.gui.mock_jury_dialog import MockJuryDialog
from dossier_app.gui.practice_dialog import PracticeDialog
from dossier_app.gui.rehearsal_window import RehearsalWindow

from .conftest import TODAY, plain
from .test_access import _unnamed


class SteppedClock(Clock):
    """A clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.moment = TODAY.astimezone()
        self.seconds = 5000.0

    def now(self) -> dt.datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds
        self.moment += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock()


def _press(dialog: QWidget, qtbot, key: Qt.Key) -> None:
    """A key pressed where the keyboard is: the dialog's focused widget."""
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


def _shown(dialog: QWidget, qtbot) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as the window manager would: the keys reach the dialog
    qtbot.waitUntil(dialog.isActiveWindow)


# --- the rehearsal ----------------------------------------------------------------------

PLAN = [TalkPoint("Le contexte", 3), TalkPoint("Mon role", 4), TalkPoint("Le transfert", 3)]


def _rehearsal(window, qtbot, clock, plan: list[TalkPoint] = PLAN) -> RehearsalWindow:
    rehearsal = RehearsalWindow(plan, bundled_rules(), clock, "Production 1", window)
    _shown(rehearsal, qtbot)
    return rehearsal


def test_a_rehearsal_is_run_with_the_keys_and_kept(window, qtbot, clock) -> None:
    rehearsal = _rehearsal(window, qtbot, clock)
    assert rehearsal.windowState() & Qt.WindowState.WindowFullScreen
    assert rehearsal.pages.currentWidget() is rehearsal.start_page
    assert _unnamed(rehearsal) == []
    began = clock.now()
    _press(rehearsal, qtbot, Qt.Key.Key_Return)
    assert rehearsal.running and rehearsal.timer.started
    assert plain(rehearsal.number.text()) == "Point 1 sur 3"
    assert rehearsal.cue.text() == "Le contexte"
    clock.advance(100)
    rehearsal.refresh()
    assert plain(rehearsal.point_time.text()) == "Prévu : 3 min · reste 1:20"
    assert rehearsal.countdown.figure.text() == "8:20"
    _press(rehearsal, qtbot, Qt.Key.Key_Space)
    assert plain(rehearsal.number.text()) == "Point 2 sur 3" and rehearsal.cue.text() == "Mon role"
    clock.advance(50)
    _press(rehearsal, qtbot, Qt.Key.Key_PageDown)  # what a presenter's remote sends
    assert plain(rehearsal.number.text()) == "Point 3 sur 3 (le dernier)"
    _press(rehearsal, qtbot, Qt.Key.Key_Space)  # no point after the last: the talk goes on
    assert rehearsal.cue.text() == "Le transfert" and rehearsal.running
    _press(rehearsal, qtbot, Qt.Key.Key_P)
    assert "En pause" in rehearsal.countdown.words.text()
    clock.advance(300)  # paused: the time does not run
    rehearsal.refresh()
    assert rehearsal.countdown.figure.text() == "7:30"
    _press(rehearsal, qtbot, Qt.Key.Key_P)
    clock.advance(20)
    rehearsal.refresh()
    assert rehearsal.countdown.figure.text() == "7:10"
    assert plain(rehearsal.countdown.words.text()) == "Temps restant"
    _press(rehearsal, qtbot, Qt.Key.Key_Escape)
    assert rehearsal.pages.currentWidget() is rehearsal.end_page
    assert plain(rehearsal.verdict.text()) == "Trop court : 2:50 pour 10:00 prévues, 7:10 de moins."
    assert [rehearsal.points.item(row, 2).text() for row in range(3)] == ["1:40", "0:50", "0:20"]
    assert rehearsal.points.item(0, 3).text() == "1:20 de moins"
    assert _unnamed(rehearsal) == []
    clock.advance(5)
    _press(rehearsal, qtbot, Qt.Key.Key_Return)  # « Garder cette répétition », the default
    assert rehearsal.result() == QDialog.DialogCode.Accepted
    kept = rehearsal.rehearsal
    assert kept is not None
    assert (kept.seconds, kept.point_seconds, kept.date) == (170, [100, 50, 20], began)


def test_the_warnings_say_the_time_left_in_words_and_shapes(window, qtbot, clock) -> None:
    rehearsal = _rehearsal(window, qtbot, clock, [TalkPoint("Tout", 10)])
    _press(rehearsal, qtbot, Qt.Key.Key_Space)
    countdown = rehearsal.countdown
    clock.advance(480)
    rehearsal.refresh()
    assert countdown.figure.text() == "2:00"
    assert plain(countdown.words.accessibleName()) == "Plus que 2 minutes"
    assert countdown.words.text().startswith("△") and countdown.stage is Stage.WARNING
    clock.advance(90)
    rehearsal.refresh()
    assert plain(countdown.words.accessibleName()) == "Plus que 30 secondes"
    assert countdown.words.text().startswith("▲") and countdown.stage is Stage.LAST
    clock.advance(42)
    rehearsal.refresh()
    assert plain(countdown.words.accessibleName()) == "Temps dépassé : +0:12"
    assert countdown.figure.text() == "+0:12"
    assert countdown.words.text().startswith("■") and countdown.autoFillBackground()
    assert plain(rehearsal.point_time.text()) == "Prévu : 10 min · dépassé de 0:12"
    _press(rehearsal, qtbot, Qt.Key.Key_S)
    assert plain(rehearsal.verdict.text()) == "Dans le temps : 10:12 pour 10:00 prévues."


def test_a_second_escape_right_after_stopping_keeps_the_summary(window, qtbot, clock) -> None:
    rehearsal = _rehearsal(window, qtbot, clock)
    _press(rehearsal, qtbot, Qt.Key.Key_Space)
    clock.advance(30)
    rehearsal.reject()  # closing the window during the talk stops it first
    assert rehearsal.pages.currentWidget() is rehearsal.end_page and rehearsal.isVisible()
    _press(rehearsal, qtbot, Qt.Key.Key_Escape)  # the same press, not « ne pas garder »
    assert rehearsal.isVisible()
    clock.advance(2)
    _press(rehearsal, qtbot, Qt.Key.Key_Escape)
    assert not rehearsal.isVisible() and rehearsal.rehearsal is None


def test_without_a_plan_the_rehearsal_only_offers_to_close(window, qtbot, clock) -> None:
    rehearsal = _rehearsal(window, qtbot, clock, [])
    shown = [b.text().replace("&", "") for b in rehearsal.findChildren(QPushButton) if b.isVisible()]
    assert shown == ["Fermer"]
    assert any("Pas encore de plan" in label.text() for label in rehearsal.start_page.findChildren(
        type(rehearsal.verdict)))
    _press(rehearsal, qtbot, Qt.Key.Key_Space)
    assert not rehearsal.timer.started
    _press(rehearsal, qtbot, Qt.Key.Key_Escape)
    assert not rehearsal.isVisible() and rehearsal.rehearsal is None


# --- the practice -----------------------------------------------------------------------


def _practice(window, qtbot, clock, questions: list[Question]):
    said: list[tuple[str, int]] = []

    def answered(question: Question, confidence: int) -> None:
        said.append((question.question, confidence))
        record_practice(question, confidence, clock.now())
        clock.advance(60)

    dialog = PracticeDialog(questions, bundled_rules(), clock, answered, window)
    _shown(dialog, qtbot)
    return dialog, said


def test_the_least_sure_and_least_recently_practised_come_first(window, qtbot, clock) -> None:
    day = dt.timedelta(days=1)
    easy = Question("easy", confidence=3, practised=clock.now() - day)
    unsure_recent = Question("unsure recent", confidence=1, practised=clock.now() - day)
    unsure_old = Question("unsure old", confidence=1, practised=clock.now() - 5 * day)
    new = Question("new")
    dialog, said = _practice(window, qtbot, clock, [easy, unsure_recent, unsure_old, new])
    order = []
    for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_3):
        order.append(dialog.question.text())
        _press(dialog, qtbot, key)
    order.append(dialog.question.text())
    # never practised, then « pas sûr » from the oldest, then « à peu près », then among
    # the « à l’aise » the one practised longest ago
    assert order == ["new", "unsure old", "unsure recent", "unsure old", "easy"]
    assert said == [("new", 3), ("unsure old", 2), ("unsure recent", 3), ("unsure old", 3)]
    assert plain(dialog.session.text()) == "4 réponses pendant cette séance"


def test_notes_stay_hidden_until_asked_and_keys_answer(window, qtbot, clock) -> None:
    first = Question("first", notes="- 240 salaries")
    second = Question("second", notes="")
    dialog, said = _practice(window, qtbot, clock, [first, second])
    assert _unnamed(dialog) == []
    assert dialog.question.text() == "first" and not dialog.notes.isVisible()
    assert plain(dialog.history.text()) == "Mes questions · Jusqu’ici : Pas encore travaillée"
    clock.advance(12)
    dialog.refresh()
    assert plain(dialog.thinking.text()) == "Temps de réflexion : 0:12 / 0:30"
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # « Voir mes notes »
    qtbot.waitUntil(dialog.notes.isVisible)  # a mnemonic's click comes after its animation
    assert dialog.notes.toPlainText() == "- 240 salaries"
    clock.advance(40)  # the thinking time stops when the notes are shown
    dialog.refresh()
    assert plain(dialog.thinking.text()) == "Temps de réflexion : 0:12 / 0:30"
    _press(dialog, qtbot, Qt.Key.Key_1)
    assert said == [("first", 1)]
    assert dialog.question.text() == "second" and not dialog.notes.isVisible()
    clock.advance(45)
    dialog.refresh()
    assert plain(dialog.thinking.text()) == "Temps de réflexion : 0:45 / 0:30 (temps conseillé passé)"
    dialog.skip.click()  # « Passer »: nothing recorded, the next question comes
    assert said == [("first", 1)] and dialog.question.text() == "first"
    _press(dialog, qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_practice_without_questions_says_so(window, qtbot, clock) -> None:
    dialog, _said = _practice(window, qtbot, clock, [Question("  ")])
    assert dialog.current is None and dialog.empty.isVisible()
    assert not any(button.isVisible() for button in dialog.levels)
    assert dialog.finish.text() == "&Fermer"


# --- the mock jury ----------------------------------------------------------------------


def _answer_box(dialogs, button: str) -> list[str]:
    """Click ``button`` in the message box about to open; its text is put in the list."""
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(plain(box.text()))
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    dialogs.then(answer, kind=QMessageBox, activate=False)
    return seen


def _questions() -> list[Question]:
    return [Question("Le contexte ?"), Question("Votre role ?"), Question("Le metier vise ?")]


def test_a_mock_jury_times_both_phases_and_keeps_what_was_asked(window, qtbot, clock) -> None:
    questions = _questions()
    dialog = MockJuryDialog(questions, bundled_rules(), clock, "Claire Roussel", window)
    _shown(dialog, qtbot)
    assert _unnamed(dialog) == []
    assert dialog.presentation_display.figure.text() == "10:00"
    dialog.start_button.click()
    clock.advance(300)
    dialog.start_button.click()  # « Pause »
    clock.advance(60)
    dialog.refresh()
    assert dialog.presentation_display.figure.text() == "5:00"
    dialog.start_button.click()  # « Reprendre »
    clock.advance(280)
    dialog.refresh()
    assert plain(dialog.presentation_display.words.accessibleName()) == "Plus que 30 secondes"
    dialog.to_questions.click()
    assert dialog.pages.currentWidget() is dialog.questions_page
    assert _unnamed(dialog) == []
    clock.advance(14 * 60)
    dialog.refresh()
    assert dialog.questions_display.figure.text() == "6:00"
    assert plain(dialog.questions_display.words.accessibleName()) == "Minimum de 15 min dans 1:00"
    clock.advance(60)
    dialog.refresh()
    assert plain(dialog.questions_display.words.accessibleName()) == (
        "Minimum de 15 min atteint : le jury peut conclure")
    first, _second, third = dialog.rows
    assert not first.feedback_line.isVisible()
    _press(dialog, qtbot, Qt.Key.Key_Space)  # the first question's box has the focus
    assert first.tick.isChecked() and first.feedback_line.isVisible()
    qtbot.keyClicks(first.feedback, "Clair, cite les chiffres")
    _press(dialog, qtbot, Qt.Key.Key_Return)  # Entrée in a feedback line does not save
    assert dialog.isVisible()
    third.tick.click()
    qtbot.keyClicks(dialog.notes, "Ralentir au debut")
    clock.advance(330)
    dialog.refresh()
    assert plain(dialog.questions_display.words.accessibleName()) == (
        "Temps des questions dépassé : +0:30")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    jury = dialog.mock_jury
    assert jury is not None
    assert (jury.date, jury.presentation_seconds, jury.questions_seconds) == (clock.now(), 580, 1230)
    assert jury.asked == [AskedQuestion(questions[0].uid, "Clair, cite les chiffres"),
                          AskedQuestion(questions[2].uid, "")]
    assert (jury.notes, jury.author) == ("Ralentir au debut", "Claire Roussel")


def test_cancelling_a_mock_jury_asks_before_losing_anything(window, qtbot, clock, dialogs) -> None:
    untouched = MockJuryDialog(_questions(), bundled_rules(), clock, "", window)
    _shown(untouched, qtbot)
    _press(untouched, qtbot, Qt.Key.Key_Escape)  # nothing to lose: no question
    assert not untouched.isVisible() and untouched.mock_jury is None
    dialog = MockJuryDialog(_questions(), bundled_rules(), clock, "", window)
    _shown(dialog, qtbot)
    dialog.to_questions.click()
    dialog.rows[1].tick.click()
    seen = _answer_box(dialogs, "Continuer le jury blanc")
    _press(dialog, qtbot, Qt.Key.Key_Escape)
    assert seen and seen[0].startswith("Abandonner ce jury blanc ?")
    assert dialog.isVisible() and dialog.rows[1].tick.isChecked()
    _answer_box(dialogs, "Abandonner")
    _press(dialog, qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.mock_jury is None
