"""Screenshots of the main screens, to look at before resolving GUI work.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py OUT_DIR

Uses a throw-away user folder; writes welcome, assistant, main window in light
and dark at 100 % and 200 % text size, the export and versions dialogs, the path
timeline, the positioning grid, a review with a conflict, and the dashboard.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    os.environ["DOSSIER_CCPT_HOME"] = tempfile.mkdtemp(prefix="screens-")
    app = QApplication(sys.argv[:1])
    from dossier_app.core.model import ChapterKind
    from dossier_app.core.paths import AppPaths
    from dossier_app.gui.app import create_window
    from dossier_app.gui.assistant import CreationAssistant
    from dossier_app.gui.navigator import Place

    window, context = create_window(AppPaths.default())
    context.spell.start()
    context.spell.wait_until_ready()
    window.resize(1360, 860)
    window.show_welcome()
    window.show()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def shoot(name: str, widget=None) -> None:
        settle()
        (widget or window).grab().save(str(out / f"{name}.png"))

    shoot("welcome")
    assistant = CreationAssistant(context.referential, Path(tempfile.gettempdir()), window)
    assistant.show()
    assistant.identity.form.edits["first_name"].setText("Nadia")
    assistant.identity.form.edits["last_name"].setText("Martin")
    assistant.next()
    shoot("assistant-mandates", assistant)
    assistant.next()
    assistant.next()
    shoot("assistant-ccpt", assistant)
    assistant.close()
    assistant.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would

    window.files.open_example()
    window.go_to(Place("chapter", 2, ChapterKind.ANALYSIS))
    context.spell.wait_until_ready()
    for theme in ("light", "dark"):
        for scale in (100, 200):
            window.look.set_theme(theme)
            window.look.set_text_scale(scale)
            shoot(f"main-{theme}-{scale}")
    window.go_to(Place("mandates"))
    shoot("mandates-dark-200")
    window.look.set_theme("light")
    window.look.set_text_scale(100)
    window.go_to(Place("candidate"))
    shoot("identity-light-100")
    from dossier_app.gui.export_dialog import ExportDialog

    dialog = ExportDialog(window.session, context.settings, Path(tempfile.gettempdir()), window)
    dialog.show()
    shoot("export-dialog", dialog)
    dialog.close()
    from dossier_app.core.model import ChapterKind as Kind
    from dossier_app.gui.revisions_dialog import RevisionsDialog

    window.go_to(Place("chapter", 1, Kind.ANALYSIS))
    window.session.keep_version(1, Kind.ANALYSIS)
    editor = window.chapter_page.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Ce tableau est devenu l’outil de suivi du service.")
    window.chapter_page.sync()
    versions = RevisionsDialog(window.session, 1, Kind.ANALYSIS, window)
    versions.show()
    shoot("revisions", versions)
    versions.close()
    from dossier_app.core.model import Reply
    from dossier_app.storage.dossier_file import DossierFile
    from dossier_app.storage.lock import LockIdentity

    window.go_to(Place("path"))
    shoot("path-timeline")
    window.go_to(Place("positioning"))
    shoot("positioning-grid")
    copy = Path(tempfile.mkdtemp(prefix="cle-")) / "relecture.ccpt"
    window.session.send_to_advisor(copy)
    with DossierFile.open(copy, LockIdentity.current("Claire")) as reviewed:
        theirs = reviewed.load()
        theirs.production(2).chapters[Kind.ANALYSIS].text += "\n\nPhrase ajoutée par Claire."
        theirs.comments[0].replies.append(Reply("Oui, c’est cela qu’il faut raconter.",
                                                "Claire Roussel"))
        reviewed.save(theirs)
    window.go_to(Place("chapter", 2, Kind.ANALYSIS))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Nadia a complété ce paragraphe après l’envoi.")
    window.chapter_page.sync()
    window.session.bring_back(copy)
    window._load_session_into_pages()
    window.go_to(Place("chapter", 2, Kind.ANALYSIS))
    window.chapter_page.side.setCurrentIndex(1)
    window.chapter_page.comments.list.setCurrentRow(0)
    shoot("review-conflict")

    group = Path(tempfile.mkdtemp(prefix="groupe-"))
    dossier = window.session.dossier
    for first in ("Nadia", "Paul", "Sophie", "Karim"):
        dossier.candidate.first_name = first
        DossierFile.create(group / f"{first}.ccpt", dossier, context.identity).close()
    (group / "abîmé.ccpt").write_text("rien", encoding="utf-8")
    dashboard = window.review.show_group(group)
    shoot("dashboard", dashboard)
    dashboard.close()
    window.close()
    context.spell.shutdown()


if __name__ == "__main__":
    main()
