"""The words of revenue share, and the terms a host types for an agreement.

The things the rules in ``core.revenue_share`` work on: an agreement (a share of the gross
or the net, over a scope and a period, with a fee per event and a minimum guarantee), a plan
event, a sold line and a refunded one; then a share typed as a percent, why terms cannot be
an agreement, and which agreements clash. What the words mean and which agreement takes a
share of what is the docstring of ``core.revenue_share``, which re-exports every name here.

Pure: no I/O, no database, no clock. Money is integer minor units; rates are basis points
(1 % = 100 bp, 100 % = 10 000 bp). The sentences for the host keep the translation context
``core/revenue_share``, where they were written first.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from popuppos.core.i18n import percent_text, translate
from popuppos.core.money import BASIS_POINTS

MAX_RATE_BP = BASIS_POINTS  # 100 %


class RevenueShareError(ValueError):
    """Terms a host typed that cannot be an agreement; the message says why."""


class Basis(enum.StrEnum):
    GROSS = "gross"
    NET = "net"

    @property
    def label(self) -> str:
        if self is Basis.GROSS:
            return translate("core/revenue_share", "of gross sales")
        return translate("core/revenue_share", "of net sales")


class Scope(enum.StrEnum):
    ALL = "all"
    CATEGORY = "category"
    EVENT = "event"

    @property
    def specificity(self) -> int:
        return _SPECIFICITY[self]


_SPECIFICITY = {Scope.ALL: 0, Scope.CATEGORY: 1, Scope.EVENT: 2}


@dataclass(frozen=True, slots=True)
class Period:
    """Local calendar days from ``start`` to ``end``, both included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlap(self, other: Period) -> Period | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Period(start, end) if start <= end else None


@dataclass(frozen=True, slots=True)
class Agreement:
    id: str
    partner_id: str
    label: str
    basis: Basis
    rate_bp: int
    scope: Scope
    period: Period
    category_id: str | None = None  # Scope.CATEGORY
    event_id: str | None = None  # Scope.EVENT
    fee_per_event: int = 0
    minimum_guarantee: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """A plan event: times naive UTC (like sales), ``day`` its local start day."""

    id: str
    title: str
    starts_at: datetime
    ends_at: datetime
    day: date
    venue: str = ""

    def holds(self, moment: datetime) -> bool:
        return self.starts_at <= moment < self.ends_at


@dataclass(frozen=True, slots=True)
class SaleLineFact:
    """A sold line: ``at`` naive UTC (compared with event windows), ``day`` the local day."""

    id: str
    at: datetime
    day: date
    category_id: str | None
    gross: int  # what the customer paid for the line, tax included
    tax: int


@dataclass(frozen=True, slots=True)
class RefundLineFact:
    """A refunded (part of a) line: ``day`` the refund's local day, ``line`` what it undoes."""

    id: str
    day: date
    line: SaleLineFact
    amount: int  # money returned for the line, tax included
    tax: int


# -- the host's typing -------------------------------------------------------------------------
def parse_percent(text: str) -> int:
    """A share as a host types it ("12.5", "12,5 %", "7%") -> basis points (1250, 1250, 700).

    Raises ``RevenueShareError`` with the reason: empty, not a number, negative, more than
    100 %, or finer than a hundredth of a percent.
    """
    t = text.strip().replace("\u00a0", " ").removesuffix("%").strip().replace(",", ".")
    if not t:
        raise RevenueShareError("enter the partner's share as a percent, like 12.5")
    if t.startswith(("-", "\u2212")):
        raise RevenueShareError("a share cannot be negative")
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise RevenueShareError(f"{text.strip()!r} is not a percent (type e.g. 12.5)") from None
    if not value.is_finite():
        raise RevenueShareError(f"{text.strip()!r} is not a percent (type e.g. 12.5)")
    bp = value * 100
    if bp > MAX_RATE_BP:
        raise RevenueShareError("a share cannot be more than 100 % of the sales")
    if bp != bp.to_integral_value():
        raise RevenueShareError("a share has at most two decimals (12.25 %)")
    return int(bp)


def format_percent(basis_points: int) -> str:
    """``1250`` -> ``"12.5 %"``, ``700`` -> ``"7 %"`` (integer arithmetic only); "12,5 %"
    in German."""
    sign = "-" if basis_points < 0 else ""
    whole, frac = divmod(abs(basis_points), 100)
    text = f"{whole}" if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")
    return percent_text(f"{sign}{text}", " %")


def agreement_problems(a: Agreement) -> list[str]:
    """Why ``a`` cannot be an agreement (sentences for the host); empty when it can."""
    problems: list[str] = []
    if a.rate_bp < 0:
        problems.append(translate("core/revenue_share", "a share cannot be negative"))
    elif a.rate_bp > MAX_RATE_BP:
        problems.append(
            translate("core/revenue_share", "a share cannot be more than 100 % of the sales")
        )
    if a.fee_per_event < 0:
        problems.append(translate("core/revenue_share", "a fee per event cannot be negative"))
    if a.minimum_guarantee < 0:
        problems.append(translate("core/revenue_share", "a minimum guarantee cannot be negative"))
    if a.period.end < a.period.start:
        problems.append(
            translate(
                "core/revenue_share", "the agreement ends ({end}) before it starts ({start})"
            ).format(end=a.period.end.isoformat(), start=a.period.start.isoformat())
        )
    if a.scope is Scope.CATEGORY and not a.category_id:
        problems.append(translate("core/revenue_share", "choose the category the agreement covers"))
    if a.scope is Scope.EVENT and not a.event_id:
        problems.append(translate("core/revenue_share", "choose the event the agreement covers"))
    if not problems and a.rate_bp == 0 and a.fee_per_event == 0 and a.minimum_guarantee == 0:
        problems.append(
            translate(
                "core/revenue_share",
                "the agreement gives the partner nothing: set a share, a fee or a guarantee",
            )
        )
    return problems


def same_target(a: Agreement, b: Agreement) -> bool:
    """Whether ``a`` and ``b`` have the same scope over the same category or event."""
    if a.scope is not b.scope:
        return False
    if a.scope is Scope.CATEGORY:
        return a.category_id == b.category_id
    if a.scope is Scope.EVENT:
        return a.event_id == b.event_id
    return True


def clashes(a: Agreement, others: Iterable[Agreement]) -> list[Agreement]:
    """The agreements (other than ``a`` itself) with ``a``'s scope and target whose period
    overlaps ``a``'s: the services refuse to save ``a`` while there are any."""
    return [
        b
        for b in others
        if b.id != a.id and same_target(a, b) and a.period.overlap(b.period) is not None
    ]
