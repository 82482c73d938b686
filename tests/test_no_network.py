"""The app opens no connection: the self-test, every export and a GUI session run in child
processes under an audit hook (PEP 578) that ends the process with exit code 97, after a
line on stderr, at the first sign of the network or of a program started.

What the hook sees: every event CPython raises, from any thread of the child, from its
first line on (it is installed before ``dossier_app`` is imported): a Python socket made
(``socket.__new__``, whatever its family, so a local AF_UNIX socket too), a name looked
up, a connection, a bind or a datagram sent, a URL opened by urllib, http.client, ftplib,
smtplib..., a browser asked to open a page, and a program started through subprocess,
``os.exec*``, ``os.posix_spawn``, ``os.spawn*``, ``os.system``, ``os.fork`` or
``os.startfile``. Two programs may start: LibreOffice (``soffice``, or its ``libreoffice``
launcher, by the name of the program path: the PDF export), and the self-test's probe
``python -c "import PySide6.QtWidgets"`` (``system_check.missing_packages``), that exact
command and nothing else.

What it cannot see: whatever C or C++ code does without going through Python, above all
Qt's own sockets (the D-Bus session bus, the accessibility bus, an X11 or Wayland display;
offscreen, Qt may still look for D-Bus), a library's own calls (libc's name service,
fontconfig), and anything LibreOffice does once started: its calls are its own process's,
not Python's. ``QDesktopServices.openUrl`` (opening an exported file) is Qt's too, and the
session never clicks it. To see those, run the GUI session under ``strace -f -e
trace=socket,connect,execve``: the whole tree, LibreOffice included, should show AF_UNIX
sockets only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dossier_app.core.resources import example_dossier_path

TRIPPED = 97

GUARD = r'''
import os as _os, sys as _sys

def _network_guard():
    watched = {"socket.__new__", "socket.getaddrinfo", "socket.gethostbyname",
               "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo",
               "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
               "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
               "poplib.connect", "imaplib.open", "nntplib.connect", "webbrowser.open",
               "os.system", "os.fork", "os.forkpty", "os.startfile", "pty.spawn"}
    # Each event that starts a program, and where its argument list is among the event's.
    starting = {"subprocess.Popen": 1, "os.exec": 1, "os.posix_spawn": 1, "os.spawn": 2}
    libreoffice = {"soffice", "soffice.exe", "soffice.com", "libreoffice"}
    probe = [_sys.executable, "-c", "import PySide6.QtWidgets"]

    def allowed(event, args):
        argv = args[starting[event]]
        argv = [argv] if isinstance(argv, (str, bytes, _os.PathLike)) else list(argv or [])
        if not argv:
            return False
        program = _os.fsdecode(argv[0])
        if _os.path.basename(program).lower() in libreoffice:
            return True
        return [_os.fsdecode(a) for a in argv] == probe

    def hook(event, args):
        if event in watched or (event in starting and not allowed(event, args)):
            _os.write(2, f"network guard: {event} {args!r}\n".encode("utf-8", "replace"))
            _os._exit(97)

    _sys.addaudithook(hook)

_network_guard()
'''

COMMAND = GUARD + r'''
import json
from dossier_app.cli import main
_sys.exit(main(json.loads(_sys.argv[1])))
'''

GUI_SESSION = GUARD + r'''
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

folder = Path(_sys.argv[1])
app = QApplication(_sys.argv[:1])


def wait(condition) -> None:
    import time

    deadline = time.monotonic() + 300
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the export never finished")
        app.processEvents()
        time.sleep(0.02)


def guarded(step):
    """``step`` run from Qt's event loop: a failure ends the process (Qt would go on)."""
    def run():
        try:
            step()
        except BaseException:
            import traceback

            traceback.print_exc()
            _os._exit(3)
    return run


def export(window, suffix: str) -> None:
    """Through the menu's action: its dialog, filled in and started once it is shown."""
    def operate() -> None:
        dialog = app.activeModalWidget()
        if suffix == "pdf":
            dialog.pdf.setChecked(True)
        dialog.target.setText(str(folder / f"jury.{suffix}"))
        dialog.start()
        wait(lambda: dialog.exported is not None)
        dialog.done(0)

    QTimer.singleShot(0, guarded(operate))
    window.files.export_dossier()


@guarded
def session() -> None:
    from dossier_app.core.model import ChapterKind
    from dossier_app.core.pages import Page
    from dossier_app.gui.main_window import MainWindow
    from dossier_app.gui.navigator import Place

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    window.files.open_example()
    assert window.session is not None
    for page in Page:
        for kind in list(ChapterKind) if page is Page.CHAPTER else [None]:
            window.workspace.go_to(Place(page, 1 if kind else 0, kind))
            app.processEvents()
    window.look.set_text_scale(125)
    window.look.set_theme("dark")
    export(window, "docx")
    export(window, "pdf")
    QFileDialog.getSaveFileName = lambda *args, **kwargs: (str(folder / "fiche.docx"), "")
    window.review.export_progress_sheet()
    window.close()
    app.quit()


QTimer.singleShot(0, session)
from dossier_app.cli import main
_sys.exit(main([]))
'''


def run_guarded(code: str, *args: str | Path, env: dict[str, str] | None = None,
                timeout: float = 600) -> subprocess.CompletedProcess:
    """``code`` (one of the above) in a child process, offscreen, user folders where the
    test's are (the suite's DOSSIER_CCPT_HOME)."""
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def _command(*argv: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return run_guarded(COMMAND, json.dumps([str(a) for a in argv]), env=env)


def _ok(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr


@pytest.fixture
def ccpt(tmp_path: Path) -> Path:
    target = tmp_path / "nadia.ccpt"
    _ok(_command("import", example_dossier_path(), "-o", target))
    return target


def test_the_self_test_opens_no_connection() -> None:
    result = _command("--self-test")
    _ok(result)
    assert "Auto-test réussi." in result.stdout


@pytest.mark.parametrize(("fmt", "options"), [
    ("docx", ()), ("docx", ("--with-comments", "--pseudonymize")), ("json", ()),
    ("json", ("--pseudonymize",)),
    pytest.param("pdf", ("--with-comments",), marks=pytest.mark.needs("libreoffice"))])
def test_an_export_opens_no_connection(ccpt, tmp_path, fmt, options) -> None:
    target = tmp_path / f"dossier.{fmt}"
    _ok(_command("export", ccpt, "-o", target, *options))
    assert target.stat().st_size > 0


def test_a_pdf_laid_out_by_qt_opens_no_connection(ccpt, tmp_path) -> None:
    target = tmp_path / "dossier.pdf"
    _ok(_command("export", ccpt, "-o", target, env={"DOSSIER_CCPT_SOFFICE": ""}))
    assert target.read_bytes().startswith(b"%PDF")


def test_check_opens_no_connection(ccpt) -> None:
    assert _command("check", ccpt).returncode == 1  # the example is not ready yet


def test_a_gui_session_opens_no_connection(tmp_path) -> None:
    """The example opened, every page shown, a setting changed, the dossier exported to
    Word and PDF, the progress sheet written, the window closed."""
    result = run_guarded(GUI_SESSION, tmp_path)
    _ok(result)
    assert {path.name for path in tmp_path.iterdir()} >= {"jury.docx", "jury.pdf", "fiche.docx"}


@pytest.mark.parametrize("attempt", [
    "import socket; socket.socket()",
    "import socket; socket.socket(socket.AF_UNIX)",
    "import socket; socket.getaddrinfo('localhost', 80)",
    "import socket, threading; t = threading.Thread(target=socket.socket); t.start(); t.join()",
    "import urllib.request; urllib.request.urlopen('http://192.0.2.1/')",
    "import subprocess; subprocess.run(['true'])",
    "import subprocess, sys; subprocess.run([sys.executable, '-c', 'pass'])",
    "import os; os.system('true')",
    "import os; os.execv('/bin/true', ['true'])",
    "import os; os.posix_spawn('/bin/true', ['true'], {})",
    "import os; os.spawnv(os.P_WAIT, '/bin/true', ['true'])",
])
def test_the_guard_trips_on_a_connection_or_a_program(attempt) -> None:
    """The guard can fail: each of these is stopped before it happens."""
    result = run_guarded(GUARD + attempt + "\nprint('not stopped')")
    assert (result.returncode, result.stdout) == (TRIPPED, "")
    assert "network guard: " in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands for LibreOffice")
def test_the_guard_lets_libreoffice_start(tmp_path) -> None:
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    soffice.chmod(0o700)
    result = run_guarded(GUARD + f"import subprocess; subprocess.run([{str(soffice)!r}])")
    assert result.returncode == 0, result.stderr
