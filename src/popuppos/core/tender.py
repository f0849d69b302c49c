"""Taking payment: cash with change, card on an external terminal, split tender, tips."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from popuppos.core.money import minor_digits, percent_of


class TenderError(ValueError):
    """A payment that does not add up; the message is for the host."""


class TenderMethod(StrEnum):
    CASH = "cash"
    CARD = "card"  # taken on an external terminal; we record the method and a reference
    OTHER = "other"  # e.g. a bank transfer or voucher, with a reference

    @property
    def label(self) -> str:
        return {"cash": "Cash", "card": "Card", "other": "Other"}[self.value]


@dataclass(frozen=True, slots=True)
class Tender:
    """One payment towards a sale. ``amount`` is what it pays of the sale.

    For cash, ``tendered`` is what the customer handed over and the change is the
    difference; other methods take exactly ``amount``.
    """

    method: TenderMethod
    amount: int
    tendered: int | None = None
    reference: str | None = None

    @property
    def change(self) -> int:
        if self.method is TenderMethod.CASH and self.tendered is not None:
            return self.tendered - self.amount
        return 0

    def validate(self) -> None:
        if self.amount <= 0:
            raise TenderError("a payment must be more than zero")
        if self.method is TenderMethod.CASH:
            if self.tendered is not None and self.tendered < self.amount:
                raise TenderError("the cash handed over is less than the amount it pays")
        elif self.tendered is not None:
            raise TenderError("only cash can give change")
        if self.reference is not None and len(self.reference) > 80:
            raise TenderError("a payment reference is at most 80 characters")


def check_tenders(tenders: Sequence[Tender], due: int) -> None:
    """Raise unless the tenders pay exactly ``due``."""
    if due > 0 and not tenders:
        raise TenderError("take a payment first")
    for t in tenders:
        t.validate()
    paid = sum(t.amount for t in tenders)
    if paid != due:
        raise TenderError(f"payments add up to {paid}, the sale is {due}")


def cash_for(due: int, handed_over: int) -> Tender:
    """A cash payment of ``due`` from ``handed_over`` (change = handed_over - due)."""
    if handed_over < due:
        raise TenderError("that is less than the amount due")
    return Tender(TenderMethod.CASH, due, tendered=handed_over)


def quick_cash_amounts(due: int, currency: str, limit: int = 4) -> list[int]:
    """Likely notes a customer hands over: exact, then the next round amounts.

    For two-decimal currencies: the next 1, 5, 10, 20, 50, 100 major units above ``due``.
    """
    if due <= 0:
        return []
    unit = 10 ** minor_digits(currency)
    steps = [1, 5, 10, 20, 50, 100, 200, 500]
    out: list[int] = [due]
    for step in steps:
        if len(out) >= limit:
            break
        s = step * unit
        nxt = ((due + s - 1) // s) * s
        if nxt not in out:
            out.append(nxt)
    return out[: max(limit, 0)]


TIP_PRESETS_BP = (1000, 1500, 2000)


def tip_for(total: int, basis_points: int) -> int:
    """A percentage tip on ``total``, rounded half up."""
    if basis_points < 0:
        raise TenderError("a tip cannot be negative")
    return percent_of(total, basis_points)


MAX_TIP_SHARE = 2  # a tip above twice the sale is almost surely a typo


def check_tip(tip: int, total: int) -> None:
    if tip < 0:
        raise TenderError("a tip cannot be negative")
    if total > 0 and tip > MAX_TIP_SHARE * total:
        raise TenderError("that tip is more than twice the sale; check the amount")
