"""One real hub per test module (``hub_server``); the ``hub`` fixture hands it to a test and
afterwards puts its clock back and forgets wrong pairing codes, so tests stay apart.

The hub keeps its data in a SQLite file, or, when POPUPPOS_HUB_TEST_POSTGRES names a
PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres), in a fresh
database there, dropped afterwards: the same tests prove the SQL portable.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from hub_support import RunningHub, hub_for_module


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    with hub_for_module(tmp_path_factory) as hub:
        yield hub


@pytest.fixture
def hub(hub_server: RunningHub) -> Iterator[RunningHub]:
    yield hub_server
    hub_server.clock.offset = timedelta(0)
    hub_server.app.state.pairing_limiter.reset()
