"""Selling from a drop: the check inside the sale's transaction, and the stock it moves.

:func:`check_drop_lines` runs inside checkout's ``BEGIN IMMEDIATE`` transaction, so two
sales on one device can never both take the last unit; :func:`stock_needs` spreads a drop
line over its parts for sales, refunds and voids alike. The rules are
:mod:`popuppos.core.drop_rules`; the per-customer decisions are in :mod:`.drops`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, func, select

from popuppos.core import drop_rules as rules
from popuppos.core.cart import Cart
from popuppos.core.i18n import translate
from popuppos.services.drop_allocations import BeyondShare, record_override
from popuppos.services.drops import DROP_ROWS, local_when, statuses, voided_sales
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.receipts import local_time
from popuppos.services.shop import check_manager_pin
from popuppos.store.drop_models import Drop, DropItem
from popuppos.store.models import RefundLine as RefundLineRow
from popuppos.store.models import Sale, SaleLine
from popuppos.store.pass_models import MemberPass, PassRevocation


@dataclass(frozen=True, slots=True)
class DropAlert:
    """A drop that crossed its low-stock mark or sold out with a sale."""

    drop_id: str
    name: str
    remaining: int
    sold_out: bool

    @property
    def text(self) -> str:
        if self.sold_out:
            return translate("services/drop_sales", "{name} is sold out.").format(name=self.name)
        return translate("services/drop_sales", "{name}: only {remaining} left.").format(
            name=self.name, remaining=self.remaining
        )


def member_holds(conn: Connection, drop_id: str, member_id: str) -> int:
    """Units of ``drop_id`` the member holds over all their sales here (net)."""
    bought = conn.scalar(
        select(func.coalesce(func.sum(SaleLine.quantity), 0))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(
            SaleLine.drop_id == drop_id,
            Sale.member_id == member_id,
            SaleLine.sale_id.not_in(voided_sales()),
        )
    )
    back = conn.scalar(
        select(func.coalesce(func.sum(RefundLineRow.quantity), 0))
        .join(SaleLine, SaleLine.id == RefundLineRow.sale_line_id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.drop_id == drop_id, Sale.member_id == member_id)
    )
    return int(bought or 0) - int(back or 0)


# -- checking a sale ------------------------------------------------------------------------------
def stock_needs(conn: Connection, lines: Iterable[tuple[str, str | None, int]]) -> dict[str, int]:
    """Units of each variant that ``(variant id, drop id, quantity)`` lines move, with a
    drop line's quantity spread over the drop's parts."""
    lines = list(lines)
    drop_ids = sorted({d for _, d, _ in lines if d})
    parts: dict[str, list[tuple[str, int]]] = {}
    if drop_ids:
        for d, v, q in conn.execute(
            select(DropItem.drop_id, DropItem.variant_id, DropItem.quantity).where(
                DropItem.drop_id.in_(drop_ids)
            )
        ):
            parts.setdefault(d, []).append((v, int(q)))
    need: dict[str, int] = {}
    for vid, drop_id, qty in lines:
        for v, per in parts.get(drop_id, [(vid, 1)]) if drop_id else [(vid, 1)]:
            need[v] = need.get(v, 0) + per * qty
    return need


def member_tier_ids(conn: Connection, member_id: str, today_from: datetime) -> set[str]:
    """Tiers of the member's passes on this device that are valid now and not revoked."""
    day = local_time(today_from).date()
    return set(
        conn.scalars(
            select(MemberPass.tier_id)
            .outerjoin(PassRevocation, PassRevocation.pass_id == MemberPass.id)
            .where(
                MemberPass.member_id == member_id,
                PassRevocation.id.is_(None),
                and_(MemberPass.valid_from <= day, MemberPass.valid_until >= day),
            )
        )
    )


def check_drop_lines(
    conn: Connection,
    device: str,
    cart: Cart,
    sale_id: str,
    now: datetime,
    *,
    override_pin: str | None = None,
    override_reason: str = "",
) -> list[DropAlert]:
    """Inside the sale's transaction: refuse the sale (ServiceError with the reason) when
    a drop line breaks its drop's rules; else append the low-stock / sold-out events this
    sale causes and return them for the screen.

    With ``override_pin`` (the manager PIN, checked here), a line refused only because it
    goes beyond this device's share of the drop is sold anyway, up to what the edition
    leaves, and recorded as an override (``drop.oversold``: the hub flags an oversell)."""
    wanted: dict[str, int] = {}
    for ln in cart.lines:
        if ln.drop_id:
            wanted[ln.drop_id] = wanted.get(ln.drop_id, 0) + ln.quantity
    if not wanted:
        return []
    rows = conn.execute(DROP_ROWS.where(Drop.id.in_(list(wanted)))).all()
    found = {s.id: s for s in statuses(conn, rows, now)}
    tiers: set[str] = set()
    if cart.member_tier_id:
        tiers.add(cart.member_tier_id)
    elif cart.member_id:
        tiers = member_tier_ids(conn, cart.member_id, now)
    alerts: list[DropAlert] = []
    for drop_id, qty in wanted.items():
        d = found.get(drop_id)
        if d is None:
            raise ServiceError(
                translate("services/drop_sales", "a drop in this sale is no longer on this device")
            )
        tier = next((t for t in sorted(tiers) if d.terms.tier_may_buy_early(t)), None)
        tier = tier or (next(iter(sorted(tiers))) if tiers else None)
        held = member_holds(conn, drop_id, cart.member_id) if cart.member_id else 0
        why = rules.refusal(
            d.terms,
            now,
            quantity=qty,
            left=d.remaining,
            member=cart.member_id is not None,
            tier=tier,
            member_already=held,
            when=local_when(d.terms.public_start),
        )
        over = 0
        if why is not None and d.allocated is not None:
            beyond = rules.refusal(
                d.terms,
                now,
                quantity=qty,
                left=d.edition_left,
                member=cart.member_id is not None,
                tier=tier,
                member_already=held,
                when=local_when(d.terms.public_start),
            )
            only_the_share = beyond is None and qty > d.remaining
            if only_the_share and override_pin is None:  # a manager may let it go
                raise BeyondShare(
                    translate("services/drop_sales", "{name}: {why}").format(name=d.name, why=why),
                    drop_id=drop_id,
                    name=d.name,
                    share=d.allocated,
                    left_here=d.remaining,
                    edition_left=d.edition_left,
                    wanted=qty,
                )
            if only_the_share and override_pin is not None:
                approved_by = check_manager_pin(conn, override_pin)
                over, why = qty - d.remaining, None
                record_override(
                    conn,
                    device,
                    drop_id=drop_id,
                    name=d.name,
                    sale_id=sale_id,
                    units_over=over,
                    allocated=d.allocated,
                    approved_by=approved_by,
                    reason=override_reason,
                    now=now,
                )
        if why is not None:
            raise ServiceError(
                translate("services/drop_sales", "{name}: {why}").format(name=d.name, why=why)
            )
        after = max(d.remaining - qty, 0)
        low = rules.crossed_low_stock(d.terms.low_stock_threshold, d.remaining, after)
        if (after == 0 and not over) or low:
            alert = DropAlert(drop_id, d.name, after, after == 0)
            alerts.append(alert)
            append_event(
                conn,
                device,
                "drop.sold_out" if after == 0 else "drop.low_stock",
                drop_id,
                {
                    "drop_id": drop_id,
                    "name": d.name,
                    "remaining": after,
                    "edition_size": d.terms.cap,
                    "threshold": d.terms.low_stock_threshold,
                    "sale_id": sale_id,
                    "at": now.isoformat(),
                },
            )
    return alerts
