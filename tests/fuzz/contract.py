"""The error contract of ../shared/contract.md, as assertions every fuzz test shares.

A refused input gives exit code 2 and one French line on stderr, no traceback, within
seconds and bounded memory, and leaves every input file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from dossier_app.core.errors import DossierError

TIME_LIMIT = 10.0
"""Seconds a command may take on hostile input (the issue's bound for check and export)."""
MEMORY_LIMIT = 1024 * 1024 * 1024
"""Bytes of address space beyond the interpreter's own a child may reserve."""


_PEAK = "\x00peak-rss-kib:"
_CHILD = f"""
import resource, sys
from dossier_app.cli import main

def _peak_kib():
    # VmHWM is this program's own peak; ru_maxrss keeps the forking parent's across exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

try:
    code = main(sys.argv[1:])
finally:
    sys.stderr.flush()
    sys.stderr.write({_PEAK!r} + str(_peak_kib()))
sys.exit(code)
"""
"""The command line as ``python -m dossier_app`` runs it, reporting its own memory peak."""


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float
    peak_rss_kib: int


def fingerprint(*paths: Path) -> dict[Path, str | None]:
    """What each input holds now (None for what is not a regular file)."""
    found: dict[Path, str | None] = {}
    for path in paths:
        try:
            found[path] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        except OSError:
            found[path] = None
    return found


def run_bounded(*args: str | Path, timeout: float = TIME_LIMIT * 3,
                env: dict[str, str] | None = None, stdin: int | None = subprocess.DEVNULL,
                cwd: Path | None = None) -> Outcome:
    """Run the real command line in a child with an address-space cap; measure it."""
    def cap() -> None:  # pragma: no cover - runs in the child
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT + 512 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard if hard != -1 else limit))

    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, *map(str, args)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=stdin,
                             env={**os.environ, **(env or {})}, cwd=cwd, preexec_fn=cap)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise AssertionError(f"dossier-app {' '.join(map(str, args))} hung for {timeout} s") \
            from None
    seconds = time.monotonic() - start
    text = err.decode("utf-8", "replace")
    peak = 0
    if _PEAK in text:
        text, _, figure = text.rpartition(_PEAK)
        peak = int(figure.strip() or 0)
    return Outcome(child.returncode, out.decode("utf-8", "replace"), text, seconds, peak)


def assert_refused(outcome: Outcome, before: dict[Path, str | None] | None = None,
                   mentions: str | None = None) -> None:
    """Exit 2, one line of French on stderr, no traceback, in time, inputs unchanged."""
    lines = [line for line in outcome.err.splitlines() if line.strip()]
    assert outcome.code == 2, (outcome.code, outcome.err[-2000:])
    assert "Traceback" not in outcome.err, outcome.err[-2000:]
    assert len(lines) == 1, outcome.err[-2000:]
    assert_french_sentence(lines[0])
    assert outcome.seconds < TIME_LIMIT, f"{outcome.seconds:.1f} s: {lines[0]}"
    if mentions is not None:
        assert mentions in lines[0], lines[0]
    if before is not None:
        assert fingerprint(*before) == before, "an input file was changed"


def assert_french_sentence(message: str) -> None:
    """One line, no Python internals leaking (class names, reprs, English errno text)."""
    assert "\n" not in message.strip(), message
    for leak in ("Traceback", "Error:", "errno", "Errno", "<", "object at 0x", "NoneType"):
        assert leak not in message, message
    assert len(message) < 600, message


def assert_dossier_error(error: BaseException) -> None:
    """An in-process reader refused with the app's own error and one sentence."""
    assert isinstance(error, DossierError), repr(error)
    assert_french_sentence(error.message)
