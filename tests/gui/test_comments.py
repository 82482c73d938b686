from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from dossier_app.core.model import ChapterKind
from dossier_app.gui.navigator import Place
from dossier_app.storage.dossier_file import DossierFile

from .test_access import _unnamed


def _select(editor, text: str) -> None:
    found = editor.document().find(text)
    assert not found.isNull()
    editor.setTextCursor(found)


def test_comment_highlight_follow_and_resolve(example_window, qtbot, monkeypatch) -> None:
    window = example_window
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Claire Roussel", True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("Combien de salariés au total ?", True))
    window.go_to(Place("chapter", 1, ChapterKind.SITUATION))
    page = window.chapter_page
    assert page.side.tabText(1) == "Commentaires"
    _select(page.editor, "une trentaine de salariés")
    assert window.comment_action.isEnabled()
    window.comment_action.trigger()
    comment = window.session.dossier.comments[-1]
    assert (comment.quote, comment.author, comment.production) == (
        "une trentaine de salariés", "Claire Roussel", 1)
    assert page.side.tabText(1) == "Commentaires (1)"
    assert [s.cursor.selectedText() for s in page.editor.extraSelections()] == \
        ["une trentaine de salariés"]
    assert window.context.settings.reviewer_name == "Claire Roussel"
    assert _unnamed(page.comments) == []

    # Text typed before the passage: the comment follows it.
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    page.editor.setTextCursor(cursor)
    qtbot.keyClicks(page.editor, "Au debut. ")
    page.sync()
    assert [s.cursor.selectedText() for s in page.editor.extraSelections()] == \
        ["une trentaine de salariés"]

    # The passage deleted: the comment stays, flagged.
    _select(page.editor, "une trentaine de salariés")
    page.editor.textCursor().insertText("des intérimaires")
    page.sync()
    assert page.editor.extraSelections() == []
    assert "passage supprimé ou modifié" in page.comments.list.item(0).text()

    page.comments.list.setCurrentRow(0)
    page.comments.resolve_current()
    assert window.session.dossier.comments[-1].resolved
    assert page.side.tabText(1) == "Commentaires"
    window.save_now()
    with DossierFile.open(window.session.path, read_only=True) as file:
        saved = file.load().comments[-1]
    assert saved.resolved and saved.quote == "une trentaine de salariés"


def test_nothing_selected_says_what_to_do(example_window, monkeypatch) -> None:
    window = example_window
    window.context.settings.reviewer_name = "Claire"
    window.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    page = window.chapter_page
    assert page.side.tabText(1) == "Commentaires (1)"  # the example's open comment
    assert not page.comments.add_from_selection()
    assert "Sélectionnez" in page.comments.hint.text()
