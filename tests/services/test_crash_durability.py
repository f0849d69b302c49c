"""No sale is ever lost: kill a selling process with SIGKILL at random moments, then check.

Every sale the worker reported (its ``complete_sale`` returned) must be in the database,
whole: its lines, tenders, stock movements and its one sync event. Nothing half-written
may exist, and stock must equal the initial count less everything sold.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from helpers import rows, scalar, seed_products, stock_by_sku
from popuppos.services import shifts
from popuppos.store.db import Database, open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

WORKER = Path(__file__).resolve().parent.parent / "crash_worker.py"
ROUNDS = 8
INITIAL_STOCK = 1_000_000
PRODUCTS = (
    (
        "Tee",
        "Apparel",
        2300,
        (("S", "TEE-S", 2500, INITIAL_STOCK), ("M", "TEE-M", 2499, INITIAL_STOCK)),
    ),
    ("Mug", "Home", 2300, (("", "MUG", 1199, INITIAL_STOCK),)),
    ("Tea", "Pantry", 900, (("", "TEA", 851, INITIAL_STOCK),)),
    ("Stickers", "Paper", 0, (("", "STK", 333, INITIAL_STOCK),)),
)


class Reader(threading.Thread):
    """Collects the worker's complete stdout lines (a line cut by the kill does not count)."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines: list[str] = []
        self.ready = threading.Event()

    def run(self) -> None:
        for raw in self.stream:
            if not raw.endswith(b"\n"):
                break  # cut mid-line by the kill: not reported
            line = raw.decode().strip()
            if line == "ready":
                self.ready.set()
            else:
                self.lines.append(line)
        self.ready.set()


def _run_round(path: Path, rng: random.Random, seed: int) -> tuple[list[str], str]:
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    reader = Reader(proc.stdout)  # type: ignore[arg-type]
    reader.start()
    try:
        assert reader.ready.wait(20), "worker did not start"
        if rng.random() < 0.5:
            target = rng.randint(5, 60)
            how = f"after {target} reported sales"
            deadline = time.monotonic() + 20
            while len(reader.lines) < target and proc.poll() is None:
                assert time.monotonic() < deadline, "worker too slow"
                time.sleep(0.0005)
        else:
            delay = rng.uniform(0.001, 0.08)
            how = f"after {delay * 1000:.0f} ms"
            time.sleep(delay)
        assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        reader.join(10)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, stderr
    return list(reader.lines), how


def _check(db: Database, reported: set[str], variant_ids: dict[str, str]) -> int:
    sales = {r.id: r for r in rows(db, "SELECT id, total, tip, number FROM sales")}
    missing = reported - set(sales)
    assert not missing, f"{len(missing)} reported sales were lost"
    numbers = sorted(s.number for s in sales.values())
    assert numbers == list(range(1, len(numbers) + 1))

    lines = {
        r.sale_id: r
        for r in rows(
            db,
            "SELECT sale_id, COUNT(*) AS n, SUM(gross) AS gross, SUM(quantity) AS qty "
            "FROM sale_lines GROUP BY sale_id",
        )
    }
    tenders = {
        r.sale_id: r
        for r in rows(
            db,
            "SELECT sale_id, COUNT(*) AS n, SUM(amount) AS paid FROM sale_tenders GROUP BY sale_id",
        )
    }
    events = {
        r.aggregate_id: r.n
        for r in rows(
            db,
            "SELECT aggregate_id, COUNT(*) AS n FROM outbox "
            "WHERE event_type = 'sale.completed' GROUP BY aggregate_id",
        )
    }
    moved = {
        r.ref_id: r.qty
        for r in rows(
            db,
            "SELECT ref_id, -SUM(delta) AS qty FROM stock_movements "
            "WHERE reason = 'sale' GROUP BY ref_id",
        )
    }
    # Nothing that belongs to a sale exists without its sale.
    assert set(lines) <= set(sales)
    assert set(tenders) <= set(sales)
    assert set(events) <= set(sales)
    assert set(moved) <= set(sales)
    for sale_id, sale in sales.items():
        assert sale_id in lines and lines[sale_id].n >= 1, "a sale without lines"
        assert sale_id in tenders and tenders[sale_id].n >= 1, "a sale without tenders"
        assert lines[sale_id].gross == sale.total
        assert tenders[sale_id].paid == sale.total + sale.tip
        assert events.get(sale_id) == 1, "each sale is reported to the hub exactly once"
        assert moved.get(sale_id) == lines[sale_id].qty, "a sale without its stock movements"

    sold = {
        r.variant_id: r.qty
        for r in rows(
            db, "SELECT variant_id, SUM(quantity) AS qty FROM sale_lines GROUP BY variant_id"
        )
    }
    stock = stock_by_sku(db)
    for sku, vid in variant_ids.items():
        assert stock[sku] == INITIAL_STOCK - sold.get(vid, 0), sku
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    return len(sales)


def test_killed_mid_sale_loses_nothing_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    db = open_database(path)
    items = seed_products(db, PRODUCTS)
    shifts.open_shift(db, opened_by="Ann", opening_float=0)
    db.close()  # the worker takes the app lock
    variant_ids = {sku: item.variant_id for sku, item in items.items()}

    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    reported: set[str] = set()
    started = time.monotonic()
    for round_no in range(ROUNDS):
        lines, how = _run_round(path, rng, seed + round_no)
        reported.update(lines)
        db = open_database(path)
        try:
            count = _check(db, reported, variant_ids)
        finally:
            db.close()
        print(
            f"round {round_no + 1}: killed {how}; {len(lines)} reported this round, "
            f"{len(reported)} reported in all, {count} sales in the database "
            f"(CRASH_SEED={seed})"
        )
    assert reported, "the worker never completed a sale"
    assert time.monotonic() - started < 60
