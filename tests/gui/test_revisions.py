from dossier_app.core.model import ChapterKind, RevisionReason
from dossier_app.gui.navigator import Place
from dossier_app.gui.revisions_dialog import RevisionsDialog

from .test_access import _unnamed


def test_compare_and_restore_an_older_version(example_window, qtbot) -> None:
    window = example_window
    place = Place("chapter", 1, ChapterKind.SITUATION)
    window.workspace.go_to(place)
    session = window.session
    original = session.dossier.production(1).chapters[ChapterKind.SITUATION].text
    session.keep_version(1, ChapterKind.SITUATION)
    editor = window.workspace.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Nouvelle phrase ajoutee.")
    window.save_now()

    dialog = RevisionsDialog(session, 1, ChapterKind.SITUATION, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() >= 1
    manual = next(i for i, r in enumerate(dialog.revisions) if r.reason is RevisionReason.MANUAL)
    dialog.list.setCurrentRow(manual)
    assert "Nouvelle phrase ajoutee." in dialog.view.toPlainText()
    assert dialog.totals.text() == "3 mots ajoutés, 0 mots retirés"
    assert "underline" in dialog.view.toHtml()  # added words marked without colour too
    assert _unnamed(dialog) == []

    dialog.restore_selected()
    assert dialog.restored
    assert session.dossier.production(1).chapters[ChapterKind.SITUATION].text == original
    newest = dialog.revisions[0]
    assert newest.reason is RevisionReason.RESTORE  # the restore can itself be undone
    assert "Nouvelle phrase ajoutee." in session.file.revision_text(newest.id)
    dialog.accept()


def test_the_menu_opens_the_versions_of_the_current_chapter(example_window, qtbot,
                                                            monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(RevisionsDialog, "exec",
                        lambda self: shown.append((self.number, self.kind)) or 0)
    example_window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    example_window.revisions_action.trigger()
    assert shown == [(2, ChapterKind.ANALYSIS)]


def test_holding_a_workshop_keeps_a_version_of_every_chapter(example_window) -> None:
    window = example_window
    window.workspace.go_to(Place("path"))
    page = window.workspace.forms["path"]
    assert page.list.item(1).text().endswith("\nEntretien de positionnement")
    upcoming = next(i for i, s in enumerate(window.session.dossier.steps) if not s.attended)
    page.list.setCurrentRow(upcoming)
    assert not page.form.attended.isChecked()
    page.form.attended.click()
    window.save_now()
    session = window.session
    assert session.dossier.steps[upcoming].attended
    for number in (1, 2, 3):
        for kind in ChapterKind:
            assert session.file.revisions(number, kind)[0].reason is RevisionReason.WORKSHOP
    dialog = RevisionsDialog(session, 1, ChapterKind.SITUATION, window)
    dialog.select_last_workshop()
    assert dialog.revisions[dialog.list.currentRow()].reason is RevisionReason.WORKSHOP
    dialog.close()


def test_the_pages_reread_the_dossier_when_the_session_says_it_was_replaced(example_window) -> None:
    """A restored version reaches the editor through the session's change alone: no page
    is refilled by hand."""
    from dossier_app.core.model import ChapterKind, RevisionReason
    from dossier_app.gui.navigator import Place

    window = example_window
    kind = ChapterKind.ANALYSIS
    window.workspace.go_to(Place("chapter", 1, kind))
    session = window.session
    session.set_chapter_text(1, kind, "Version gardée.")
    session.keep_version(1, kind)
    session.set_chapter_text(1, kind, "Version suivante.")
    session.flush()
    window.workspace.go_to(Place("chapter", 1, kind))
    assert window.workspace.chapter_page.editor.toPlainText() == "Version suivante."
    kept = next(r for r in session.file.revisions(1, kind) if r.reason is RevisionReason.MANUAL)
    assert session.restore_revision(kept.id, 1, kind)
    assert window.workspace.chapter_page.editor.toPlainText() == "Version gardée."
    assert window.workspace.current_place() == Place("chapter", 1, kind)
