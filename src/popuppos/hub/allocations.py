"""Each device's share of a limited drop, set by the owner or rebalanced by the hub.

An allocation is the number of units a device may sell in all: its own net sales count
against it, so what it may still sell is ``units - sold``, offline too. The shares add up
to at most the edition size, so stalls that each keep to theirs never oversell. Every
change is one ``drop.allocated`` hub event carrying the whole split; devices pull it.

What a device has sold is what the hub has received: net units of the drop's sale lines
(voided sales never count, refunded units come back). Sales still waiting on an offline
stall are not known yet, so rebalance while the stalls are synced; a stall that sold more
than the hub knew simply has nothing left to sell, and a sale a manager pushed beyond a
share is flagged as an oversell (``hub/conflicts.py``).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from typing import Any, TypeGuard

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from popuppos.hub.events import append_hub_event, lock_shop
from popuppos.hub.models import Device, DropAllocationRow, HubEvent
from popuppos.hub.problems import HubProblem
from popuppos.hub.store import HubStore, as_aware_utc
from popuppos.sync.protocol import DROP_ALLOCATED, DeviceAllocation, DropAllocation


def _drop(session: Session, shop_id: str, drop_id: str) -> tuple[str, int]:
    """(name, edition size) from the drop's latest ``drop.saved``; 404 when none arrived."""
    text = session.scalar(
        select(HubEvent.payload)
        .where(
            HubEvent.shop_id == shop_id,
            HubEvent.event_type == "drop.saved",
            HubEvent.aggregate_id == drop_id,
        )
        .order_by(HubEvent.hub_seq.desc())
        .limit(1)
    )
    if text is None:
        raise HubProblem(
            404, "The hub has not received this drop yet; sync the stall that planned it first."
        )
    payload = json.loads(text)
    edition = payload.get("edition_size") if isinstance(payload, dict) else None
    if not isinstance(edition, int) or isinstance(edition, bool) or not 0 <= edition <= MAX_EDITION:
        raise HubProblem(
            409,
            "The hub's copy of this drop has no usable edition size; save the drop again on "
            "the stall that planned it, let it sync, then split it.",
        )
    return str(payload.get("name", "")), edition


#: The largest edition the hub splits (shares are stored as 64-bit integers, far above).
MAX_EDITION = 1_000_000_000


def _payloads(
    session: Session, shop_id: str, event_type: str, like: str | None = None
) -> list[tuple[str, dict[str, Any]]]:
    stmt = select(HubEvent.device_id, HubEvent.payload).where(
        HubEvent.shop_id == shop_id, HubEvent.event_type == event_type
    )
    if like is not None:
        stmt = stmt.where(HubEvent.payload.contains(like))
    return [(device, json.loads(text)) for device, text in session.execute(stmt)]


def _lines(p: dict[str, Any]) -> list[dict[str, Any]]:
    """A sale's or refund's lines that are objects (a stall's payload is not trusted)."""
    lines = p.get("lines")
    return [line for line in lines if isinstance(line, dict)] if isinstance(lines, list) else []


def _key(value: object) -> str | None:
    """An id from a payload, for set lookups (a list or an object is no id)."""
    return value if isinstance(value, str) else None


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_EDITION


def sold_by_device(session: Session, shop_id: str, drop_id: str) -> Counter[str]:
    """Net units of ``drop_id`` each device sold, as far as the hub has heard."""
    lines: dict[str, tuple[str, str, int]] = {}  # line id -> (sale id, device, quantity)
    for device, p in _payloads(session, shop_id, "sale.completed", drop_id):
        for line in _lines(p):
            qty = line.get("quantity")
            if line.get("drop_id") == drop_id and "id" in line and _is_int(qty):
                lines[str(line["id"])] = (str(p.get("sale_id")), device, int(qty))
    if not lines:
        return Counter()
    sales = {sale for sale, _, _ in lines.values()}
    voided = {
        str(p.get("sale_id"))
        for _, p in _payloads(session, shop_id, "sale.voided")
        if _key(p.get("sale_id")) in sales
    }
    sold: Counter[str] = Counter()
    for sale, device, qty in lines.values():
        if sale not in voided:
            sold[device] += qty
    for _, p in _payloads(session, shop_id, "refund.issued"):
        if _key(p.get("sale_id")) not in sales:
            continue
        for line in _lines(p):
            found, qty = lines.get(str(line.get("sale_line_id"))), line.get("quantity", 0)
            if found is not None and found[0] not in voided and _is_int(qty):
                sold[found[1]] -= int(qty)
    return sold


def _devices(session: Session, shop_id: str) -> dict[str, Device]:
    rows = session.scalars(select(Device).where(Device.shop_id == shop_id))
    return {d.id: d for d in rows}


def _answer(session: Session, shop_id: str, drop_id: str) -> DropAllocation:
    name, edition = _drop(session, shop_id, drop_id)
    sold = sold_by_device(session, shop_id, drop_id)
    devices = _devices(session, shop_id)
    rows = session.scalars(
        select(DropAllocationRow).where(
            DropAllocationRow.shop_id == shop_id, DropAllocationRow.drop_id == drop_id
        )
    ).all()
    shares = [
        DeviceAllocation(
            device_id=r.device_id,
            name=devices[r.device_id].name if r.device_id in devices else "",
            units=r.units,
            sold=sold.get(r.device_id, 0),
        )
        for r in sorted(rows, key=lambda r: (-r.units, r.device_id))
    ]
    return DropAllocation(
        drop_id=drop_id,
        name=name,
        edition_size=edition,
        sold=sum(sold.values()),
        unallocated=edition - sum(r.units for r in rows),
        allocations=shares,
    )


def allocation(store: HubStore, shop_id: str, drop_id: str) -> DropAllocation:
    with store.read() as session:
        return _answer(session, shop_id, drop_id)


def _store_split(
    session: Session, shop_id: str, drop_id: str, units: dict[str, int], reason: str, now: datetime
) -> None:
    session.execute(
        delete(DropAllocationRow).where(
            DropAllocationRow.shop_id == shop_id, DropAllocationRow.drop_id == drop_id
        )
    )
    for device_id, n in units.items():
        session.add(
            DropAllocationRow(
                shop_id=shop_id, drop_id=drop_id, device_id=device_id, units=n, updated_at=now
            )
        )
    _, edition = _drop(session, shop_id, drop_id)
    append_hub_event(
        session,
        shop_id,
        DROP_ALLOCATED,
        drop_id,
        {
            "drop_id": drop_id,
            "edition_size": edition,
            "units": units,
            "reason": reason,
            "at": as_aware_utc(now).isoformat(),
        },
        now,
    )
    session.flush()


def set_split(store: HubStore, shop_id: str, drop_id: str, units: dict[str, int]) -> DropAllocation:
    """The owner's split: every device must be an active one of the shop; the shares add
    up to at most the edition size; none below what its device has sold already."""
    with store.write() as session:
        lock_shop(session, shop_id)
        _, edition = _drop(session, shop_id, drop_id)
        devices = _devices(session, shop_id)
        for device_id in units:
            device = devices.get(device_id)
            if device is None:
                raise HubProblem(422, f"No device {device_id} is paired with your shop.")
            if device.retired_at is not None:
                raise HubProblem(422, f"{device.name} was retired; it cannot get a share.")
        total = sum(units.values())
        if total > edition:
            raise HubProblem(
                422, f"The shares add up to {total}, more than the edition of {edition}."
            )
        sold = sold_by_device(session, shop_id, drop_id)
        for device_id, n in units.items():
            if n < sold.get(device_id, 0):
                raise HubProblem(
                    422,
                    f"{devices[device_id].name} has sold {sold[device_id]} already; "
                    "its share cannot be smaller than that.",
                )
        keep = {d: n for d, n in sold.items() if n > 0 and d not in units}
        split = {**keep, **units}  # a device left out keeps what it sold, nothing more
        if sum(split.values()) > edition:
            raise HubProblem(
                422,
                "Devices left out of the split have sold units of this drop; with theirs the "
                f"shares add up to more than the edition of {edition}.",
            )
        _store_split(session, shop_id, drop_id, split, "set", store.now())
        return _answer(session, shop_id, drop_id)


def rebalance(
    store: HubStore, shop_id: str, drop_id: str, device_ids: list[str] | None = None
) -> DropAllocation:
    """Share the drop's unsold units evenly among ``device_ids`` (default: the devices of
    the current split that are still active, else every active device). Every device keeps
    what it sold; the remainder goes one each to the devices that sold most."""
    with store.write() as session:
        lock_shop(session, shop_id)
        _, edition = _drop(session, shop_id, drop_id)
        devices = _devices(session, shop_id)
        active = {d for d, row in devices.items() if row.retired_at is None}
        if device_ids is None:
            current = set(
                session.scalars(
                    select(DropAllocationRow.device_id).where(
                        DropAllocationRow.shop_id == shop_id, DropAllocationRow.drop_id == drop_id
                    )
                )
            )
            chosen = sorted(current & active) or sorted(active)
        else:
            unknown = [d for d in device_ids if d not in active]
            if unknown:
                raise HubProblem(422, f"No active device {unknown[0]} is paired with your shop.")
            chosen = sorted(set(device_ids))
        if not chosen:
            raise HubProblem(409, "No device of your shop can take a share; pair a stall first.")
        sold = sold_by_device(session, shop_id, drop_id)
        pool = max(edition - sum(max(n, 0) for n in sold.values()), 0)
        share, extra = divmod(pool, len(chosen))
        busiest = sorted(chosen, key=lambda d: (-sold.get(d, 0), devices[d].name, d))
        split = {d: max(n, 0) for d, n in sold.items() if n > 0}
        for i, d in enumerate(busiest):
            split[d] = max(sold.get(d, 0), 0) + share + (1 if i < extra else 0)
        _store_split(session, shop_id, drop_id, split, "rebalance", store.now())
        return _answer(session, shop_id, drop_id)
