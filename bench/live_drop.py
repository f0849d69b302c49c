"""A burst of 50 sales of one drop, as fast as the service layer takes them, with the
customer display open: sales per second, and the display's lag from commit to repaint.

A worker thread records the sales back to back with ``services.checkout.complete_sale``
(one drop unit each, one card tender; a real SQLite file, WAL, synchronous=FULL) and,
after each commit, hands the CompletedSale to the GUI thread through a queued signal that
sends ``ctx.events.sale_completed``, as ``run_operation`` does in the app. The real
:class:`CustomerDisplay` (offscreen, 1280 x 800) re-reads on that event and repaints.

Display lag, per sale: from the moment ``complete_sale`` returned on the worker to the
first paint of the display's count (``CountLabel.paintEvent``) showing that sale or a later
one. During a burst the display coalesces: a sale that lands while a read is on its way
is picked up by the next read, so some counts are never painted on their own, and their
lag is the time until the newer count was on screen (what a customer could see).

The baseline, in the same process and alternating with it round by round, is the same
burst of 50 sales with no display open. Prints the figures, then one JSON line with
``sales_per_s``, ``display_lag_median_ms``, ``display_lag_p99_ms``, the baseline's
``baseline_sales_per_s`` and ``ratio`` (sales/s with the display / without). Target:
display lag p99 under 100 ms.

    python bench/live_drop.py [--sales 50] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from popuppos.core.cart import Cart
from popuppos.core.tender import Tender, TenderMethod
from popuppos.services import catalog, checkout, drops, live, shifts
from popuppos.services.checkout import CompletedSale
from popuppos.store.db import Database, open_database
from popuppos.store.models import utcnow
from popuppos.ui.app import build_context, make_application
from popuppos.ui.context import AppContext
from popuppos.ui.live.customer_display import CustomerDisplay
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QEventLoop, QObject, Qt, QTimer, Signal


class Relay(QObject):
    """Lives on the GUI thread: a sale from the worker becomes the app-wide event there."""

    sold = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.sold.connect(ctx.events.sale_completed.emit, Qt.ConnectionType.QueuedConnection)


def wait_for(done: Callable[[], bool], timeout_s: float = 20.0) -> None:
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + timeout_s
    guard = QTimer()
    guard.start(20)  # wakes the wait below now and then, for the timeout
    while not done():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    guard.stop()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def seed(db: Database) -> str:
    catalog.save_product(
        db,
        catalog.ProductSpec(
            name="Bench mug",
            category="Bench",
            tax_rate_bp=2300,
            variants=(catalog.VariantSpec("", "BENCH-MUG", 1200, 1_000_000),),
        ),
    )
    shifts.open_shift(db, opened_by="bench", opening_float=0)
    live.start_live(db, "Bench live", "stream")
    return catalog.catalog_items(db)[0].variants[0].id


def new_drop(db: Database, variant_id: str, n: int, k: int) -> str:
    now = utcnow()
    return drops.save_drop(
        db,
        drops.DropSpec(
            name=f"Bench drop {k}",
            price=3500,
            edition_size=n,
            public_start=now - timedelta(minutes=1),
            public_end=now + timedelta(hours=1),
            parts=((variant_id, 1),),
            low_stock_threshold=min(5, n - 1),
            story_hook="Fifty, as fast as the till takes them.",
            terms="Numbered.",
        ),
    )


def burst(db: Database, drop_id: str, n: int, relay: Relay, commits: list[float]) -> None:
    """The worker: ``n`` one-unit sales back to back; each commit's time in ``commits``."""
    line = drops.drop_status(db, drop_id).cart_line()
    for _ in range(n):
        cart = Cart(tax_inclusive=True)
        cart.add(line)
        total = cart.priced().total
        sale: CompletedSale = checkout.complete_sale(
            db, cart, [Tender(TenderMethod.CARD, total)], cashier="bench"
        )
        commits.append(time.perf_counter())
        relay.sold.emit(sale)


def run_round(
    db: Database, ctx: AppContext, drop_id: str, n: int, relay: Relay, display: bool
) -> tuple[float, list[float], int]:
    """One burst; returns (sales per second, lags in ms (with a display), display reads)."""
    window: CustomerDisplay | None = None
    painted: list[tuple[int, float]] = []
    if display:
        window = CustomerDisplay(ctx, featured_id=drop_id)
        window.resize(1280, 800)
        window.show()
        window.painted.connect(lambda count: painted.append((count, time.perf_counter())))
        wait_for(lambda: window is not None and window.last_painted_remaining == n)
    commits: list[float] = []
    started = time.perf_counter()
    worker = threading.Thread(target=burst, args=(db, drop_id, n, relay, commits))
    worker.start()
    wait_for(lambda: len(commits) == n and (window is None or window.last_painted_remaining == 0))
    worker.join()
    rate = n / (commits[-1] - started)
    lags: list[float] = []
    reads = 0
    if window is not None:
        for k, committed in enumerate(commits):
            left = n - (k + 1)
            shown = next(t for count, t in painted if count <= left)
            # The worker takes its timestamp just after the commit returns; a paint can
            # (rarely, by microseconds) beat it: that is no lag at all.
            lags.append(max(shown - committed, 0.0) * 1000)
        reads = window.reads
        window.close()
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    return rate, lags, reads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sales", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    n = args.sales
    started_all = time.perf_counter()
    app = make_application(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            variant = seed(db)
            ctx = build_context(db)
            relay = Relay(ctx)
            k = 0

            def one(display: bool) -> tuple[float, list[float], int]:
                nonlocal k
                k += 1
                return run_round(db, ctx, new_drop(db, variant, n, k), n, relay, display)

            one(False)  # warm-up: imports, statement caches, the first display's fonts
            one(True)
            with_display: list[float] = []
            baseline: list[float] = []
            lags: list[float] = []
            reads = 0
            for _ in range(args.rounds):
                rate, _l, _r = one(False)
                baseline.append(rate)
                rate, round_lags, round_reads = one(True)
                with_display.append(rate)
                lags += round_lags
                reads += round_reads
            wait_for_operations()
        finally:
            db.close()
    del app

    result = {
        "sales_per_s": round(statistics.median(with_display), 1),
        "display_lag_median_ms": round(statistics.median(lags), 2),
        "display_lag_p99_ms": round(percentile(lags, 0.99), 2),
        "baseline_sales_per_s": round(statistics.median(baseline), 1),
        "ratio": round(statistics.median(with_display) / statistics.median(baseline), 2),
        "sales": n,
        "rounds": args.rounds,
    }
    print(
        f"{args.rounds} bursts of {n} one-unit sales of a drop on a worker thread, alternating "
        "with / without the customer display (offscreen, 1280 x 800)"
    )
    print(
        f"  with the display : {result['sales_per_s']} sales/s (median of rounds); "
        f"{reads} display reads for {len(lags)} sales"
    )
    print(f"  baseline, no display : {result['baseline_sales_per_s']} sales/s")
    print(f"  ratio (with / without): {result['ratio']}")
    print(
        f"  display lag, commit -> count painted : median {result['display_lag_median_ms']} ms, "
        f"p99 {result['display_lag_p99_ms']} ms, max {max(lags):.2f} ms"
    )
    print(f"  target p99 < 100 ms: {'met' if result['display_lag_p99_ms'] < 100 else 'NOT met'}")
    print(f"  ran in {time.perf_counter() - started_all:.1f} s")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
