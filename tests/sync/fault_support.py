"""For the fault tests: a hub in its own process (so it can be SIGKILLed and started again
on the same database and port), stalls paired through the fault proxy, and the audit that
checks, after each fault, that hub and stalls agree to the cent and on every row.
"""

from __future__ import annotations

import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from helpers import DEFAULT_PRODUCTS, rows, stock_by_sku
from popuppos.hub.pairing import create_shop
from popuppos.hub.store import HubStore
from popuppos.services import shop
from popuppos.store.db import Database, open_database
from popuppos.sync.client import HubClient, HubUnreachable
from popuppos.sync.engine import SyncEngine
from popuppos.sync.state import DatabaseTokenStore, pair_device, waiting_count

#: What the stalls' HTTP client waits: short, so an injected stall times out fast.
TIMEOUT = (1.0, 1.5)
#: Events per push: small, so a handful of sales makes several batches.
PUSH_BATCH = 2
WORKER = Path(__file__).with_name("sync_worker.py")


def fault_client(url: str, token: str) -> HubClient:
    return HubClient(url, token, timeout=TIMEOUT)


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class HubProcess:
    """``popuppos hub`` on 127.0.0.1:``port`` over a SQLite file, as a child process."""

    def __init__(self, db_path: Path, log_path: Path) -> None:
        self.db_path, self.log_path = db_path, log_path
        self.db_url = f"sqlite:///{db_path}"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def _port(self) -> list[str]:
        return ["--port", str(self.port)]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> None:
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "popuppos.cli", "hub", "--db", self.db_url, *self._port],
                stdout=log,
                stderr=log,
            )
        self.starts += 1
        deadline = time.monotonic() + timeout
        with HubClient(self.url, timeout=0.5) as probe:
            while True:
                try:
                    probe.health()
                    return
                except HubUnreachable:
                    if self.proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(self.log_path.read_text("utf-8")[-2000:]) from None
                    time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush; whatever the hub had not committed is gone."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)

    def new_shop(self, name: str = "Lantern & Loom") -> tuple[str, HubClient]:
        """(shop id, owner client): made in the hub's database, as ``hub create-shop`` does."""
        store = HubStore(self.db_url)
        try:
            shop_id, token = create_shop(store, name)
        finally:
            store.close()
        return shop_id, HubClient(self.url, token, timeout=5.0)


@dataclass
class FaultStall:
    db: Database
    engine: SyncEngine
    name: str

    def sync(self) -> None:
        self.engine.sync_once()

    def reopen(self) -> None:
        """A fresh app on the same database (after another process had it)."""
        self.db = open_database(self.db.path)
        self.engine = new_engine(self.db)


def new_engine(db: Database) -> SyncEngine:
    return SyncEngine(
        db,
        client_factory=fault_client,
        interval=60.0,
        poll=0.02,
        push_batch=PUSH_BATCH,
    )


def paired_stall(path: Path, name: str, hub_url: str, owner: HubClient) -> FaultStall:
    """A stall database paired with the shop; it reaches the hub at ``hub_url`` (the proxy)."""
    db = open_database(path)
    shop.save_settings(db, device_name=name)
    code = owner.create_pairing_code().code
    pair_device(db, hub_url, code, token_store=DatabaseTokenStore(db))
    return FaultStall(db, new_engine(db), name)


# -- the audit -----------------------------------------------------------------------------
def hub_rows(hub_db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read the hub's database directly (read-only), as an auditor would."""
    with closing(sqlite3.connect(f"file:{hub_db}?mode=ro", uri=True)) as conn:
        return list(conn.execute(sql, params))


def hub_sale_totals(hub_db: Path, shop_id: str) -> dict[str, tuple[int, int]]:
    """{device id: (sales, sum of their totals)} as the hub holds them."""
    found = hub_rows(
        hub_db,
        "SELECT device_id, COUNT(*), SUM(CAST(json_extract(payload, '$.total') AS INTEGER)) "
        "FROM events WHERE shop_id = ? AND event_type = 'sale.completed' GROUP BY device_id",
        shop_id,
    )
    return {str(d): (int(str(n)), int(str(t))) for d, n, t in found}


def own_sales(db: Database) -> tuple[int, int]:
    [(count, total)] = rows(
        db,
        "SELECT COUNT(*), COALESCE(SUM(total), 0) FROM sales WHERE device_id = :d",
        d=db.device_id,
    )
    return int(count), int(total)


def expected_stock(db: Database) -> dict[str, int]:
    """The seeded stock less every unit sold on any stall (all sales are on ``db`` now)."""
    start = {sku: s for _, _, _, variants in DEFAULT_PRODUCTS for _, sku, _, s in variants}
    sold = dict(rows(db, "SELECT sku, SUM(quantity) FROM sale_lines GROUP BY sku"))
    return {sku: units - int(sold.get(sku, 0)) for sku, units in start.items()}


def assert_converged(hub_db: Path, shop_id: str, stalls: list[FaultStall]) -> None:
    """Hub totals = the stalls' committed sales, to the cent; no event applied twice, none
    lost; every stall holds every sale once and agrees on stock."""
    totals = hub_sale_totals(hub_db, shop_id)
    for stall in stalls:
        assert totals.get(stall.db.device_id, (0, 0)) == own_sales(stall.db), stall.name
    assert sum(t for _, t in totals.values()) == sum(own_sales(s.db)[1] for s in stalls)
    all_sales: set[str] = set()
    for stall in stalls:
        with stall.db.read() as conn:
            assert waiting_count(conn) == 0, stall.name
        hub_ids = [
            str(e)
            for (e,) in hub_rows(
                hub_db,
                "SELECT event_id FROM events WHERE shop_id = ? AND device_id = ?",
                shop_id,
                stall.db.device_id,
            )
        ]
        assert len(hub_ids) == len(set(hub_ids)), f"an event of {stall.name} applied twice"
        sent = {str(e) for (e,) in rows(stall.db, "SELECT event_id FROM outbox")}
        assert set(hub_ids) == sent, f"the hub and {stall.name}'s outbox differ"
        all_sales |= {
            str(s)
            for (s,) in rows(
                stall.db, "SELECT id FROM sales WHERE device_id = :d", d=stall.db.device_id
            )
        }
    for stall in stalls:
        held = [str(s) for (s,) in rows(stall.db, "SELECT id FROM sales")]
        assert sorted(held) == sorted(all_sales), stall.name
        assert (
            rows(
                stall.db,
                "SELECT outcome, detail FROM sync_applied WHERE outcome IN ('waiting', 'failed')",
            )
            == []
        )
    moves = [
        sorted(
            str(m) for (m,) in rows(s.db, "SELECT id FROM stock_movements WHERE reason = 'sale'")
        )
        for s in stalls
    ]
    assert all(m == moves[0] for m in moves)
    stock = expected_stock(stalls[0].db)
    for stall in stalls:
        units = stock_by_sku(stall.db)
        assert units == stock_by_sku(stalls[0].db), stall.name
        assert {sku: units[sku] for sku in stock} == stock, stall.name
