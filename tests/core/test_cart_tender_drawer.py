"""Cart editing and parking round trip, taking payment, the drawer count, ids and PINs."""

from __future__ import annotations

import json
import time
import uuid
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popuppos.core import ids
from popuppos.core.cart import Cart, CartLine
from popuppos.core.drawer import DrawerCount
from popuppos.core.ids import new_id, uuid7
from popuppos.core.pin import PinError, check_pin_format, hash_pin, verify_pin
from popuppos.core.pricing import Discount, PricingError
from popuppos.core.tender import (
    Tender,
    TenderError,
    TenderMethod,
    cash_for,
    check_tenders,
    check_tip,
    quick_cash_amounts,
    tip_for,
)


def line(
    vid: str = "v1",
    price: int = 1000,
    qty: int = 1,
    *,
    variant_name: str = "M",
    tax_rate_bp: int = 2300,
    discount: Discount | None = None,
) -> CartLine:
    return CartLine(
        variant_id=vid,
        name=f"Product {vid}",
        variant_name=variant_name,
        sku=f"SKU-{vid}",
        unit_price=price,
        tax_rate_bp=tax_rate_bp,
        quantity=qty,
        discount=discount,
    )


# --- cart -------------------------------------------------------------------------------------
def test_adding_the_same_variant_merges_into_one_line() -> None:
    cart = Cart(tax_inclusive=True)
    assert cart.is_empty
    assert cart.add(line("a", qty=2)) == 0
    assert cart.add(line("b")) == 1
    assert cart.add(line("a", qty=3)) == 0
    assert [(ln.variant_id, ln.quantity) for ln in cart.lines] == [("a", 5), ("b", 1)]
    assert cart.item_count == 6
    assert cart.quantity_of("a") == 5
    assert cart.priced().total == 6000


def test_a_discounted_line_is_not_merged() -> None:
    cart = Cart(tax_inclusive=True)
    cart.add(line("a"))
    assert cart.add(line("a", discount=Discount.percent(1000))) == 1
    cart.add(line("a"))  # merges with the undiscounted line only
    assert [(ln.quantity, ln.discount) for ln in cart.lines] == [
        (2, None),
        (1, Discount.percent(1000)),
    ]
    assert cart.quantity_of("a") == 3
    # 2 x 10.00 + (10.00 - 1.00)
    assert cart.priced().total == 2900


def test_set_quantity_remove_and_limits() -> None:
    cart = Cart(tax_inclusive=False)
    cart.add(line("a"))
    cart.add(line("b", price=250))
    cart.set_quantity(1, 4)
    assert cart.lines[1].quantity == 4
    for bad in (0, -1, 10_000):
        with pytest.raises(PricingError):
            cart.set_quantity(0, bad)
    assert cart.lines[0].quantity == 1
    removed = cart.remove(0)
    assert removed.variant_id == "a"
    assert [ln.variant_id for ln in cart.lines] == ["b"]
    with pytest.raises(PricingError):
        cart.add(line("c", qty=10_000))
    with pytest.raises(PricingError):
        cart.add(line("b", qty=9_996))  # 4 + 9996 = 10000 units on one line
    assert cart.lines[0].quantity == 4
    cart.clear()
    assert cart.is_empty and cart.discount is None and cart.member_id is None


def test_display_name_includes_the_variant_when_there_is_one() -> None:
    assert line("a").display_name == "Product a · M"
    assert line("a", variant_name="").display_name == "Product a"


cart_lines = st.builds(
    line,
    vid=st.sampled_from(["a", "b", "c", "d"]),
    price=st.integers(0, 100_000),
    qty=st.integers(1, 20),
    tax_rate_bp=st.sampled_from([0, 900, 2300]),
    discount=st.one_of(
        st.none(),
        st.integers(0, 10_000).map(Discount.percent),
        st.integers(0, 5_000).map(Discount.amount),
    ),
)


@settings(max_examples=200)
@given(
    st.lists(cart_lines, min_size=1, max_size=8),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 10_000).map(Discount.percent)),
    st.one_of(st.none(), st.text(min_size=1, max_size=12)),
)
def test_to_dict_from_dict_round_trip_keeps_the_cart_and_its_price(
    new_lines: list[CartLine], inclusive: bool, discount: Discount | None, member: str | None
) -> None:
    cart = Cart(tax_inclusive=inclusive)
    for ln in new_lines:
        cart.add(ln)
    cart.discount = discount
    cart.set_member(member and "m-1", member)
    # Through JSON, as parking stores it.
    back = Cart.from_dict(json.loads(json.dumps(cart.to_dict())))
    assert back == cart
    assert back.priced() == cart.priced()
    assert back.priced().total == cart.priced().total


# --- tenders ----------------------------------------------------------------------------------
@settings(max_examples=300)
@given(st.integers(1, 10_000_000), st.sampled_from(["EUR", "JPY", "GBP"]), st.integers(2, 8))
def test_quick_cash_amounts_start_exact_and_increase(due: int, currency: str, limit: int) -> None:
    amounts = quick_cash_amounts(due, currency, limit)
    assert amounts[0] == due
    assert 1 <= len(amounts) <= limit
    assert all(a < b for a, b in pairwise(amounts))


def test_quick_cash_amounts_examples() -> None:
    # 12.34 due: exact, then the next 13.00, 15.00, 20.00.
    assert quick_cash_amounts(1234, "EUR") == [1234, 1300, 1500, 2000]
    # 40.00 due: round already, so 50.00, 100.00, 200.00.
    assert quick_cash_amounts(4000, "EUR") == [4000, 5000, 10000, 20000]
    assert quick_cash_amounts(0, "EUR") == []


def test_quick_cash_amounts_honours_a_limit_of_one() -> None:
    # Only the exact amount fits; the loop must not append a second button first.
    assert quick_cash_amounts(1234, "EUR", limit=1) == [1234]


def test_check_tenders_needs_the_exact_sum() -> None:
    card = Tender(TenderMethod.CARD, 700, reference="T-1")
    cash = Tender(TenderMethod.CASH, 300, tendered=500)
    check_tenders([card, cash], 1000)
    with pytest.raises(TenderError, match="add up"):
        check_tenders([card, cash], 1001)
    with pytest.raises(TenderError, match="add up"):
        check_tenders([card, cash], 999)
    with pytest.raises(TenderError, match="payment first"):
        check_tenders([], 1000)
    check_tenders([], 0)  # a free sale needs no payment


@pytest.mark.parametrize(
    ("tender", "words"),
    [
        (Tender(TenderMethod.CASH, 0), "more than zero"),
        (Tender(TenderMethod.CARD, -5), "more than zero"),
        (Tender(TenderMethod.CASH, 1000, tendered=999), "less than"),
        (Tender(TenderMethod.CARD, 1000, tendered=2000), "only cash"),
        (Tender(TenderMethod.OTHER, 1000, reference="x" * 81), "80"),
    ],
)
def test_bad_tenders_are_refused(tender: Tender, words: str) -> None:
    with pytest.raises(TenderError, match=words):
        check_tenders([tender], tender.amount)


def test_cash_change() -> None:
    t = cash_for(1234, 2000)
    assert (t.method, t.amount, t.tendered, t.change) == (TenderMethod.CASH, 1234, 2000, 766)
    assert cash_for(1234, 1234).change == 0
    assert Tender(TenderMethod.CASH, 500).change == 0  # exact cash, nothing handed over noted
    assert Tender(TenderMethod.CARD, 500, reference="A").change == 0
    with pytest.raises(TenderError):
        cash_for(1234, 1233)


@settings(max_examples=200)
@given(st.integers(0, 10_000_000), st.integers(0, 5_000))
def test_cash_for_change_is_the_difference(due: int, extra: int) -> None:
    t = cash_for(due, due + extra)
    assert t.change == extra
    assert t.amount + t.change == due + extra


def test_tip_for_and_check_tip() -> None:
    # 15 % of 19.99 = 2.9985 -> 3.00; 10 % of 4.35 = 0.435 -> 0.44 (half up).
    assert tip_for(1999, 1500) == 300
    assert tip_for(435, 1000) == 44
    assert tip_for(1000, 0) == 0
    with pytest.raises(TenderError):
        tip_for(1000, -1)
    check_tip(2000, 1000)
    with pytest.raises(TenderError, match="twice"):
        check_tip(2001, 1000)
    with pytest.raises(TenderError, match="negative"):
        check_tip(-1, 1000)


def test_tender_method_labels() -> None:
    assert [m.label for m in TenderMethod] == ["Cash", "Card", "Other"]


# --- drawer -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("counted", "verdict", "difference"),
    [(17_500, "Balanced", 0), (17_600, "Over", 100), (17_000, "Short", -500)],
)
def test_drawer_count_verdicts(counted: int, verdict: str, difference: int) -> None:
    # float 100.00 + cash sales 95.00 - cash refunds 20.00 = 175.00 expected
    d = DrawerCount(opening_float=10_000, cash_sales=9_500, cash_refunds=2_000, counted=counted)
    assert d.expected == 17_500
    assert d.difference == difference
    assert d.verdict == verdict


# --- ids --------------------------------------------------------------------------------------
def test_uuid7_ids_are_version_7_and_strictly_increasing() -> None:
    before_ms = time.time_ns() // 1_000_000
    values = [uuid7() for _ in range(10_000)]
    after_ms = time.time_ns() // 1_000_000
    assert all(a < b for a, b in pairwise(values))
    assert all(a.bytes < b.bytes for a, b in pairwise(values))
    assert all(str(a) < str(b) for a, b in pairwise(values))  # text sorts the same way
    for v in values:
        assert v.version == 7
        assert v.variant == uuid.RFC_4122
    # The first 48 bits are Unix milliseconds of (about) now.
    first_ms = values[0].int >> 80
    assert before_ms <= first_ms <= after_ms + 1
    text = new_id()
    assert uuid.UUID(text).version == 7 and len(text) == 36


def test_uuid7_keeps_increasing_when_the_clock_stands_still_or_steps_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [time.time_ns() + 10 * 1_000_000_000]  # ahead of any id made so far
    monkeypatch.setattr(ids.time, "time_ns", lambda: now[0])
    frozen = [uuid7() for _ in range(5_000)]  # > 4096: the per-millisecond counter overflows
    now[0] -= 5 * 1_000_000_000  # the clock steps back five seconds
    stepped_back = [uuid7() for _ in range(100)]
    values = frozen + stepped_back
    assert all(a < b for a, b in pairwise(values))
    assert all(v.version == 7 for v in values)


# --- PINs -------------------------------------------------------------------------------------
def test_hash_and_verify_pin() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("24680", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("abcd", stored)
    # Salted: the same PIN hashes differently each time, and both verify.
    other = hash_pin("2468")
    assert other != stored
    assert verify_pin("2468", other)
    # A fixed salt gives a reproducible hash.
    assert hash_pin("2468", salt=b"0" * 16) == hash_pin("2468", salt=b"0" * 16)


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "12a4", "12 34", "-1234", "12.4"])
def test_pin_format_rules(pin: str) -> None:
    with pytest.raises(PinError, match="4 to 12 digits"):
        check_pin_format(pin)
    with pytest.raises(PinError):
        hash_pin(pin)


@pytest.mark.parametrize("pin", ["1234", "000000", "123456789012"])
def test_valid_pin_formats(pin: str) -> None:
    check_pin_format(pin)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "garbage",
        "bcrypt$1$2$3$00$00",
        # A damaged stored hash must read as "not the PIN", not crash the till.
        "scrypt$16384$8$1$zz$00",
        "scrypt$x$8$1$00$00",
    ],
)
def test_verify_pin_against_a_damaged_hash_is_false(stored: str) -> None:
    assert verify_pin("1234", stored) is False
