"""Pricing a cart: line and cart discounts, per-product tax, inclusive or exclusive prices.

The rules, in order (every amount is integer minor units, every rate basis points):

1. A line's base is ``unit_price * quantity``.
2. A line discount is a percent of the base (rounded half up) or a fixed amount; it is
   capped at the base, so a line never goes below zero.
3. A cart discount is a percent of the sum of the lines after their own discounts, or a
   fixed amount capped at that sum. It is shared across lines in proportion to what each
   line costs after its own discount, by the largest-remainder method, so the shares add
   up to the cart discount exactly.
4. Tax is computed per line on what remains:
   * tax-inclusive prices: the remainder is the gross; tax = gross * r / (1 + r),
     rounded half up; net = gross - tax.
   * tax-exclusive prices: the remainder is the net; tax = net * r, rounded half up;
     gross = net + tax.
5. The total charged is the sum of the line grosses. Nothing else is rounded, so the
   total always equals the sum of what is charged per line, and the tax summary per rate
   always equals the sum of its lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from popuppos.core.i18n import decimal_text, percent_text, translate
from popuppos.core.money import BASIS_POINTS, allocate, percent_of, round_half_up

MAX_QUANTITY = 9_999
MAX_UNIT_PRICE = 100_000_000  # a million in a two-decimal currency: beyond any stall
MAX_TAX_RATE_BP = 10_000


class PricingError(ValueError):
    """A price, quantity, rate or discount that cannot be sold; the message is for the host."""


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Discount:
    """A discount: ``value`` is basis points for PERCENT, minor units for AMOUNT."""

    kind: DiscountKind
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise PricingError(translate("core/pricing", "a discount cannot be negative"))
        if self.kind is DiscountKind.PERCENT and self.value > BASIS_POINTS:
            raise PricingError(translate("core/pricing", "a discount cannot be more than 100 %"))

    @classmethod
    def percent(cls, basis_points: int) -> Discount:
        return cls(DiscountKind.PERCENT, basis_points)

    @classmethod
    def amount(cls, minor: int) -> Discount:
        return cls(DiscountKind.AMOUNT, minor)

    def on(self, base: int) -> int:
        """How much this discount takes off ``base`` (never more than the base)."""
        if self.kind is DiscountKind.PERCENT:
            return min(base, percent_of(base, self.value))
        return min(base, self.value)


@dataclass(frozen=True, slots=True)
class LineInput:
    """One cart line to price."""

    unit_price: int
    quantity: int
    tax_rate_bp: int
    discount: Discount | None = None

    def validate(self) -> None:
        if self.quantity <= 0:
            raise PricingError(translate("core/pricing", "quantity must be at least 1"))
        if self.quantity > MAX_QUANTITY:
            raise PricingError(
                translate("core/pricing", "quantity {quantity} is more than {most}").format(
                    quantity=self.quantity, most=MAX_QUANTITY
                )
            )
        if self.unit_price < 0:
            raise PricingError(translate("core/pricing", "a price cannot be negative"))
        if self.unit_price > MAX_UNIT_PRICE:
            raise PricingError(translate("core/pricing", "that price is too large"))
        if not 0 <= self.tax_rate_bp <= MAX_TAX_RATE_BP:
            raise PricingError(translate("core/pricing", "a tax rate must be between 0 and 100 %"))


@dataclass(frozen=True, slots=True)
class PricedLine:
    unit_price: int
    quantity: int
    tax_rate_bp: int
    base: int  # unit_price * quantity, in the shop's price mode
    line_discount: int
    cart_discount: int
    net: int
    tax: int
    gross: int  # what the customer is charged for this line

    @property
    def discount(self) -> int:
        return self.line_discount + self.cart_discount


@dataclass(frozen=True, slots=True)
class TaxSummary:
    rate_bp: int
    net: int
    tax: int
    gross: int


@dataclass(frozen=True, slots=True)
class PricedCart:
    lines: tuple[PricedLine, ...]
    tax_inclusive: bool
    subtotal: int  # sum of bases
    discount_total: int
    tax_total: int
    total: int  # sum of line grosses: what is charged before any tip
    taxes: tuple[TaxSummary, ...]

    @property
    def net_total(self) -> int:
        return self.total - self.tax_total


def tax_from_gross(gross: int, rate_bp: int) -> int:
    """The tax contained in a tax-inclusive ``gross`` at ``rate_bp``."""
    return round_half_up(gross * rate_bp, BASIS_POINTS + rate_bp)


def price_cart(
    lines: Sequence[LineInput],
    *,
    tax_inclusive: bool,
    cart_discount: Discount | None = None,
) -> PricedCart:
    """Price ``lines`` by the rules in this module's docstring."""
    for line in lines:
        line.validate()
    bases = [ln.unit_price * ln.quantity for ln in lines]
    line_discounts = [
        ln.discount.on(base) if ln.discount else 0 for ln, base in zip(lines, bases, strict=True)
    ]
    after_line = [b - d for b, d in zip(bases, line_discounts, strict=True)]
    cart_off = cart_discount.on(sum(after_line)) if cart_discount else 0
    shares = allocate(cart_off, after_line) if lines else []
    priced: list[PricedLine] = []
    for ln, base, ld, rest, share in zip(
        lines, bases, line_discounts, after_line, shares, strict=True
    ):
        remaining = rest - share
        if tax_inclusive:
            tax = tax_from_gross(remaining, ln.tax_rate_bp)
            net, gross = remaining - tax, remaining
        else:
            tax = percent_of(remaining, ln.tax_rate_bp)
            net, gross = remaining, remaining + tax
        priced.append(
            PricedLine(
                unit_price=ln.unit_price,
                quantity=ln.quantity,
                tax_rate_bp=ln.tax_rate_bp,
                base=base,
                line_discount=ld,
                cart_discount=share,
                net=net,
                tax=tax,
                gross=gross,
            )
        )
    return PricedCart(
        lines=tuple(priced),
        tax_inclusive=tax_inclusive,
        subtotal=sum(bases),
        discount_total=sum(p.discount for p in priced),
        tax_total=sum(p.tax for p in priced),
        total=sum(p.gross for p in priced),
        taxes=summarise_taxes(priced),
    )


def summarise_taxes(lines: Sequence[PricedLine]) -> tuple[TaxSummary, ...]:
    """One row per tax rate, highest rate first; each row is the sum of its lines."""
    rows: dict[int, list[int]] = {}
    for p in lines:
        row = rows.setdefault(p.tax_rate_bp, [0, 0, 0])
        row[0] += p.net
        row[1] += p.tax
        row[2] += p.gross
    return tuple(
        TaxSummary(rate, n, t, g) for rate, (n, t, g) in sorted(rows.items(), reverse=True)
    )


def format_rate(basis_points: int, sign: str = "%") -> str:
    """``2300`` -> ``"23%"``, ``1350`` -> ``"13.5%"`` (integer arithmetic only; ``sign`` is
    the English one, " %" in a sentence); in the shop's form when it is not English
    ("13,5 %" in German)."""
    return percent_text(_rate_digits(basis_points), sign)


def rate_number(basis_points: int) -> str:
    """The rate without its sign, in the shop's form: ``1350`` -> ``"13.5"`` / ``"13,5"``."""
    return decimal_text(_rate_digits(basis_points))


def _rate_digits(basis_points: int) -> str:
    whole, frac = divmod(basis_points, 100)
    return f"{whole}" if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")
