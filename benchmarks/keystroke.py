"""Keystroke latency in a 50 000-word dossier with spell checking on, and grammar.

Opens a generated dossier (3 productions x 3 chapters, about 5 500 words each) in
the real window, waits for the spell checker, then types into the middle of a
chapter: each sample is one key press handled plus the events it queues
(highlighting included). The work done in typing pauses (handing the text to
the session, autosave) is timed separately. Target: keystroke p95 <= 16 ms.

``--grammar``: ``off``; ``on``, the chapter's paragraphs checked before typing starts (the
paragraph being typed is checked when typing pauses, which it never does here); ``busy``,
as ``on`` while the whole dossier is proofread in the grammar thread, as when the
*Relecture* panel is open on a dossier not yet checked: the thread competes for Python's
lock with the typing.
    .venv/bin/python benchmarks/keystroke.py [--keys N] [--grammar off|on|busy]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOSSIER_CCPT_HOME"] = tempfile.mkdtemp(prefix="keystroke-")

from chapter_save import dossier_of
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--grammar", choices=("off", "on", "busy"), default="on")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from dossier_app.core.model import ChapterKind
    from dossier_app.core.paths import AppPaths
    from dossier_app.gui.app import create_window
    from dossier_app.gui.navigator import Place
    from dossier_app.storage.dossier_file import DossierFile
    from dossier_app.storage.lock import LockIdentity

    path = Path(os.environ["DOSSIER_CCPT_HOME"]) / "gros.ccpt"
    dossier = dossier_of(50_000, 5_500)
    DossierFile.create(path, dossier, LockIdentity.current()).close()
    window, context = create_window(AppPaths.default())
    context.spell.start()
    context.spell.wait_until_ready()
    grammar = context.spell.grammar
    if args.grammar == "off":
        context.spell.grammar = None
    window.show()
    window.open_path(path)
    window.workspace.go_to(Place("chapter", 1, ChapterKind.ANALYSIS))
    editor = window.workspace.chapter_page.editor
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:  # let the first highlighting pass finish
        app.processEvents()
        context.spell.wait_until_ready()
        time.sleep(0.05)
        if not context.spell._queued:
            break
    if grammar is not None and args.grammar != "off":
        checked = time.perf_counter()
        while time.perf_counter() < checked + 1:  # the pause that sends the paragraphs
            app.processEvents()
            time.sleep(0.02)
        grammar.wait()
        app.processEvents()
        print(f"  the chapter's grammar checked in {time.perf_counter() - checked:.1f} s")
        if args.grammar == "busy":
            grammar.proofread_dossier(window.session.dossier, context.spell.speller, None)
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    editor.setTextCursor(cursor)
    editor.setFocus()
    text = "et nous avons verifie les heures de nuit avec les salaries concernes "
    timings = []
    for index in range(args.keys):
        char = text[index % len(text)]
        start = time.perf_counter()
        QTest.keyClick(editor, char)
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    window.workspace.chapter_page.sync()
    sync_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    window.session.flush()
    save_ms = (time.perf_counter() - start) * 1000
    words = sum(len(c.text.split()) for p in window.session.dossier.productions
                for c in p.chapters.values())
    print(f"keystrokes in a {words}-word dossier, spell checking on, grammar {args.grammar}, "
          f"{args.keys} keys ({os.environ['QT_QPA_PLATFORM']})")
    print(f"  per key: median {statistics.median(timings):.2f} ms, p95 {p95(timings):.2f} ms, "
          f"max {max(timings):.1f} ms   (target p95 <= 16 ms)")
    print(f"  in the pause after typing: text to session {sync_ms:.1f} ms, save {save_ms:.1f} ms")
    window.close()
    context.spell.shutdown()
    sys.stdout.flush()
    # Driving widgets with QTest outside an event loop leaves PySide6 objects that crash
    # its teardown at interpreter exit (the app itself exits cleanly): skip the teardown.
    os._exit(0)


if __name__ == "__main__":
    main()
