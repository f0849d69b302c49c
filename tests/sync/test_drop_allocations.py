"""Limited drops across stalls: the hub splits a drop, each stall offline sells only its
share, a manager's override beyond it is allowed, recorded, and flagged at the hub."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hub_support import RunningHub
from sync_support import Stall

from helpers import MANAGER_PIN, Item, cart_of, rows, scalar, seed_products
from popuppos.core.tender import cash_for
from popuppos.services import drops
from popuppos.services.checkout import CompletedSale, complete_sale
from popuppos.services.conflicts import list_conflicts
from popuppos.services.drops import DropSpec
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.services.shifts import open_shift
from popuppos.services.shop import set_manager_pin
from popuppos.store.models import utcnow
from popuppos.sync.client import HubClient, HubRefused


def sell(stall: Stall, drop_id: str, quantity: int = 1, **override: str) -> CompletedSale:
    line = drops.drop_status(stall.db, drop_id).cart_line()
    line = line.__class__(**{**{f: getattr(line, f) for f in line.__slots__}, "quantity": quantity})
    cart = cart_of(line)
    due = cart.priced().total
    return complete_sale(stall.db, cart, [cash_for(due, due)], cashier="Ann", **override)


def left(stall: Stall, drop_id: str) -> int:
    return drops.drop_status(stall.db, drop_id).remaining


@pytest.fixture
def drop_at_both(stalls: tuple[Stall, Stall]) -> tuple[Stall, Stall, str]:
    """A drop of 10 mugs planned on A; both stalls synced, both with a shift open."""
    a, b = stalls
    open_shift(b.db, opened_by="Ben", opening_float=0)
    items: dict[str, Item] = seed_products(a.db)
    now = utcnow()
    drop_id = drops.save_drop(
        a.db,
        DropSpec(
            name="Glazed mug — edition of 10",
            price=2000,
            edition_size=10,
            public_start=now - timedelta(minutes=5),
            public_end=now + timedelta(hours=3),
            parts=((items["MUG"].variant_id, 1),),
        ),
    )
    a.sync()
    b.sync()
    assert left(b, drop_id) == 10  # no split yet: the edition is the limit
    return a, b, drop_id


def test_offline_each_stall_sells_only_its_share_and_an_override_is_flagged(
    drop_at_both: tuple[Stall, Stall, str], owner: HubClient, hub_server: RunningHub
) -> None:
    a, b, drop_id = drop_at_both
    split = owner.set_drop_allocation(drop_id, {a.db.device_id: 6, b.db.device_id: 4})
    assert (split.edition_size, split.unallocated, split.sold) == (10, 0, 0)
    a.sync()
    b.sync()
    status = drops.drop_status(a.db, drop_id)
    assert (status.allocated, status.remaining, status.scarcity) == (6, 6, "6 of 10 left")
    assert (drops.drop_status(b.db, drop_id).allocated, left(b, drop_id)) == (4, 4)

    # both offline all day: each sells its share and no more
    sell(a, drop_id, 4)
    sell(a, drop_id, 2)
    assert left(a, drop_id) == 0
    with pytest.raises(ServiceError, match="sold out"):
        sell(a, drop_id)
    sell(b, drop_id, 3)
    with pytest.raises(ServiceError, match="only 1 left"):
        sell(b, drop_id, 2)
    sell(b, drop_id, 1)
    assert drops.drop_status(b.db, drop_id).state.value == "sold out"

    # a manager lets one more go on B: allowed, recorded, and a wrong PIN changes nothing
    set_manager_pin(b.db, MANAGER_PIN, current_pin=None, actor="Ben")
    with pytest.raises(PinRefused):
        sell(b, drop_id, 1, drop_override_pin="0000")
    sale = sell(b, drop_id, 1, drop_override_pin=MANAGER_PIN, drop_override_reason="VIP")
    [override] = rows(b.db, "SELECT sale_id, units_over, allocated, reason FROM drop_overrides")
    assert tuple(override) == (sale.id, 1, 4, "VIP")
    assert scalar(b.db, "SELECT COUNT(*) FROM outbox WHERE event_type = 'drop.oversold'") == 1
    assert left(b, drop_id) == 0

    for stall in (a, b, a):
        stall.sync()
    [(kind, resolved)] = hub_server.rows(
        "SELECT kind, resolved_at FROM conflicts WHERE kind = 'oversell' AND subject_id = :d",
        d=drop_id,
    )
    assert (kind, resolved) == ("oversell", None)
    for stall in (a, b):
        [conflict] = list_conflicts(stall.db)
        assert conflict.kind == "oversell"
        assert conflict.sentence == (
            "Stall B sold 1 unit of Glazed mug — edition of 10 beyond its share of 4 "
            "(a manager approved it: VIP); the drop may be oversold."
        )
        assert stall.engine.status().conflicts == 1
    assert scalar(a.db, "SELECT COUNT(*) FROM drop_overrides") == 1  # the fact reached A
    # every sale reached the hub: 6 + 5, one beyond the edition, and it is flagged
    now = owner.drop_allocation(drop_id)
    assert now.sold == 11
    assert {s.device_id: s.sold for s in now.allocations} == {
        a.db.device_id: 6,
        b.db.device_id: 5,
    }


def test_the_host_sets_the_split_within_bounds_and_the_hub_rebalances_unsold_units(
    drop_at_both: tuple[Stall, Stall, str], owner: HubClient
) -> None:
    a, b, drop_id = drop_at_both
    ida, idb = a.db.device_id, b.db.device_id
    with pytest.raises(HubRefused, match="more than the edition of 10"):
        owner.set_drop_allocation(drop_id, {ida: 6, idb: 5})
    with pytest.raises(HubRefused, match="not received this drop"):
        owner.set_drop_allocation("0190f3c2-7a4e-7b1d-9c3e-5a1b2c3d4e5f", {ida: 1})

    owner.set_drop_allocation(drop_id, {ida: 10})  # B left out: it may sell none
    b.sync()
    assert (drops.drop_status(b.db, drop_id).allocated, left(b, drop_id)) == (0, 0)
    with pytest.raises(ServiceError, match="sold out"):
        sell(b, drop_id)

    owner.set_drop_allocation(drop_id, {ida: 5, idb: 5})
    a.sync()
    b.sync()
    sell(a, drop_id, 5)
    sell(b, drop_id, 1)
    a.sync()
    b.sync()
    with pytest.raises(HubRefused, match="has sold 5 already"):
        owner.set_drop_allocation(drop_id, {ida: 4, idb: 6})

    # 4 unsold (B's): shared evenly again; each keeps what it sold
    split = owner.rebalance_drop(drop_id)
    assert {s.device_id: (s.units, s.sold) for s in split.allocations} == {
        ida: (7, 5),
        idb: (3, 1),
    }
    assert split.unallocated == 0
    a.sync()
    b.sync()
    assert (left(a, drop_id), left(b, drop_id)) == (2, 2)
    assert drops.drop_status(a.db, drop_id).edition_left == 4
