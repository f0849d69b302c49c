"""This device's share of a limited drop (set at the hub), and sales beyond it.

When the shop hub splits a drop among the stalls (``drop.allocated``, applied by
``sync/apply_hub.py``), this device stores its own share: the units it may sell in all.
From then on what it may still sell is its share less its OWN net sales (its sales of the
drop, less their refunds; voided sales never count), so stalls that are offline all day
each sell only their share and the drop is never oversold. ``services.drops`` folds this
into ``DropStatus.remaining``, which is what the tiles, the customer display and the
checkout check (``services.drop_sales``) all read.

A manager may approve a sale beyond the share (the manager PIN, checked in the sale's
transaction): it is allowed, recorded as a :class:`DropOverride` fact with a
``drop.oversold`` event, and the hub flags it as an oversell for the host to resolve.
Without the PIN such a sale is refused with :class:`BeyondShare`, so the sell screen can
offer the override.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BindParameter, Connection, bindparam, func, insert, select

from popuppos.core.ids import new_id
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.store.drop_models import DropAllocation, DropOverride
from popuppos.store.models import RefundLine, Sale, SaleLine, SaleVoid

#: The event the hub reads to flag an oversell (sync.protocol.DROP_OVERSOLD).
DROP_OVERSOLD = "drop.oversold"


class BeyondShare(ServiceError):
    """A sale refused only because it goes beyond this device's share of a drop: the
    edition still has the units, so a manager may approve it (``drop_override_pin``).
    ``str(exc)`` is the refusal as any other ("<drop>: sold out", "<drop>: only 1 left")."""

    def __init__(
        self,
        message: str,
        *,
        drop_id: str,
        name: str,
        share: int,
        left_here: int,
        edition_left: int,
        wanted: int,
    ) -> None:
        super().__init__(message)
        self.drop_id = drop_id
        self.name = name
        self.share = share  # this device's share of the drop, in all
        self.left_here = left_here  # what the share still leaves
        self.edition_left = edition_left  # what the edition alone still leaves
        self.wanted = wanted  # units of the drop in the refused sale


@dataclass(frozen=True, slots=True)
class Allocation:
    units: int  # this device's share: units it may sell in all
    sold_here: int  # this device's net units of the drop


_IDS: BindParameter[list[str]] = bindparam("ids", expanding=True)
_DEVICE: BindParameter[str] = bindparam("device")
_SHARES = select(DropAllocation.drop_id, DropAllocation.units, DropAllocation.device_id).where(
    DropAllocation.drop_id.in_(_IDS)
)
_SOLD_HERE = (
    select(SaleLine.drop_id, func.sum(SaleLine.quantity))
    .join(Sale, Sale.id == SaleLine.sale_id)
    .where(
        SaleLine.drop_id.in_(_IDS),
        Sale.device_id == _DEVICE,
        SaleLine.sale_id.not_in(select(SaleVoid.sale_id)),
    )
    .group_by(SaleLine.drop_id)
)
_REFUNDED_HERE = (
    select(SaleLine.drop_id, func.sum(RefundLine.quantity))
    .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
    .join(Sale, Sale.id == SaleLine.sale_id)
    .where(SaleLine.drop_id.in_(_IDS), Sale.device_id == _DEVICE)
    .group_by(SaleLine.drop_id)
)


def allocations_here(conn: Connection, drop_ids: Sequence[str]) -> dict[str, Allocation]:
    """This device's share of each of ``drop_ids`` that has one, with its net sales."""
    shares = conn.execute(_SHARES, {"ids": list(drop_ids)}).all()
    if not shares:
        return {}
    args = {"ids": [s.drop_id for s in shares], "device": shares[0].device_id}
    sold = {str(d): int(q) for d, q in conn.execute(_SOLD_HERE, args)}
    back = {str(d): int(q) for d, q in conn.execute(_REFUNDED_HERE, args)}
    return {
        s.drop_id: Allocation(int(s.units), sold.get(s.drop_id, 0) - back.get(s.drop_id, 0))
        for s in shares
    }


def record_override(
    conn: Connection,
    device_id: str,
    *,
    drop_id: str,
    name: str,
    sale_id: str,
    units_over: int,
    allocated: int,
    approved_by: str,
    reason: str,
    now: datetime,
) -> str:
    """Inside the sale's transaction: the fact that a manager sold beyond the share."""
    override_id = new_id()
    row = {
        "id": override_id,
        "device_id": device_id,
        "drop_id": drop_id,
        "sale_id": sale_id,
        "units_over": units_over,
        "allocated": allocated,
        "approved_by": approved_by,
        "reason": reason.strip()[:200],
        "created_at": now,
    }
    conn.execute(insert(DropOverride), row)
    payload = {k: v for k, v in row.items() if k not in ("device_id", "created_at", "id")}
    append_event(
        conn,
        device_id,
        DROP_OVERSOLD,
        drop_id,
        {"override_id": override_id, "name": name, **payload, "at": now.isoformat()},
    )
    return override_id
