"""Stall databases with a full outbox, paired with a hub, for the sync benchmarks
(``sync_push.py``, ``hub_load.py``); not a measured path.

A stall is a real database (``open_database``, the app's migrations) with a small
catalogue, an open shift and ``real`` sales made by ``services.checkout.complete_sale``.
Its outbox is then filled up to ``events`` rows by cloning those sales' ``sale.completed``
events with fresh ids (the event id, the sale id and every id the sale made: lines,
tender, stock movements; variants, shift and device stay), written in one transaction
with raw ``sqlite3``. Every row is shaped exactly like a real one.

The hub runs with uvicorn in a thread (``hub_in_thread``) or as ``popuppos hub`` in its
own process (``hub_process``), over a SQLite file.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from popuppos.core.cart import Cart, CartLine
from popuppos.core.ids import new_id
from popuppos.core.tender import cash_for
from popuppos.hub.app import create_app
from popuppos.hub.pairing import create_shop
from popuppos.hub.store import HubStore
from popuppos.services import catalog, checkout, shifts, shop
from popuppos.store.db import Database, open_database
from popuppos.sync.client import HubClient, HubUnreachable
from popuppos.sync.state import DatabaseTokenStore, pair_device

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _listening_socket() -> socket.socket:
    # IPPROTO_TCP (not 0): asyncio sets TCP_NODELAY only on accepted sockets whose proto
    # says TCP; without it every answer waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def _wait_healthy(url: str, alive: threading.Thread | subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    with HubClient(url, timeout=1.0) as probe:
        while True:
            try:
                probe.health()
                return
            except HubUnreachable:
                running = alive.is_alive() if isinstance(alive, threading.Thread) else None
                if isinstance(alive, subprocess.Popen):
                    running = alive.poll() is None
                if time.monotonic() > deadline or not running:
                    raise
                time.sleep(0.05)


@contextmanager
def hub_in_thread(db_path: Path) -> Iterator[tuple[str, HubStore]]:
    """(url, store) of a hub served by uvicorn in a thread of this process."""
    app = create_app(f"sqlite:///{db_path}")
    sock = _listening_socket()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        _wait_healthy(url, thread)
        yield url, app.state.store
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@contextmanager
def hub_process(db_path: Path) -> Iterator[str]:
    """The url of ``popuppos hub`` in its own process (its request log discarded)."""
    sock = _listening_socket()
    port = sock.getsockname()[1]
    sock.close()
    command = [sys.executable, "-m", "popuppos.cli", "hub", "--db", str(db_path)]
    hub = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, hub)
        yield url
    finally:
        hub.terminate()
        hub.wait(timeout=30)


def new_shop(db_path: Path, name: str = "Bench Fair") -> str:
    """A shop in the hub database at ``db_path`` (made before the hub serves it); its owner
    token."""
    store = HubStore(f"sqlite:///{db_path}")
    try:
        return create_shop(store, name)[1]
    finally:
        store.close()


def _seed(db: Database, name: str) -> tuple[list[tuple[str, str, str, int]], set[str]]:
    shop.save_settings(db, device_name=name)
    for i in range(3):
        catalog.save_product(
            db,
            catalog.ProductSpec(
                name=f"Bench item {i}",
                category="Bench",
                tax_rate_bp=2300,
                variants=(catalog.VariantSpec("", f"BENCH-{i}", 1000 + 250 * i, 1_000_000),),
            ),
        )
    variants = []
    for item in catalog.catalog_items(db):
        v = item.variants[0]
        variants.append((v.id, item.name, v.sku, v.price))
    shift = shifts.open_shift(db, opened_by="bench", opening_float=0)
    keep = {db.device_id, shift.id, *(v[0] for v in variants)}
    keep |= {item.product_id for item in catalog.catalog_items(db)}
    return variants, keep


def build_stall(
    path: Path, name: str, hub_url: str, owner: HubClient, *, events: int, real: int = 100
) -> tuple[Database, int]:
    """A paired stall database at ``path`` whose outbox waits with ``events`` events
    (``real`` real sales, the rest cloned); returns (database, events waiting)."""
    db = open_database(path)
    variants, keep = _seed(db, name)
    for k in range(real):
        cart = Cart(tax_inclusive=True)
        for vid, item, sku, price in variants:
            cart.add(CartLine(vid, item, "", sku, price, 2300, 1 + k % 2))
        due = cart.priced().total
        checkout.complete_sale(db, cart, [cash_for(due, due + 500)], cashier="bench")
    pair_device(db, hub_url, owner.create_pairing_code().code, token_store=DatabaseTokenStore(db))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (waiting,) = conn.execute("SELECT COUNT(*) FROM outbox WHERE pushed_at IS NULL").fetchone()
        sales = conn.execute(
            "SELECT event_type, aggregate_id, payload, created_at FROM outbox"
            " WHERE event_type = 'sale.completed' ORDER BY seq"
        ).fetchall()
        clones = []
        for i in range(max(events - waiting, 0)):
            event_type, aggregate_id, payload, created_at = sales[i % len(sales)]
            fresh: dict[str, str] = {}

            def swap(match: re.Match[str], fresh: dict[str, str] = fresh) -> str:
                old = match.group(0)
                if old in keep:
                    return old
                return fresh.setdefault(old, new_id())

            clones.append(
                (
                    new_id(),
                    db.device_id,
                    event_type,
                    _UUID.sub(swap, aggregate_id),
                    _UUID.sub(swap, payload),
                    created_at,
                )
            )
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO outbox (event_id, device_id, event_type, aggregate_id, payload,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            clones,
        )
        conn.execute("COMMIT")
        (waiting,) = conn.execute("SELECT COUNT(*) FROM outbox WHERE pushed_at IS NULL").fetchone()
    finally:
        conn.close()
    return db, int(waiting)


def event_ids(path: Path) -> set[str]:
    """The ids of every event this stall committed to its outbox."""
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT event_id FROM outbox")}
