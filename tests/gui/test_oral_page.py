"""« Préparer l'oral »: the plan from the chapters, the total's words, the jury's questions,
a comment made a question, confidence by keyboard, the ways to the page, read-only, the
rehearsals' chart; and the three dialogs it opens, once they exist."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from dossier_app.core.clock import Clock
from dossier_app.core.model import ChapterKind, QuestionOrigin, Rehearsal, TalkPoint
from dossier_app.core.oral import active_rules
from dossier_app.core.pages import Page
from dossier_app.gui import oral_plan
from dossier_app.gui.navigator import Place
from dossier_app.gui.oral_page import OralPage
from dossier_app.gui.oral_plan import MINUTES, POINT
from dossier_app.gui.oral_questions import NO_LEVEL
from dossier_app.gui.rehearsal_chart import RehearsalChart
from dossier_app.storage import dossier_file
from dossier_app.storage.dossier_file import DossierFile

from .conftest import TODAY, plain
from .test_access import _unnamed


class StepClock(Clock):
    """A clock the test moves: the day and the seconds of a countdown."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment.astimezone()
        self.seconds = 1000.0

    def now(self) -> dt.datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.seconds


@pytest.fixture
def clock(example_window) -> StepClock:
    example_window.context.clock = StepClock(TODAY)
    return example_window.context.clock


def _focus(qtbot, widget) -> None:
    """Offscreen, a window is not made active by itself: keys need it to be."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus())


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _open(window, number: int = 1, fresh: bool = True) -> OralPage:
    """The production's page, its preparation emptied first (``fresh``: the example's may
    hold one)."""
    if fresh and not window.session.read_only:
        window.session.update(lambda d: setattr(d, "oral",
                                                [p for p in d.oral if p.production != number]))
    window.workspace.go_to(Place(Page.ORAL, number))
    page = window.workspace.oral
    assert page is not None and window.workspace.content.currentWidget() is page
    return page


def _saved(window):
    window.save_now()
    with DossierFile.open(window.session.path, read_only=True) as file:
        return file.load()


def _plan(window, number: int = 1) -> list[TalkPoint]:
    return next((p.plan for p in window.session.dossier.oral if p.production == number), [])


def _set_plan(window, page: OralPage, minutes: list[float]) -> None:
    window.session.update(lambda d: setattr(d.oral_for(page.number), "plan",
                                            [TalkPoint(f"Point {m}", m) for m in minutes]))
    page.reload()


# --- the plan ---------------------------------------------------------------------------


def test_plan_proposed_from_the_chapters_edited_and_saved(example_window, qtbot) -> None:
    window = example_window
    page = _open(window)
    heading = plain(page.heading.text())
    assert heading.startswith("Production 1 : ") and heading.endswith("— oral")
    plan = page.plan
    assert plan.table.rowCount() == 0
    plan.propose_button.click()  # nothing to replace: no question asked
    points = _plan(window)
    assert [p.point.split(" :")[0] for p in points] == ["Situation", "Analyse",
                                                         "Argumentaire de transfert"]
    assert sum(p.minutes for p in points) == 10
    assert all(p.minutes % 0.5 == 0 for p in points)

    # The first point rewritten by keyboard: Enter edits the cell, Enter keeps it.
    table = plan.table
    table.setFocus()
    table.setCurrentCell(0, POINT)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Le pic de 2023")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    # Half a minute more with +, then the point moved under the next one with Alt+Down.
    table.setCurrentCell(0, MINUTES)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert table.currentRow() == 1
    first, second, third = _plan(window)
    assert (second.point, second.minutes) == ("Le pic de 2023", points[0].minutes + 0.5)
    assert first == points[1] and third == points[2]
    assert plain(plan.total.text()) == "Total : 10,5 min sur 10 min : dans la marge (9 min à 11 min)."

    saved = _saved(window).oral_for(1).plan
    assert saved == [first, second, third]

    # Removed with Suppr, one added with the button (it gets the minutes left).
    table.setFocus()
    table.setCurrentCell(1, POINT)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.point for p in _plan(window)] == [first.point, third.point]
    plan.add_button.click()
    added = _plan(window)[-1]
    assert added.minutes == 10 - first.minutes - third.minutes
    assert table.state() == table.State.EditingState  # the new point's text is being typed


def test_the_total_says_by_words_when_the_plan_is_outside_the_margin(example_window) -> None:
    window = example_window
    page = _open(window)
    assert "Aucun point" in page.plan.total.text()
    _set_plan(window, page, [4, 4, 4])
    assert plain(page.plan.total.text()) == (
        "⚠ Total : 12 min sur 10 min : trop long de 2 min, visez entre 9 min et 11 min.")
    _set_plan(window, page, [3.5, 3.5])
    assert plain(page.plan.total.text()) == (
        "⚠ Total : 7 min sur 10 min : trop court de 3 min, visez entre 9 min et 11 min.")
    _set_plan(window, page, [3, 3, 3])  # 9 minutes: on the margin's edge, in time
    assert "dans la marge" in page.plan.total.text()


def test_proposing_a_plan_asks_before_replacing_one(example_window, monkeypatch) -> None:
    window = example_window
    page = _open(window)
    _set_plan(window, page, [5, 5])
    asked: list[str] = []
    monkeypatch.setattr(oral_plan, "confirm", lambda _p, _t, text: asked.append(text) or False)
    page.plan.propose_button.click()
    assert [p.minutes for p in _plan(window)] == [5, 5] and "les 2 points" in asked[0]
    monkeypatch.setattr(oral_plan, "confirm", lambda *_: True)
    page.plan.propose_button.click()
    assert len(_plan(window)) == 3


# --- the questions -----------------------------------------------------------------------


def test_the_jury_questions_are_proposed_once(example_window) -> None:
    window = example_window
    page = _open(window, 2)
    session = window.session
    competence = session.ccpt.competence(session.dossier.production(2).competence)
    bank = active_rules(window.context.paths).bank(competence)
    assert len(bank) > len(competence.jury_expectations) > 0
    tab = page.questions
    assert not tab.practise_button.isEnabled()
    tab.propose_button.click()
    questions = session.dossier.oral_for(2).questions
    assert len(questions) == len(bank)
    assert {q.origin for q in questions} == {QuestionOrigin.JURY}
    assert plain(tab.status.text()) == f"{len(bank)} questions du jury ajoutées."
    assert tab.list.count() == len(bank) and tab.practise_button.isEnabled()
    assert "Questions types du jury" in tab.list.item(0).text()
    assert "Pas encore travaillée" in tab.list.item(0).text()

    tab.propose_button.click()
    assert len(session.dossier.oral_for(2).questions) == len(bank)
    assert plain(tab.status.text()) == "Les questions du jury sont déjà toutes là."
    assert len(_saved(window).oral_for(2).questions) == len(bank)


def test_a_comment_becomes_a_question_in_one_click_once(example_window) -> None:
    window = example_window
    window.session.update(lambda d: setattr(d, "oral", []))
    window.workspace.go_to(Place(Page.CHAPTER, 2, ChapterKind.ANALYSIS))
    comments = window.workspace.chapter_page.comments
    comment = next(c for c in window.session.dossier.comments if c.production == 2)
    assert comments.question_button.isEnabled()
    comments.question_button.click()
    questions = window.session.dossier.oral_for(2).questions
    assert len(questions) == 1
    assert (questions[0].origin, questions[0].question) == (QuestionOrigin.ADVISOR,
                                                             comment.body.strip())
    assert "Question ajoutée pour l’oral" in plain(comments.hint.text())
    assert "production 2" in comments.hint.text()
    comments.question_button.click()
    assert len(window.session.dossier.oral_for(2).questions) == 1
    assert "déjà une question" in comments.hint.text()

    page = _open(window, 2, fresh=False)
    assert page.questions.list.count() == 1
    assert "Conseiller" in page.questions.list.item(0).text()
    assert page.questions.question_edit.toPlainText() == comment.body.strip()
    assert _saved(window).oral_for(2).questions[0].source == f"comment:{comment.uid}"


def test_a_question_is_written_and_its_confidence_set_by_keyboard(example_window, qtbot,
                                                                   clock) -> None:
    window = example_window
    page = _open(window, 3)
    page.tabs.setCurrentIndex(1)
    tab = page.questions
    tab.add_button.click()
    assert tab.question_edit.hasFocus() or QApplication.focusWidget() is tab.question_edit
    qtbot.keyClicks(tab.question_edit, "Pourquoi ce metier ?")
    tab.notes.setFocus()
    qtbot.keyClicks(tab.notes, "Le gout du chiffre")
    question = window.session.dossier.oral_for(3).questions[-1]
    assert (question.question, question.origin) == ("Pourquoi ce metier\u202f?",
                                                    QuestionOrigin.CANDIDATE)
    assert question.notes == "Le gout du chiffre"
    none = tab.levels.button(NO_LEVEL)
    assert none.isChecked() and question.practised is None
    _focus(qtbot, tab.notes)
    _press(qtbot, Qt.Key.Key_Tab)  # from the notes to the levels
    assert QApplication.focusWidget() is none
    _press(qtbot, Qt.Key.Key_Down)
    assert tab.levels.button(1).isChecked()
    assert (question.confidence, question.practised) == (1, clock.moment)
    _press(qtbot, Qt.Key.Key_Down)
    assert question.confidence == 2
    assert "À peu près" in tab.list.currentItem().text()
    assert "travaillée pour la dernière fois" in plain(tab.origin_line.text())
    saved = _saved(window).oral_for(3).questions[-1]
    assert (saved.confidence, saved.notes) == (2, "Le gout du chiffre")

    _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_Up)  # back to « pas encore travaillée »
    assert (question.confidence, question.practised) == (None, None)


def test_removing_a_question_asks_first(example_window, monkeypatch) -> None:
    window = example_window
    page = _open(window)
    page.questions.propose_button.click()
    count = len(window.session.dossier.oral_for(1).questions)
    monkeypatch.setattr(oral_plan, "confirm", lambda *_: False)
    page.questions.remove_button.click()
    assert len(window.session.dossier.oral_for(1).questions) == count
    monkeypatch.setattr(oral_plan, "confirm", lambda *_: True)
    page.questions.remove_button.click()
    assert len(window.session.dossier.oral_for(1).questions) == count - 1
    assert page.questions.list.count() == count - 1


# --- the ways to the page ------------------------------------------------------------------


def test_the_navigator_has_an_oral_row_under_each_production(example_window) -> None:
    window = example_window
    navigator = window.workspace.navigator
    assert all(p.page is Page.CHAPTER for p in navigator.chapters())
    assert len(navigator.chapters()) == 3 * len(window.session.dossier.productions)
    item = navigator._items[Place(Page.ORAL, 2)]
    parent = item.parent()
    assert parent is not None and parent.indexOfChild(item) == 3
    assert item.text(0) == "Préparer l’oral"
    navigator.setCurrentItem(item)
    assert window.workspace.content.currentWidget() is window.workspace.oral
    assert window.workspace.oral.number == 2
    assert "Production 2" in window.workspace.oral.heading.text()
    window.workspace.step_chapter(1)  # Ctrl+PgDown: the next production's first chapter
    assert window.workspace.current_place() == Place(Page.CHAPTER, 3, ChapterKind.SITUATION)


def test_an_oral_finding_opens_the_page(example_window, qtbot) -> None:
    window = example_window
    panel = window.workspace.readiness
    window.session.update(lambda d: setattr(d, "oral", []))
    window.workspace.refresh_overview()
    rows = [row for row in range(panel.list.count())
            if panel.list.item(row).data(Qt.ItemDataRole.UserRole) == Place(Page.ORAL, 2)]
    assert rows, "a written production without a plan: the advice says so"
    panel.list.setCurrentRow(rows[0])
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.workspace.content.currentWidget() is window.workspace.oral
    assert window.workspace.navigator.current_place() == Place(Page.ORAL, 2)
    assert window.workspace.oral.number == 2


def test_the_page_follows_a_dossier_replaced_under_it(example_window) -> None:
    from dossier_app.app.session import Change

    window = example_window
    page = _open(window)
    window.session.dossier.oral_for(1).plan = [TalkPoint("Venu du conseiller", 10)]
    window.session.listener(Change(structure=True, reload=True))  # as a merged review says
    assert page.plan.table.item(0, POINT).text() == "Venu du conseiller"


def test_a_read_only_dossier_is_shown_and_not_changed(example_window, qtbot, monkeypatch) -> None:
    window = example_window
    page = _open(window)
    page.questions.propose_button.click()
    _set_plan(window, page, [5, 5])
    path = window.session.path
    window.close_dossier()
    monkeypatch.setattr(dossier_file, "_writable", lambda _path: False)
    assert window.open_path(path) and window.session.read_only
    page = _open(window, fresh=False)
    before = (list(_plan(window)), len(window.session.dossier.oral_for(1).questions))
    assert page.plan.table.rowCount() == 2 and page.questions.list.count() == before[1]
    buttons = (page.plan.add_button, page.plan.remove_button, page.plan.propose_button,
               page.plan.rehearse_button, page.questions.add_button,
               page.questions.remove_button, page.questions.propose_button,
               page.questions.practise_button, page.mock_juries.run_button)
    assert not any(b.isEnabled() for b in buttons)
    assert page.questions.question_edit.isReadOnly()
    assert not page.questions.levels.button(1).isEnabled()
    page.plan.add_point()
    page.plan.change_minutes(0.5)
    _focus(qtbot, page.plan.table)
    page.plan.table.setCurrentCell(0, POINT)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Plus):
        _press(qtbot, key)
    _press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.plan.table.state() != page.plan.table.State.EditingState
    assert page.questions.propose_questions() == 0
    assert (list(_plan(window)), len(window.session.dossier.oral_for(1).questions)) == before
    assert not window.session.has_pending()


# --- the rehearsals -------------------------------------------------------------------------


def test_the_chart_says_its_figures_in_words(example_window, qtbot, monkeypatch) -> None:
    window = example_window
    page = _open(window)
    chart = page.plan.rehearsals.chart
    assert plain(chart.accessibleDescription()) == "Aucune répétition ; cible 10:00 ± 1:00"
    moment = TODAY.astimezone()
    window.session.update(lambda d: setattr(d.oral_for(1), "rehearsals", [
        Rehearsal(moment, 730, [300, 430]), Rehearsal(moment, 640, [320, 320]),
        Rehearsal(moment, 595, [300, 295])]))
    page.reload()
    assert chart.accessibleName()
    assert plain(chart.accessibleDescription()) == (
        "3 répétitions : 12:10, 10:40, 9:55 ; cible 10:00 ± 1:00")
    assert page.plan.rehearsals.list.count() == 3
    assert "trop long ; par point : 5:00, 7:10" in plain(page.plan.rehearsals.list.item(0).text())
    assert "Dans le temps (9:00 à 11:00) : 2 sur 3" in plain(page.plan.rehearsals.summary.text())
    assert not chart.grab().isNull()  # painted, whatever the figures

    monkeypatch.setattr(oral_plan, "confirm", lambda *_: True)
    page.plan.rehearsals.list.setCurrentRow(0)
    qtbot.keyClick(page.plan.rehearsals.list, Qt.Key.Key_Delete)
    assert [r.seconds for r in window.session.dossier.oral_for(1).rehearsals] == [640, 595]
    assert plain(chart.accessibleDescription()).startswith("2 répétitions : 10:40, 9:55 ;")


def test_the_chart_paints_many_or_one_rehearsal(qtbot) -> None:
    chart = RehearsalChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.show_rehearsals([600 + 37 * n for n in range(14)], 600, 60)
    assert not chart.grab().isNull()
    assert plain(chart.accessibleDescription()).startswith("14 répétitions : 10:00, 10:37,")
    chart.show_rehearsals([605], 600, 0)
    assert plain(chart.accessibleDescription()) == "1 répétition : 10:05 ; cible 10:00 ± 0:00"
    assert not chart.grab().isNull()


def test_every_control_of_the_page_is_named(example_window) -> None:
    window = example_window
    page = _open(window)
    page.plan.propose_button.click()
    page.questions.propose_button.click()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert _unnamed(page) == []


def test_each_tab_by_keyboard_and_screen_reader_on_a_small_laptop(large_text, qtbot) -> None:
    from .test_walk import _problems

    window = large_text
    window.workspace.go_to(Place(Page.ORAL))  # no production said: the first one's
    page = window.workspace.oral
    assert page is not None and page.number == 1
    found = {}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        found[page.tabs.tabText(index)] = _problems(window, qtbot)
    assert {tab: problems for tab, problems in found.items() if problems} == {}


# --- the dialogs, once they exist ----------------------------------------------------------------


def _needs(module: str) -> pytest.MarkDecorator:
    found = importlib.util.find_spec(f"dossier_app.gui.{module}") is not None
    return pytest.mark.skipif(not found, reason=f"dossier_app/gui/{module}.py is not there yet")


@_needs("rehearsal_window")
def test_a_rehearsal_is_run_and_kept(example_window, qtbot, clock, dialogs) -> None:
    window = example_window
    page = _open(window)
    _set_plan(window, page, [5, 5])

    def talk(dialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # start
        clock.seconds += 290
        qtbot.keyClick(dialog, Qt.Key.Key_PageDown)  # the next point
        clock.seconds += 300
        qtbot.keyClick(dialog, Qt.Key.Key_S)  # stop: the summary
        clock.seconds += 5
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # « Garder cette répétition »

    dialogs.then(talk)
    _focus(qtbot, page.plan.table)
    _press(qtbot, Qt.Key.Key_F5)
    rehearsals = window.session.dossier.oral_for(1).rehearsals
    assert [(r.seconds, r.point_seconds) for r in rehearsals] == [(590, [290, 300])]
    assert plain(page.plan.rehearsals.chart.accessibleDescription()).startswith("1 répétition : 9:50 ;")
    assert _saved(window).oral_for(1).rehearsals[0].seconds == 590


@_needs("practice_dialog")
def test_practice_records_how_each_answer_went(example_window, qtbot, clock, dialogs) -> None:
    window = example_window
    page = _open(window)
    page.questions.propose_button.click()

    questions = window.session.dossier.oral_for(1).questions

    def practise(dialog) -> None:
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_3)  # « À l'aise »
        qtbot.waitUntil(lambda: any(q.practised for q in questions))  # a shortcut is queued
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    dialogs.then(practise)
    page.questions.practise_button.click()
    practised = [q for q in questions if q.practised]
    assert [(q.confidence, q.practised) for q in practised] == [(3, clock.moment)]
    assert any("À l’aise" in page.questions.list.item(r).text()
               for r in range(page.questions.list.count()))


@_needs("mock_jury_dialog")
def test_a_mock_jury_is_kept_with_its_author(example_window, qtbot, clock, dialogs) -> None:
    window = example_window
    window.context.settings.reviewer_name = "Claire Roussel"
    page = _open(window)
    page.questions.propose_button.click()

    def save(dialog) -> None:
        button = next(b for b in dialog.findChildren(QPushButton)
                      if "Enregistrer" in b.text() and b.isEnabled())
        button.click()

    dialogs.then(save)
    page.mock_juries.run_button.click()
    juries = window.session.dossier.oral_for(1).mock_juries
    assert len(juries) == 1 and juries[0].author == "Claire Roussel"
    assert page.mock_juries.list.count() == 1
    assert "Claire Roussel" in page.mock_juries.list.item(0).text()
    assert page.tabs.currentIndex() == 2
