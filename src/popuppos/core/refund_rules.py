"""How much a refund returns, and to which tender.

* A line refunded in parts returns, for units ``a+1 .. a+k`` of ``q`` sold, the
  difference of the cumulative shares ``round(charged * n / q)`` at ``a+k`` and ``a``.
  Refunding every unit, in any number of steps, returns exactly what was charged for the
  line: never a cent more, never a cent less. Tax is split the same way.
* Money goes back to the original tenders in proportion to what each tender still has
  un-refunded (largest remainder), so no tender ever returns more than it paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from popuppos.core.i18n import translate
from popuppos.core.money import allocate, round_half_up


class RefundError(ValueError):
    """A refund that the rules do not allow; the message is for the host."""


def cumulative_share(amount: int, units: int, of_units: int) -> int:
    """The part of ``amount`` that belongs to the first ``units`` of ``of_units``."""
    if not 0 <= units <= of_units:
        raise RefundError(translate("core/refund_rules", "cannot refund more units than were sold"))
    if units == of_units:
        return amount
    return round_half_up(amount * units, of_units)


@dataclass(frozen=True, slots=True)
class LineRefund:
    quantity: int
    amount: int
    tax: int


def refund_line(
    *, sold_qty: int, charged: int, tax: int, already_refunded_qty: int, quantity: int
) -> LineRefund:
    """What refunding ``quantity`` more units of a sold line returns."""
    if quantity <= 0:
        raise RefundError(translate("core/refund_rules", "choose at least one unit to refund"))
    left = sold_qty - already_refunded_qty
    if quantity > left:
        raise RefundError(
            translate("core/refund_rules", "only {left} of {sold} can still be refunded").format(
                left=left, sold=sold_qty
            )
        )
    a, b = already_refunded_qty, already_refunded_qty + quantity
    amount = cumulative_share(charged, b, sold_qty) - cumulative_share(charged, a, sold_qty)
    tax_back = cumulative_share(tax, b, sold_qty) - cumulative_share(tax, a, sold_qty)
    return LineRefund(quantity=quantity, amount=amount, tax=tax_back)


def split_to_tenders(amount: int, refundable_per_tender: Sequence[int]) -> list[int]:
    """Share ``amount`` across tenders in proportion to what each can still give back."""
    if amount < 0:
        raise RefundError(translate("core/refund_rules", "a refund cannot be negative"))
    if any(r < 0 for r in refundable_per_tender):
        raise RefundError(
            translate("core/refund_rules", "a tender cannot have refunded more than it took")
        )
    available = sum(refundable_per_tender)
    if amount > available:
        raise RefundError(
            translate("core/refund_rules", "the refund is more than the sale has left to refund")
        )
    if amount == 0:
        return [0] * len(refundable_per_tender)
    # Largest remainder gives each tender floor(share) or floor(share) + 1, and the +1
    # only goes to a share with a fraction, which is below its capacity: no tender ever
    # returns more than it has left (property-tested).
    return allocate(amount, refundable_per_tender)
