from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from dossier_app.core.model import ChapterKind
from dossier_app.gui import comments_panel
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
    monkeypatch.setattr(comments_panel, "_ask_text", lambda *a, **k: ("Combien de salariés au total ?", True))
    window.workspace.go_to(Place("chapter", 1, ChapterKind.SITUATION))
    page = window.workspace.chapter_page
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
    window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    page = window.workspace.chapter_page
    assert page.side.tabText(1) == "Commentaires (1)"  # the example's open comment
    assert not page.comments.add_from_selection()
    assert "Sélectionnez" in page.comments.hint.text()


def _open_with_comments(window, quotes: dict[str, str]) -> object:
    """Production 2's analysis (its third paragraph has **après minuit** in bold) shown,
    with one open comment per quote (body: its key)."""
    from dossier_app.core.model import Comment

    def setup(dossier) -> None:
        dossier.comments = [Comment(production=2, chapter=ChapterKind.ANALYSIS, quote=quote,
                                    body=body, author="Claire Roussel")
                            for body, quote in quotes.items()]

    window.session.update(setup)
    window.workspace.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    return window.workspace.chapter_page


def _highlighted(editor) -> dict[str, str]:
    return {s.format.toolTip(): s.cursor.selectedText().replace("\u2029", "\n")
            .replace("\u00a0", " ").replace("\u202f", " ") for s in editor.extraSelections()}


QUOTES = {"casse et gras": "Seules les heures effectuées APRÈS minuit",
          "apostrophes": "j'ai relu l'accord d'entreprise",
          "espaces": "étaient perdues: le  nouveau logiciel",
          "perdu": "les heures disparues du logiciel"}


def test_a_loosely_quoted_passage_is_highlighted_listed_and_followed(example_window) -> None:
    """The panel, the highlight and the Word export find passages one way (core.anchoring):
    case, apostrophes, spacing and **bold** inside the passage do not lose it."""
    page = _open_with_comments(example_window, QUOTES)
    assert _highlighted(page.editor) == {
        "casse et gras": "seules les heures effectuées après minuit",
        "apostrophes": "J’ai relu l’accord d’entreprise",
        "espaces": "étaient perdues : le nouveau logiciel"}
    items = {page.comments.list.item(row).text().split("\n")[1]: page.comments.list.item(row)
             for row in range(page.comments.list.count())}
    lost = {body for body, item in items.items() if "passage supprimé ou modifié" in item.text()}
    assert lost == {"perdu"}

    page.comments.list.itemActivated.emit(items["apostrophes"])
    assert page.editor.textCursor().selectedText() == "J’ai relu l’accord d’entreprise"
    page.comments.list.itemActivated.emit(items["perdu"])
    assert not page.editor.textCursor().hasSelection()


def test_the_highlight_holds_over_text_not_handed_over_yet(example_window) -> None:
    """Typed before the passage, empty paragraphs, spaces at a paragraph's edge: the
    stored text's offsets still land on the passage in the editor."""
    page = _open_with_comments(example_window, {"gras": "seules les heures effectuées APRÈS minuit"})
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertText("Ajouté avant.   ")
    cursor.insertBlock()
    cursor.insertBlock()
    page.comments.highlight()  # the editor's text is not in the session yet
    assert _highlighted(page.editor) == {"gras": "seules les heures effectuées après minuit"}
    page.sync()
    assert _highlighted(page.editor) == {"gras": "seules les heures effectuées après minuit"}


def test_positions_map_the_chapter_text_onto_the_document(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    from dossier_app.core.anchoring import chapter_text, locate
    from dossier_app.gui import text_document

    stored = "Avant **le passage** visé,\\\nsur deux lignes.\n\n- puis une liste\n"
    document = QTextDocument()
    text_document.set_markdown(document, stored)
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" et un ajout après")  # typed, not stored yet
    cursor.setPosition(0)
    cursor.insertText("Un début. ")
    text = chapter_text(stored)
    offsets = text_document.positions(document, text)
    for quote, shown in (("le passage visé, sur deux", "le passage visé,\u2028sur deux"),
                         ("lignes. puis une liste", "lignes.\u2029puis une liste")):
        span = locate(stored, quote)
        assert text_document.span_cursor(document, offsets, span).selectedText() == shown
    cursor.setPosition(0)
    cursor.setPosition(len("Un début. Avant "), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # and a deletion before the passage
    offsets = text_document.positions(document, text)
    span = locate(stored, "le passage")
    assert text_document.span_cursor(document, offsets, span).selectedText() == "le passage"
