"""A real hub for the tests: uvicorn on 127.0.0.1, a free port, a real database."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from popuppos.core.ids import new_id
from popuppos.core.pass_token import SigningKey
from popuppos.hub.app import create_app
from popuppos.hub.pairing import create_shop
from popuppos.hub.store import HubStore
from popuppos.sync.client import HubClient, HubUnreachable
from popuppos.sync.protocol import PairRequest, PushBatch, PushEvent


@dataclass
class FakeClock:
    """The hub's clock: real time plus an offset a test may move forward."""

    offset: timedelta = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@dataclass
class Device:
    shop_id: str
    device_id: str
    token: str
    key: SigningKey
    client: HubClient

    def batch(self, events: list[PushEvent]) -> PushBatch:
        return PushBatch(device_id=self.device_id, events=events)


@dataclass
class RunningHub:
    url: str
    app: FastAPI
    clock: FakeClock
    db_path: Path | None  # the SQLite file, None on PostgreSQL
    _clients: list[HubClient] = field(default_factory=list)

    @property
    def store(self) -> HubStore:
        store: HubStore = self.app.state.store
        return store

    def client(self, token: str | None = None, **kwargs: Any) -> HubClient:
        client = HubClient(self.url, token, **kwargs)
        self._clients.append(client)
        return client

    def new_shop(self, name: str = "Lantern & Loom") -> tuple[str, HubClient]:
        """(shop id, a client with the owner's token)."""
        shop_id, token = create_shop(self.store, name)
        return shop_id, self.client(token)

    def pair(self, owner: HubClient, name: str = "Stall") -> Device:
        key = SigningKey.generate()
        device_id = new_id()
        answer = self.client().pair(
            PairRequest(
                code=owner.create_pairing_code().code,
                device_id=device_id,
                device_name=name,
                signing_key_id=key.key_id,
                signing_public_key=key.public_key_bytes.hex(),
            )
        )
        token = answer.device_token
        return Device(answer.shop_id, device_id, token, key, self.client(token))

    def rows(self, sql: str, **params: object) -> list[tuple[Any, ...]]:
        """Read the hub's tables directly, as an auditor would."""
        with self.store.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]

    def close_clients(self) -> None:
        for client in self._clients:
            client.close()


def event(
    event_type: str = "sale.completed",
    payload: dict[str, Any] | None = None,
    seq: int = 1,
    event_id: str | None = None,
) -> PushEvent:
    return PushEvent(
        event_id=event_id or new_id(),
        event_type=event_type,
        aggregate_id=new_id(),
        payload=payload if payload is not None else {"total_minor": 1250, "currency": "EUR"},
        created_at=datetime.now(UTC),
        device_seq=seq,
    )


@contextmanager
def running_hub(db_url: str, **options: Any) -> Iterator[RunningHub]:
    clock = FakeClock()
    app = create_app(db_url, clock=clock, **options)
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on accepted sockets
    # whose proto says TCP; with 0 every answer waits ~40 ms on the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    db_path = Path(db_url.removeprefix("sqlite:///")) if db_url.startswith("sqlite") else None
    hub = RunningHub(f"http://127.0.0.1:{port}", app, clock, db_path)
    probe = HubClient(hub.url, timeout=1.0)
    deadline = time.monotonic() + 15
    try:
        while True:
            try:
                probe.health()
                break
            except HubUnreachable:
                if time.monotonic() > deadline or not thread.is_alive():
                    raise
                time.sleep(0.02)
        yield hub
    finally:
        probe.close()
        hub.close_clients()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def fresh_postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database on the server at ``server_url``; dropped after."""
    name = "popuppos_hub_test_" + new_id().replace("-", "")[-12:]
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


POSTGRES_ENV = "POPUPPOS_HUB_TEST_POSTGRES"


@contextmanager
def hub_for_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    """A real hub for one test module: on a SQLite file, or, when POPUPPOS_HUB_TEST_POSTGRES
    names a PostgreSQL server, on a fresh database there (dropped afterwards)."""
    server = os.environ.get(POSTGRES_ENV)
    if server:
        with fresh_postgres_database(server) as url, running_hub(url) as hub:
            yield hub
        return
    with running_hub(f"sqlite:///{tmp_path_factory.mktemp('hub') / 'hub.sqlite'}") as hub:
        yield hub
