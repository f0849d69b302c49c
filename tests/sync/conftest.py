"""Two real stall databases and a real hub (uvicorn on a free port; SQLite files, or the
hub on PostgreSQL when POPUPPOS_HUB_TEST_POSTGRES names a server, as in tests/hub).

The hub comes from tests/hub/hub_support.py (one per test module); each test makes its
own shop on it, so tests stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sync_support  # first: it puts tests/hub on sys.path
from hub_support import RunningHub, hub_for_module

from popuppos.services import shop
from popuppos.services.shifts import open_shift
from popuppos.store.db import open_database
from popuppos.sync.client import HubClient
from popuppos.sync.engine import SyncEngine
from popuppos.sync.state import DatabaseTokenStore, pair_device


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    with hub_for_module(tmp_path_factory) as hub:
        yield hub


@pytest.fixture
def owner(hub_server: RunningHub) -> HubClient:
    _, client = hub_server.new_shop()
    return client


@pytest.fixture
def make_stall(
    tmp_path: Path, hub_server: RunningHub, owner: HubClient
) -> Iterator[Callable[[str], sync_support.Stall]]:
    opened: list[sync_support.Stall] = []

    def make(name: str) -> sync_support.Stall:
        db = open_database(tmp_path / f"{name}.sqlite")
        shop.save_settings(db, device_name=name)
        pair_device(
            db,
            hub_server.url,
            owner.create_pairing_code().code,
            token_store=DatabaseTokenStore(db),
        )
        engine = SyncEngine(db, client_factory=sync_support.quick_client, interval=60.0, poll=0.02)
        stall = sync_support.Stall(db, engine, name)
        opened.append(stall)
        return stall

    yield make
    for stall in opened:
        stall.db.close()


@pytest.fixture
def stalls(
    make_stall: Callable[[str], sync_support.Stall],
) -> tuple[sync_support.Stall, sync_support.Stall]:
    a, b = make_stall("Stall A"), make_stall("Stall B")
    open_shift(a.db, opened_by="Ann", opening_float=5000)
    return a, b
