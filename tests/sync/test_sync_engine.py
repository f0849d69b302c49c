"""The sync engine end to end: two real stall databases, a real hub, real faults."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from hub_support import RunningHub
from sync_support import UNREACHABLE, Stall, quick_client

from helpers import MANAGER_PIN, Item, cart_of, rows, scalar, seed_products, stock_by_sku
from popuppos.core.tender import cash_for
from popuppos.services import calendar, catalog, members, passes, shop
from popuppos.services.calendar import SessionSpec
from popuppos.services.checkin import check_in, duplicate_check_ins
from popuppos.services.checkout import complete_sale
from popuppos.services.outbox import append_event
from popuppos.services.refunds import refund_sale
from popuppos.services.voids import void_sale
from popuppos.store.db import Database
from popuppos.sync import engine as engine_module
from popuppos.sync.client import HubClient
from popuppos.sync.engine import BACKOFF_CAP, SyncEngine, backoff_delay
from popuppos.sync.protocol import PushBatch
from popuppos.sync.state import pending_events, rejected_events


def sell(db: Database, *lines: tuple[Item, int]) -> str:
    cart = cart_of(*(item.line(qty) for item, qty in lines))
    total = cart.priced().total
    return complete_sale(db, cart, [cash_for(total, total)], cashier="Ann").id


def offline(engine: SyncEngine) -> Callable[[str, str], HubClient]:
    """Point ``engine`` at an address where nothing answers; returns the real factory."""
    real = engine._client_factory
    engine._client_factory = lambda _url, token: quick_client(UNREACHABLE, token)
    engine._client = None
    return real


def back_online(engine: SyncEngine, real: Callable[[str, str], HubClient]) -> None:
    engine._client_factory = real
    engine._client = None


def hub_count(hub: RunningHub, device_id: str) -> int:
    [(n,)] = hub.rows("SELECT COUNT(*) FROM events WHERE device_id = :d", d=device_id)
    return int(n)


def test_a_sale_made_offline_reaches_the_other_stall_and_stock_agrees(
    stalls: tuple[Stall, Stall], hub_server: RunningHub
) -> None:
    a, b = stalls
    items = seed_products(a.db)
    a.sync()
    b.sync()
    assert stock_by_sku(b.db) == stock_by_sku(a.db)

    real = offline(a.engine)
    sale_id = sell(a.db, (items["TEE-M"], 2), (items["MUG"], 1))
    assert a.engine.attempt() is not None  # backs off, the sale stays waiting
    assert a.engine.status().online is False
    assert a.engine.status().waiting > 0
    back_online(a.engine, real)
    assert a.engine.attempt() == a.engine.interval
    assert a.engine.status().waiting == 0
    b.sync()

    [sale] = rows(b.db, "SELECT id, device_id, total FROM sales")
    assert (sale.id, sale.device_id) == (sale_id, a.db.device_id)
    assert scalar(b.db, "SELECT COUNT(*) FROM sale_lines WHERE sale_id = :s", s=sale_id) == 2
    assert scalar(b.db, "SELECT COUNT(*) FROM sale_tenders WHERE sale_id = :s", s=sale_id) == 1
    assert stock_by_sku(b.db) == stock_by_sku(a.db)
    assert stock_by_sku(b.db)["TEE-M"] == 8
    # nothing comes back to A as an echo, and B's outbox holds none of A's facts
    assert (
        scalar(
            a.db, "SELECT COUNT(*) FROM sync_applied WHERE origin_device_id = :d", d=a.db.device_id
        )
        == 0
    )
    assert scalar(b.db, "SELECT COUNT(*) FROM outbox WHERE event_type = 'sale.completed'") == 0


def test_a_pass_from_a_verifies_on_b_and_a_double_check_in_is_flagged(
    stalls: tuple[Stall, Stall],
) -> None:
    a, b = stalls
    gold = passes.save_tier(
        a.db, passes.TierSpec(name="Gold", code="GOLD", price=5000, validity_days=30)
    )
    member = members.create_member(a.db, name="Ana Lopez")
    issued = passes.issue_pass(a.db, tier_id=gold, member_id=member.id, actor="Ann")
    starts = datetime.combine(date.today() + timedelta(days=3), time(12, 0))
    session_id = calendar.save_session(
        a.db, SessionSpec(title="Breathwork", starts_at=starts, duration_minutes=60, capacity=5)
    )
    a.sync()
    b.sync()
    with b.db.read() as conn:
        holder = passes.verify_scan(conn, issued.token, date.today())
    assert (holder.member_name, holder.tier_code) == ("Ana Lopez", "GOLD")

    # both stalls offline at the door: each lets Ana in
    at = starts - timedelta(minutes=5)
    assert check_in(a.db, session_id, issued.token, now=at, device_name="Stall A").ok
    later = at + timedelta(minutes=2)
    assert check_in(b.db, session_id, issued.token, now=later, device_name="Stall B").ok
    a.sync()
    b.sync()
    a.sync()
    for stall in (a, b):
        [dup] = duplicate_check_ins(stall.db)
        assert (dup.kept.device_name, dup.duplicate.device_name) == ("Stall A", "Stall B")
        assert stall.engine.status().conflicts == 1


def test_an_answer_lost_mid_batch_is_sent_again_without_double_rows(
    stalls: tuple[Stall, Stall], hub_server: RunningHub
) -> None:
    a, b = stalls
    items = seed_products(a.db)
    sell(a.db, (items["TEA"], 3))
    events, _ = pending_events(a.db, 500)
    token = a.tokens.get(a.db.device_id)
    with hub_server.client(token) as client:  # pushed, but the answer never reached A
        client.push(PushBatch(device_id=a.db.device_id, events=events[:-1]))
    assert a.engine.status().waiting == len(events)
    a.sync()
    a.sync()
    assert a.engine.status().waiting == 0
    assert hub_count(hub_server, a.db.device_id) == len(events)
    b.sync()
    b.sync()
    assert scalar(b.db, "SELECT COUNT(*) FROM sales") == 1
    assert stock_by_sku(b.db)["TEA"] == stock_by_sku(a.db)["TEA"] == 27


def test_a_rejected_event_is_set_aside_and_the_queue_moves_on(
    stalls: tuple[Stall, Stall], hub_server: RunningHub
) -> None:
    a, _ = stalls
    items = seed_products(a.db)
    with a.db.write() as conn:
        append_event(conn, a.db.device_id, "note.added", "x1", {"weight": 1.5})
    sell(a.db, (items["STK"], 1))
    a.sync()
    status = a.engine.status()
    assert (status.waiting, status.rejected) == (0, 1)
    [problem] = rejected_events(a.db)
    assert problem.event_type == "note.added"
    assert "decimal number" in problem.reason
    types = [
        t
        for (t,) in hub_server.rows(
            "SELECT event_type FROM events WHERE device_id = :d", d=a.db.device_id
        )
    ]
    assert "sale.completed" in types and "note.added" not in types
    a.sync()  # never sent again
    assert hub_count(hub_server, a.db.device_id) == len(types)


def test_backoff_grows_with_failures_and_resets_when_the_hub_answers(
    stalls: tuple[Stall, Stall],
) -> None:
    a, _ = stalls
    engine = SyncEngine(a.db, client_factory=quick_client, rng=lambda: 1.0, interval=45.0)
    real = offline(engine)
    delays = [engine.attempt() for _ in range(4)]
    assert delays == [2.0, 4.0, 8.0, 16.0]
    assert engine.status().state == "offline"
    assert "Cannot reach the hub" in (engine.status().last_error or "")
    back_online(engine, real)
    assert engine.attempt() == 45.0
    assert engine.failures == 0 and engine.status().last_error is None
    assert backoff_delay(30, lambda: 1.0) == BACKOFF_CAP
    assert BACKOFF_CAP / 2 <= backoff_delay(30) <= BACKOFF_CAP


def test_a_retired_device_stops_with_a_plain_message(
    stalls: tuple[Stall, Stall], owner: HubClient
) -> None:
    a, b = stalls
    owner.retire_device(a.db.device_id)
    assert a.engine.attempt() is None
    status = a.engine.status()
    assert status.state == "stopped"
    assert "retired" in (status.last_error or "")
    # remembered: a restarted app does not hammer the hub
    assert SyncEngine(a.db, client_factory=quick_client).attempt() is None
    b.sync()  # B now distrusts A's key from the retirement on
    assert (
        scalar(b.db, "SELECT retired_at FROM signing_keys WHERE device_id = :d", d=a.db.device_id)
        is not None
    )


def test_a_protocol_mismatch_stops_and_says_which_side_to_upgrade(
    stalls: tuple[Stall, Stall],
) -> None:
    a, _ = stalls
    engine = SyncEngine(
        a.db, client_factory=lambda url, token: HubClient(url, token, protocol_version=99)
    )
    assert engine.attempt() is None
    assert "upgrade the hub" in (engine.status().last_error or "")


def test_refunds_voids_and_counts_agree_after_paging_through_small_pages(
    stalls: tuple[Stall, Stall], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = stalls
    monkeypatch.setattr(engine_module, "PULL_PAGE", 2)  # a month away: many pages
    items = seed_products(a.db)
    shop.set_manager_pin(a.db, MANAGER_PIN, current_pin=None, actor="Ann")
    kept = sell(a.db, (items["TEE-S"], 3), (items["MUG"], 2))
    voided = sell(a.db, (items["TEA"], 4))
    line_id = scalar(a.db, "SELECT id FROM sale_lines WHERE sale_id = :s AND sku = 'TEE-S'", s=kept)
    refund_sale(
        a.db,
        kept,
        {line_id: 1},
        refund_tip=False,
        reason="too small",
        cashier="Ann",
        manager_pin=MANAGER_PIN,
    )
    void_sale(a.db, voided, reason="wrong till", cashier="Ann", manager_pin=MANAGER_PIN)
    catalog.count_stock(a.db, items["STK"].variant_id, 90, actor="Ann", reason="recount")
    a.sync()
    b.sync()
    assert stock_by_sku(b.db) == stock_by_sku(a.db)
    assert stock_by_sku(b.db)["TEE-S"] == 8 and stock_by_sku(b.db)["TEA"] == 30
    for table in ("sales", "refunds", "refund_lines", "refund_tenders", "sale_voids", "shifts"):
        assert scalar(b.db, f"SELECT COUNT(*) FROM {table}") == scalar(
            a.db, f"SELECT COUNT(*) FROM {table}"
        ), table
    assert scalar(b.db, "SELECT COUNT(*) FROM sync_applied WHERE outcome = 'failed'") == 0
    assert b.engine.status().not_applied == 0
