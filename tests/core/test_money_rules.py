"""Money rules: exact rounding, allocation, parsing what a host types, formatting, Money."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popuppos.core.money import (
    Money,
    MoneyError,
    allocate,
    format_money,
    minor_digits,
    parse_money,
    percent_of,
    round_half_up,
)


def exact_half_up(numerator: int, denominator: int) -> int:
    """The reference: the exact fraction, rounded to nearest with halves away from zero."""
    x = Fraction(numerator, denominator)
    magnitude = math.floor(abs(x) + Fraction(1, 2))
    return magnitude if x >= 0 else -magnitude


def plain(text: str) -> str:
    """Babel uses (narrow) no-break spaces; compare with ordinary ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


# --- round_half_up ----------------------------------------------------------------------------
@settings(max_examples=300)
@given(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.integers(min_value=-(10**6), max_value=10**6).filter(lambda d: d != 0),
)
def test_round_half_up_matches_exact_fraction_rounding(n: int, d: int) -> None:
    assert round_half_up(n, d) == exact_half_up(n, d)


@pytest.mark.parametrize(
    ("n", "d", "expected"),
    [
        (1, 2, 1),  # 0.5 goes up
        (-1, 2, -1),  # -0.5 goes away from zero
        (3, 2, 2),  # 1.5 -> 2 (not banker's 2... and 2.5 -> 3 below)
        (5, 2, 3),  # 2.5 -> 3 (banker's rounding would give 2)
        (149, 100, 1),
        (150, 100, 2),
        (-150, 100, -2),
        (7, -2, -4),  # a negative denominator: -3.5 -> -4
        (0, 7, 0),
    ],
)
def test_round_half_up_examples(n: int, d: int, expected: int) -> None:
    assert round_half_up(n, d) == expected


def test_round_half_up_refuses_zero_denominator() -> None:
    with pytest.raises(ZeroDivisionError):
        round_half_up(1, 0)


@settings(max_examples=200)
@given(st.integers(0, 10**10), st.integers(0, 10_000))
def test_percent_of_is_exact_basis_points_rounded_half_up(amount: int, bp: int) -> None:
    assert percent_of(amount, bp) == exact_half_up(amount * bp, 10_000)


# --- allocate ---------------------------------------------------------------------------------
@settings(max_examples=300)
@given(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12),
)
def test_allocate_parts_sum_and_stay_within_one_of_the_exact_share(
    total: int, weights: list[int]
) -> None:
    parts = allocate(total, weights)
    assert len(parts) == len(weights)
    assert sum(parts) == total
    wsum = sum(weights)
    effective = weights if wsum > 0 else [1] * len(weights)
    esum = sum(effective)
    for part, w in zip(parts, effective, strict=True):
        exact = Fraction(total * w, esum)
        assert abs(part - exact) < 1, (part, exact)
        assert isinstance(part, int)
        if total >= 0:
            assert part >= 0
        else:
            assert part <= 0
    # A zero weight gets nothing (unless every weight is zero).
    if wsum > 0:
        for part, w in zip(parts, weights, strict=True):
            if w == 0:
                assert part == 0


def test_allocate_examples() -> None:
    # 100 over three equal weights: 33.33 each, the leftover cent to the first part.
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    # 500 over 2250 and 2550: 234.375 and 265.625; the larger remainder gets the cent.
    assert allocate(500, [2250, 2550]) == [234, 266]
    # All weights zero: split evenly.
    assert allocate(5, [0, 0]) == [3, 2]
    assert allocate(0, []) == []


def test_allocate_refuses_negative_weights_and_nothing_to_allocate_over() -> None:
    with pytest.raises(MoneyError, match="negative"):
        allocate(10, [1, -1])
    with pytest.raises(MoneyError):
        allocate(10, [])


# --- parse_money ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("12", "EUR", 1200),
        ("12.5", "EUR", 1250),
        ("12.50", "EUR", 1250),
        ("12,50", "EUR", 1250),
        ("12,5", "EUR", 1250),
        ("0,05", "EUR", 5),
        (",5", "EUR", 50),
        ("12.", "EUR", 1200),
        ("€12.50", "EUR", 1250),
        ("12,50 €", "EUR", 1250),
        ("€ 1.250,75", "EUR", 125075),
        ("1.250,75 €", "EUR", 125075),
        ("€1,250.75", "EUR", 125075),
        ("1 250,75", "EUR", 125075),
        ("1,250", "EUR", 125000),  # a thousands separator
        ("  7  ", "EUR", 700),
        ("0", "EUR", 0),
        ("1250", "JPY", 1250),
        ("1,250", "JPY", 1250),
        ("¥1,250", "JPY", 1250),
        ("1.250", "KWD", 1250),  # three-decimal currency: fils
    ],
)
def test_parse_money_accepts_what_hosts_type(text: str, currency: str, expected: int) -> None:
    assert parse_money(text, currency) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "€",
        "-",
        ".",
        ",",
        "5-",
        "1-2",
        # Letters are not silently dropped: "1e5" is not 15.00, "12abc" is not 12.00.
        "1e5",
        "12abc",
        "1O",
        # More than one decimal separator with no valid thousands grouping is garbage,
        # not 12.30 or 1.50.
        "1.2.3",
        "1..5",
        "12,5,0",
        # Characters that str.isdigit() accepts but int() cannot read must still give
        # a MoneyError, not a bare ValueError.
        "5²",
    ],
)
def test_parse_money_refuses_garbage_with_money_error(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text, "EUR")


@pytest.mark.parametrize("text", ["-5", "-0,50", "€-12", "- 3"])
def test_parse_money_refuses_negative_amounts(text: str) -> None:
    with pytest.raises(MoneyError, match="negative"):
        parse_money(text, "EUR")


@pytest.mark.parametrize(
    ("text", "currency"),
    [("1.2345", "EUR"), ("12,3456", "EUR"), ("12.5", "JPY"), ("1,5", "JPY"), ("1.23456", "KWD")],
)
def test_parse_money_refuses_too_many_decimals(text: str, currency: str) -> None:
    with pytest.raises(MoneyError, match="decimals"):
        parse_money(text, currency)


@pytest.mark.parametrize("text", ["1000000000000", "99999999999999999999", "1.000.000.000.000,00"])
def test_parse_money_refuses_huge_values(text: str) -> None:
    with pytest.raises(MoneyError, match="too large"):
        parse_money(text, "EUR")


def test_parse_money_error_message_names_the_input() -> None:
    with pytest.raises(MoneyError) as info:
        parse_money("abc", "EUR")
    assert "abc" in str(info.value)


@settings(max_examples=300)
@given(
    st.integers(min_value=0, max_value=10**9 - 1),  # MAX_WHOLE_DIGITS of yen at most
    st.sampled_from([("EUR", "de_DE"), ("EUR", "en_IE"), ("JPY", "en_IE"), ("JPY", "ja_JP")]),
)
def test_parse_money_reads_back_what_format_money_wrote(
    minor: int, currency_locale: tuple[str, str]
) -> None:
    currency, locale = currency_locale
    assert parse_money(format_money(minor, currency, locale), currency) == minor


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**11 - 1))  # up to MAX_WHOLE_DIGITS euros
def test_parse_money_reads_plain_decimal_text(minor: int) -> None:
    whole, cents = divmod(minor, 100)
    assert parse_money(f"{whole}.{cents:02d}", "EUR") == minor
    assert parse_money(f"{whole},{cents:02d}", "EUR") == minor


# --- format_money -----------------------------------------------------------------------------
def test_format_money_eur_in_german_and_irish_english() -> None:
    assert plain(format_money(125075, "EUR", "de_DE")) == "1.250,75 €"
    assert plain(format_money(125075, "EUR", "en_IE")) == "€1,250.75"
    assert plain(format_money(5, "EUR", "de_DE")) == "0,05 €"
    assert plain(format_money(5, "EUR", "en_IE")) == "€0.05"
    assert plain(format_money(0, "EUR", "en_IE")) == "€0.00"


def test_format_money_jpy_has_no_decimals() -> None:
    assert minor_digits("JPY") == 0
    text = plain(format_money(1250, "JPY", "en_IE"))
    assert "1,250" in text
    assert "." not in text
    assert "12.50" not in text
    assert plain(format_money(1250, "JPY", "ja_JP")).endswith("1,250")


def test_format_money_negative_amount_keeps_the_sign() -> None:
    text = plain(format_money(-1250, "EUR", "en_IE"))
    assert "12.50" in text
    assert "-" in text


def test_money_format_method_uses_its_currency() -> None:
    assert plain(Money(1999, "EUR").format("de_DE")) == "19,99 €"


# --- Money ------------------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [1.5, 12.0, True, "12", None])
def test_money_refuses_non_integer_minor_units(bad: object) -> None:
    with pytest.raises(MoneyError):
        Money(bad, "EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["eur", "EURO", "", "E1"])
def test_money_refuses_bad_currency_codes(bad: str) -> None:
    with pytest.raises(MoneyError):
        Money(1, bad)


def test_money_arithmetic_is_exact_and_refuses_mixed_currencies() -> None:
    a, b = Money(1050, "EUR"), Money(250, "EUR")
    assert a + b == Money(1300, "EUR")
    assert a - b == Money(800, "EUR")
    assert -a == Money(-1050, "EUR")
    assert a.times(3) == Money(3150, "EUR")
    assert Money.zero("JPY") == Money(0, "JPY")
    with pytest.raises(MoneyError, match="mix"):
        _ = a + Money(1, "USD")
    with pytest.raises(MoneyError, match="mix"):
        _ = a - Money(1, "USD")


def test_money_times_refuses_a_fractional_factor() -> None:
    with pytest.raises(MoneyError):
        Money(100, "EUR").times(1.5)  # type: ignore[arg-type]


def test_money_ordering_refuses_mixed_currencies() -> None:
    # Comparing 5 US cents with 10 euro cents has no answer; the dataclass ordering
    # silently compares (minor, currency) tuples and says True.
    with pytest.raises(MoneyError):
        _ = Money(5, "USD") < Money(10, "EUR")


def test_money_ordering_within_one_currency() -> None:
    assert Money(5, "EUR") < Money(10, "EUR")
    assert max(Money(5, "EUR"), Money(10, "EUR")) == Money(10, "EUR")
