import os
import signal
import socket
import sqlite3

import pytest

from dossier_app.core.errors import FileProblem, ReadOnlyError
from dossier_app.core.model import ChapterKind
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

from .conftest import start_child


@pytest.fixture
def holder(saved):
    process = start_child("hold", saved)
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.kill()
    process.wait()


def test_second_process_gets_a_read_only_view_naming_the_holder(saved, holder, identity) -> None:
    with DossierFile.open(saved, identity) as file:
        assert file.read_only
        assert file.holder.user == "Enfant"
        assert file.holder.pid == holder.pid
        assert socket.gethostname() in file.holder.describe().render()
        assert file.load().candidate.first_name == "Nadia"
        with pytest.raises(ReadOnlyError, match="Enfant"):
            file.save_chapter(1, ChapterKind.ANALYSIS, "x")


def test_a_crashed_holders_lock_is_taken_over(saved, holder, identity) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with sqlite3.connect(saved) as db:  # the crash left its lock row behind
        assert db.execute("SELECT pid FROM lock").fetchone()[0] == holder.pid
    with DossierFile.open(saved, identity) as file:
        assert not file.read_only
        file.save_chapter(1, ChapterKind.ANALYSIS, "Repris après le plantage.")


def test_the_lock_goes_on_close_and_the_next_opener_writes(saved, identity) -> None:
    with DossierFile.open(saved, identity) as file:
        assert not file.read_only
    with DossierFile.open(saved, LockIdentity.current("Autre")) as again:
        assert not again.read_only


def test_same_file_twice_in_one_process_is_read_only_the_second_time(saved, identity) -> None:
    with DossierFile.open(saved, identity) as first, \
            DossierFile.open(saved, LockIdentity.current("Moi")) as second:
        assert not first.read_only and second.read_only


def test_a_copy_made_while_open_is_not_locked(saved, tmp_path, identity) -> None:
    copy = tmp_path / "copie.ccpt"
    with DossierFile.open(saved, identity):
        copy.write_bytes(saved.read_bytes())  # as a file manager would copy it
        with DossierFile.open(copy, LockIdentity.current("Moi")) as file:
            assert not file.read_only


def test_replacing_a_dossier_someone_writes_to_is_refused(saved, holder, example, identity) -> None:
    before = saved.read_bytes()
    with pytest.raises(FileProblem, match="ouvert par Enfant"):
        DossierFile.create(saved, example, identity)
    assert saved.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="process liveness by signal 0")
def test_other_machine_lock_is_respected_until_stale(saved, identity) -> None:
    from datetime import datetime, timedelta, timezone

    from dossier_app.core.clock import FixedClock
    from dossier_app.storage import lock

    taken = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    with sqlite3.connect(saved) as db:
        db.execute("INSERT INTO lock VALUES (1, 'Claire', 'PC-ATELIER', 1, 't', '/x', ?, ?)",
                   (taken.isoformat(), taken.isoformat()))
    later = FixedClock(taken + lock.STALE_AFTER - timedelta(minutes=1))
    with DossierFile.open(saved, identity, clock=later) as file:
        assert file.read_only and file.holder.host == "PC-ATELIER"
    much_later = FixedClock(taken + lock.STALE_AFTER + timedelta(minutes=1))
    with DossierFile.open(saved, identity, clock=much_later) as file:
        assert not file.read_only


def _plant_lock(path, pid: int, since: float) -> None:
    """A lock row of this computer naming ``pid``, taken at ``since``, its heartbeat fresh."""
    from datetime import datetime, timezone

    from dossier_app.core.clock import SYSTEM
    from dossier_app.core.files import display

    taken = datetime.fromtimestamp(since, timezone.utc).isoformat()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO lock VALUES (1, 'Ancien', ?, ?, 'jeton', ?, ?, ?)",
                   (socket.gethostname(), pid, display(path.resolve()), taken,
                    SYSTEM.utc().isoformat()))


@pytest.mark.skipif(not os.path.exists("/proc/self/stat") and os.name != "nt",
                    reason="process start times: Linux and Windows")
@pytest.mark.parametrize(("taken_after_start", "respected"), [(True, True), (False, False)])
def test_a_reused_process_id_does_not_hold_the_lock(saved, identity, taken_after_start,
                                                    respected) -> None:
    """After a crash, the id of the dead holder may belong to a new process: one that
    started after the lock was taken cannot be its holder."""
    import subprocess
    import sys

    from dossier_app.core.processes import process_started
    from dossier_app.storage.lock import PID_REUSE_MARGIN

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = process_started(other.pid)
        assert started is not None
        margin = PID_REUSE_MARGIN.total_seconds()
        _plant_lock(saved, other.pid, started + 1 if taken_after_start else started - 3 * margin)
        with DossierFile.open(saved, identity) as file:
            assert file.read_only is respected
    finally:
        other.kill()
        other.wait()


@pytest.mark.skipif(not os.path.exists("/proc/stat") and os.name != "nt",
                    reason="boot time: Linux and Windows")
def test_a_lock_older_than_the_computers_start_is_stale(saved, identity) -> None:
    from dossier_app.core.processes import boot_time

    booted = boot_time()
    assert booted is not None
    _plant_lock(saved, os.getppid(), booted - 3600)  # a live process, but the lock predates boot
    with DossierFile.open(saved, identity) as file:
        assert not file.read_only
