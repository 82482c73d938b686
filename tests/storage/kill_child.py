"""Work to be killed at a random moment: ``python kill_child.py ROLE ROOT DOSSIER [ARG]``.

``backup ROOT DOSSIER START``: backup copies in a loop, the n-th one stamped as if
made ``11 × (START + n)`` minutes after a fixed day; prints n after each.
``migration-backup ROOT DOSSIER VERSION``: the copy before a migration, then a
migration that writes the dossier in one transaction and never ends.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path

from dossier_app.storage.backups import backup_before_migration, maybe_backup
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

DAY = dt.datetime(2026, 10, 5, 8, 0)
STEP = dt.timedelta(minutes=11)


def main() -> None:
    role, root, dossier = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if role == "backup":
        start = int(sys.argv[4])
        file = DossierFile.open(dossier, LockIdentity.current("Enfant"))
        print("ready", flush=True)
        index = 0
        while True:
            file.changed_since_backup = True
            maybe_backup(file, root, now=DAY + STEP * (start + index))
            print(index, flush=True)
            index += 1
    elif role == "migration-backup":
        connection = sqlite3.connect(dossier, isolation_level=None)
        connection.execute("PRAGMA journal_mode = DELETE")
        print("ready", flush=True)
        backup_before_migration(connection, dossier, int(sys.argv[4]), root)
        print("copied", flush=True)
        connection.execute("PRAGMA cache_size = 10")  # spill pages to the file before commit
        connection.execute("BEGIN IMMEDIATE")
        print("migrating", flush=True)
        connection.execute("UPDATE chapters SET text = text || ' (mis à jour)'")
        time.sleep(600)


if __name__ == "__main__":
    main()
