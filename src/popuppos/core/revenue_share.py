"""Revenue share with venue partners: which agreement takes a share of which sale, and how much.

Pure: no I/O, no database, no clock. Money is integer minor units; rates are basis points
(1 % = 100 bp, 100 % = 10 000 bp).

Words
-----
* A **partner** is a venue (a shop, a studio, a café) the host sells at or with.
* An **agreement** is one deal with a partner: a share (``rate_bp``) of the **gross** (what
  customers paid for the lines: discounts taken off, tax included, refunds not deducted) or
  of the **net** (after tax and refunds: line gross − line tax − (refunded − refunded tax)),
  over a **scope** (all sales, one category, or one event), plus a fixed **fee per event**
  and a **minimum guarantee**, for a **period** (first and last local day, both included).
* An **event** is a *plan event* (the planner's free micro-event, live drop, member drop,
  pop-up day or pass release): it has a start, an end and a venue, and it is what a host
  calls "the event at your place". Member sessions are not events here (nothing is sold
  through them); nor are drops (a release may sell for weeks, at several venues). A sale
  is *at* an event when it was made from the event's start (included) to its end (excluded).
* Tips are the host's and never part of a base. Voided sales are not sales (the services
  leave them out before anything reaches this module).

Which agreement applies (each rule is tested in tests/core/test_revenue_share.py)
--------------------------------------------------------------------------------------
1. **Coverage.** An agreement covers a sale line when the sale's local day is inside the
   agreement's period and its scope takes the line: *all sales* takes every line; *a
   category* the lines of products in that category; *an event* the lines of sales made at
   that event.
2. **One line, one agreement.** A sale line pays a share under at most one agreement,
   across all partners: the most specific agreement that covers it — an event agreement
   before a category agreement before an all-sales agreement.
3. **Ties** between equally specific agreements: the one whose event started later wins (a
   live drop inside a pop-up day); then the one whose period started later (a newer deal
   replaces an older one); then the greater agreement id, so the answer never depends on
   the order agreements are listed in. (The services refuse two agreements with the same
   scope and target whose periods overlap, so this last rule only settles odd data.)
4. **Refunds follow their sale.** A refund line counts under the agreement that covered the
   sale line it refunds (decided with the sale's day and time), on the statement whose
   period holds the refund's day. It lowers a net base; a gross base ignores it (gross is
   before refunds); it is listed either way.
5. **Fees: per agreement, per event, per period.** An agreement's fee is charged once for
   each event it counts that starts inside both the statement's period and the
   agreement's: an event agreement counts its own event; any other agreement counts the
   events held at the partner's venue (a plan event whose venue reads the partner's name,
   letter case and extra spaces aside).
6. **Minimum guarantee: per agreement, per period.** The guarantee is for the agreement's
   whole period. A statement carries the part of it for the days of the agreement it
   covers, with cumulative floors so that statements which split the period between them
   add up to exactly the guarantee: part = ⌊G·d₁/D⌋ − ⌊G·d₀/D⌋, where D is the agreement's
   length in days, d₀ the days of it before the statement starts and d₁ the days up to the
   statement's end. When share + fees fall short of that part, the difference is paid as a
   **top-up**; a share above the guarantee is paid in full.
7. **Amount owed** = the sum over the partner's agreements of share + fees + top-up.
   Positive: the shop owes the partner; negative (a net base pushed below zero by refunds
   of earlier sales): the partner owes the shop.

Rounding
--------
``share = base × rate / 10 000`` rounded half away from zero (``core.money.round_half_up``),
once per agreement per statement on the summed base — never per line — so a partner can
check it with one multiplication. A rate is at most 10 000 bp, so ``|share| ≤ |base|``; a
base is at most the gross of the lines it covers (net ≤ gross); and every line is covered
at most once (rule 2). So across all partners and agreements the shares never exceed what
was taken.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from popuppos.core.money import BASIS_POINTS, round_half_up
from popuppos.core.share_terms import (
    MAX_RATE_BP,
    Agreement,
    Basis,
    Event,
    Period,
    RefundLineFact,
    RevenueShareError,
    SaleLineFact,
    Scope,
    agreement_problems,
    clashes,
    format_percent,
    parse_percent,
    same_target,
)

# The words (core.share_terms) and the rules below, importable from here alike.
__all__ = [
    "MAX_RATE_BP",
    "Agreement",
    "AgreementResult",
    "Basis",
    "DayCategoryRow",
    "Event",
    "PartnerShare",
    "Period",
    "RefundLineFact",
    "Resolver",
    "RevenueShareError",
    "SaleLineFact",
    "Scope",
    "agreement_problems",
    "all_partner_shares",
    "clashes",
    "counted_events",
    "covering_agreement",
    "day_category_summary",
    "format_percent",
    "guarantee_part",
    "parse_percent",
    "partner_share",
    "refund_base",
    "sale_base",
    "same_target",
    "share_of",
    "venue_key",
]


def venue_key(text: str) -> str:
    """A venue or partner name compared as a person would: case and extra spaces aside."""
    return " ".join(text.casefold().split())


# -- which agreement covers a line (rules 1-3) -------------------------------------------------
class Resolver:
    """Answers "which agreement takes a share of this line?" for many lines quickly."""

    def __init__(self, agreements: Iterable[Agreement], events: Iterable[Event]) -> None:
        self.events = {e.id: e for e in events}
        self._all: list[Agreement] = []
        self._by_category: dict[str, list[Agreement]] = {}
        self._by_event: list[tuple[Event, Agreement]] = []
        for a in agreements:
            if a.scope is Scope.ALL:
                self._all.append(a)
            elif a.scope is Scope.CATEGORY and a.category_id:
                self._by_category.setdefault(a.category_id, []).append(a)
            elif a.scope is Scope.EVENT and a.event_id in self.events:
                self._by_event.append((self.events[a.event_id], a))

    def covering(self, line: SaleLineFact) -> Agreement | None:
        best: tuple[datetime, date, str] | None = None
        found: Agreement | None = None
        for event, a in self._by_event:  # rule 2: an event agreement first ...
            if a.period.contains(line.day) and event.holds(line.at):
                key = (event.starts_at, a.period.start, a.id)  # rule 3
                if best is None or key > best:
                    best, found = key, a
        if found is not None:
            return found
        pool = self._by_category.get(line.category_id, []) if line.category_id else []
        for candidates in (pool, self._all):  # ... then a category, then all sales
            for a in candidates:
                if a.period.contains(line.day):
                    key = (datetime.min, a.period.start, a.id)
                    if best is None or key > best:
                        best, found = key, a
            if found is not None:
                return found
        return None


def covering_agreement(
    line: SaleLineFact, agreements: Iterable[Agreement], events: Iterable[Event]
) -> Agreement | None:
    """The one agreement (of any partner) that takes a share of ``line``, if any."""
    return Resolver(agreements, events).covering(line)


# -- a partner's statement (rules 4-7) ---------------------------------------------------------
def sale_base(a: Agreement, line: SaleLineFact) -> int:
    """What a sold line adds to ``a``'s base."""
    return line.gross if a.basis is Basis.GROSS else line.gross - line.tax


def refund_base(a: Agreement, refund: RefundLineFact) -> int:
    """What a refund line adds to ``a``'s base (zero or less)."""
    return 0 if a.basis is Basis.GROSS else -(refund.amount - refund.tax)


def share_of(base: int, rate_bp: int) -> int:
    """``rate_bp`` of ``base``, rounded half away from zero (see Rounding above)."""
    return round_half_up(base * rate_bp, BASIS_POINTS)


def guarantee_part(a: Agreement, period: Period) -> int:
    """The part of ``a``'s minimum guarantee that falls in ``period`` (rule 6)."""
    covered = period.overlap(a.period)
    if covered is None or a.minimum_guarantee == 0:
        return 0
    total_days = a.period.days
    before = (covered.start - a.period.start).days
    through = (covered.end - a.period.start).days + 1
    g = a.minimum_guarantee
    return g * through // total_days - g * before // total_days


def counted_events(
    a: Agreement, partner_name: str, period: Period, events: Iterable[Event]
) -> tuple[Event, ...]:
    """The events ``a`` charges its fee for on a statement for ``period`` (rule 5)."""
    covered = period.overlap(a.period)
    if covered is None:
        return ()
    if a.scope is Scope.EVENT:
        chosen = [e for e in events if e.id == a.event_id]
    else:
        key = venue_key(partner_name)
        chosen = [e for e in events if key and venue_key(e.venue) == key]
    return tuple(sorted((e for e in chosen if covered.contains(e.day)), key=_event_order))


def _event_order(e: Event) -> tuple[datetime, str]:
    return (e.starts_at, e.id)


@dataclass(frozen=True, slots=True)
class AgreementResult:
    """What one agreement comes to on one statement."""

    agreement: Agreement
    gross: int  # sold lines covered, tax included
    tax: int  # the tax in them
    refunds: int  # refunded on those agreements' lines in the period, tax included
    refund_tax: int
    base: int
    share: int
    events: tuple[Event, ...]
    fees: int
    guarantee: int  # the part of the minimum guarantee for this period
    top_up: int

    @property
    def owed(self) -> int:
        return self.share + self.fees + self.top_up


@dataclass(frozen=True, slots=True)
class PartnerShare:
    """A partner's figures for a period, and which agreement took each line."""

    partner_id: str
    period: Period
    results: tuple[AgreementResult, ...]
    sales: tuple[tuple[SaleLineFact, Agreement], ...]
    refunds: tuple[tuple[RefundLineFact, Agreement], ...]

    def total(self, name: str) -> int:
        return sum(int(getattr(r, name)) for r in self.results)

    @property
    def owed(self) -> int:
        return sum(r.owed for r in self.results)


def partner_share(
    partner_id: str,
    partner_name: str,
    period: Period,
    agreements: Sequence[Agreement],
    events: Sequence[Event],
    sales: Iterable[SaleLineFact],
    refunds: Iterable[RefundLineFact],
    *,
    resolver: Resolver | None = None,
) -> PartnerShare:
    """The statement figures for one partner over ``period``.

    ``agreements`` are every partner's (rule 2 is decided across all of them); ``sales``
    and ``refunds`` may hold lines outside ``period``: only sales made and refunds given
    inside it count. Lines are kept in the order given.
    """
    resolver = resolver or Resolver(agreements, events)
    sold: list[tuple[SaleLineFact, Agreement]] = []
    for line in sales:
        if period.contains(line.day):
            a = resolver.covering(line)
            if a is not None and a.partner_id == partner_id:
                sold.append((line, a))
    returned: list[tuple[RefundLineFact, Agreement]] = []
    for refund in refunds:
        if period.contains(refund.day):
            a = resolver.covering(refund.line)
            if a is not None and a.partner_id == partner_id:
                returned.append((refund, a))
    used = {a.id for _, a in sold} | {a.id for _, a in returned}
    mine = [
        a
        for a in agreements
        if a.partner_id == partner_id and (a.id in used or a.period.overlap(period) is not None)
    ]
    mine.sort(key=lambda a: (a.period.start, a.scope.specificity, a.label, a.id))
    results = tuple(_result(a, partner_name, period, events, sold, returned) for a in mine)
    return PartnerShare(partner_id, period, results, tuple(sold), tuple(returned))


def _result(
    a: Agreement,
    partner_name: str,
    period: Period,
    events: Sequence[Event],
    sold: Sequence[tuple[SaleLineFact, Agreement]],
    returned: Sequence[tuple[RefundLineFact, Agreement]],
) -> AgreementResult:
    lines = [ln for ln, owner in sold if owner.id == a.id]
    backs = [r for r, owner in returned if owner.id == a.id]
    gross = sum(ln.gross for ln in lines)
    tax = sum(ln.tax for ln in lines)
    refunded = sum(r.amount for r in backs)
    refund_tax = sum(r.tax for r in backs)
    base = gross if a.basis is Basis.GROSS else (gross - tax) - (refunded - refund_tax)
    share = share_of(base, a.rate_bp)
    held = counted_events(a, partner_name, period, events)
    fees = a.fee_per_event * len(held)
    guarantee = guarantee_part(a, period)
    top_up = max(0, guarantee - (share + fees)) if guarantee > 0 else 0
    return AgreementResult(
        a, gross, tax, refunded, refund_tax, base, share, held, fees, guarantee, top_up
    )


def all_partner_shares(
    partners: Mapping[str, str],
    period: Period,
    agreements: Sequence[Agreement],
    events: Sequence[Event],
    sales: Sequence[SaleLineFact],
    refunds: Sequence[RefundLineFact],
) -> dict[str, PartnerShare]:
    """Every partner's figures for ``period`` (``partners``: id -> name)."""
    resolver = Resolver(agreements, events)
    return {
        pid: partner_share(pid, name, period, agreements, events, sales, refunds, resolver=resolver)
        for pid, name in partners.items()
    }


# -- the summary by day and category -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DayCategoryRow:
    day: date
    category_id: str | None
    sales: int  # sold lines
    gross: int
    refunds: int
    base: int


def day_category_summary(share: PartnerShare) -> tuple[DayCategoryRow, ...]:
    """The partner's lines summed by local day and category (a refund under its own day)."""
    rows: dict[tuple[date, str], list[int]] = {}
    cats: dict[str, str | None] = {}
    for line, a in share.sales:
        key = (line.day, line.category_id or "")
        cats[key[1]] = line.category_id
        row = rows.setdefault(key, [0, 0, 0, 0])
        row[0] += 1
        row[1] += line.gross
        row[3] += sale_base(a, line)
    for refund, a in share.refunds:
        key = (refund.day, refund.line.category_id or "")
        cats[key[1]] = refund.line.category_id
        row = rows.setdefault(key, [0, 0, 0, 0])
        row[2] += refund.amount
        row[3] += refund_base(a, refund)
    return tuple(
        DayCategoryRow(day, cats[cat], n, g, r, b)
        for (day, cat), (n, g, r, b) in sorted(rows.items())
    )
