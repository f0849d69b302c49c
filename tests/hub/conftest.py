"""One real hub per test module (``hub_server``); the ``hub`` fixture hands it to a test and
afterwards puts its clock back and forgets wrong pairing codes, so tests stay apart.

The hub keeps its data in a SQLite file, or, when POPUPPOS_HUB_TEST_POSTGRES names a
PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres), in a fresh
database there, dropped afterwards: the same tests prove the SQL portable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta

import pytest
from hub_support import RunningHub, fresh_postgres_database, running_hub

POSTGRES_ENV = "POPUPPOS_HUB_TEST_POSTGRES"


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    server = os.environ.get(POSTGRES_ENV)
    if server:
        with fresh_postgres_database(server) as url, running_hub(url) as hub:
            yield hub
        return
    with running_hub(f"sqlite:///{tmp_path_factory.mktemp('hub') / 'hub.sqlite'}") as hub:
        yield hub


@pytest.fixture
def hub(hub_server: RunningHub) -> Iterator[RunningHub]:
    yield hub_server
    hub_server.clock.offset = timedelta(0)
    hub_server.app.state.pairing_limiter.reset()
