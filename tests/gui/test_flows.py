"""The main flows, with real widgets and real files."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from dossier_app.core.model import ChapterKind, ChapterStatus
from dossier_app.gui.assistant import CreationAssistant
from dossier_app.gui.navigator import Place
from dossier_app.gui.session import SaveState
from dossier_app.storage.dossier_file import DossierFile

from ..storage.conftest import start_child


def _saved_text(path: Path, number: int, kind: ChapterKind) -> str:
    with DossierFile.open(path, read_only=True) as file:
        return file.load().production(number).chapters[kind].text


def test_welcome_screen_offers_create_open_example(window) -> None:
    assert window.stack.currentWidget() is window.welcome
    texts = [b.text() for b in window.welcome.findChildren(type(window.welcome.first_button))]
    assert "Créer mon dossier…" in texts and "Voir le dossier d’exemple" in texts


def test_create_a_dossier_with_the_assistant(window, qtbot, tmp_path) -> None:
    assistant = CreationAssistant(window.context.referential, tmp_path, window)
    qtbot.addWidget(assistant)
    assistant.show()
    assert not assistant.identity.isComplete()
    qtbot.keyClicks(assistant.identity.form.edits["first_name"], "Paul")
    qtbot.keyClicks(assistant.identity.form.edits["last_name"], "Leroy")
    assert assistant.identity.isComplete()
    assistant.next()
    row = assistant.mandates.editor.row_widgets()[0]
    qtbot.keyClicks(row.title, "Delegue du personnel")
    row.share.setValue(30)
    assistant.next()
    qtbot.keyClicks(assistant.project.text, "Devenir mediateur social.")
    assistant.next()
    assert not assistant.ccpt.isComplete()
    ids = {c.id: i for i, c in assistant.ccpt.ccpts.items()}
    assistant.ccpt.group.button(ids["mediation-sociale"]).click()
    assert assistant.ccpt.isComplete()
    assistant.next()
    target = assistant.file.target()
    assert target == tmp_path / "Dossier CCPT - Paul Leroy.ccpt"
    assert window.files.create_dossier(target, assistant.dossier())
    dossier = window.session.dossier
    assert dossier.ccpt == "mediation-sociale"
    assert [p.competence for p in dossier.productions] == [1, 2, 3]
    assert dossier.mandates[0].title == "Delegue du personnel"
    assert dossier.mandates[0].time_share_percent == 30
    assert window.workspace.navigator.current_place() == Place("chapter", 1, ChapterKind.SITUATION)
    assert "Paul Leroy" in window.windowTitle()


def test_write_autosave_and_reopen(example_window, qtbot) -> None:
    window = example_window
    path = window.session.path
    window.workspace.go_to(Place("chapter", 3, ChapterKind.TRANSFER))
    editor = window.workspace.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Une phrase de plus")
    assert window.session.state == SaveState.PENDING
    assert window.status_line.saved.text() != "✓ Enregistré"
    qtbot.waitUntil(lambda: window.session.state == SaveState.SAVED, timeout=5000)
    assert _saved_text(path, 3, ChapterKind.TRANSFER).rstrip().endswith("Une phrase de plus")
    assert window.status_line.saved.text() == "✓ Enregistré"
    window.close_dossier()
    assert window.open_path(path)
    window.workspace.go_to(Place("chapter", 3, ChapterKind.TRANSFER))
    assert window.workspace.chapter_page.editor.toPlainText().endswith("Une phrase de plus")


def test_status_change_is_saved_at_once(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place("chapter", 1, ChapterKind.ANALYSIS))
    combo = window.workspace.chapter_page.status
    combo.setCurrentIndex(combo.findData(ChapterStatus.FINAL))
    combo.activated.emit(combo.currentIndex())
    with DossierFile.open(window.session.path, read_only=True) as file:
        assert file.load().production(1).chapters[ChapterKind.ANALYSIS].status is ChapterStatus.FINAL
    item = window.workspace.navigator._items[Place("chapter", 1, ChapterKind.ANALYSIS)]
    assert item.text(0).startswith("●")


def test_a_readiness_finding_leads_to_its_place(example_window, qtbot) -> None:
    window = example_window
    panel = window.workspace.readiness
    messages = [panel.list.item(i).text() for i in range(panel.list.count())]
    index = next(i for i, m in enumerate(messages) if "n’est pas résolu" in m)
    assert index == 0  # blocking findings first
    window.workspace.go_to(Place("candidate"))
    panel.list.itemClicked.emit(panel.list.item(index))
    assert window.workspace.navigator.current_place() == Place("chapter", 2, ChapterKind.ANALYSIS)
    assert window.workspace.content.currentWidget() is window.workspace.chapter_page
    declaration = next(i for i, m in enumerate(messages) if "déclaration" in m)
    panel.list.itemClicked.emit(panel.list.item(declaration))
    assert window.workspace.navigator.current_place() == Place("declaration")


def test_second_instance_is_read_only_and_says_who(example_window, qtbot) -> None:
    window = example_window
    path = window.session.path
    window.close_dossier()
    holder = start_child("hold", path)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert window.open_path(path)
        assert window.session.read_only
        assert window.workspace.chapter_page.editor.isReadOnly()
        assert not window.workspace.banner.isHidden()
        assert "Enfant" in window.workspace.banner.text.text()
        assert "lecture seule" in window.windowTitle()
        window.workspace.go_to(Place("path"))
        page = window.workspace.forms["path"]
        assert page.list.isEnabled() and not page.form.isEnabled()
        page.list.setCurrentRow(2)  # steps can be looked through, not changed
        assert page.form.title.text() == "Atelier 1 : choisir et raconter ses situations"
        assert not page.form.isEnabled() and not page.remove.isEnabled()
    finally:
        holder.kill()
        holder.wait()


def test_keyboard_only_navigation(example_window, qtbot) -> None:
    window = example_window
    window.activateWindow()
    navigator = window.workspace.navigator
    window.workspace.go_to(Place("chapter", 1, ChapterKind.SITUATION))
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Down)
    assert window.workspace.navigator.current_place() == Place("chapter", 1, ChapterKind.ANALYSIS)
    page = window.workspace.chapter_page
    assert page.number == 1 and page.kind is ChapterKind.ANALYSIS
    window.workspace.step_chapter(+1)
    assert window.workspace.current_place() == Place("chapter", 1, ChapterKind.TRANSFER)
    window.workspace.step_chapter(+1)
    assert window.workspace.current_place() == Place("chapter", 2, ChapterKind.SITUATION)
    window.workspace.step_chapter(-1)
    assert window.workspace.current_place() == Place("chapter", 1, ChapterKind.TRANSFER)
    actions = {a.text().replace("&", ""): a for a in window.findChildren(type(window.save_action))}
    assert actions["Chapitre suivant"].shortcut().toString() == "Ctrl+PgDown"
    assert actions["Passer du plan au texte"].shortcut().toString() == "F6"
    assert actions["Rechercher…"].shortcut().toString() == "Ctrl+F"


def test_find_bar(example_window, qtbot) -> None:
    window = example_window
    window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    window.workspace.find_in_text()
    bar = window.workspace.chapter_page.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "minuit")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.workspace.chapter_page.editor.textCursor().selectedText() == "minuit"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_drop_a_dossier_file_opens_it(window, tmp_path, example) -> None:
    path = tmp_path / "déposé.ccpt"
    DossierFile.create(path, example, window.context.identity).close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session is not None and window.session.path == path


def test_save_failure_is_said_and_the_text_kept(example_window, qtbot) -> None:
    window = example_window
    window.workspace.go_to(Place("chapter", 1, ChapterKind.SITUATION))
    window.session.file._db.close()  # the disk goes away under the app
    editor = window.workspace.chapter_page.editor
    qtbot.keyClicks(editor, "Texte important ")
    window.save_now()
    assert window.session.state == SaveState.FAILED
    assert not window.workspace.banner.isHidden()
    assert "a échoué" in window.workspace.banner.text.text()
    assert editor.toPlainText().startswith("Texte important")
    assert window.session.has_pending()
    window.session.file._db = None  # let the fixture close it without another attempt
    window.session = None


def test_recent_files_and_settings_are_remembered(example_window, qtbot) -> None:
    from dossier_app.core.paths import AppPaths
    from dossier_app.gui.settings import Settings

    window = example_window
    window.look.set_text_scale(150)
    window.close()
    settings = Settings(AppPaths.default())
    assert settings.text_scale == 150
    assert settings.recent_files[0].name == "exemple-nadia-martin.ccpt"


def test_killed_while_typing_loses_nothing_autosaved(tmp_path, example) -> None:
    """Kill -9 a real app after an autosave; the restart opens the text, unasked."""
    path = tmp_path / "tué.ccpt"
    from dossier_app.storage.lock import LockIdentity

    DossierFile.create(path, example, LockIdentity.current()).close()
    script = textwrap.dedent(f"""
        from PySide6.QtWidgets import QApplication
        from PySide6.QtTest import QTest
        app = QApplication([])
        from dossier_app.core.paths import AppPaths
        from dossier_app.core.model import ChapterKind
        from dossier_app.gui.app import create_window
        from dossier_app.gui.navigator import Place
        window, _ = create_window(AppPaths.default(), spell_checking=False)
        window.show()
        window.open_path(r"{path}")
        window.workspace.go_to(Place("chapter", 1, ChapterKind.SITUATION))
        QTest.keyClicks(window.workspace.chapter_page.editor, "Avant le plantage ")
        while window.session.has_pending() or window.workspace.chapter_page._sync.isActive():
            QTest.qWait(100)
        print("saved", flush=True)
        QTest.keyClicks(window.workspace.chapter_page.editor, "perdu ")
        QTest.qWait(60000)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with DossierFile.open(path, LockIdentity.current()) as file:  # the crash's lock is taken over
        assert not file.read_only
        assert file.load().production(1).chapters[ChapterKind.SITUATION].text.startswith(
            "Avant le plantage")


def test_quit_after_show_with_a_file(tmp_path, example) -> None:
    from ..conftest import run_cli

    path = tmp_path / "vu.ccpt"
    from dossier_app.storage.lock import LockIdentity

    DossierFile.create(path, example, LockIdentity.current()).close()
    result = run_cli("--quit-after-show", path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.code == 0, result.err
    broken = tmp_path / "cassé.ccpt"
    broken.write_text("rien", encoding="utf-8")
    assert run_cli("--quit-after-show", broken, env={"QT_QPA_PLATFORM": "offscreen"}).code == 2


def test_theme_change_after_creating_a_dossier_does_not_crash(window, tmp_path, qtbot) -> None:
    assistant = CreationAssistant(window.context.referential, tmp_path, window)
    assistant.show()
    assistant.identity.form.edits["first_name"].setText("A")
    assistant.identity.form.edits["last_name"].setText("B")
    for _ in range(3):
        assistant.next()
    assistant.ccpt.group.button(0).click()
    assistant.next()
    target, dossier = assistant.file.target(), assistant.dossier()
    assert target.parent == tmp_path
    assistant.deleteLater()
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete, as the event loop does
    assert window.files.create_dossier(target, dossier)
    for theme, scale in (("dark", 200), ("light", 100)):
        window.look.set_theme(theme)
        window.look.set_text_scale(scale)
    assert window.session is not None


def test_an_advisor_installs_a_referential_from_the_menu(example_window, tmp_path,
                                                         monkeypatch) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from dossier_app.core.resources import bundled_referential_path

    data = json.loads(bundled_referential_path().read_text(encoding="utf-8"))
    data["edition"] = "2027-officiel"
    official = tmp_path / "officiel.json"
    official.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(official), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    example_window.files.install_referential()
    assert example_window.context.referential.edition == "2027-officiel"
    assert "2027-officiel" in told[0]
    messages = [example_window.workspace.readiness.list.item(i).text()
                for i in range(example_window.workspace.readiness.list.count())]
    assert any("édition 2026.1" in m for m in messages)  # written with the former edition


def test_the_advisor_asks_for_another_pass(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    combo = window.workspace.chapter_page.status
    index = combo.findData(ChapterStatus.TO_REWORK)
    assert combo.itemText(index).endswith("À retravailler")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    with DossierFile.open(window.session.path, read_only=True) as file:
        assert file.load().production(2).chapters[ChapterKind.ANALYSIS].status \
            is ChapterStatus.TO_REWORK
    item = window.workspace.navigator._items[Place("chapter", 2, ChapterKind.ANALYSIS)]
    assert item.text(0).startswith("◒")
