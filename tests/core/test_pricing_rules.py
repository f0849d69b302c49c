"""Pricing a cart: nothing appears or vanishes, every cent is accounted for, in both tax modes."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popuppos.core.pricing import (
    Discount,
    DiscountKind,
    LineInput,
    PricedCart,
    PricingError,
    format_rate,
    price_cart,
    tax_from_gross,
)

TAX_RATES = [0, 500, 900, 1350, 2000, 2300]

discounts = st.one_of(
    st.none(),
    st.integers(0, 10_000).map(Discount.percent),
    st.integers(0, 600_000).map(Discount.amount),
)
lines = st.builds(
    LineInput,
    unit_price=st.integers(0, 100_000),
    quantity=st.integers(1, 50),
    tax_rate_bp=st.sampled_from(TAX_RATES),
    discount=discounts,
)
carts = st.lists(lines, min_size=1, max_size=8)


def half_up(x: Fraction) -> int:
    """Reference rounding for non-negative fractions (independent of the code under test)."""
    whole, rest = divmod(x.numerator, x.denominator)
    return whole + (1 if 2 * rest >= x.denominator else 0)


def expected_discount(d: Discount | None, base: int) -> int:
    if d is None:
        return 0
    if d.kind is DiscountKind.PERCENT:
        return min(base, half_up(Fraction(base * d.value, 10_000)))
    return min(base, d.value)


def check_cart_invariants(
    inputs: list[LineInput], cart_discount: Discount | None, priced: PricedCart
) -> None:
    assert len(priced.lines) == len(inputs)
    bases = [ln.unit_price * ln.quantity for ln in inputs]
    # Line discounts follow the rule (percent rounded half up, capped at the base).
    line_offs = [expected_discount(ln.discount, b) for ln, b in zip(inputs, bases, strict=True)]
    after_line = [b - d for b, d in zip(bases, line_offs, strict=True)]
    cart_off = expected_discount(cart_discount, sum(after_line))

    assert priced.subtotal == sum(bases)
    assert priced.total == sum(p.gross for p in priced.lines)
    assert priced.tax_total == sum(p.tax for p in priced.lines)
    assert priced.discount_total == sum(p.line_discount + p.cart_discount for p in priced.lines)
    assert 0 <= priced.discount_total <= priced.subtotal
    assert priced.discount_total == sum(line_offs) + cart_off
    # The cart discount's shares add up to the cart discount exactly, each share is within
    # one cent of its exact proportional part, and no share exceeds what the line had left.
    assert sum(p.cart_discount for p in priced.lines) == cart_off
    total_after = sum(after_line)
    for p, rest, base, off in zip(priced.lines, after_line, bases, line_offs, strict=True):
        assert p.base == base
        assert p.line_discount == off
        if total_after:
            assert abs(p.cart_discount - Fraction(cart_off * rest, total_after)) < 1
        assert 0 <= p.cart_discount <= rest
        remaining = rest - p.cart_discount
        assert p.gross == p.net + p.tax
        assert p.gross >= 0
        assert p.net >= 0
        assert p.tax >= 0
        r = p.tax_rate_bp
        if priced.tax_inclusive:
            assert p.gross == remaining
            # tax = gross * r / (1 + r), within half a cent of the exact figure
            exact = Fraction(remaining * r, 10_000 + r)
            assert abs(p.tax - exact) <= Fraction(1, 2)
        else:
            assert p.net == remaining
            exact = Fraction(remaining * r, 10_000)
            assert abs(p.tax - exact) <= Fraction(1, 2)
    # Nothing appears or vanishes.
    if priced.tax_inclusive:
        assert priced.total == priced.subtotal - priced.discount_total
    else:
        assert priced.net_total == priced.subtotal - priced.discount_total
        assert priced.total == priced.net_total + priced.tax_total
    # The tax summary rows sum to the totals, one row per rate, highest rate first.
    assert sum(t.net for t in priced.taxes) == priced.net_total
    assert sum(t.tax for t in priced.taxes) == priced.tax_total
    assert sum(t.gross for t in priced.taxes) == priced.total
    rates = [t.rate_bp for t in priced.taxes]
    assert rates == sorted({ln.tax_rate_bp for ln in inputs}, reverse=True)
    for t in priced.taxes:
        assert t.gross == t.net + t.tax
        assert t.gross == sum(p.gross for p in priced.lines if p.tax_rate_bp == t.rate_bp)


@settings(max_examples=300)
@given(carts, discounts, st.booleans())
def test_random_carts_keep_every_cent(
    inputs: list[LineInput], cart_discount: Discount | None, inclusive: bool
) -> None:
    priced = price_cart(inputs, tax_inclusive=inclusive, cart_discount=cart_discount)
    assert priced.tax_inclusive is inclusive
    check_cart_invariants(inputs, cart_discount, priced)


@settings(max_examples=100)
@given(carts, st.booleans(), st.booleans())
def test_a_full_discount_charges_nothing(
    inputs: list[LineInput], inclusive: bool, as_amount: bool
) -> None:
    everything = sum(ln.unit_price * ln.quantity for ln in inputs)
    cart_discount = Discount.amount(everything + 1) if as_amount else Discount.percent(10_000)
    priced = price_cart(inputs, tax_inclusive=inclusive, cart_discount=cart_discount)
    assert priced.total == 0
    assert priced.tax_total == 0
    assert priced.discount_total == priced.subtotal
    check_cart_invariants(inputs, cart_discount, priced)


@settings(max_examples=100)
@given(carts, st.booleans())
def test_full_line_discounts_charge_nothing(inputs: list[LineInput], inclusive: bool) -> None:
    free = [
        LineInput(ln.unit_price, ln.quantity, ln.tax_rate_bp, Discount.percent(10_000))
        for ln in inputs
    ]
    priced = price_cart(free, tax_inclusive=inclusive)
    assert priced.total == 0
    assert all(p.gross == 0 and p.line_discount == p.base for p in priced.lines)


@settings(max_examples=100)
@given(carts, st.booleans())
def test_exclusive_prices_only_add_tax_and_inclusive_prices_never_add_anything(
    inputs: list[LineInput], inclusive: bool
) -> None:
    undiscounted = [LineInput(ln.unit_price, ln.quantity, ln.tax_rate_bp) for ln in inputs]
    priced = price_cart(undiscounted, tax_inclusive=inclusive)
    if inclusive:
        assert priced.total == priced.subtotal
    else:
        assert priced.net_total == priced.subtotal
        assert priced.total >= priced.subtotal


# --- hand-checked examples --------------------------------------------------------------------
def test_inclusive_23_percent_on_32_euros() -> None:
    # 3200 * 2300 / 12300 = 598.37 -> tax 598; net 3200 - 598 = 2602.
    priced = price_cart([LineInput(3200, 1, 2300)], tax_inclusive=True)
    (line,) = priced.lines
    assert (line.gross, line.tax, line.net) == (3200, 598, 2602)
    assert priced.total == 3200
    assert priced.tax_total == 598


def test_exclusive_20_percent_on_two_at_9_99() -> None:
    # base 2 * 999 = 1998; tax 1998 * 20 % = 399.6 -> 400; gross 2398.
    priced = price_cart([LineInput(999, 2, 2000)], tax_inclusive=False)
    (line,) = priced.lines
    assert (line.net, line.tax, line.gross) == (1998, 400, 2398)
    assert priced.total == 2398


def test_tax_from_gross_rounds_half_up() -> None:
    # 1230 at 23 %: 1230 * 2300 / 12300 = 230 exactly.
    assert tax_from_gross(1230, 2300) == 230
    # 105 at 5 %: 105 * 500 / 10500 = 5 exactly; 21 at 5 %: 21 * 500 / 10500 = 1.0
    assert tax_from_gross(21, 500) == 1
    # 10 at 5 %: 10 * 500 / 10500 = 0.476 -> 0; 11 at 5 %: 0.5238 -> 1.
    assert tax_from_gross(10, 500) == 0
    assert tax_from_gross(11, 500) == 1


def test_line_and_cart_discounts_by_hand() -> None:
    # Tee 25.00 with 10 % off -> 2500 - 250 = 2250 (23 %).
    # Tea 3 x 8.50 = 2550 (9 %).
    # Cart discount 5.00 shared by 2250 : 2550 -> 234.375 and 265.625 -> floors 234, 265,
    # the leftover cent to the larger remainder (the tea) -> 234, 266.
    # Tee gross 2250 - 234 = 2016, tax 2016 * 2300 / 12300 = 376.98 -> 377.
    # Tea gross 2550 - 266 = 2284, tax 2284 * 900 / 10900 = 188.59 -> 189.
    priced = price_cart(
        [
            LineInput(2500, 1, 2300, Discount.percent(1000)),
            LineInput(850, 3, 900),
        ],
        tax_inclusive=True,
        cart_discount=Discount.amount(500),
    )
    tee, tea = priced.lines
    assert (tee.line_discount, tee.cart_discount, tee.gross, tee.tax) == (250, 234, 2016, 377)
    assert (tea.line_discount, tea.cart_discount, tea.gross, tea.tax) == (0, 266, 2284, 189)
    assert priced.subtotal == 5050
    assert priced.discount_total == 750
    assert priced.total == 4300
    assert priced.tax_total == 566
    assert [(t.rate_bp, t.gross, t.tax) for t in priced.taxes] == [
        (2300, 2016, 377),
        (900, 2284, 189),
    ]


def test_amount_discount_larger_than_the_line_is_capped() -> None:
    priced = price_cart([LineInput(500, 1, 2000, Discount.amount(900))], tax_inclusive=True)
    assert priced.lines[0].line_discount == 500
    assert priced.total == 0


def test_empty_cart_prices_to_zero() -> None:
    priced = price_cart([], tax_inclusive=True, cart_discount=Discount.amount(100))
    assert (priced.total, priced.subtotal, priced.discount_total, priced.taxes) == (0, 0, 0, ())


# --- validation -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "words"),
    [
        (LineInput(-1, 1, 2000), "negative"),
        (LineInput(100, 0, 2000), "at least 1"),
        (LineInput(100, -3, 2000), "at least 1"),
        (LineInput(100, 10_000, 2000), "10000"),
        (LineInput(100, 1, 10_001), "tax rate"),
        (LineInput(100, 1, -1), "tax rate"),
        (LineInput(100_000_001, 1, 2000), "too large"),
    ],
)
def test_unsellable_lines_raise_a_readable_pricing_error(line: LineInput, words: str) -> None:
    with pytest.raises(PricingError) as info:
        price_cart([LineInput(100, 1, 2000), line], tax_inclusive=True)
    message = str(info.value)
    assert words in message
    assert "Traceback" not in message and len(message) < 120


def test_the_largest_allowed_quantity_and_rate_are_accepted() -> None:
    priced = price_cart([LineInput(1, 9_999, 10_000)], tax_inclusive=False)
    assert priced.total == 2 * 9_999


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: Discount.percent(-1), "negative"),
        (lambda: Discount.amount(-5), "negative"),
        (lambda: Discount.percent(10_001), "100 %"),
    ],
)
def test_impossible_discounts_raise(make: object, words: str) -> None:
    with pytest.raises(PricingError, match=words):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("bp", "text"), [(2300, "23%"), (1350, "13.5%"), (0, "0%"), (525, "5.25%"), (10_000, "100%")]
)
def test_format_rate(bp: int, text: str) -> None:
    assert format_rate(bp) == text
