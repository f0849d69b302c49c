"""Money: an integer number of minor units plus an ISO 4217 currency.

Never a float. Percentages are basis points (1 % = 100 bp) so that every rate is
an integer too. Rounding is explicit and written down here:

* ``round_half_up(n, d)`` divides two integers and rounds halves away from zero
  (the rule a shopper checks with a calculator: 0.5 cent goes up).
* ``allocate(total, weights)`` splits an amount in proportion to weights with the
  largest-remainder method, so the parts always add up to the total exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision

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


@dataclass(frozen=True, slots=True, order=True)
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


def parse_money(text: str, currency: str) -> int:
    """Parse what a host types ("12", "12.5", "12,50", "€12.50") into minor units.

    Raises ``MoneyError`` with a readable reason for anything that is not an amount,
    a negative amount, or more decimals than the currency has.
    """
    digits = minor_digits(currency)
    cleaned = "".join(ch for ch in text.strip() if ch.isdigit() or ch in ".,-")
    if not cleaned or cleaned in {"-", ".", ","}:
        raise MoneyError(f"{text!r} is not an amount")
    if cleaned.startswith("-"):
        raise MoneyError("amounts cannot be negative")
    if "-" in cleaned:
        raise MoneyError(f"{text!r} is not an amount")
    # The last '.' or ',' is the decimal separator when followed by 1..digits digits.
    sep_pos = max(cleaned.rfind("."), cleaned.rfind(","))
    if sep_pos >= 0 and 0 < len(cleaned) - sep_pos - 1 <= max(digits, 0) and digits > 0:
        whole = cleaned[:sep_pos].replace(".", "").replace(",", "")
        frac = cleaned[sep_pos + 1 :]
    elif sep_pos >= 0 and len(cleaned) - sep_pos - 1 == 3:
        # "1,250" or "1.250": a thousands separator.
        whole = cleaned.replace(".", "").replace(",", "")
        frac = ""
    elif sep_pos == len(cleaned) - 1:
        whole = cleaned[:-1].replace(".", "").replace(",", "")
        frac = ""
    elif sep_pos >= 0:
        raise MoneyError(f"{text!r} has more decimals than {currency} allows ({digits})")
    else:
        whole, frac = cleaned, ""
    if not whole:
        whole = "0"
    if not whole.isdigit() or (frac and not frac.isdigit()):
        raise MoneyError(f"{text!r} is not an amount")
    if len(whole) > 12:
        raise MoneyError(f"{text!r} is too large")
    scale: int = 10**digits
    return int(whole) * scale + int(frac.ljust(digits, "0") or "0")
