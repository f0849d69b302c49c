"""Real faults between two stalls and a real hub: a hub process SIGKILLed mid-batch and
started again on the same database and port, a syncing app SIGKILLed mid-batch, HTTP 500s
and timeouts from a fault-injecting proxy, a stall clock an hour fast, duplicate and
out-of-order batches.

Each test: two stall databases paired with a fresh shop (through the proxy, see
``fault_proxy.py``) share a catalogue, then sell while apart, then sync through the
fault. Afterwards ``assert_converged`` checks that the hub's sale totals equal each
stall's committed sales to the cent, that no event was applied twice or lost (hub and
stalls), and that both stalls hold every sale once and agree on stock.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from fault_proxy import Fault, FaultKind, FaultProxy
from fault_support import (
    PUSH_BATCH,
    WORKER,
    FaultStall,
    HubProcess,
    assert_converged,
    fault_client,
    hub_rows,
    paired_stall,
)

from helpers import cart_of, seed_products
from popuppos.core.cart import CartLine
from popuppos.core.tender import cash_for
from popuppos.services import calendar, catalog, checkout, members, outbox, passes
from popuppos.services.calendar import SessionSpec
from popuppos.services.checkin import check_in
from popuppos.services.conflicts import list_conflicts
from popuppos.services.receipts import local_time
from popuppos.services.shifts import open_shift
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.sync.protocol import PushBatch, PushEvent
from popuppos.sync.state import DatabaseTokenStore, pending_events

#: (SKU, quantity) per sale, sold while the stalls are apart (well within the stock).
A_SALES = [[("TEE-S", 1), ("MUG", 2)], [("TEA", 3)], [("STK", 5), ("TEE-M", 1)], [("MUG", 1)]]
A_SALES += [[("TEA", 2), ("STK", 1)]]
B_SALES = [[("TEE-S", 2)], [("MUG", 3), ("TEA", 1)], [("STK", 4)]]


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    folder = tmp_path_factory.mktemp("fault-hub")
    process = HubProcess(folder / "hub.sqlite", folder / "hub.log")
    process.start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def proxy(hub: HubProcess) -> Iterator[FaultProxy]:
    between = FaultProxy(hub.port)
    yield between
    between.close()


@dataclass
class TwoStalls:
    shop_id: str
    a: FaultStall
    b: FaultStall

    def converged(self, hub: HubProcess) -> None:
        assert_converged(hub.db_path, self.shop_id, [self.a, self.b])

    def hub_events(self, hub: HubProcess, stall: FaultStall) -> int:
        [(n,)] = hub_rows(
            hub.db_path,
            "SELECT COUNT(*) FROM events WHERE shop_id = ? AND device_id = ?",
            self.shop_id,
            stall.db.device_id,
        )
        return int(str(n))


@pytest.fixture
def shop(tmp_path: Path, hub: HubProcess, proxy: FaultProxy) -> Iterator[TwoStalls]:
    """A new shop, two stalls sharing its catalogue, each with a shift open."""
    if hub.proc is None or hub.proc.poll() is not None:
        hub.start()  # an earlier test killed it and failed before starting it again
    shop_id, owner = hub.new_shop()
    with owner:
        a = paired_stall(tmp_path / "a.sqlite", "Stall A", proxy.url, owner)
        b = paired_stall(tmp_path / "b.sqlite", "Stall B", proxy.url, owner)
    seed_products(a.db)
    a.sync()
    b.sync()
    open_shift(a.db, opened_by="Ann", opening_float=5000)
    open_shift(b.db, opened_by="Bo", opening_float=5000)
    yield TwoStalls(shop_id, a, b)
    left = proxy.clear()
    a.db.close()
    b.db.close()
    assert left == [], "a fault was never met"


def sell(db: Database, lines: list[tuple[str, int]]) -> None:
    """One cash sale of ``lines`` (SKU, quantity) at this stall's prices."""
    variants = {v.sku: (p, v) for p in catalog.catalog_items(db) for v in p.variants}
    cart = cart_of(
        *(
            CartLine(v.id, p.name, v.name, v.sku, v.price, p.tax_rate_bp, qty)
            for sku, qty in lines
            for p, v in [variants[sku]]
        )
    )
    total = cart.priced().total
    checkout.complete_sale(db, cart, [cash_for(total, total)], cashier="Ann")


def sell_apart(shop: TwoStalls) -> None:
    for lines in A_SALES:
        sell(shop.a.db, lines)
    for lines in B_SALES:
        sell(shop.b.db, lines)
    # A: the shift and five sales, three batches; B: the shift and three sales, two
    assert shop.a.engine.status().waiting == 6 and shop.b.engine.status().waiting == 4


def sync_all(shop: TwoStalls) -> None:
    shop.a.sync()
    shop.b.sync()
    shop.a.sync()


# -- the hub dies ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "fraction"),
    [("sever", 0.5), ("sever", 1.0), ("drop", 1.0)],
    ids=["half-a-batch-received", "whole-batch-in-flight", "applied-answer-unsent"],
)
def test_the_hub_killed_mid_batch_and_started_again_on_the_same_database_and_port(
    shop: TwoStalls, hub: HubProcess, proxy: FaultProxy, kind: FaultKind, fraction: float
) -> None:
    sell_apart(shop)
    before = shop.hub_events(hub, shop.a)  # the catalogue it pushed before
    fault = proxy.add(Fault(kind, after=1, fraction=fraction, then=hub.kill))
    assert shop.a.engine.attempt() != shop.a.engine.interval
    assert fault.fired.wait(5) and hub.proc is not None and hub.proc.poll() == -signal.SIGKILL
    status = shop.a.engine.status()
    assert status.online is False and status.waiting == 4  # the first batch was marked
    applied = shop.hub_events(hub, shop.a) - before
    if kind == "drop":
        assert applied == 2 + 2  # the second batch committed; A never heard
    elif fraction < 1:
        assert applied == 2  # half a request: nothing of it applied
    else:
        assert applied in (2, 4)  # killed before or after its commit: either is whole
    assert shop.b.engine.attempt() != shop.b.engine.interval  # the hub is down for B too
    hub.start()
    sync_all(shop)
    assert shop.a.engine.status().waiting == 0
    shop.converged(hub)


# -- the stall's app dies ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "fraction"),
    [("sever", 0.5), ("drop", 1.0)],
    ids=["half-a-batch-sent", "applied-answer-unheard"],
)
def test_the_syncing_app_killed_mid_batch_and_a_fresh_one_syncs(
    shop: TwoStalls, hub: HubProcess, proxy: FaultProxy, kind: FaultKind, fraction: float
) -> None:
    sell_apart(shop)
    a = shop.a
    before = shop.hub_events(hub, a)
    a.db.close()  # the app is closed; a worker process syncs this database
    worker: list[subprocess.Popen[bytes]] = []

    def kill_worker() -> None:
        worker[0].send_signal(signal.SIGKILL)
        worker[0].wait(timeout=10)

    fault = proxy.add(Fault(kind, after=1, fraction=fraction, then=kill_worker))
    worker.append(
        subprocess.Popen(
            [sys.executable, str(WORKER), str(a.db.path), str(PUSH_BATCH)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    )
    out, err = worker[0].communicate(timeout=60)
    assert fault.fired.wait(5), (out + err).decode()[-3000:]
    assert worker[0].returncode == -signal.SIGKILL, err.decode()
    assert out.split() == [b"ready"]  # killed during the push: it never got to "done"
    assert shop.hub_events(hub, a) - before == (4 if kind == "drop" else 2)

    a.reopen()
    assert a.engine.status().waiting == 4  # its first batch was marked before the kill
    sync_all(shop)
    shop.converged(hub)


# -- HTTP 500s and timeouts ------------------------------------------------------------------
FAULTS = {
    "500-before-the-hub": (Fault("error", after=1), "injected by the fault proxy", True),
    "500-after-the-hub-applied": (
        Fault("error", after=1, forward=True),
        "injected by the fault proxy",
        True,
    ),
    "timeout-after-the-hub-applied": (Fault("stall", after=1, seconds=2.5), "in time", False),
    "500-on-a-pull": (Fault("error", path="/v1/pull"), "injected by the fault proxy", True),
    "timeout-on-a-pull": (Fault("stall", path="/v1/pull", seconds=2.5), "in time", False),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_http_500s_and_timeouts_are_retried_until_everything_agrees(
    shop: TwoStalls, hub: HubProcess, proxy: FaultProxy, name: str
) -> None:
    template, message, answered = FAULTS[name]
    sell_apart(shop)
    shop.b.sync()  # B's sales are at the hub, so A's pull has a page to lose
    fault = proxy.add(replace(template, fired=threading.Event()))
    assert shop.a.engine.attempt() != shop.a.engine.interval
    assert fault.fired.wait(5)
    status = shop.a.engine.status()
    assert message in (status.last_error or "")
    assert status.online is answered
    assert shop.a.engine.failures == 1
    assert shop.a.engine.attempt() == shop.a.engine.interval  # the retry goes through
    assert shop.a.engine.failures == 0
    sync_all(shop)
    shop.converged(hub)


# -- a clock an hour fast ------------------------------------------------------------------
def test_a_stall_clock_an_hour_fast_still_converges_and_device_time_decides_check_ins(
    shop: TwoStalls, hub: HubProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = shop.a, shop.b
    gold = passes.save_tier(
        a.db, passes.TierSpec(name="Gold", code="GOLD", price=5000, validity_days=30)
    )
    member = members.create_member(a.db, name="Ana Lopez")
    token = passes.issue_pass(a.db, tier_id=gold, member_id=member.id, actor="Ann").token
    starts = utcnow() + timedelta(minutes=30)
    session_id = calendar.save_session(
        a.db, SessionSpec(title="Breathwork", starts_at=starts, duration_minutes=120, capacity=5)
    )
    a.sync()
    b.sync()

    real = utcnow()
    fast = real + timedelta(hours=1)  # B's clock: an hour ahead of A's (which is right)
    with monkeypatch.context() as wrong_clock:
        for module in (checkout, outbox):
            wrong_clock.setattr(module, "utcnow", lambda: utcnow() + timedelta(hours=1))
        for lines in B_SALES:
            sell(b.db, lines)
        # B really lets Ana in first, but its clock says an hour later ...
        assert check_in(b.db, session_id, token, now=fast, device_name="Stall B").ok
    # ... than A's check-in two minutes after (A's clock is right)
    a_time = real + timedelta(minutes=2)
    assert check_in(a.db, session_id, token, now=a_time, device_name="Stall A").ok
    for lines in A_SALES:
        sell(a.db, lines)
    b.sync()  # B reaches the hub first, too
    sync_all(shop)

    shop.converged(hub)
    [(created, received)] = hub_rows(
        hub.db_path,
        "SELECT MAX(created_at), MAX(received_at) FROM events "
        "WHERE shop_id = ? AND device_id = ? AND event_type = 'sale.completed'",
        shop.shop_id,
        b.db.device_id,
    )
    assert str(created) > str(received)  # kept as B's clock said: ahead of the hub's
    # the first check-in BY DEVICE TIME counts (A's), as documented; B's is flagged
    [(loser,)] = hub_rows(
        hub.db_path,
        "SELECT e.device_id FROM conflicts c JOIN events e ON e.event_id = c.loser_event_id "
        "AND e.shop_id = c.shop_id WHERE c.kind = 'double_check_in' AND c.shop_id = ?",
        shop.shop_id,
    )
    assert loser == b.db.device_id
    sentence = (
        f"Ana Lopez was checked in twice to Breathwork: first on Stall A at "
        f"{local_time(a_time):%H:%M} (that one counts), again on Stall B at "
        f"{local_time(fast):%H:%M}."
    )
    for stall in (a, b):
        assert [c.sentence for c in list_conflicts(stall.db)] == [sentence]


# -- duplicate and out-of-order batches ------------------------------------------------------
def test_duplicate_and_out_of_order_batches_are_applied_once(
    shop: TwoStalls, hub: HubProcess, proxy: FaultProxy
) -> None:
    sell_apart(shop)
    a = shop.a
    before = shop.hub_events(hub, a)
    events, _ = pending_events(a.db, 100)
    first, second, third = events[0:2], events[2:4], events[4:6]
    assert first[0].event_type == "shift.opened"
    token = DatabaseTokenStore(a.db).get(a.db.device_id)
    assert token
    with fault_client(proxy.url, token) as client:

        def push(batch: list[PushEvent]) -> list[str]:
            answer = client.push(PushBatch(device_id=a.db.device_id, events=batch))
            return [r.status for r in answer.results]

        assert push(third) == ["applied"] * 2  # the last batch first: its sales' shift is
        assert push(second) == ["applied"] * 2  # not at the hub yet
        assert push(first) == ["applied"] * 2
        assert push(first) == ["duplicate"] * 2
        assert push([*third, *first]) == ["duplicate"] * 4
    assert shop.hub_events(hub, a) - before == 6
    # A never heard any of that: it sends everything again, all answered "duplicate"
    # B pulls four of A's sales before A's shift: they wait, and apply after the page
    outcome = shop.b.engine.sync_once()
    assert (outcome.waiting, outcome.retried, outcome.failed) == (4, 4, 0)
    sync_all(shop)
    assert shop.hub_events(hub, a) - before == 6
    shop.converged(hub)
