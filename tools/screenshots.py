"""Screenshots of the main screens over the laptop matrix, to look at before resolving GUI
work.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR [--lang en]
        [--sizes 1280x720,1366x768,1920x1080] [--scales 100,150,200] [--themes light,dark]

Uses a throw-away user folder, spelling and grammar on as in the app. For each window size,
text size and theme: the main window on a chapter, on the Identity form, on the path page
and on the positioning grid, the « Relecture » panel on a chapter with planted errors and on
the whole dossier, the creation assistant, the export dialog, idle, exporting and cancelled
(``SIZE-SCALE-THEME-screen.png``). Then, once: the
versions dialog, a review with a conflict and the group dashboard. Each window size runs
in its own process on an offscreen screen of that size, so that dialogs meet the bounds
a laptop's screen sets. ``montage`` (ImageMagick)
puts a set side by side: ``montage OUT/*-chapter.png -tile 3x -geometry +4+4 all.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--sizes", default="1280x720,1366x768,1920x1080")
    parser.add_argument("--scales", default="100,150,200")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes.split(",")
    if len(sizes) > 1 or not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen:"):
        for number, size in enumerate(sizes):
            _on_a_screen_of(size, [str(out), "--lang", args.lang, "--sizes", size, "--scales",
                                   args.scales, "--themes", args.themes, *(["--once"]
                                                                           if number == 0 else [])])
        return
    os.environ["DOSSIER_CCPT_HOME"] = tempfile.mkdtemp(prefix="screens-")
    app = QApplication([])
    from dossier_app.core.model import ChapterKind
    from dossier_app.core.pages import Page
    from dossier_app.core.paths import AppPaths
    from dossier_app.gui.app import create_window
    from dossier_app.gui.assistant import CreationAssistant
    from dossier_app.gui.export_dialog import ExportDialog
    from dossier_app.gui.navigator import Place
    from dossier_app.gui.settings import Settings

    settings = Settings(AppPaths.default())
    settings.language = args.lang
    settings.sync()
    window, context = create_window(AppPaths.default())
    assert context.spell is not None
    context.spell.start()
    context.spell.wait_until_ready()
    window.show_welcome()
    window.show()
    window.files.open_example()
    workspace = window.workspace
    _plant_errors(window)

    def shoot(name: str, widget: QWidget | None = None) -> None:
        for _ in range(20):
            app.processEvents()
        (widget or window).grab().save(str(out / f"{name}.png"))

    def dispose(widget: QWidget) -> None:
        widget.close()
        widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would

    pages = [("chapter", Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS)),
             ("identity", Place(Page.CANDIDATE)), ("path", Place(Page.PATH)),
             ("grid", Place(Page.POSITIONING)), ("privacy", Place(Page.PRIVACY)),
             ("oral", Place(Page.ORAL, 1)),
             ("transfer", Place(Page.CHAPTER, 1, ChapterKind.TRANSFER)),
             ("after", Place(Page.AFTER_JURY))]
    for size in args.sizes.split(","):
        width, height = (int(n) for n in size.split("x"))
        for scale in (int(s) for s in args.scales.split(",")):
            for theme in args.themes.split(","):
                window.look.set_theme(theme)
                window.look.set_text_scale(scale)
                window.resize(width, height)
                prefix = f"{size}-{scale}-{theme}"
                for name, place in pages:
                    workspace.go_to(place)
                    shoot(f"{prefix}-{name}")
                _shoot_proofreading(window, app, shoot, prefix)
                assistant = CreationAssistant(context.referential, Path(tempfile.gettempdir()),
                                              window)
                assistant.resize(min(assistant.width(), width), min(assistant.height(), height))
                assistant.show()
                shoot(f"{prefix}-assistant", assistant)
                while assistant.currentId() < 3 and assistant.validateCurrentPage():
                    assistant.next()  # on to the CCPT cards, as far as the pages let through
                shoot(f"{prefix}-assistant-ccpt", assistant)
                dispose(assistant)
                session = window.session
                assert session is not None
                dialog = ExportDialog(session, context.settings, Path(tempfile.gettempdir()),
                                      window)
                dialog.show()
                shoot(f"{prefix}-export", dialog)
                dialog.target.setText(str(Path(tempfile.mkdtemp(prefix="screens-")) / "jury.pdf"))
                dialog.pdf.setChecked(True)
                export = dialog.start()  # under way: its step and the cancel button
                shoot(f"{prefix}-exporting", dialog)
                dialog.cancel()
                if export is not None:
                    export.join(timeout=120)
                shoot(f"{prefix}-cancelled", dialog)
                dispose(dialog)
    if args.once:
        window.look.set_theme("light")
        window.look.set_text_scale(100)
        window.resize(1366, 768)
        _once(window, context, shoot, dispose)
    window.close()


PLANTED = ("Les salariés qui était présent ont voté des réunion régulière. Une reunoin a eu lieu "
           "avec la direction et les représentants du CSE, puis nous avons rédigé ensemble un "
           "compte rendu détaillé que nous avons diffusé à tous les salariés des trois équipes "
           "concernées, avec les questions restées sans réponse et les prochaines étapes prévues.")
"""Errors of grammar and spelling, and a long sentence, for the proofreading panel to find."""


def _plant_errors(window) -> None:
    from dossier_app.core.model import ChapterKind

    session = window.session
    text = session.dossier.production(1).chapters[ChapterKind.SITUATION].text
    session.set_chapter_text(1, ChapterKind.SITUATION, f"{text}\n\n{PLANTED}")


def _shoot_proofreading(window, app, shoot, prefix: str) -> None:
    """The panel (F7) on the chapter with the planted errors, then on the whole dossier,
    once its proofreading is done; hidden again afterwards."""
    from dossier_app.core.model import ChapterKind
    from dossier_app.core.pages import Page
    from dossier_app.gui.navigator import Place
    from dossier_app.gui.proofread_panel import THIS_CHAPTER, WHOLE_DOSSIER

    workspace, panel = window.workspace, window.workspace.proofreading
    workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.SITUATION))
    window.panels.ask_proofread(True)
    panel.scope.setCurrentIndex(THIS_CHAPTER)
    for _ in range(600):
        app.processEvents()
        if panel.grammar is not None:
            panel.grammar.wait()
        if not panel.running:
            break
    panel.list.setCurrentRow(1)
    shoot(f"{prefix}-proofread")
    panel.scope.setCurrentIndex(WHOLE_DOSSIER)
    shoot(f"{prefix}-proofread-dossier")
    window.panels.ask_proofread(False)


def _on_a_screen_of(size: str, arguments: list[str]) -> None:
    """This tool again, in a process whose offscreen screen is ``size``."""
    width, height = (int(n) for n in size.split("x"))
    config = Path(tempfile.mkdtemp(prefix="screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": f"laptop {size}", "x": 0, "y": 0,
                                               "width": width, "height": height,
                                               "logicalDpi": 96}]}), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    subprocess.run([sys.executable, __file__, *arguments], env=environment, check=True)


def _once(window, context, shoot, dispose) -> None:
    """The versions dialog, a review with a conflict, the group dashboard."""
    from dossier_app.core.model import ChapterKind, Reply
    from dossier_app.core.pages import Page
    from dossier_app.gui.navigator import Place
    from dossier_app.gui.revisions_dialog import RevisionsDialog
    from dossier_app.storage.dossier_file import DossierFile
    from dossier_app.storage.lock import LockIdentity

    workspace, session = window.workspace, window.session
    page, editor = workspace.chapter_page, workspace.chapter_page.editor
    workspace.go_to(Place(Page.CHAPTER, 1, ChapterKind.ANALYSIS))
    session.keep_version(1, ChapterKind.ANALYSIS)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Ce tableau est devenu l’outil de suivi du service.")
    page.sync()
    versions = RevisionsDialog(session, 1, ChapterKind.ANALYSIS, window)
    versions.show()
    shoot("revisions", versions)
    dispose(versions)
    copy = Path(tempfile.mkdtemp(prefix="cle-")) / "relecture.ccpt"
    session.send_to_advisor(copy)
    with DossierFile.open(copy, LockIdentity.current("Claire")) as reviewed:
        theirs = reviewed.load()
        theirs.production(2).chapters[ChapterKind.ANALYSIS].text += "\n\nPhrase ajoutée par Claire."
        theirs.comments[0].replies.append(Reply("Oui, c’est cela qu’il faut raconter.",
                                                "Claire Roussel"))
        reviewed.save(theirs)
    workspace.go_to(Place(Page.CHAPTER, 2, ChapterKind.ANALYSIS))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Nadia a complété ce paragraphe après l’envoi.")
    page.sync()
    session.bring_back(copy)
    page.side.setCurrentIndex(1)
    page.comments.list.setCurrentRow(0)
    shoot("review-conflict")
    group = Path(tempfile.mkdtemp(prefix="groupe-"))
    dossier = session.dossier
    for first in ("Nadia", "Paul", "Sophie", "Karim"):
        dossier.candidate.first_name = first
        DossierFile.create(group / f"{first}.ccpt", dossier, context.identity).close()
    (group / "abîmé.ccpt").write_text("rien", encoding="utf-8")
    dashboard = window.review.show_group(group)
    shoot("dashboard", dashboard)
    dispose(dashboard)


if __name__ == "__main__":
    main()
