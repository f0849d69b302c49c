"""Selling a micro-drop through the real services and a real SQLite file: the window, the
members-first window, the cap, the per-customer limit, bundles, refunds and voids, the
low-stock and sold-out events, the waitlist and the live figures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from helpers import (
    MANAGER_PIN,
    Item,
    cart_of,
    count_rows,
    payloads,
    scalar,
    seed_products,
    stock_by_sku,
)
from popuppos.core.cart import Cart
from popuppos.core.drop_rules import DropState
from popuppos.core.tender import cash_for
from popuppos.services import checkout, drops, live, members, passes, refunds, shifts
from popuppos.services import voids as voids_service
from popuppos.services.checkout import CompletedSale
from popuppos.services.drop_waitlist import join_waitlist, waitlist
from popuppos.services.drops import DropSpec, DropStatus
from popuppos.services.errors import ServiceError
from popuppos.services.shop import set_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.store.models import utcnow

PRODUCTS = (
    ("Sunrise print", "Prints", 2000, (("", "PRINT", 4000, 40),)),
    ("Field journal", "Paper", 700, (("", "JOURNAL", 2400, 6),)),
    ("20-min 1:1 seat", "Sessions", 2000, (("", "SEAT", 3000, 4),)),
)


@dataclass
class Shop:
    db: Database
    items: dict[str, Item]

    def drop(self, **kw: Any) -> str:
        now = utcnow()
        spec: dict[str, Any] = {
            "name": "Sunrise print — edition of 10",
            "price": 3500,
            "edition_size": 10,
            "public_start": now - timedelta(minutes=5),
            "public_end": now + timedelta(hours=2),
            "parts": ((self.items["PRINT"].variant_id, 1),),
        }
        spec.update(kw)
        return drops.save_drop(self.db, DropSpec(**spec))

    def status(self, drop_id: str) -> DropStatus:
        return drops.drop_status(self.db, drop_id)

    def sell(
        self, drop_id: str, quantity: int = 1, *, member: str | None = None, tier: str | None = None
    ) -> CompletedSale:
        line = self.status(drop_id).cart_line()
        cart = cart_of(line.__class__(**{**_fields(line), "quantity": quantity}))
        if member is not None or tier is not None:
            cart.set_member(member, "Member", tier)
        due = cart.priced().total
        return checkout.complete_sale(self.db, cart, [cash_for(due, due)], cashier="Ann")

    def refund_all(self, sale_id: str) -> None:
        sale = refunds.sale_for_refund(self.db, sale_id)
        refunds.refund_sale(
            self.db,
            sale_id,
            {ln.sale_line_id: ln.refundable_qty for ln in sale.lines},
            refund_tip=False,
            reason="Changed their mind",
            cashier="Ann",
            manager_pin=MANAGER_PIN,
        )


def _fields(line: Any) -> dict[str, Any]:
    return {f: getattr(line, f) for f in line.__slots__}


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "shop.sqlite")
    items = seed_products(db, PRODUCTS)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Ann")
    shifts.open_shift(db, opened_by="Ann", opening_float=0)
    yield Shop(db, items)
    db.close()


def test_a_sale_lowers_the_count_a_refund_raises_it_a_void_gives_it_back(shop: Shop) -> None:
    d = shop.drop()
    assert (shop.status(d).remaining, shop.status(d).state) == (10, DropState.LIVE)
    first = shop.sell(d, 2)
    assert shop.status(d).remaining == 8
    assert stock_by_sku(shop.db)["PRINT"] == 38
    second = shop.sell(d)
    assert (shop.status(d).remaining, shop.status(d).sold) == (7, 3)
    shop.refund_all(first.id)
    assert (shop.status(d).remaining, shop.status(d).sold) == (9, 1)
    assert stock_by_sku(shop.db)["PRINT"] == 39
    voids_service.void_sale(
        shop.db, second.id, reason="Rang twice", cashier="Ann", manager_pin=MANAGER_PIN
    )
    assert (shop.status(d).remaining, shop.status(d).sold) == (10, 0)
    assert stock_by_sku(shop.db)["PRINT"] == 40
    # the sale line says which drop it sold, in the database and in the sync event
    assert scalar(shop.db, "SELECT COUNT(*) FROM sale_lines WHERE drop_id = :d", d=d) == 2
    assert payloads(shop.db, "sale.completed")[0]["lines"][0]["drop_id"] == d


@pytest.mark.parametrize(
    ("window", "reason"),
    [
        ({"public_start_in": 10}, "not on sale yet"),
        ({"public_start_in": -130, "public_end_in": -10}, "this drop has ended"),
    ],
)
def test_outside_the_window_the_line_is_refused_and_nothing_is_written(
    shop: Shop, window: dict[str, int], reason: str
) -> None:
    now = utcnow()
    d = shop.drop(
        public_start=now + timedelta(minutes=window["public_start_in"]),
        public_end=now + timedelta(minutes=window.get("public_end_in", 120)),
    )
    before = count_rows(shop.db)
    with pytest.raises(ServiceError, match=reason):
        shop.sell(d)
    assert count_rows(shop.db) == before


def test_ending_a_drop_early_stops_its_sales(shop: Shop) -> None:
    d = shop.drop()
    shop.sell(d)
    drops.end_drop(shop.db, d, actor="Ann", manager_pin=MANAGER_PIN)
    assert shop.status(d).state is DropState.ENDED
    with pytest.raises(ServiceError, match="has ended"):
        shop.sell(d)
    with pytest.raises(ServiceError, match="ended already"):
        drops.end_drop(shop.db, d, actor="Ann", manager_pin=MANAGER_PIN)
    assert payloads(shop.db, "drop.ended")[0]["drop_id"] == d


def test_over_the_cap_is_refused_with_what_is_left(shop: Shop) -> None:
    d = shop.drop(edition_size=3)
    shop.sell(d, 2)
    with pytest.raises(ServiceError, match="only 1 left"):
        shop.sell(d, 2)
    shop.sell(d)
    with pytest.raises(ServiceError, match="sold out"):
        shop.sell(d)
    assert shop.status(d).state is DropState.SOLD_OUT


def test_the_per_customer_limit_holds_across_separate_sales_of_one_member(shop: Shop) -> None:
    d = shop.drop(per_customer_limit=2)
    zoe = members.create_member(shop.db, name="Zoë").id
    ben = members.create_member(shop.db, name="Ben").id
    first = shop.sell(d, member=zoe)
    shop.sell(d, member=zoe)
    with pytest.raises(ServiceError, match="limit is 2 per customer and this member has 2"):
        shop.sell(d, member=zoe)
    shop.sell(d, 2, member=ben)  # another member has their own allowance
    shop.refund_all(first.id)  # a refund frees the member's room again
    shop.sell(d, member=zoe)
    # a guest cannot be recognised across sales: limited per sale
    with pytest.raises(ServiceError, match="limit is 2 per customer"):
        shop.sell(d, 3)
    shop.sell(d, 2)
    shop.sell(d, 2)


def test_members_first_needs_a_pass_of_a_chosen_tier(shop: Shop) -> None:
    inner = passes.save_tier(
        shop.db, passes.TierSpec(name="Inner Circle", code="INNER", price=9000, validity_days=90)
    )
    morning = passes.save_tier(
        shop.db, passes.TierSpec(name="Morning", code="MORNING", price=3000, validity_days=30)
    )
    now = utcnow()
    d = shop.drop(
        public_start=now + timedelta(minutes=20),
        members_first_minutes=60,
        member_tier_ids=(inner,),
    )
    assert shop.status(d).state is DropState.MEMBERS_ONLY
    zoe = members.create_member(shop.db, name="Zoë").id
    with pytest.raises(ServiceError, match="only members of the chosen tiers can buy now"):
        shop.sell(d)  # a guest
    with pytest.raises(ServiceError, match=r"scan their pass"):
        shop.sell(d, member=zoe)  # a member, but no pass scanned and none on file
    with pytest.raises(ServiceError, match="chosen tiers"):
        shop.sell(d, member=zoe, tier=morning)  # a pass of another tier
    shop.sell(d, member=zoe, tier=inner)  # the scanned pass's tier
    # a pass on file for the member counts too (the sale attached the member by name)
    passes.issue_pass(shop.db, tier_id=inner, member_id=zoe, actor="Ann")
    shop.sell(d, member=zoe)
    # an offline-verified pass whose holder is not on this device: tier only
    shop.sell(d, tier=inner)
    assert shop.status(d).remaining == 7


def test_a_bundle_moves_every_part_and_checks_every_part_s_stock(shop: Shop) -> None:
    d = shop.drop(
        name="Journal + 20-min seat",
        edition_size=10,
        parts=((shop.items["JOURNAL"].variant_id, 1), (shop.items["SEAT"].variant_id, 1)),
    )
    status = shop.status(d)
    assert status.is_bundle and status.what_you_get == "Field journal, 20-min 1:1 seat"
    assert status.remaining == 4  # the seats (4) bound it below the cap (10)
    sale = shop.sell(d, 3)
    assert (stock_by_sku(shop.db)["JOURNAL"], stock_by_sku(shop.db)["SEAT"]) == (3, 1)
    with pytest.raises(ServiceError, match="only 1 left"):
        shop.sell(d, 2)
    shop.refund_all(sale.id)
    assert (stock_by_sku(shop.db)["JOURNAL"], stock_by_sku(shop.db)["SEAT"]) == (6, 4)
    # two units of a part per drop unit
    d2 = shop.drop(name="Two journals", parts=((shop.items["JOURNAL"].variant_id, 2),))
    assert shop.status(d2).remaining == 3
    shop.sell(d2)
    assert stock_by_sku(shop.db)["JOURNAL"] == 4
    assert shop.status(d).remaining == 4  # the other drop sees the same journals


def test_low_stock_and_sold_out_notify_once_and_queue_events(shop: Shop) -> None:
    d = shop.drop(edition_size=6, low_stock_threshold=3)
    alerts = [shop.sell(d).drop_alerts for _ in range(2)]
    assert alerts == [(), ()]
    (low,) = shop.sell(d).drop_alerts  # 6 -> 3: crosses the threshold
    assert (low.remaining, low.sold_out, low.text) == (3, False, f"{low.name}: only 3 left.")
    assert shop.sell(d).drop_alerts == ()  # already below: no repeat
    assert shop.sell(d).drop_alerts == ()
    (out,) = shop.sell(d).drop_alerts
    assert out.sold_out and out.text.endswith("is sold out.")
    assert [p["remaining"] for p in payloads(shop.db, "drop.low_stock")] == [3]
    assert [p["remaining"] for p in payloads(shop.db, "drop.sold_out")] == [0]
    assert shop.status(d).scarcity == "Sold out"


def test_the_scarcity_words_show_the_true_count(shop: Shop) -> None:
    d = shop.drop(edition_size=10, low_stock_threshold=3)
    assert shop.status(d).scarcity == "10 of 10 left"
    shop.sell(d, 7)
    assert shop.status(d).scarcity == "Only 3 left of 10"
    shop.sell(d, 1)
    assert shop.status(d).scarcity == "Only 2 left of 10"


def test_save_drop_refuses_what_cannot_work(shop: Shop) -> None:
    print_part = ((shop.items["PRINT"].variant_id, 1),)
    now = utcnow()
    with pytest.raises(ServiceError, match="31 words"):
        shop.drop(story_hook=" ".join(["word"] * 31))
    with pytest.raises(ServiceError, match="end after it starts"):
        shop.drop(public_end=now - timedelta(hours=1))
    with pytest.raises(ServiceError, match="negative"):
        shop.drop(price=-1)
    with pytest.raises(ServiceError, match="at least one product"):
        shop.drop(parts=())
    with pytest.raises(ServiceError, match="no longer in the catalogue"):
        shop.drop(parts=(("no-such-variant", 1),))
    with pytest.raises(ServiceError, match="edition size"):
        shop.drop(edition_size=0)
    d = shop.drop(parts=print_part)
    shop.sell(d, 4)
    edit = {"id": d, "parts": print_part}
    with pytest.raises(ServiceError, match="4 are sold already"):
        shop.drop(edition_size=3, **edit)
    with pytest.raises(ServiceError, match="can no longer change"):
        shop.drop(id=d, parts=((shop.items["JOURNAL"].variant_id, 1),))
    shop.drop(edition_size=20, story_hook="Printed at dawn, on the stall's own press.", **edit)
    assert (shop.status(d).remaining, shop.status(d).story_hook) == (
        16,
        "Printed at dawn, on the stall's own press.",
    )
    assert len(payloads(shop.db, "drop.saved")) == 2


def test_the_waitlist_needs_a_way_to_reach_them_and_their_consent(shop: Shop) -> None:
    d = shop.drop()
    kw: dict[str, Any] = {"shop_name": "Slow Mornings", "consent": True}
    with pytest.raises(ServiceError, match="email address or a phone"):
        join_waitlist(shop.db, d, name="Zoë", **kw)
    with pytest.raises(ServiceError, match="not an email address"):
        join_waitlist(shop.db, d, name="Zoë", email="zoe-at-home", **kw)
    with pytest.raises(ServiceError, match="not a phone number"):
        join_waitlist(shop.db, d, name="Zoë", phone="call me", **kw)
    with pytest.raises(ServiceError, match="agree to be contacted"):
        join_waitlist(shop.db, d, name="Zoë", email="zoe@example.org", shop_name="S", consent=False)
    assert waitlist(shop.db, d) == []
    entry = join_waitlist(shop.db, d, name=" Zoë  Park ", email="zoe@example.org", **kw)
    join_waitlist(shop.db, d, name="Ben", phone="+353 87 123 4567", **kw)
    got = waitlist(shop.db, d)
    assert [(w.name, w.email, w.phone) for w in got] == [
        ("Zoë Park", "zoe@example.org", ""),
        ("Ben", "", "+353 87 123 4567"),
    ]
    consent = scalar(shop.db, "SELECT consent_text FROM drop_waitlist WHERE id = :i", i=entry)
    assert consent.startswith("I agree that Slow Mornings may contact me")
    assert payloads(shop.db, "drop.waitlist_joined")[0]["consent_text"] == consent
    with shop.db.engine.connect() as conn, pytest.raises(DatabaseError, match="facts"):
        conn.execute(text("DELETE FROM drop_waitlist"))


def test_two_threads_selling_the_last_units_never_oversell(shop: Shop) -> None:
    d = shop.drop(edition_size=5)
    line = shop.status(d).cart_line()
    sold: list[str] = []
    refused: list[str] = []

    def seller() -> None:
        for _ in range(5):
            cart = cart_of(line)
            try:
                s = checkout.complete_sale(shop.db, cart, [cash_for(3500, 3500)], cashier="Ann")
                sold.append(s.id)
            except ServiceError as exc:
                refused.append(str(exc))

    threads = [threading.Thread(target=seller) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sold) == 5 and len(refused) == 10
    assert all("sold out" in r or "only" in r for r in refused)
    assert shop.status(d).remaining == 0


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(st.tuples(st.sampled_from(["sell", "refund"]), st.integers(1, 4)), max_size=14)
)
def test_no_interleaving_of_sales_and_refunds_sells_beyond_the_cap(
    shop: Shop, steps: list[tuple[str, int]]
) -> None:
    d = shop.drop(edition_size=6, name=f"Drop {utcnow().isoformat()}")
    kept: list[tuple[str, int]] = []  # (sale id, units) not refunded yet
    for action, n in steps:
        if action == "sell":
            try:
                kept.append((shop.sell(d, n).id, n))
            except ServiceError as exc:
                assert "left" in str(exc) or "sold out" in str(exc)
        elif kept:
            sale_id, _ = kept.pop(min(n, len(kept)) - 1)
            shop.refund_all(sale_id)
        held = sum(q for _, q in kept)
        status = shop.status(d)
        assert held <= 6
        assert (status.sold, status.remaining) == (held, 6 - held)
    for sale_id, _ in kept:  # the examples share one shop: give the prints back
        shop.refund_all(sale_id)


def test_live_figures_count_the_purchases_while_live(shop: Shop) -> None:
    d = shop.drop()
    before = shop.sell(d)  # before going live: not counted
    start = utcnow()
    session = live.start_live(shop.db, "Friday Q&A", "qa", now=start)
    with pytest.raises(ServiceError, match="running already"):
        live.start_live(shop.db, "Another", "stream")
    a, b, c = shop.sell(d), shop.sell(d, 2), shop.sell(d)
    voids_service.void_sale(shop.db, c.id, reason="Mistake", cashier="Ann", manager_pin=MANAGER_PIN)
    stats = live.live_stats(shop.db, session.id, now=start + timedelta(minutes=4))
    assert (stats.purchases, stats.units, stats.drop_units) == (2, 3, {d: 3})
    assert stats.revenue == a.total + b.total and before.id not in (a.id, b.id)
    assert stats.conversion == pytest.approx(2 / 4)
    final = live.end_live(shop.db, session.id, now=start + timedelta(minutes=5))
    assert final.conversion == pytest.approx(2 / 5) and final.live.ended_at is not None
    assert live.current_live(shop.db) is None
    ended = payloads(shop.db, "live.ended")[0]
    assert (ended["purchases"], ended["seconds"]) == (2, 300)


def test_a_parked_cart_keeps_its_drop_line_and_member_tier() -> None:
    cart = Cart(tax_inclusive=True)
    cart.set_member("m-1", "Zoë", "tier-1")
    from popuppos.core.cart import CartLine

    cart.add(CartLine("v-1", "Drop", "", "PRINT", 3500, 2000, drop_id="d-1"))
    cart.add(CartLine("v-1", "Print", "", "PRINT", 4000, 2000))  # same variant, not the drop
    back = Cart.from_dict(cart.to_dict())
    assert [ln.drop_id for ln in back.lines] == ["d-1", None]
    assert back.member_tier_id == "tier-1"
    assert back.drop_quantity("d-1") == 1 and back.quantity_of("v-1") == 1
    back.clear()
    assert back.member_tier_id is None
