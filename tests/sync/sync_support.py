"""Shared by the sync tests: a stall (database + engine) and an address nobody answers."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))

from popuppos.store.db import Database
from popuppos.sync.client import HubClient
from popuppos.sync.engine import SyncEngine
from popuppos.sync.state import DatabaseTokenStore

#: Nothing listens here: a stall "offline".
UNREACHABLE = "http://127.0.0.1:9"


@dataclass
class Stall:
    db: Database
    engine: SyncEngine
    name: str

    @property
    def tokens(self) -> DatabaseTokenStore:
        return DatabaseTokenStore(self.db)

    def sync(self) -> None:
        self.engine.sync_once()


def quick_client(url: str, token: str) -> HubClient:
    return HubClient(url, token, timeout=(1.0, 10.0))
