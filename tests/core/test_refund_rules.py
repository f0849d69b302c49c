"""Refund rules: a line refunded in any steps returns exactly what was charged; tenders split."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from popuppos.core.refund_rules import (
    RefundError,
    cumulative_share,
    refund_line,
    split_to_tenders,
)


@st.composite
def sold_lines(draw: st.DrawFn) -> tuple[int, int, int, list[int]]:
    """(sold_qty, charged, tax, steps): steps is a random split of sold_qty into parts."""
    sold = draw(st.integers(1, 50))
    charged = draw(st.integers(0, 10_000_000))
    tax = draw(st.integers(0, charged))
    steps: list[int] = []
    left = sold
    while left:
        k = draw(st.integers(1, left))
        steps.append(k)
        left -= k
    return sold, charged, tax, steps


@settings(max_examples=300)
@given(sold_lines())
def test_refunding_a_line_in_any_steps_returns_exactly_what_was_charged(
    line: tuple[int, int, int, list[int]],
) -> None:
    sold, charged, tax, steps = line
    done = 0
    amount_back = tax_back = 0
    for k in steps:
        r = refund_line(
            sold_qty=sold, charged=charged, tax=tax, already_refunded_qty=done, quantity=k
        )
        assert r.quantity == k
        assert r.amount >= 0
        assert r.tax >= 0
        done += k
        amount_back += r.amount
        tax_back += r.tax
        # Never more than charged at any point, and close to the exact proportional part.
        assert amount_back <= charged
        assert tax_back <= tax
        assert abs(amount_back - Fraction(charged * done, sold)) <= Fraction(1, 2)
        assert abs(tax_back - Fraction(tax * done, sold)) <= Fraction(1, 2)
    assert done == sold
    assert amount_back == charged
    assert tax_back == tax
    # Once everything is back, not one more unit.
    with pytest.raises(RefundError):
        refund_line(sold_qty=sold, charged=charged, tax=tax, already_refunded_qty=sold, quantity=1)


@settings(max_examples=300)
@given(sold_lines())
def test_a_refund_step_never_returns_more_tax_than_money(
    line: tuple[int, int, int, list[int]],
) -> None:
    # For realistic lines (at least one cent per unit, tax at most half the gross, which
    # holds for any rate up to 100 %) no step refunds a negative net.
    sold, charged, tax, steps = line
    assume(charged >= sold and 2 * tax <= charged)
    done = 0
    for k in steps:
        r = refund_line(
            sold_qty=sold, charged=charged, tax=tax, already_refunded_qty=done, quantity=k
        )
        assert r.tax <= r.amount
        done += k


@settings(max_examples=200)
@given(st.integers(1, 50), st.integers(0, 10_000_000), st.data())
def test_over_refund_raises(sold: int, charged: int, data: st.DataObject) -> None:
    already = data.draw(st.integers(0, sold))
    too_many = data.draw(st.integers(sold - already + 1, sold - already + 20))
    with pytest.raises(RefundError, match="only"):
        refund_line(
            sold_qty=sold,
            charged=charged,
            tax=0,
            already_refunded_qty=already,
            quantity=too_many,
        )


@pytest.mark.parametrize("quantity", [0, -1])
def test_refunding_no_units_raises(quantity: int) -> None:
    with pytest.raises(RefundError, match="at least one"):
        refund_line(sold_qty=3, charged=300, tax=0, already_refunded_qty=0, quantity=quantity)


def test_cumulative_share_refuses_impossible_unit_counts() -> None:
    with pytest.raises(RefundError):
        cumulative_share(100, 4, 3)
    with pytest.raises(RefundError):
        cumulative_share(100, -1, 3)


def test_refund_of_three_units_by_hand() -> None:
    # 10.00 for three units: cumulative shares round(1000 * n / 3) = 333, 667, 1000,
    # so the steps return 3.33, 3.34, 3.33 - together exactly 10.00.
    steps = [
        refund_line(sold_qty=3, charged=1000, tax=187, already_refunded_qty=a, quantity=1)
        for a in range(3)
    ]
    assert [s.amount for s in steps] == [333, 334, 333]
    # Tax 1.87: round(187 n / 3) = 62, 125, 187 -> 62, 63, 62.
    assert [s.tax for s in steps] == [62, 63, 62]


# --- split_to_tenders -------------------------------------------------------------------------
@settings(max_examples=300)
@given(st.lists(st.integers(0, 1_000_000), min_size=1, max_size=6), st.data())
def test_split_to_tenders_sums_and_never_exceeds_a_tender(
    capacities: list[int], data: st.DataObject
) -> None:
    amount = data.draw(st.integers(0, sum(capacities)))
    parts = split_to_tenders(amount, capacities)
    assert len(parts) == len(capacities)
    assert sum(parts) == amount
    for part, cap in zip(parts, capacities, strict=True):
        assert 0 <= part <= cap


@settings(max_examples=100)
@given(st.lists(st.integers(0, 100_000), min_size=1, max_size=5), st.data())
def test_repeated_partial_refunds_drain_tenders_exactly(
    capacities: list[int], data: st.DataObject
) -> None:
    left = list(capacities)
    for step in range(8):
        if not sum(left):
            break
        # At most eight refunds; the last one takes whatever is left.
        amount = sum(left) if step == 7 else data.draw(st.integers(1, sum(left)))
        parts = split_to_tenders(amount, left)
        left = [c - p for c, p in zip(left, parts, strict=True)]
        assert all(c >= 0 for c in left)
    assert left == [0] * len(capacities)


def test_split_to_tenders_refusals() -> None:
    with pytest.raises(RefundError, match="more than"):
        split_to_tenders(101, [50, 50])
    with pytest.raises(RefundError, match="negative"):
        split_to_tenders(-1, [50])
    with pytest.raises(RefundError):
        split_to_tenders(10, [20, -5])
    assert split_to_tenders(0, [0, 0]) == [0, 0]
    assert split_to_tenders(0, []) == []


def test_split_to_tenders_by_hand() -> None:
    # 10.00 back from card 30.00 and cash 10.00: 7.50 and 2.50.
    assert split_to_tenders(1000, [3000, 1000]) == [750, 250]
    # A tender with nothing left gets nothing.
    assert split_to_tenders(500, [0, 2000]) == [0, 500]
