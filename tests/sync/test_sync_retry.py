"""A pulled change that cannot apply yet waits and is retried; one that never can is kept
for a person. Real hub, real stall databases; the hub's order is forced by pushing a
stall's outbox in an order of the test's choosing."""

from __future__ import annotations

import pytest
from hub_support import RunningHub
from pytestqt.qtbot import QtBot
from sync_support import UNREACHABLE, Stall, quick_client

from helpers import Item, cart_of, rows, scalar, seed_products, stock_by_sku
from popuppos.core.tender import cash_for
from popuppos.services.checkout import complete_sale
from popuppos.store.db import Database
from popuppos.sync import engine as engine_module
from popuppos.sync.apply import not_applied
from popuppos.sync.protocol import PushBatch, PushEvent
from popuppos.sync.state import pending_events
from popuppos.ui.sync_status import ConflictsDialog


def sell(db: Database, item: Item, qty: int) -> str:
    cart = cart_of(item.line(qty))
    total = cart.priced().total
    return complete_sale(db, cart, [cash_for(total, total)], cashier="Ann").id


def push_first(hub: RunningHub, stall: Stall, keep: set[str]) -> list[PushEvent]:
    """Push the stall's waiting events whose type is in ``keep`` straight to the hub
    (the stall does not hear the answers); returns the rest, still unsent."""
    events, _ = pending_events(stall.db, 500)
    with hub.client(stall.tokens.get(stall.db.device_id)) as client:
        first = [e for e in events if e.event_type in keep]
        client.push(PushBatch(device_id=stall.db.device_id, events=first))
    return [e for e in events if e.event_type not in keep]


def outcome_of(db: Database, event_type: str) -> tuple[str, str, bool]:
    [(outcome, detail, kept)] = rows(
        db,
        "SELECT outcome, detail, change IS NOT NULL FROM sync_applied WHERE event_type = :t",
        t=event_type,
    )
    return str(outcome), str(detail), bool(kept)


def test_a_sale_pulled_before_its_product_waits_and_applies_when_the_product_arrives(
    stalls: tuple[Stall, Stall],
    hub_server: RunningHub,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    a, b = stalls
    monkeypatch.setattr(engine_module, "PULL_PAGE", 1)  # the product comes in a later page
    items = seed_products(a.db)
    sale_id = sell(a.db, items["MUG"], 2)
    later = push_first(hub_server, a, {"shift.opened", "sale.completed"})
    assert "product.upserted" in {e.event_type for e in later}

    b.sync()  # the shift applies; the sale waits for its mug
    assert outcome_of(b.db, "sale.completed") == (
        "waiting",
        "the product MUG is not in this stall's catalogue",
        True,
    )
    [waiting] = not_applied(b.db)
    assert (waiting.event_type, waiting.origin_device_id, waiting.waiting) == (
        "sale.completed",
        a.db.device_id,
        True,
    )
    assert b.engine.status().not_applied == 1
    dialog = ConflictsDialog(b.db)  # what the host sees behind "1 to check"
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Waiting to apply here (sale.completed from another stall): the product MUG is not "
        "in this stall's catalogue; it is tried again on every sync."
    ]
    assert not dialog.resolve_button.isEnabled()  # nothing to mark: it resolves itself
    b.sync()  # tried again at the start: still no mug, still waiting, nothing doubled
    assert outcome_of(b.db, "sale.completed")[0] == "waiting"
    assert scalar(b.db, "SELECT COUNT(*) FROM sales") == 0

    a.sync()  # the products reach the hub (the rest answered "duplicate")
    b.sync()
    assert outcome_of(b.db, "sale.completed") == ("applied", "", False)
    assert [r.id for r in rows(b.db, "SELECT id FROM sales")] == [sale_id]
    assert scalar(b.db, "SELECT COUNT(*) FROM sale_lines") == 1
    assert stock_by_sku(b.db) == stock_by_sku(a.db)
    assert stock_by_sku(b.db)["MUG"] == 18
    assert not_applied(b.db) == [] and b.engine.status().not_applied == 0


def test_a_waiting_change_is_retried_at_the_start_of_a_sync_even_offline(
    stalls: tuple[Stall, Stall], hub_server: RunningHub
) -> None:
    a, b = stalls
    items = seed_products(a.db)
    sell(a.db, items["TEA"], 3)
    push_first(hub_server, a, {"shift.opened", "sale.completed"})
    b.sync()
    assert outcome_of(b.db, "sale.completed")[0] == "waiting"

    # B's host imports the same catalogue by hand (same SKUs, its own ids), then B is cut
    # off: the attempt fails on the network, but the sale was retried before it
    seed_products(b.db)
    b.engine._client_factory = lambda _url, token: quick_client(UNREACHABLE, token)
    b.engine._client = None
    assert b.engine.attempt() is not None
    assert b.engine.status().online is False
    assert outcome_of(b.db, "sale.completed")[0] == "applied"
    assert stock_by_sku(b.db)["TEA"] == 27
    assert b.engine.status().not_applied == 0


def test_a_change_that_can_never_apply_stays_listed_with_its_reason(
    stalls: tuple[Stall, Stall], hub_server: RunningHub, qtbot: QtBot
) -> None:
    a, b = stalls
    items = seed_products(a.db)
    sell(a.db, items["STK"], 1)
    events, _ = pending_events(a.db, 500)
    [sale] = [e for e in events if e.event_type == "sale.completed"]
    broken = sale.model_copy(
        update={
            "event_id": "0190aaaa-0000-7000-8000-0000000000b1",
            "payload": {**sale.payload, "sale_id": "s-broken", "total": "lots"},
        }
    )
    with hub_server.client(a.tokens.get(a.db.device_id)) as client:
        client.push(PushBatch(device_id=a.db.device_id, events=[*events, broken]))
    a.sync()
    b.sync()
    b.sync()
    [problem] = not_applied(b.db)
    assert (problem.event_type, problem.waiting) == ("sale.completed", False)
    assert problem.reason.startswith("ValueError: invalid literal for int()")
    assert b.engine.status().not_applied == 1
    dialog = ConflictsDialog(b.db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    [shown] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert shown.startswith("Cannot apply here (sale.completed from another stall): ValueError")
    assert shown.endswith("tell the shop owner, the stall that sent it may need an update.")
    # the good sale applied, the broken one never half-way
    assert scalar(b.db, "SELECT COUNT(*) FROM sales") == 1
    assert stock_by_sku(b.db) == stock_by_sku(a.db)
    outcomes = rows(b.db, "SELECT outcome FROM sync_applied WHERE event_type = 'sale.completed'")
    assert sorted(o for (o,) in outcomes) == ["applied", "failed"]
