"""Money: an integer number of minor units plus an ISO 4217 currency.

Never a float. Percentages are basis points (1 % = 100 bp) so that every rate is
an integer too. Rounding is explicit and written down here:

* ``round_half_up(n, d)`` divides two integers and rounds halves away from zero
  (the rule a shopper checks with a calculator: 0.5 cent goes up).
* ``allocate(total, weights)`` splits an amount in proportion to weights with the
  largest-remainder method, so the parts always add up to the total exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision, get_currency_symbol

from popuppos.core.i18n import translate

BASIS_POINTS = 10_000  # 100 %


class MoneyError(ValueError):
    """Raised for a money operation that would break the rules (mixed currencies...)."""


def round_half_up(numerator: int, denominator: int) -> int:
    """Return numerator/denominator rounded to the nearest integer, halves away from zero."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    sign = -1 if numerator < 0 else 1
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return sign * q


def percent_of(amount: int, basis_points: int) -> int:
    """``basis_points`` of ``amount`` (minor units), rounded half up."""
    return round_half_up(amount * basis_points, BASIS_POINTS)


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to non-negative ``weights``; the parts sum to ``total``.

    Largest remainder: every part gets its floor share, the leftover units go to the
    parts with the largest remainders (ties to the earlier part). With all weights
    zero the total is split evenly the same way.
    """
    if any(w < 0 for w in weights):
        raise MoneyError("weights must not be negative")
    n = len(weights)
    if n == 0:
        if total != 0:
            raise MoneyError("cannot allocate a non-zero amount over nothing")
        return []
    ws = list(weights) if sum(weights) > 0 else [1] * n
    wsum = sum(ws)
    sign = -1 if total < 0 else 1
    mag = abs(total)
    shares = [mag * w // wsum for w in ws]
    remainders = [(mag * w % wsum, -i) for i, w in enumerate(ws)]
    leftover = mag - sum(shares)
    for _, neg_i in sorted(remainders, reverse=True)[:leftover]:
        shares[-neg_i] += 1
    return [sign * s for s in shares]


@lru_cache(maxsize=64)
def minor_digits(currency: str) -> int:
    """How many decimal digits the currency's minor unit has (EUR 2, JPY 0, KWD 3)."""
    precision: int = get_currency_precision(currency)
    return precision


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount: ``minor`` units of ``currency`` (cents for EUR)."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise MoneyError(f"money must be whole minor units, got {self.minor!r}")
        if len(self.currency) != 3 or not self.currency.isupper():
            raise MoneyError(f"not an ISO 4217 currency code: {self.currency!r}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise MoneyError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def times(self, quantity: int) -> Money:
        return Money(self.minor * quantity, self.currency)

    def format(self, locale: str = "en_GB") -> str:
        return format_money(self.minor, self.currency, locale)


def format_money(minor: int, currency: str, locale: str = "en_GB") -> str:
    """Format minor units for people, e.g. ``1250, "EUR", "de_DE"`` -> ``12,50 €``.

    The conversion to a decimal string is done on integers; no float is involved.
    """
    digits = minor_digits(currency)
    return str(format_currency(_to_decimal(minor, digits), currency, locale=locale))


def _to_decimal(minor: int, digits: int) -> Decimal:
    return Decimal(minor).scaleb(-digits)


@lru_cache(maxsize=32)
def _symbol(currency: str, locale: str) -> str:
    return str(get_currency_symbol(currency, locale=locale))


_GROUPING = " \u00a0\u202f\u2009'\u2019"
MAX_WHOLE_DIGITS = 9  # a billion minus one in major units: far beyond any stall


def parse_money(text: str, currency: str, locale: str | None = None) -> int:
    """Parse what a host types ("12", "12.5", "12,50", "€12.50", "1.250,75") into minor units.

    Accepted: ASCII digits; one decimal separator ("." or ","); thousands separators
    only in proper groups of three ("1,250.00", "1.250,00", "1 250"); the currency's code
    or a currency symbol at either end (and, given ``locale``, that locale's symbol such as
    "kr" or "zł", so whatever ``format_money`` wrote reads back). Anything else raises
    ``MoneyError`` with a reason: letters, negative amounts, two decimal separators,
    more decimals than the currency has, or more than nine whole digits.
    """
    digits = minor_digits(currency)
    t = text.strip()
    if not t:
        raise MoneyError(translate("core/money", "enter an amount"))
    if "-" in t or "\u2212" in t:
        raise MoneyError(translate("core/money", "amounts cannot be negative"))
    if locale:
        symbol = _symbol(currency, locale)
        if symbol and t.startswith(symbol):
            t = t[len(symbol) :]
        elif symbol and t.endswith(symbol):
            t = t[: -len(symbol)]
        t = t.strip()
    if t[:3].upper() == currency:
        t = t[3:]
    elif t[-3:].upper() == currency:
        t = t[:-3]
    t = t.strip()
    # A locale's symbol may carry letters before it: "JP¥", "US$", "CA$", "A$".
    t = re.sub(r"^[A-Za-z]{1,3}(?=[^\x00-\x7f0-9]|\$)", "", t)
    while t and unicodedata.category(t[0]) == "Sc":
        t = t[1:].lstrip()
    while t and unicodedata.category(t[-1]) == "Sc":
        t = t[:-1].rstrip()
    t = re.sub(rf"(?<=[0-9])[{_GROUPING}](?=[0-9]{{3}}(?![0-9]))", "", t)
    if not t or not re.fullmatch(r"[0-9.,]+", t) or not re.search(r"[0-9]", t):
        raise MoneyError(
            translate("core/money", "{text} is not an amount").format(text=repr(text.strip()))
        )
    seps = [c for c in t if c in ".,"]
    frac = ""
    if not seps:
        groups = [t]
    elif len(set(seps)) == 2:
        dec = t[max(t.rfind("."), t.rfind(","))]
        if seps.count(dec) != 1:
            raise MoneyError(
                translate("core/money", "{text} is not an amount").format(text=repr(text.strip()))
            )
        head, frac = t.rsplit(dec, 1)
        groups = head.split("," if dec == "." else ".")
    elif len(seps) == 1:
        head, after = t.split(seps[0])
        if len(after) == 3 and head and digits != 3:
            groups = [head, after]  # "1,250": a thousands separator
        else:
            groups, frac = [head], after
    else:
        groups = t.split(seps[0])  # "1.250.000"
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise MoneyError(
            translate("core/money", "{text} is not an amount (check the separators)").format(
                text=repr(text.strip())
            )
        )
    whole = "".join(groups) or "0"
    if len(frac) > digits:
        raise MoneyError(
            translate(
                "core/money", "{text} has more decimals than {currency} allows ({digits})"
            ).format(text=repr(text.strip()), currency=currency, digits=digits)
        )
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise MoneyError(
            translate("core/money", "{text} is too large").format(text=repr(text.strip()))
        )
    scale: int = 10**digits
    return int(whole) * scale + int(frac.ljust(digits, "0") or "0")
