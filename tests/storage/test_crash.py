"""Kill a writer at random moments: the file must stay sound and hold the last commit."""

import random
import signal
import sqlite3
import time

import pytest

from dossier_app.core.model import ChapterKind
from dossier_app.storage.dossier_file import DossierFile

from .child import chapter_text
from .conftest import start_child


@pytest.mark.slow
def test_sigkill_during_saves_never_loses_a_committed_chapter(saved, identity) -> None:
    rng = random.Random(20261122)
    with DossierFile.open(saved, read_only=True) as file:
        previous = file.load().production(1).chapters[ChapterKind.ANALYSIS].text
    reports = 0
    for round_number in range(50):
        process = start_child("save-loop", saved)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.005, 0.15))
        process.send_signal(signal.SIGKILL)
        reported = [int(line) for line in process.stdout.read().split()]
        process.wait()
        reports += len(reported)
        with sqlite3.connect(saved) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", round_number
        with DossierFile.open(saved, identity) as file:
            text = file.load().production(1).chapters[ChapterKind.ANALYSIS].text
        # The child may have committed one more save than it had time to report.
        last_committed = chapter_text(reported[-1]) if reported else previous
        next_one = chapter_text(reported[-1] + 1 if reported else 1)
        assert text in {last_committed, next_one}, (round_number, reported[-1:], text[:20])
        previous = text
    assert reports > 50  # the kills did land in the middle of saving
