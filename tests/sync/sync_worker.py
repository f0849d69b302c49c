"""Sync-kill worker: ``python sync_worker.py DB_PATH PUSH_BATCH``.

Opens the stall database the way the app does (``open_database``: the one-app lock),
prints ``ready``, and runs one sync (push, then pull) with the real engine. The fault test
SIGKILLs it while one of its push batches is in flight; ``done`` means it was not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from popuppos.store.db import open_database
from popuppos.sync.client import HubClient
from popuppos.sync.engine import SyncEngine


def main() -> None:
    db = open_database(Path(sys.argv[1]))
    engine = SyncEngine(
        db,
        client_factory=lambda url, token: HubClient(url, token, timeout=(1.0, 10.0)),
        push_batch=int(sys.argv[2]),
    )
    print("ready", flush=True)
    engine.sync_once()
    print("done", flush=True)
    db.close()


if __name__ == "__main__":
    main()
