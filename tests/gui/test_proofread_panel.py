"""The « Relecture » panel: F7, what it lists and where each finding leads, ignoring,
the dictionary, without Grammalecte and without spell checking, by keyboard alone."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from dossier_app.core.clock import FixedClock
from dossier_app.core.guidance import load_guidance
from dossier_app.core.model import ChapterKind
from dossier_app.core.pages import Page
from dossier_app.core.paths import AppPaths
from dossier_app.core.proof_ignores import ignores_path
from dossier_app.core.proofreading import Kind
from dossier_app.core.referential import active_referential
from dossier_app.core.spelling import PersonalDictionary
from dossier_app.core.writing_advice import bundled_advice
from dossier_app.gui.grammar_service import GrammarService
from dossier_app.gui.main_window import AppContext, MainWindow
from dossier_app.gui.navigator import Place
from dossier_app.gui.proofread_panel import WHOLE_DOSSIER
from dossier_app.gui.settings import Settings
from dossier_app.gui.spell import SpellService
from dossier_app.storage.lock import LockIdentity

from .conftest import TODAY, plain
from .test_access import _unnamed

AGREEMENT = "Les salariés qui était présent ont voté."
NUMBER = "Nous avons tenu des réunion avec la direction."
MISSPELT = "Une reunoin a eu lieu le lendemain."


def _window(qtbot, paths: AppPaths, spell: SpellService) -> MainWindow:
    """The app's window around ``spell``, as ``create_window`` makes it."""
    referential, _problem = active_referential(paths)
    context = AppContext(paths, Settings(paths), referential, load_guidance(), spell,
                         LockIdentity.current(), FixedClock(TODAY))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_welcome()
    window.show()
    window.files.open_example()
    assert window.session is not None
    return window


def _own_speller(shared, paths: AppPaths):
    """The session's loaded speller (its dictionaries take seconds to load) with this test's
    own personal dictionary, so that a word added here stays here."""
    speller = copy.copy(shared)
    speller.personal = PersonalDictionary(paths.data / "dictionnaire-personnel.txt")
    return speller


@pytest.fixture
def proofing(qtbot, tmp_path, spell_service):
    """The example dossier, spelling and grammar on, ignores and dictionary in a fresh user
    folder."""
    paths = AppPaths.under(tmp_path / "user")
    service = SpellService(paths)
    service.speller = _own_speller(spell_service.speller, paths)
    window = _window(qtbot, paths, service)
    yield window
    window.close_dossier()
    service.shutdown()


@pytest.fixture
def without_grammalecte(qtbot, tmp_path, spell_service):
    """As ``proofing``, on a machine where Grammalecte is not installed."""
    paths = AppPaths.under(tmp_path / "user")
    service = SpellService(paths, grammar=False)
    service.grammar = GrammarService(paths, service, load=lambda: None)
    service.speller = _own_speller(spell_service.speller, paths)
    window = _window(qtbot, paths, service)
    yield window
    window.close_dossier()
    service.shutdown()


def _plant(window, production: int, kind: ChapterKind, markdown: str) -> None:
    """Add ``markdown`` at the end of a chapter, as if typed before the panel opened."""
    session = window.session
    text = session.dossier.production(production).chapters[kind].text
    session.set_chapter_text(production, kind, f"{text}\n\n{markdown}")
    window.workspace.go_to(Place(Page.CHAPTER, production, kind), sync=False)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and widget.isVisible()
    return widget


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)
    qtbot.wait(10)


def _open(window, qtbot):
    """F7 from the text, then the findings of the run it started."""
    window.workspace.chapter_page.editor.setFocus()
    _press(qtbot, Qt.Key.Key_F7)
    return _settled(window, qtbot)


def _settled(window, qtbot):
    panel = window.workspace.proofreading
    grammar = window.context.spell.grammar if window.context.spell is not None else None
    if grammar is not None:
        grammar.wait()
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    return panel


def _listed(panel) -> list:
    return [panel.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(panel.list.count())]


def _choose(panel, kind: Kind, text: str, production: int | None = None):
    for row, shown in enumerate(_listed(panel)):
        f = shown.finding
        if f.kind is kind and f.text == text and production in (None, f.production):
            panel.list.setCurrentRow(row)
            return shown
    raise AssertionError(f"no {kind.value} finding « {text} » in {[s.finding.text for s in _listed(panel)]}")


def _selected(window) -> tuple[str, str, int]:
    """The editor's selection, its paragraph, and where in the paragraph it starts."""
    cursor = window.workspace.chapter_page.editor.textCursor()
    block = window.workspace.chapter_page.editor.document().findBlock(cursor.selectionStart())
    return (cursor.selectedText(), block.text().replace("\u2028", "\n"),
            cursor.selectionStart() - block.position())


# --- what the panel lists ----------------------------------------------------------------


@pytest.mark.needs("grammalecte")
def test_f7_lists_the_planted_errors_of_the_dossier_at_their_places(proofing, qtbot):
    _plant(proofing, 2, ChapterKind.ANALYSIS, NUMBER)
    _plant(proofing, 3, ChapterKind.TRANSFER, MISSPELT)
    _plant(proofing, 1, ChapterKind.SITUATION, AGREEMENT)
    proofing.workspace.chapter_page.editor.setFocus()
    proofing.panels.proofread_action.trigger()  # F7; the run goes on in the background
    panel = proofing.workspace.proofreading
    assert panel.running and plain(panel.notes.text()).startswith("Relecture en cours")
    _settled(proofing, qtbot)
    assert not panel.notes.isVisible()
    assert proofing.panels.proofread_dock.isVisible() and panel.list.hasFocus()
    assert panel.in_chapter  # the chapter on screen, by default
    assert {(s.finding.kind, s.finding.text) for s in _listed(panel)} >= {(Kind.GRAMMAR, "était")}
    assert all(s.finding.production == 1 and s.finding.chapter is ChapterKind.SITUATION
               for s in _listed(panel))
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    found = {(s.finding.kind, s.finding.text, s.finding.production, s.finding.chapter)
             for s in _listed(panel)}
    assert (Kind.GRAMMAR, "était", 1, ChapterKind.SITUATION) in found
    assert (Kind.GRAMMAR, "réunion", 2, ChapterKind.ANALYSIS) in found
    assert (Kind.SPELLING, "reunoin", 3, ChapterKind.TRANSFER) in found
    assert (Kind.ADVICE, "CSE", 1, ChapterKind.SITUATION) in found
    _choose(panel, Kind.GRAMMAR, "réunion")
    text = plain(panel.list.currentItem().text())
    assert text.startswith("Grammaire · « réunion »")
    assert "Production 2 · Analyse · paragraphe" in text
    assert "Proposition : « réunions »" in text
    summary = plain(panel.summary.text())
    assert "remarques de grammaire" in summary
    assert "conseils" in summary and "1 mot à vérifier" in summary
    assert "Phrases de" in panel.shape.text() and "mots longs (7 lettres ou plus)" in panel.shape.text()


@pytest.mark.needs("grammalecte")
@pytest.mark.parametrize("markdown, paragraph", [
    (AGREEMENT, AGREEMENT),
    (f"**Le compte rendu** du *comité* a été lu. {AGREEMENT}",
     f"Le compte rendu du comité a été lu. {AGREEMENT}"),
    (f"- La première réunion.\n- {AGREEMENT}", AGREEMENT),
    (f"Premier point, sur sa ligne.  \n{AGREEMENT}", f"Premier point, sur sa ligne.\n{AGREEMENT}"),
])
def test_enter_selects_exactly_the_words_of_the_finding(proofing, qtbot, markdown, paragraph):
    _plant(proofing, 2, ChapterKind.SITUATION, markdown)
    proofing.workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS))  # elsewhere
    panel = _open(proofing, qtbot)
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    panel.list.setFocus()
    _choose(panel, Kind.GRAMMAR, "était", production=2)
    _press(qtbot, Qt.Key.Key_Return)
    editor = proofing.workspace.chapter_page.editor
    assert proofing.workspace.current_place() == Place(Page.CHAPTER, 2, ChapterKind.SITUATION)
    assert editor.hasFocus()
    assert _selected(proofing) == ("était", paragraph, paragraph.index("était"))
    assert editor.viewport().rect().contains(editor.cursorRect())  # scrolled into sight


@pytest.mark.needs("grammalecte")
def test_the_words_are_found_again_after_an_edit_before_them(proofing, qtbot):
    _plant(proofing, 1, ChapterKind.SITUATION, AGREEMENT)
    panel = _open(proofing, qtbot)
    chosen = _choose(panel, Kind.GRAMMAR, "était")
    editor = proofing.workspace.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    editor.insertPlainText("Un mot de plus au début. ")  # typed, not yet handed to the session
    panel.select_in_text(chosen)
    assert _selected(proofing)[:2] == ("était", AGREEMENT)


# --- acting on a finding -----------------------------------------------------------------


@pytest.mark.needs("grammalecte")
def test_ignore_here_then_the_rule_take_findings_off_and_stay_ignored(proofing, qtbot):
    other = "Les délégués qui était venus ont parlé."
    _plant(proofing, 1, ChapterKind.SITUATION, f"{AGREEMENT}\n\n{other}")
    panel = _open(proofing, qtbot)
    chosen = _choose(panel, Kind.GRAMMAR, "était")
    rule = chosen.finding.rule
    assert sum(s.finding.rule == rule for s in _listed(panel)) == 2
    panel.list.setFocus()
    _press(qtbot, Qt.Key.Key_Delete)  # « Ignorer ici »
    left = [s for s in _listed(panel) if s.finding.rule == rule]
    assert [s.paragraph for s in left] == [other]
    assert panel.current() is not None  # the next finding is chosen, for the next key
    _settled(proofing, qtbot)
    qtbot.wait(1700)  # the run the ignore asked for
    _settled(proofing, qtbot)
    assert [s.paragraph for s in _listed(panel) if s.finding.rule == rule] == [other]
    _choose(panel, Kind.GRAMMAR, "était")
    panel.rule_button.click()
    assert not [s for s in _listed(panel) if s.finding.rule == rule]
    again = GrammarService(proofing.context.paths)  # the next time the app starts
    assert rule in again.ignores.rules
    assert again.ignores.ignores(chosen.finding.mark, chosen.paragraph)


@pytest.mark.needs("grammalecte")
def test_replace_puts_the_first_suggestion_in_the_text(proofing, qtbot):
    _plant(proofing, 1, ChapterKind.SITUATION, AGREEMENT)
    panel = _open(proofing, qtbot)
    _choose(panel, Kind.GRAMMAR, "était")
    assert plain(panel.replace_button.toolTip()) == "Remplacer « était » par « étaient »"
    panel.replace_button.click()
    proofing.workspace.sync()
    text = proofing.session.dossier.production(1).chapters[ChapterKind.SITUATION].text
    assert text.rstrip().endswith("Les salariés qui étaient présent ont voté.")
    assert "était" not in [s.finding.text for s in _listed(panel) if s.finding.kind is Kind.GRAMMAR]


def test_a_misspelt_word_goes_to_the_dictionary(proofing, qtbot):
    _plant(proofing, 1, ChapterKind.SITUATION, MISSPELT)
    panel = _open(proofing, qtbot)
    _choose(panel, Kind.SPELLING, "reunoin")
    assert not panel.rule_button.isVisible()  # the speller's one rule is every word
    assert panel.word_button.isVisible() and panel.word_button.isEnabled()
    panel.word_button.click()
    assert "reunoin" not in [s.finding.text for s in _listed(panel)]
    dictionary = proofing.context.paths.data / "dictionnaire-personnel.txt"
    assert "reunoin" in dictionary.read_text(encoding="utf-8").split()
    qtbot.wait(1700)
    _settled(proofing, qtbot)
    assert "reunoin" not in [s.finding.text for s in _listed(panel)]


# --- the text changes; the panel is hidden ------------------------------------------------


@pytest.mark.needs("grammalecte")
def test_a_change_in_the_text_is_proofread_again_while_the_panel_is_shown(proofing, qtbot):
    panel = _open(proofing, qtbot)
    assert "était" not in [s.finding.text for s in _listed(panel)]
    editor = proofing.workspace.chapter_page.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Les salariés qui était présent ont voté.")
    qtbot.waitUntil(lambda: "était" in [s.finding.text for s in _listed(panel)], timeout=30_000)


def test_no_work_while_the_panel_is_hidden(window, qtbot):
    window.files.open_example()
    panel = _open(window, qtbot)
    before = [s.key for s in _listed(panel)]
    window.panels.proofread_action.trigger()  # F7 from the list: hidden
    assert not window.panels.proofread_dock.isVisible() and not panel.on_screen
    long_sentence = " ".join(["Nous avons beaucoup parlé avec les équipes du matin"] * 4) + "."
    _plant(window, 1, ChapterKind.SITUATION, long_sentence)
    qtbot.wait(1700)
    assert [s.key for s in _listed(panel)] == before  # nothing was proofread
    window.panels.proofread_action.trigger()
    qtbot.waitUntil(lambda: any(s.finding.rule == "long-sentence" and s.finding.paragraph == 4
                                for s in _listed(panel)))


# --- what is not checked -------------------------------------------------------------------


def test_without_grammalecte_the_panel_says_so_and_lists_the_rest(without_grammalecte, qtbot):
    _plant(without_grammalecte, 1, ChapterKind.SITUATION, f"{AGREEMENT} {MISSPELT}")
    panel = _open(without_grammalecte, qtbot)
    assert plain(panel.notes.text()) == (
        "La grammaire n’est pas vérifiée : Grammalecte n’est pas installé (paquet "
        "python3-grammalecte). L’orthographe et les conseils le sont.")
    kinds = {s.finding.kind for s in _listed(panel)}
    assert kinds == {Kind.SPELLING, Kind.ADVICE}


def test_without_spell_checking_the_advice_alone_is_listed(example_window, qtbot):
    panel = _open(example_window, qtbot)
    assert plain(panel.notes.text()).startswith("La grammaire et l’orthographe ne sont pas vérifiées")
    assert panel.in_chapter
    heads = [plain(panel.list.item(row).text()).split("\n")[0] for row in range(panel.list.count())]
    assert heads[0] == "Conseil · « CSE »" and all(head.startswith("Conseil · ") for head in heads)
    assert plain(panel.summary.text()) == f"{len(heads)} conseils."
    assert "Production 1" not in panel.list.item(0).text()  # the chapter is the one on screen
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    assert panel.list.count() > 5
    assert {s.finding.kind for s in _listed(panel)} == {Kind.ADVICE}
    assert "Production 1 · Situation · paragraphe 2" in plain(panel.list.item(0).text())
    assert plain(panel.summary.text()).endswith(" conseils.")
    assert not panel.language_note.isVisible()


def test_advice_is_dismissed_here_and_stays_dismissed(example_window, qtbot):
    panel = _open(example_window, qtbot)
    chosen = _choose(panel, Kind.ADVICE, "CSE")
    panel.here_button.click()
    assert chosen.key not in [s.key for s in _listed(panel)]
    while panel.list.count():
        panel.here_button.click()
    assert plain(panel.summary.text()) == "Rien à signaler dans ce chapitre."
    stored = json.loads(ignores_path(example_window.context.paths.data).read_text(encoding="utf-8"))
    assert any(place.startswith("acronym") for place in stored["places"])
    panel.run()
    assert chosen.key not in [s.key for s in _listed(panel)]


def test_in_english_the_advice_speaks_english_and_grammar_says_why_it_is_french(
        without_grammalecte, qtbot):
    without_grammalecte.context.settings.language = "en"
    panel = _open(without_grammalecte, qtbot)
    chosen = _choose(panel, Kind.ADVICE, "CSE")
    assert panel.message(chosen.finding) == bundled_advice().message("acronym", "en")
    assert panel.message(chosen.finding) in panel.list.currentItem().text()
    assert panel.language_note.isVisible()
    assert "français" in panel.language_note.text()  # its English comes with the translations
    without_grammalecte.context.settings.language = "fr"


def test_a_click_on_a_finding_goes_to_its_words(example_window, qtbot):
    panel = _open(example_window, qtbot)
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    row = next(r for r, s in enumerate(_listed(panel)) if s.finding.production == 2)
    chosen = _listed(panel)[row]
    panel.list.scrollToItem(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(row)).center())
    place = example_window.workspace.current_place()
    assert (place.production, place.kind) == (2, chosen.finding.chapter)
    assert _selected(example_window)[0] == chosen.finding.text
    assert example_window.workspace.chapter_page.editor.hasFocus()
    assert panel.current().key == chosen.key  # the list stays where it was


def test_no_chapter_on_screen_in_the_chapter_scope(example_window, qtbot):
    panel = _open(example_window, qtbot)
    example_window.workspace.go_to(Place(Page.CANDIDATE))
    assert panel.list.count() == 0
    assert "Ouvrez un chapitre" in panel.summary.text()
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    assert panel.list.count() > 5


# --- keyboard, names, room ---------------------------------------------------------------


def test_the_keyboard_alone_goes_from_the_text_to_a_finding_and_back(example_window, qtbot):
    window = example_window
    panel = _open(window, qtbot)
    assert panel.list.hasFocus() and panel.list.currentRow() == 0
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    panel.list.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    assert panel.list.currentRow() == 1
    chosen = panel.current()
    _press(qtbot, Qt.Key.Key_Return)
    editor = window.workspace.chapter_page.editor
    assert editor.hasFocus() and _selected(window)[0] == chosen.finding.text.replace("\n", "\u2029")
    _press(qtbot, Qt.Key.Key_F7)  # from the text: back to the list, still shown
    assert panel.list.hasFocus() and panel.list.currentRow() == 1
    seen = []
    for _ in range(8):  # Tab goes through the panel's controls and out of it
        _press(qtbot, Qt.Key.Key_Tab)
        seen.append(_focus())
        if not panel.isAncestorOf(_focus()):
            break
    assert panel.replace_button in seen or panel.here_button in seen
    assert not panel.isAncestorOf(seen[-1]), "the focus is trapped in the panel"
    panel.list.setFocus()
    _press(qtbot, Qt.Key.Key_F7)  # from the list: hidden, the focus back in the text
    assert not window.panels.proofread_dock.isVisible() and editor.hasFocus()
    assert not window.panels.proofread_action.isChecked()


def test_the_scope_is_chosen_with_the_arrows(example_window, qtbot):
    panel = _open(example_window, qtbot)
    _press(qtbot, Qt.Key.Key_Backtab)
    assert panel.scope.hasFocus()
    _press(qtbot, Qt.Key.Key_Down)
    assert not panel.in_chapter and panel.list.count() > 5


def test_delete_leaves_a_finding_alone(example_window, qtbot):
    panel = _open(example_window, qtbot)
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    panel.list.setFocus()
    count = panel.list.count()
    _press(qtbot, Qt.Key.Key_Delete)
    assert panel.list.count() == count - 1 and panel.list.hasFocus()


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)])
def test_the_menu_key_offers_the_actions_of_the_finding(example_window, qtbot, key, modifier):
    panel = _open(example_window, qtbot)
    chosen = panel.current()
    seen: list[list[str]] = []

    def choose() -> None:  # in the menu, once it shows: « Ignorer ici »
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([action.text() for action in menu.actions()])
            next(a for a in menu.actions() if a.text() == "Ignorer ici").trigger()
            menu.close()

    timer = QTimer(interval=20)
    timer.timeout.connect(choose)
    timer.start()
    try:
        _press(qtbot, key, modifier)
    finally:
        timer.stop()
    assert seen == [["Aller au texte", "Remplacer", "Ignorer ici", "Ignorer cette règle"]]
    assert chosen.key not in [s.key for s in _listed(panel)]


def test_every_control_of_the_panel_has_a_name(example_window, qtbot):
    _open(example_window, qtbot)
    assert _unnamed(example_window) == []


def test_the_panel_is_a_tab_beside_the_points_to_settle(example_window, qtbot):
    window = example_window
    window.resize(1920, 1080)
    window.panels.ask_readiness(True)
    _open(window, qtbot)
    assert window.panels.proofread_dock in window.tabifiedDockWidgets(window.panels.dock)
    window.workspace.chapter_page.editor.setFocus()
    _press(qtbot, Qt.Key.Key_F10)  # the points come to the front
    assert window.workspace.readiness.list.hasFocus()
    _press(qtbot, Qt.Key.Key_F7)
    assert window.workspace.proofreading.list.hasFocus()


@pytest.mark.needs("grammalecte")
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_at_twice_the_text_size_nothing_is_cut(proofing, qtbot, size):
    window = proofing
    window.resize(*size)
    window.look.set_text_scale(200)
    try:
        panel = _open(window, qtbot)
        panel.scope.setCurrentIndex(WHOLE_DOSSIER)
        qtbot.wait(50)
        for button in panel.action_buttons()[:3]:
            assert button.width() >= button.sizeHint().width(), button.text()
        assert panel.scope.width() >= panel.scope.sizeHint().width()
        lines = panel.list.fontMetrics()
        assert panel.list.viewport().width() > 18 * lines.averageCharWidth()
        assert panel.list.viewport().height() > 4 * lines.height()
        editor = window.workspace.chapter_page.editor
        assert editor.viewport().width() > 30 * editor.fontMetrics().averageCharWidth()
    finally:
        window.look.set_text_scale(100)


@pytest.mark.needs("grammalecte")
def test_runs_again_list_each_finding_once_and_a_word_ignored_here_is_not_underlined(
        proofing, qtbot):
    _plant(proofing, 1, ChapterKind.SITUATION, f"{AGREEMENT}\n\n{MISSPELT}")
    panel = _open(proofing, qtbot)
    first = sorted(s.key for s in _listed(panel))
    panel.run()
    _settled(proofing, qtbot)
    assert sorted(s.key for s in _listed(panel)) == first  # the cache gives no twins
    grammar = proofing.context.spell.grammar
    assert all(m.kind is not Kind.SPELLING for m in grammar.marks(MISSPELT) or ())
    _choose(panel, Kind.SPELLING, "reunoin")
    panel.here_button.click()
    editor = proofing.workspace.chapter_page.editor
    block = next(b for b in _blocks(editor) if b.text() == MISSPELT)
    qtbot.waitUntil(lambda: not block.layout().formats(), timeout=5000)


def _blocks(editor):
    block = editor.document().begin()
    while block.isValid():
        yield block
        block = block.next()


@pytest.mark.needs("grammalecte")
def test_the_points_to_settle_count_the_grammar_remarks_once_proofread(proofing, qtbot):
    _plant(proofing, 1, ChapterKind.SITUATION, AGREEMENT)
    _open(proofing, qtbot)
    assert proofing.session.grammar_counts == {(1, ChapterKind.SITUATION): 1}
    points = proofing.workspace.readiness.list
    texts = [plain(points.item(row).text()) for row in range(points.count())]
    assert any("Production 1 : " in t and "1 remarque de grammaire" in t
               and "à voir dans la relecture" in t for t in texts), texts


def test_the_docks_tab_bars_are_named_and_out_of_the_tab_order(example_window, qtbot):
    """Qt parks an unused tab bar outside the window, still shown: a screen reader found an
    empty, unnamed tab list there, and Tab could reach it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    window = example_window
    window.resize(1366, 768)
    window.panels.ask_readiness(True)
    window.panels.ask_proofread(True)
    window.look.set_text_scale(200)
    qtbot.wait(50)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]
    window.look.set_text_scale(100)
    assert bars
    for bar in bars:
        assert plain(bar.accessibleName()) == "Panneaux : points à régler et relecture"
        assert bar.focusPolicy() == Qt.FocusPolicy.NoFocus
