"""A sale's life against a real SQLite file: sell, refuse, refund, void, park, report.

Every expected figure is worked out by hand in a comment (23 % inclusive tax on a gross g is
g * 2300 / 12300 rounded half up), never copied from a run.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from helpers import (
    MANAGER_PIN,
    Item,
    cart_of,
    count_rows,
    payloads,
    rows,
    scalar,
    seed_products,
    stock_by_sku,
)
from popuppos.core.cart import Cart
from popuppos.core.pricing import Discount
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.services import checkout, history, members, parking, receipts, refunds, shifts
from popuppos.services import voids as voids_service
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.services.shop import set_manager_pin
from popuppos.store.db import Database, open_database

MONEY_KEYS = {
    "subtotal",
    "discount_total",
    "tax_total",
    "total",
    "tip",
    "unit_price",
    "line_discount",
    "cart_discount",
    "tax",
    "gross",
    "amount",
}


@dataclass
class Shop:
    db: Database
    items: dict[str, Item]
    shift: shifts.ShiftInfo


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def shop(db: Database) -> Shop:
    items = seed_products(db)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    shift = shifts.open_shift(db, opened_by="Ann", opening_float=10_000)
    return Shop(db, items, shift)


def sell_cash(shop: Shop, cart: Cart, *, handed: int | None = None, tip: int = 0) -> Any:
    due = cart.priced().total + tip
    return checkout.complete_sale(
        shop.db,
        cart,
        [cash_for(due, handed if handed is not None else due)],
        tip=tip,
        cashier="Ann",
    )


def refund(shop: Shop, sale_id: str, qty_by_sku: dict[str, int], **kw: Any) -> Any:
    sale = refunds.sale_for_refund(shop.db, sale_id)
    by_sku = {shop.items[sku].variant_id: sku for sku in shop.items}
    quantities = {
        ln.sale_line_id: qty_by_sku[by_sku[ln.variant_id]]
        for ln in sale.lines
        if by_sku[ln.variant_id] in qty_by_sku
    }
    kw.setdefault("refund_tip", False)
    kw.setdefault("reason", "Wrong size")
    kw.setdefault("cashier", "Ben")
    kw.setdefault("manager_pin", MANAGER_PIN)
    return refunds.refund_sale(shop.db, sale_id, quantities, **kw)


def walk(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v, key)
    else:
        yield key, value


def assert_money_is_integers(payload: dict[str, Any]) -> None:
    for key, value in walk(payload):
        assert not isinstance(value, float), f"{key} is a float: {value!r}"
        if key in MONEY_KEYS:
            assert type(value) is int, f"{key} is not an int: {value!r}"


# --- completing sales -------------------------------------------------------------------------
def test_cash_sale_with_change_writes_every_row(shop: Shop) -> None:
    db, items = shop.db, shop.items
    before = count_rows(db)
    # Tee S 2 x 25.00 = 50.00, tax 5000 * 2300 / 12300 = 934.96 -> 9.35
    # Mug 1 x 12.00, tax 1200 * 2300 / 12300 = 224.39 -> 2.24;  total 62.00, tax 11.59
    cart = cart_of(items["TEE-S"].line(2), items["MUG"].line(1))
    done = sell_cash(shop, cart, handed=10_000)
    assert (done.total, done.tip, done.change, done.paid, done.number) == (6200, 0, 3800, 6200, 1)
    assert done.currency == "EUR"

    after = count_rows(db)
    grew = {t: after[t] - before[t] for t in after if after[t] != before[t]}
    assert grew == {
        "sales": 1,
        "sale_lines": 2,
        "sale_tenders": 1,
        "stock_movements": 2,
        "outbox": 1,
    }

    (sale,) = rows(db, "SELECT * FROM sales")
    assert sale.id == done.id
    assert sale.shift_id == shop.shift.id
    assert sale.device_id == db.device_id
    assert (sale.subtotal, sale.discount_total, sale.tax_total, sale.total, sale.tip) == (
        6200,
        0,
        1159,
        6200,
        0,
    )
    assert sale.cashier == "Ann" and sale.member_id is None and sale.currency == "EUR"
    lines = rows(db, "SELECT * FROM sale_lines WHERE sale_id = :s ORDER BY position", s=done.id)
    assert [(ln.sku, ln.quantity, ln.unit_price, ln.gross, ln.tax, ln.net) for ln in lines] == [
        ("TEE-S", 2, 2500, 5000, 935, 4065),
        ("MUG", 1, 1200, 1200, 224, 976),
    ]
    (tender,) = rows(db, "SELECT * FROM sale_tenders WHERE sale_id = :s", s=done.id)
    assert (tender.method, tender.amount, tender.tendered, tender.change) == (
        "cash",
        6200,
        10_000,
        3800,
    )
    moves = rows(
        db,
        "SELECT variant_id, delta, reason, ref_id FROM stock_movements WHERE ref_id = :s",
        s=done.id,
    )
    assert sorted((m.variant_id, m.delta, m.reason) for m in moves) == sorted(
        [(items["TEE-S"].variant_id, -2, "sale"), (items["MUG"].variant_id, -1, "sale")]
    )
    stock = stock_by_sku(db)
    assert (stock["TEE-S"], stock["MUG"], stock["TEE-M"]) == (8, 19, 10)

    (event,) = rows(db, "SELECT * FROM outbox WHERE event_type = 'sale.completed'")
    assert event.aggregate_id == done.id and event.pushed_at is None
    payload = json.loads(event.payload)
    assert payload["sale_id"] == done.id and payload["type"] == "sale.completed"
    assert (payload["total"], payload["tax_total"], payload["subtotal"], payload["tip"]) == (
        6200,
        1159,
        6200,
        0,
    )
    assert [ln["gross"] for ln in payload["lines"]] == [5000, 1200]
    assert [(t["method"], t["amount"]) for t in payload["tenders"]] == [("cash", 6200)]
    assert_money_is_integers(payload)


def test_split_card_and_cash_with_tip_member_and_discounts(shop: Shop) -> None:
    db, items = shop.db, shop.items
    member = members.create_member(db, name="Mara Quinn", email="mara@example.com")
    # Tee M 25.00 - 10 % = 22.50; Tea 3 x 8.50 = 25.50; cart -5.00 shared 2.34 / 2.66
    # (see test_pricing_rules): grosses 20.16 (tax 3.77) and 22.84 (9 %: tax 1.89).
    # Total 43.00, tax 5.66, tip 10 % = 4.30, paid 47.30 = card 30.00 + cash 17.30.
    cart = cart_of(items["TEE-M"].line(1, Discount.percent(1000)), items["TEA"].line(3))
    cart.discount = Discount.amount(500)
    cart.set_member(member.id, member.name)
    tenders = [
        Tender(TenderMethod.CARD, 3000, reference="AUTH-123"),
        Tender(TenderMethod.CASH, 1730, tendered=2000),
    ]
    done = checkout.complete_sale(db, cart, tenders, tip=430, cashier="Ann")
    assert (done.total, done.tip, done.change, done.paid) == (4300, 430, 270, 4730)

    (sale,) = rows(db, "SELECT * FROM sales WHERE id = :s", s=done.id)
    assert sale.member_id == member.id
    assert (sale.subtotal, sale.discount_total, sale.tax_total, sale.total, sale.tip) == (
        5050,
        750,
        566,
        4300,
        430,
    )
    assert (sale.cart_discount_kind, sale.cart_discount_value) == ("amount", 500)
    lines = rows(db, "SELECT * FROM sale_lines WHERE sale_id = :s ORDER BY position", s=done.id)
    assert [(ln.line_discount, ln.cart_discount, ln.gross, ln.tax) for ln in lines] == [
        (250, 234, 2016, 377),
        (0, 266, 2284, 189),
    ]
    assert sum(ln.gross for ln in lines) == sale.total
    tender_rows = rows(
        db, "SELECT * FROM sale_tenders WHERE sale_id = :s ORDER BY position", s=done.id
    )
    assert [(t.method, t.amount, t.tendered, t.change, t.reference) for t in tender_rows] == [
        ("card", 3000, None, 0, "AUTH-123"),
        ("cash", 1730, 2000, 270, None),
    ]
    assert sum(t.amount for t in tender_rows) == sale.total + sale.tip
    (payload,) = payloads(db, "sale.completed")
    assert payload["member_id"] == member.id
    assert (payload["total"], payload["tip"], payload["discount_total"]) == (4300, 430, 750)
    assert [t["reference"] for t in payload["tenders"]] == ["AUTH-123", None]
    assert_money_is_integers(payload)
    assert stock_by_sku(db)["TEA"] == 27 and stock_by_sku(db)["TEE-M"] == 9


def test_shift_totals_and_expected_cash_follow_the_sales(shop: Shop) -> None:
    db, items = shop.db, shop.items
    sell_cash(shop, cart_of(items["TEE-S"].line(2), items["MUG"].line(1)), handed=10_000)  # 62.00
    card_cart = cart_of(items["TEA"].line(2))  # 17.00, 9 %: tax 1700 * 900 / 10900 = 140.4 -> 1.40
    checkout.complete_sale(
        db, card_cart, [Tender(TenderMethod.CARD, 1870, reference="X")], tip=170, cashier="Ann"
    )
    t = shifts.current_totals(db)
    assert (t.sales_count, t.items_sold, t.gross_sales, t.tips_total) == (2, 5, 7900, 170)
    assert t.tax_total == 1159 + 140
    assert t.tenders == (("card", 1, 1870), ("cash", 1, 6200))
    # Only cash counts for the drawer: float 100.00 + 62.00 (change left the drawer).
    assert t.cash_sales == 6200
    assert t.drawer(16_200).expected == 16_200
    assert t.drawer(16_200).verdict == "Balanced"
    assert t.drawer(16_000).verdict == "Short"


def test_a_free_sale_records_no_tender(shop: Shop) -> None:
    cart = cart_of(shop.items["STK"].line(2))
    cart.discount = Discount.percent(10_000)
    done = checkout.complete_sale(shop.db, cart, [], cashier="Ann")
    assert done.total == 0
    assert scalar(shop.db, "SELECT COUNT(*) FROM sale_tenders WHERE sale_id = :s", s=done.id) == 0
    assert stock_by_sku(shop.db)["STK"] == 98


# --- refusals write nothing -------------------------------------------------------------------
def _bad_requests() -> dict[str, Callable[[Shop], Any]]:
    def empty(shop: Shop) -> Any:
        return checkout.complete_sale(shop.db, Cart(tax_inclusive=True), [], cashier="Ann")

    def short_payment(shop: Shop) -> Any:
        cart = cart_of(shop.items["TEE-S"].line(1))  # 25.00
        return checkout.complete_sale(
            shop.db, cart, [Tender(TenderMethod.CASH, 2400)], cashier="Ann"
        )

    def over_payment(shop: Shop) -> Any:
        cart = cart_of(shop.items["TEE-S"].line(1))
        tenders = [Tender(TenderMethod.CARD, 2000, reference="a"), Tender(TenderMethod.CASH, 600)]
        return checkout.complete_sale(shop.db, cart, tenders, cashier="Ann")

    def over_stock(shop: Shop) -> Any:
        return sell_cash(shop, cart_of(shop.items["TEE-S"].line(11)))

    def over_stock_over_two_lines(shop: Shop) -> Any:
        # 6 + 5 discounted = 11 of a variant with 10 in stock
        cart = cart_of(
            shop.items["TEE-S"].line(6), shop.items["TEE-S"].line(5, Discount.percent(500))
        )
        return sell_cash(shop, cart)

    def unknown_member(shop: Shop) -> Any:
        cart = cart_of(shop.items["MUG"].line(1))
        cart.set_member("01900000-0000-7000-8000-000000000000", "Ghost")
        return sell_cash(shop, cart)

    def unknown_variant(shop: Shop) -> Any:
        ghost = Item("01900000-0000-7000-8000-000000000001", "Ghost", "", "GHOST", 100, 0)
        return sell_cash(shop, cart_of(ghost.line(1)))

    def tip_too_large(shop: Shop) -> Any:
        return sell_cash(shop, cart_of(shop.items["MUG"].line(1)), tip=2401)

    def card_with_change(shop: Shop) -> Any:
        cart = cart_of(shop.items["MUG"].line(1))
        return checkout.complete_sale(
            shop.db, cart, [Tender(TenderMethod.CARD, 1200, tendered=2000)], cashier="Ann"
        )

    return {
        f.__name__: f
        for f in (
            empty,
            short_payment,
            over_payment,
            over_stock,
            over_stock_over_two_lines,
            unknown_member,
            unknown_variant,
            tip_too_large,
            card_with_change,
        )
    }


BAD_REQUESTS = _bad_requests()


@pytest.mark.parametrize("case", sorted(BAD_REQUESTS))
def test_refused_sale_writes_nothing(shop: Shop, case: str) -> None:
    sell_cash(shop, cart_of(shop.items["TEA"].line(1)))  # some history already there
    before, stock_before = count_rows(shop.db), stock_by_sku(shop.db)
    with pytest.raises(ServiceError) as info:
        BAD_REQUESTS[case](shop)
    assert str(info.value)  # a reason the host can read
    assert count_rows(shop.db) == before
    assert stock_by_sku(shop.db) == stock_before


def test_sale_without_an_open_shift_is_refused_and_writes_nothing(shop: Shop) -> None:
    shifts.close_shift(shop.db, counted_cash=10_000, closed_by="Ann")
    before, stock_before = count_rows(shop.db), stock_by_sku(shop.db)
    with pytest.raises(ServiceError, match="open a shift"):
        sell_cash(shop, cart_of(shop.items["MUG"].line(1)))
    assert count_rows(shop.db) == before
    assert stock_by_sku(shop.db) == stock_before


# --- refunds ----------------------------------------------------------------------------------
def _tipped_split_sale(shop: Shop) -> Any:
    # Tee S 3 x 25.00 + Mug 2 x 12.00 = 99.00, tip 9.90, paid 108.90 = card 60.00 + cash 48.90.
    cart = cart_of(shop.items["TEE-S"].line(3), shop.items["MUG"].line(2))
    tenders = [
        Tender(TenderMethod.CARD, 6000, reference="C-1"),
        Tender(TenderMethod.CASH, 4890, tendered=5000),
    ]
    return checkout.complete_sale(shop.db, cart, tenders, tip=990, cashier="Ann")


def test_refund_with_a_wrong_or_missing_pin_writes_nothing(shop: Shop) -> None:
    sale = _tipped_split_sale(shop)
    before, stock_before = count_rows(shop.db), stock_by_sku(shop.db)
    for pin in ("0000", "", "24680"):
        with pytest.raises(PinRefused):
            refund(shop, sale.id, {"TEE-S": 1}, manager_pin=pin)
    with pytest.raises(ServiceError, match="why"):
        refund(shop, sale.id, {"TEE-S": 1}, reason="  ")
    with pytest.raises(ServiceError):
        refund(shop, sale.id, {"TEE-S": 4})  # more than was sold
    with pytest.raises(ServiceError):
        refund(shop, sale.id, {})  # nothing chosen
    assert count_rows(shop.db) == before
    assert stock_by_sku(shop.db) == stock_before


def test_partial_refund_then_the_rest_returns_exactly_what_was_paid(shop: Shop) -> None:
    db = shop.db
    sale = _tipped_split_sale(shop)
    assert stock_by_sku(db)["TEE-S"] == 7 and stock_by_sku(db)["MUG"] == 18

    first = refund(shop, sale.id, {"TEE-S": 1})
    # One tee of three: round(7500 * 1 / 3) = 25.00, tax round(1402 / 3) = 4.67
    # (line tax 7500 * 2300 / 12300 = 1402.44 -> 14.02).
    assert (first.amount, first.tax, first.tip) == (2500, 467, 0)
    # Back to card and cash in proportion to 60.00 : 48.90: 13.7741 and 11.2259 ->
    # floors 13.77 + 11.22, the leftover cent to the larger remainder (cash).
    assert first.per_tender == (("card", 1377), ("cash", 1123))
    assert first.cash_back == 1123
    assert stock_by_sku(db)["TEE-S"] == 8

    (audit,) = rows(db, "SELECT * FROM audit_log WHERE action = 'sale.refund'")
    assert (audit.actor, audit.approved_by, audit.reason, audit.subject_id) == (
        "Ben",
        "manager",
        "Wrong size",
        sale.id,
    )
    assert json.loads(audit.details)["amount"] == 2500
    assert history.recent_sales(db)[0].status == "Partly refunded"

    second = refund(shop, sale.id, {"TEE-S": 2, "MUG": 2}, refund_tip=True, reason="Changed mind")
    # 75.00 - 25.00 + 24.00 + the 9.90 tip
    assert (second.amount, second.tip) == (5000 + 2400 + 990, 990)
    total_back = scalar(db, "SELECT SUM(amount) FROM refunds WHERE sale_id = :s", s=sale.id)
    assert total_back == sale.total + sale.tip == 10_890
    assert scalar(db, "SELECT SUM(tax) FROM refunds WHERE sale_id = :s", s=sale.id) == scalar(
        db, "SELECT tax_total FROM sales WHERE id = :s", s=sale.id
    )
    per_tender = rows(
        db,
        "SELECT st.method, st.amount, COALESCE(SUM(rt.amount), 0) AS back FROM sale_tenders st "
        "LEFT JOIN refund_tenders rt ON rt.sale_tender_id = st.id WHERE st.sale_id = :s "
        "GROUP BY st.id ORDER BY st.position",
        s=sale.id,
    )
    # Every tender got back exactly what it paid, none more.
    assert [(r.method, r.amount, r.back) for r in per_tender] == [
        ("card", 6000, 6000),
        ("cash", 4890, 4890),
    ]
    assert stock_by_sku(db)["TEE-S"] == 10 and stock_by_sku(db)["MUG"] == 20
    events = payloads(db, "refund.issued")
    assert [e["amount"] for e in events] == [2500, 8390]
    for e in events:
        assert_money_is_integers(e)
    assert history.recent_sales(db)[0].status == "Refunded"
    assert refunds.sale_for_refund(db, sale.id).fully_refunded

    before = count_rows(db)
    with pytest.raises(ServiceError):
        refund(shop, sale.id, {"TEE-S": 1})
    with pytest.raises(ServiceError):
        refund(shop, sale.id, {}, refund_tip=True)  # the tip is already back
    with pytest.raises(ServiceError, match="refunds"):
        voids_service.void_sale(db, sale.id, reason="Oops", cashier="Ben", manager_pin=MANAGER_PIN)
    assert count_rows(db) == before


def test_refund_without_restock_leaves_stock_alone(shop: Shop) -> None:
    sale = sell_cash(shop, cart_of(shop.items["MUG"].line(2)))
    done = refund(shop, sale.id, {"MUG": 1}, restock=False, reason="Broken")
    assert done.amount == 1200 and done.cash_back == 1200
    assert stock_by_sku(shop.db)["MUG"] == 18
    assert scalar(shop.db, "SELECT restock FROM refund_lines") == 0
    # The cash went out of this shift's drawer.
    assert shifts.current_totals(shop.db).cash_refunds == 1200


def test_refund_in_a_later_shift_comes_out_of_that_shifts_drawer(shop: Shop) -> None:
    sale = sell_cash(shop, cart_of(shop.items["MUG"].line(1)))
    shifts.close_shift(shop.db, counted_cash=11_200, closed_by="Ann")
    shifts.open_shift(shop.db, opened_by="Ben", opening_float=5_000)
    refund(shop, sale.id, {"MUG": 1})
    t = shifts.current_totals(shop.db)
    assert (t.sales_count, t.refunds_count, t.refunds_total, t.cash_refunds) == (0, 1, 1200, 1200)
    assert t.drawer(3_800).verdict == "Balanced"  # 50.00 float - 12.00 handed back


# --- voids ------------------------------------------------------------------------------------
def test_void_restores_stock_and_counts_the_cash_back_into_the_drawer(shop: Shop) -> None:
    db = shop.db
    cash_sale = sell_cash(shop, cart_of(shop.items["MUG"].line(2)), handed=5_000)  # 24.00
    checkout.complete_sale(
        db,
        cart_of(shop.items["TEA"].line(1)),
        [Tender(TenderMethod.CARD, 850, reference="T")],
        cashier="Ann",
    )
    assert stock_by_sku(db)["MUG"] == 18

    before = count_rows(db)
    with pytest.raises(PinRefused):
        voids_service.void_sale(db, cash_sale.id, reason="Oops", cashier="Ben", manager_pin="1111")
    with pytest.raises(ServiceError, match="why"):
        voids_service.void_sale(
            db, cash_sale.id, reason=" ", cashier="Ben", manager_pin=MANAGER_PIN
        )
    assert count_rows(db) == before

    voided = voids_service.void_sale(
        db, cash_sale.id, reason="Rang up twice", cashier="Ben", manager_pin=MANAGER_PIN
    )
    assert (voided.amount, voided.cash_back) == (2400, 2400)
    assert stock_by_sku(db)["MUG"] == 20
    moves = rows(db, "SELECT delta, reason FROM stock_movements WHERE ref_id = :v", v=voided.id)
    assert [(m.delta, m.reason) for m in moves] == [(2, "void")]
    (audit,) = rows(db, "SELECT * FROM audit_log WHERE action = 'sale.void'")
    assert (audit.actor, audit.approved_by, audit.reason) == ("Ben", "manager", "Rang up twice")
    assert [p["sale_id"] for p in payloads(db, "sale.voided")] == [cash_sale.id]

    t = shifts.current_totals(db)
    assert (t.voids_count, t.voids_total, t.cash_refunds) == (1, 2400, 2400)
    # 100.00 float + 24.00 cash in - 24.00 handed back = 100.00
    assert t.drawer(10_000).verdict == "Balanced"
    assert t.net_sales == 850

    before = count_rows(db)
    with pytest.raises(ServiceError, match="already voided"):
        voids_service.void_sale(
            db, cash_sale.id, reason="x", cashier="Ben", manager_pin=MANAGER_PIN
        )
    with pytest.raises(ServiceError, match="voided"):
        refund(shop, cash_sale.id, {"MUG": 1})
    assert count_rows(db) == before
    assert history.recent_sales(db)[1].status == "Voided"


def test_void_of_an_earlier_shifts_sale_is_refused(shop: Shop) -> None:
    sale = sell_cash(shop, cart_of(shop.items["MUG"].line(1)))
    shifts.close_shift(shop.db, counted_cash=11_200, closed_by="Ann")
    shifts.open_shift(shop.db, opened_by="Ben", opening_float=0)
    before = count_rows(shop.db)
    with pytest.raises(ServiceError, match="current shift"):
        voids_service.void_sale(
            shop.db, sale.id, reason="late", cashier="Ben", manager_pin=MANAGER_PIN
        )
    assert count_rows(shop.db) == before


# --- facts are immutable ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def facts_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("facts") / "shop.sqlite")
    items = seed_products(db)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    shift = shifts.open_shift(db, opened_by="Ann", opening_float=1_000)
    shop = Shop(db, items, shift)
    sale = sell_cash(shop, cart_of(items["MUG"].line(2), items["TEA"].line(1)))
    refund(shop, sale.id, {"MUG": 1})
    other = sell_cash(shop, cart_of(items["STK"].line(1)))
    voids_service.void_sale(db, other.id, reason="test", cashier="Ann", manager_pin=MANAGER_PIN)
    shifts.close_shift(db, counted_cash=0, closed_by="Ann")  # short: an audit row too
    yield db
    db.close()


FACT_TABLES = (
    "sales",
    "sale_lines",
    "sale_tenders",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "sale_voids",
    "stock_movements",
    "shifts",
    "shift_closes",
    "audit_log",
)


@pytest.mark.parametrize("table", FACT_TABLES)
@pytest.mark.parametrize("action", ["UPDATE", "DELETE"])
def test_facts_cannot_be_edited_or_deleted(facts_db: Database, table: str, action: str) -> None:
    before = rows(facts_db, f"SELECT * FROM {table} ORDER BY id")
    assert before, f"{table} should have rows for this test"
    column = (
        "device_id"
        if table not in {"sale_lines", "sale_tenders", "refund_lines", "refund_tenders"}
        else "id"
    )
    sql = f"UPDATE {table} SET {column} = 'x'" if action == "UPDATE" else f"DELETE FROM {table}"
    with pytest.raises(DatabaseError, match="facts"), facts_db.engine.begin() as conn:
        conn.execute(text(sql))
    assert rows(facts_db, f"SELECT * FROM {table} ORDER BY id") == before


def test_money_columns_hold_integers_only(facts_db: Database) -> None:
    checks = {
        "sales": ("subtotal", "discount_total", "tax_total", "total", "tip"),
        "sale_lines": ("unit_price", "line_discount", "cart_discount", "net", "tax", "gross"),
        "sale_tenders": ("amount", "change"),
        "refunds": ("amount", "tax", "tip"),
        "refund_tenders": ("amount",),
    }
    for table, columns in checks.items():
        for column in columns:
            kinds = {k for (k,) in rows(facts_db, f"SELECT DISTINCT typeof({column}) FROM {table}")}
            assert kinds == {"integer"}, (table, column, kinds)


# --- parking ----------------------------------------------------------------------------------
def test_park_and_resume_once(shop: Shop) -> None:
    db, items = shop.db, shop.items
    member = members.create_member(db, name="Ola Berg")
    cart = cart_of(items["TEE-S"].line(2, Discount.amount(300)), items["TEA"].line(1))
    cart.discount = Discount.percent(500)
    cart.set_member(member.id, member.name)
    before = count_rows(db)
    parked_id = parking.park_cart(db, cart)
    after = count_rows(db)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"parked_sales": 1}

    (listed,) = parking.parked_carts(db)
    assert listed.id == parked_id
    assert listed.label == "Ola Berg"  # the member's name when no label is given
    assert listed.item_count == 3
    assert listed.total == cart.priced().total
    back = parking.resume_cart(db, parked_id)
    assert back.to_dict() == cart.to_dict()
    assert back.priced() == cart.priced()
    assert parking.parked_carts(db) == []
    with pytest.raises(ServiceError, match="already resumed"):
        parking.resume_cart(db, parked_id)
    with pytest.raises(ServiceError):
        parking.park_cart(db, Cart(tax_inclusive=True))
    # The resumed cart sells like the original.
    done = sell_cash(shop, back)
    assert done.total == cart.priced().total


def test_parked_cart_keeps_its_label(shop: Shop) -> None:
    parking.park_cart(shop.db, cart_of(shop.items["MUG"].line(1)), label="  Blue coat  ")
    assert [p.label for p in parking.parked_carts(shop.db)] == ["Blue coat"]


# --- members ----------------------------------------------------------------------------------
def test_members_create_search_and_visits(shop: Shop) -> None:
    db = shop.db
    ana = members.create_member(
        db, name="Ana Lopez", email="ana@example.com", phone="+34 600 111 222"
    )
    members.create_member(db, name="Bob Stone")
    assert ana.first_name == "Ana"
    assert [m.name for m in members.search_members(db, "lop")] == ["Ana Lopez"]
    assert [m.name for m in members.search_members(db, "ANA@EXAMPLE")] == ["Ana Lopez"]
    assert [m.name for m in members.search_members(db, "600 111")] == ["Ana Lopez"]
    assert members.search_members(db, "nobody") == []
    assert members.search_members(db, "%") != []  # wildcards are ignored, not injected
    assert len(members.search_members(db, "")) == 2

    cart = cart_of(shop.items["MUG"].line(1))
    cart.set_member(ana.id, ana.name)
    sell_cash(shop, cart)
    sell_cash(shop, cart)
    found = members.search_members(db, "")
    assert [(m.name, m.visits) for m in found] == [("Ana Lopez", 2), ("Bob Stone", 0)]
    assert found[0].last_visit is not None
    assert len(payloads(db, "member.created")) == 2


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 121}, "120"),
        ({"name": "Al", "email": "not-an-email"}, "email"),
        ({"name": "Al", "email": "a@b"}, "email"),
        ({"name": "Al", "phone": "call me"}, "phone"),
        ({"name": "Al", "email": "ANA@example.com"}, "already exists"),
    ],
)
def test_member_validation_writes_nothing(shop: Shop, kwargs: dict[str, str], words: str) -> None:
    members.create_member(shop.db, name="Ana Lopez", email="ana@example.com")
    before = count_rows(shop.db)
    with pytest.raises(ServiceError, match=words):
        members.create_member(shop.db, **kwargs)
    assert count_rows(shop.db) == before


# --- history ----------------------------------------------------------------------------------
def test_recent_sales_statuses(shop: Shop) -> None:
    db, items = shop.db, shop.items
    ana = members.create_member(db, name="Ana Lopez")
    paid = sell_cash(shop, cart_of(items["MUG"].line(1)))
    partly_cart = cart_of(items["TEA"].line(2))
    partly_cart.set_member(ana.id, ana.name)
    partly = checkout.complete_sale(
        db,
        partly_cart,
        [Tender(TenderMethod.CARD, 1000, reference="r"), Tender(TenderMethod.CASH, 700)],
        cashier="Ann",
    )
    whole = sell_cash(shop, cart_of(items["STK"].line(3)))
    voided = sell_cash(shop, cart_of(items["TEE-M"].line(1)))
    refund(shop, partly.id, {"TEA": 1})
    refund(shop, whole.id, {"STK": 3})
    voids_service.void_sale(db, voided.id, reason="x", cashier="Ann", manager_pin=MANAGER_PIN)

    got = {s.id: s for s in history.recent_sales(db)}
    assert [s.number for s in history.recent_sales(db)] == [4, 3, 2, 1]
    assert got[paid.id].status == "Paid"
    assert got[partly.id].status == "Partly refunded"
    assert got[partly.id].refunded == 850
    assert got[whole.id].status == "Refunded"
    assert got[voided.id].status == "Voided"
    assert got[partly.id].methods in {"card + cash", "cash + card"}
    assert got[partly.id].member_name == "Ana Lopez"
    assert got[whole.id].item_count == 3
    assert [s.id for s in history.recent_sales(db, query="#2")] == [partly.id]
    assert [s.id for s in history.recent_sales(db, query="lopez")] == [partly.id]
    assert [s.id for s in history.recent_sales(db, limit=2)] == [voided.id, whole.id]


# --- documents' numbers -----------------------------------------------------------------------
def test_receipt_numbers_equal_the_sale_rows(shop: Shop) -> None:
    db, items = shop.db, shop.items
    member = members.create_member(db, name="Mara Quinn")
    cart = cart_of(items["TEE-M"].line(1, Discount.percent(1000)), items["TEA"].line(3))
    cart.discount = Discount.amount(500)
    cart.set_member(member.id, member.name)
    done = checkout.complete_sale(
        db,
        cart,
        [
            Tender(TenderMethod.CARD, 3000, reference="AUTH-123"),
            Tender(TenderMethod.CASH, 1730, tendered=2000),
        ],
        tip=430,
        cashier="Ann",
    )
    r = receipts.receipt_data(db, done.id)
    (sale,) = rows(db, "SELECT * FROM sales WHERE id = :s", s=done.id)
    lines = rows(db, "SELECT * FROM sale_lines WHERE sale_id = :s ORDER BY position", s=done.id)
    tenders = rows(db, "SELECT * FROM sale_tenders WHERE sale_id = :s ORDER BY position", s=done.id)
    assert r.sale_id == done.id and r.sale_number == str(sale.number)
    assert r.member_name == "Mara Quinn" and r.cashier == "Ann"
    assert (r.subtotal, r.discount_total, r.tax_total, r.total, r.tip) == (
        sale.subtotal,
        sale.discount_total,
        sale.tax_total,
        sale.total,
        sale.tip,
    )
    assert r.grand_total == 4730
    assert [
        (ln.quantity, ln.unit_price, ln.discount, ln.total, ln.tax_rate_bp) for ln in r.lines
    ] == [
        (x.quantity, x.unit_price, x.line_discount + x.cart_discount, x.gross, x.tax_rate_bp)
        for x in lines
    ]
    assert [(t.method, t.amount, t.tendered, t.change, t.reference) for t in r.tenders] == [
        ("Card", 3000, None, 0, "AUTH-123"),
        ("Cash", 1730, 2000, 270, None),
    ]
    assert sum(t.amount for t in r.tenders) == r.grand_total == sum(t.amount for t in tenders)
    assert sum(t.tax for t in r.taxes) == sale.tax_total
    assert sum(t.gross for t in r.taxes) == sale.total
    assert [(t.rate_bp, t.gross, t.tax) for t in r.taxes] == [(2300, 2016, 377), (900, 2284, 189)]
    assert r.shop.currency == "EUR"
    assert r.created_at.tzinfo is not None
    with pytest.raises(ServiceError):
        receipts.receipt_data(db, "01900000-0000-7000-8000-00000000dead")


def test_refund_receipt_numbers_equal_the_refund_rows(shop: Shop) -> None:
    sale = _tipped_split_sale(shop)
    done = refund(shop, sale.id, {"TEE-S": 1, "MUG": 2}, refund_tip=True)
    r = receipts.refund_receipt_data(shop.db, done.id)
    assert r.title == "Refund"
    assert r.grand_total == done.amount == 2500 + 2400 + 990
    assert r.tip == 990 and r.tax_total == done.tax
    assert sum(ln.total for ln in r.lines) == r.total
    assert sum(t.amount for t in r.tenders) == done.amount


def test_z_report_after_close_matches_the_shift(shop: Shop) -> None:
    db, items = shop.db, shop.items
    # 1: cash 62.00 (tax 11.59); 2: card 17.00 + tip 1.70 (tax 1.40); 3: cash 3.00 (0 %), voided.
    sell_cash(shop, cart_of(items["TEE-S"].line(2), items["MUG"].line(1)), handed=10_000)
    checkout.complete_sale(
        db,
        cart_of(items["TEA"].line(2)),
        [Tender(TenderMethod.CARD, 1870, reference="X")],
        tip=170,
        cashier="Ann",
    )
    to_void = sell_cash(shop, cart_of(items["STK"].line(1)))
    first = rows(db, "SELECT id FROM sales WHERE number = 1")[0].id
    refund(shop, first, {"MUG": 1})  # 12.00 back in cash (the only tender)
    voids_service.void_sale(db, to_void.id, reason="x", cashier="Ann", manager_pin=MANAGER_PIN)
    # Drawer: 100.00 + 62.00 + 3.00 - 12.00 - 3.00 = 150.00; the host counts 149.00.
    closed = shifts.close_shift(db, counted_cash=14_900, closed_by="Ann", note="one euro short")
    assert closed.drawer.expected == 15_000
    assert (closed.drawer.difference, closed.drawer.verdict) == (-100, "Short")
    (close_row,) = rows(db, "SELECT * FROM shift_closes")
    assert (close_row.expected_cash, close_row.counted_cash) == (15_000, 14_900)
    (audit,) = rows(db, "SELECT * FROM audit_log WHERE action = 'shift.drawer_difference'")
    assert json.loads(audit.details)["difference"] == -100
    assert shifts.current_shift(db) is None

    z = receipts.z_report_data(db, shop.shift.id)
    # Voided sales stay out of the sales figures and are shown apart.
    assert (z.sales_count, z.items_sold) == (2, 5)
    assert z.gross_sales == 6200 + 1700
    assert z.discounts == 0
    assert (z.refunds_count, z.refunds_total) == (1, 1200)
    assert (z.voids_count, z.voids_total) == (1, 300)
    # gross - discounts - refunds = net
    assert z.net_sales == 6200 + 1700 - 1200
    assert z.tips_total == 170
    # Tax on kept sales (11.59 + 1.40) less the tax refunded with the mug
    # (1200 * 2300 / 12300 = 224.39 -> 2.24).
    assert z.tax_total == 1159 + 140 - 224
    assert [(t.method, t.count, t.amount) for t in z.tenders] == [
        ("Card", 1, 1870),
        ("Cash", 1, 6200),
    ]
    # The drawer counts every cash movement, the voided sale's in and out included.
    assert (z.opening_float, z.cash_sales, z.cash_refunds) == (10_000, 6500, 1500)
    assert (z.expected_cash, z.counted_cash, z.difference) == (15_000, 14_900, -100)
    assert z.note == "one euro short"
    # The tax table covers what net sales cover.
    assert sum(t.gross for t in z.taxes) == z.net_sales
    assert sum(t.tax for t in z.taxes) == z.tax_total
    assert all(t.gross == t.net + t.tax for t in z.taxes)
    assert [p["difference"] for p in payloads(db, "shift.closed")] == [-100]


@pytest.mark.parametrize("undo", ["void", "refund everything"])
def test_an_undone_tipped_sale_leaves_no_sales_and_a_balanced_drawer(shop: Shop, undo: str) -> None:
    # A 25.00 sale with a 5.00 tip, then cancelled in full: the shift sold nothing, kept no
    # tip, and the drawer holds the float (100.00 + 30.00 in - 30.00 out).
    sale = sell_cash(shop, cart_of(shop.items["TEE-S"].line(1)), tip=500)
    if undo == "void":
        voids_service.void_sale(
            shop.db, sale.id, reason="x", cashier="Ann", manager_pin=MANAGER_PIN
        )
    else:
        refund(shop, sale.id, {"TEE-S": 1}, refund_tip=True)
    t = shifts.current_totals(shop.db)
    assert t.net_sales == 0
    assert t.tips_total == 0
    assert t.tax_total == 0
    assert t.gross_sales - t.discounts - t.refunds_total == t.net_sales
    if undo == "void":
        assert (t.sales_count, t.gross_sales, t.voids_count, t.voids_total) == (0, 0, 1, 3000)
    else:
        assert (t.sales_count, t.gross_sales, t.refunds_total) == (1, 2500, 2500)
    assert (t.cash_sales, t.cash_refunds) == (3000, 3000)
    assert t.drawer(10_000).verdict == "Balanced"


# --- a property: random sales and refunds never pay out more than came in ----------------------
_SKUS = ("TEE-S", "TEE-M", "MUG", "TEA", "STK")
_INITIAL = {"TEE-S": 10, "TEE-M": 10, "MUG": 20, "TEA": 30, "STK": 100}


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "shop.sqlite"
    db = open_database(path)
    seed_products(db)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    shifts.open_shift(db, opened_by="Ann", opening_float=10_000)
    db.close()
    return path


sale_op = st.tuples(
    st.just("sale"),
    st.lists(st.tuples(st.sampled_from(_SKUS), st.integers(1, 4)), min_size=1, max_size=3),
    st.sampled_from([0, 1000, 1500]),  # tip in basis points of the total
    st.booleans(),  # split card + cash
)
refund_op = st.tuples(
    st.just("refund"),
    st.integers(0, 20),  # which sale
    st.lists(st.integers(0, 3), min_size=3, max_size=3),  # units wanted per line position
    st.booleans(),  # with the tip
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.builds(
        lambda first, rest: first + rest,
        st.lists(sale_op, min_size=1, max_size=3),
        st.lists(st.one_of(refund_op, refund_op, sale_op), min_size=1, max_size=5),
    )
)
def test_random_sales_and_refunds_keep_the_books(
    template_db: Path, ops: list[tuple[Any, ...]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shop.sqlite"
        shutil.copyfile(template_db, path)
        db = open_database(path)
        try:
            _run_ops(db, ops)
        finally:
            db.close()


def _run_ops(db: Database, ops: list[tuple[Any, ...]]) -> None:
    items = {
        sku: Item(r.id, r.name, r.vname, sku, r.price, r.rate)
        for sku, r in (
            (r.sku, r)
            for r in rows(
                db,
                "SELECT v.id, v.sku, v.name AS vname, v.price, p.name, p.tax_rate_bp AS rate "
                "FROM variants v JOIN products p ON p.id = v.product_id",
            )
        )
    }
    sku_of = {it.variant_id: sku for sku, it in items.items()}
    sold = dict.fromkeys(_SKUS, 0)
    restocked = dict.fromkeys(_SKUS, 0)
    sale_ids: list[str] = []
    refused = refunded = 0
    for op in ops:
        if op[0] == "sale":
            _, wanted, tip_bp, split = op
            cart = cart_of(*(items[sku].line(q) for sku, q in wanted))
            total = cart.priced().total
            tip = total * tip_bp // 10_000
            due = total + tip
            card = due // 3 if split else 0
            tenders = [Tender(TenderMethod.CARD, card, reference="p")] if card else []
            tenders.append(Tender(TenderMethod.CASH, due - card, tendered=due - card + 55))
            enough = all(
                cart.quantity_of(items[sku].variant_id)
                <= _INITIAL[sku] - sold[sku] + restocked[sku]
                for sku, _ in wanted
            )
            before = count_rows(db)
            if enough:
                done = checkout.complete_sale(db, cart, tenders, tip=tip, cashier="Ann")
                sale_ids.append(done.id)
                for sku, q in wanted:
                    sold[sku] += q
            else:
                with pytest.raises(ServiceError, match="left in stock"):
                    checkout.complete_sale(db, cart, tenders, tip=tip, cashier="Ann")
                assert count_rows(db) == before
        elif sale_ids:
            _, which, units, with_tip = op
            sale_id = sale_ids[which % len(sale_ids)]
            state = refunds.sale_for_refund(db, sale_id)
            quantities = {
                ln.sale_line_id: u for ln, u in zip(state.lines, units, strict=False) if u
            }
            left = {ln.sale_line_id: ln.refundable_qty for ln in state.lines}
            allowed = all(q <= left[lid] for lid, q in quantities.items())
            something = bool(quantities) or (with_tip and state.tip > state.tip_refunded)
            before = count_rows(db)
            if allowed and something:
                refunds.refund_sale(
                    db,
                    sale_id,
                    quantities,
                    refund_tip=with_tip,
                    reason="prop",
                    cashier="Ben",
                    manager_pin=MANAGER_PIN,
                )
                by_id = {ln.sale_line_id: ln for ln in state.lines}
                for lid, q in quantities.items():
                    restocked[sku_of[by_id[lid].variant_id]] += q
                refunded += 1
            else:
                with pytest.raises(ServiceError):
                    refunds.refund_sale(
                        db,
                        sale_id,
                        quantities,
                        refund_tip=with_tip,
                        reason="prop",
                        cashier="Ben",
                        manager_pin=MANAGER_PIN,
                    )
                assert count_rows(db) == before
                refused += 1
    event(f"sales={len(sale_ids)} refunds={refunded} refused refunds={refused}")

    # Never more back than was paid: per sale, per line and per tender.
    for s in rows(db, "SELECT id, total, tip FROM sales"):
        back = scalar(db, "SELECT COALESCE(SUM(amount), 0) FROM refunds WHERE sale_id = :s", s=s.id)
        assert 0 <= back <= s.total + s.tip
    for ln in rows(
        db,
        "SELECT sl.id, sl.quantity, sl.gross, COALESCE(SUM(rl.quantity), 0) AS q, "
        "COALESCE(SUM(rl.amount), 0) AS a FROM sale_lines sl "
        "LEFT JOIN refund_lines rl ON rl.sale_line_id = sl.id GROUP BY sl.id",
    ):
        assert ln.q <= ln.quantity and ln.a <= ln.gross
        if ln.q == ln.quantity:
            assert ln.a == ln.gross
    for t in rows(
        db,
        "SELECT st.amount, COALESCE(SUM(rt.amount), 0) AS back FROM sale_tenders st "
        "LEFT JOIN refund_tenders rt ON rt.sale_tender_id = st.id GROUP BY st.id",
    ):
        assert 0 <= t.back <= t.amount
    # Stock is the real count: initial - sold + restocked.
    expected = {sku: _INITIAL[sku] - sold[sku] + restocked[sku] for sku in _SKUS}
    assert stock_by_sku(db) == expected
    # Every sale reported exactly once, with the same totals.
    events = payloads(db, "sale.completed")
    assert sorted(e["sale_id"] for e in events) == sorted(sale_ids)
    assert sum(e["total"] for e in events) == (
        scalar(db, "SELECT COALESCE(SUM(total), 0) FROM sales")
    )
