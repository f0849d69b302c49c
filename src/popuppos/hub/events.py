"""Push and pull: applying a stall's events at most once, and handing out changes by cursor.

Push is one write transaction per batch. Each event's UUID is its idempotency key within
the shop (``UNIQUE(shop_id, event_id)``): an id already there is answered ``duplicate``
and not applied again, so a batch cut off mid-way is simply sent again. Writers of one
shop take that shop's row lock first (and SQLite writers ``BEGIN IMMEDIATE``), so the
check-then-insert cannot race another writer and ``hub_seq`` grows in commit order; if
the unique constraint fires anyway, the whole batch is retried and the check answers.

Pull returns the shop's events from other devices after a cursor, in ``hub_seq`` order.
The cursor is opaque text the hub issued, never a wall-clock time.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from popuppos.core.i18n import QT_TRANSLATE_NOOP
from popuppos.core.ids import new_id
from popuppos.hub.auth import Caller
from popuppos.hub.models import Device, HubEvent, Shop
from popuppos.hub.problems import HubProblem, unauthorised
from popuppos.hub.store import HubStore, as_aware_utc, as_naive_utc
from popuppos.sync.protocol import (
    HUB_ORIGIN,
    MAX_INT64,
    MAX_PAYLOAD_BYTES,
    Change,
    PullResponse,
    PushBatch,
    PushEvent,
    PushResponse,
    PushResult,
    hub_only,
)

_CURSOR_PREFIX = "c1."
_PUSH_ATTEMPTS = 3


# -- shared by every writer of events ------------------------------------------------------
def lock_shop(session: Session, shop_id: str) -> None:
    """Serialise the writers of one shop (a no-op on SQLite, where BEGIN IMMEDIATE does it)."""
    found = session.execute(
        select(Shop.id).where(Shop.id == shop_id).with_for_update()
    ).scalar_one_or_none()
    if found is None:
        raise HubProblem(404, QT_TRANSLATE_NOOP("hub", "This shop does not exist on this hub."))


def append_hub_event(
    session: Session,
    shop_id: str,
    event_type: str,
    aggregate_id: str,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    """An event the hub makes itself (origin ``"hub"``), e.g. a device paired or retired."""
    session.add(
        HubEvent(
            shop_id=shop_id,
            event_id=new_id(),
            device_id=HUB_ORIGIN,
            event_type=event_type,
            aggregate_id=aggregate_id,
            payload=_dump(payload),
            created_at=now,
            received_at=now,
        )
    )


def _dump(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


# -- the cursor ----------------------------------------------------------------------------
def encode_cursor(hub_seq: int) -> str:
    raw = base64.urlsafe_b64encode(hub_seq.to_bytes(8, "big")).decode("ascii")
    return _CURSOR_PREFIX + raw.rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The hub_seq a cursor stands for ("" is the start); 400 for anything else."""
    if not cursor:
        return 0
    body = cursor.removeprefix(_CURSOR_PREFIX)
    try:
        if body == cursor:
            raise ValueError(cursor)
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        if len(raw) != 8 or int.from_bytes(raw, "big") > MAX_INT64:  # hub_seq is a BIGINT
            raise ValueError(cursor)
    except (ValueError, binascii.Error):
        raise HubProblem(
            400,
            QT_TRANSLATE_NOOP(
                "hub", "This cursor was not issued by this hub; pull again from the start."
            ),
        ) from None
    return int.from_bytes(raw, "big")


# -- push ----------------------------------------------------------------------------------
def find_float(payload: dict[str, Any]) -> tuple[str, float] | None:
    """The first decimal number in a payload, with its path, e.g. ('lines[0].price', 2.5)."""
    stack: list[tuple[str, Any]] = [("payload", payload)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, float):
            return path, value
        if isinstance(value, dict):
            stack.extend((f"{path}.{key}", item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    return None


def _refusal(event: PushEvent) -> tuple[str | None, str]:
    """(why the hub refuses this event or None, its payload as stored JSON)."""
    if hub_only(event.event_type):
        return f"{event.event_type} events are made by the hub alone; a stall may not send one.", ""
    found = find_float(event.payload)
    if found is not None:
        path, value = found
        return (
            f"{path} is a decimal number ({value!r}); money and quantities travel as "
            "integers (minor units), never as decimals.",
            "",
        )
    text = _dump(event.payload)
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return QT_TRANSLATE_NOOP(
            "hub", "The payload holds text that is not valid Unicode (a lone surrogate)."
        ), ""
    if size > MAX_PAYLOAD_BYTES:
        return f"The payload is larger than {MAX_PAYLOAD_BYTES // 1024} KiB.", ""
    return None, text


def push(store: HubStore, caller: Caller, batch: PushBatch) -> PushResponse:
    """Apply a device's batch, each event at most once; answer per event, in batch order."""
    if batch.device_id != caller.device_id:
        raise HubProblem(
            403,
            f"This batch says it comes from device {batch.device_id}, but the token belongs "
            f"to device {caller.device_id}; a device pushes only its own events.",
        )
    prepared = [(event, *_refusal(event)) for event in batch.events]
    try:
        known_seq = decode_cursor(batch.cursor)
    except HubProblem:  # not ours: assume the device saw nothing (flags more, never fewer)
        known_seq = 0
    for attempt in range(_PUSH_ATTEMPTS):
        try:
            with store.write() as session:
                return _apply(session, store.now(), caller, prepared, known_seq)
        except IntegrityError:  # another writer got in between: the re-check answers it
            if attempt == _PUSH_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _apply(
    session: Session,
    now: datetime,
    caller: Caller,
    prepared: list[tuple[PushEvent, str | None, str]],
    known_seq: int = 0,
) -> PushResponse:
    shop_id, device_id = caller.shop_id, caller.device_id
    assert device_id is not None
    lock_shop(session, shop_id)
    device = session.get(Device, (shop_id, device_id))
    if device is None or device.retired_at is not None:  # retired while this request ran
        raise unauthorised(QT_TRANSLATE_NOOP("hub", "This device was retired by the shop owner."))
    wanted = [event.event_id for event, reason, _ in prepared if reason is None]
    seen: set[str] = set()
    if wanted:
        seen.update(
            session.scalars(
                select(HubEvent.event_id).where(
                    HubEvent.shop_id == shop_id, HubEvent.event_id.in_(wanted)
                )
            )
        )
    rows: list[dict[str, Any]] = []
    results: list[PushResult] = []
    for event, reason, payload in prepared:
        if reason is not None:
            results.append(PushResult(event_id=event.event_id, status="rejected", reason=reason))
        elif event.event_id in seen:
            results.append(PushResult(event_id=event.event_id, status="duplicate"))
        else:
            seen.add(event.event_id)
            rows.append(
                {
                    "shop_id": shop_id,
                    "event_id": event.event_id,
                    "device_id": device_id,
                    "device_seq": event.device_seq,
                    "event_type": event.event_type,
                    "aggregate_id": event.aggregate_id,
                    "payload": payload,
                    "created_at": as_naive_utc(event.created_at),
                    "received_at": now,
                }
            )
            results.append(PushResult(event_id=event.event_id, status="applied"))
    if rows:
        session.execute(insert(HubEvent), rows)
        _decide_conflicts(session, shop_id, device_id, known_seq, rows, now)
    return PushResponse(results=results)


def _decide_conflicts(
    session: Session,
    shop_id: str,
    device_id: str,
    known_seq: int,
    rows: list[dict[str, Any]],
    now: datetime,
) -> None:
    from popuppos.hub import conflicts  # it appends hub events with this module

    watched = {r["event_id"]: r for r in rows if r["event_type"] in conflicts.WATCHED}
    if not watched:
        return
    seqs = session.execute(
        select(HubEvent.event_id, HubEvent.hub_seq).where(
            HubEvent.shop_id == shop_id, HubEvent.event_id.in_(list(watched))
        )
    ).all()
    arrived = sorted(
        (
            conflicts.Arrived(
                hub_seq=int(seq),
                event_id=event_id,
                event_type=watched[event_id]["event_type"],
                device_id=device_id,
                payload=json.loads(watched[event_id]["payload"]),
                created_at=watched[event_id]["created_at"],
                aggregate_id=watched[event_id]["aggregate_id"],
            )
            for event_id, seq in seqs
        ),
        key=lambda a: a.hub_seq,
    )
    conflicts.decide(session, shop_id, known_seq, arrived, now)


# -- pull ----------------------------------------------------------------------------------
def pull(store: HubStore, caller: Caller, cursor: str, limit: int) -> PullResponse:
    """The shop's changes from other devices (and the hub) after ``cursor``, oldest first."""
    after = decode_cursor(cursor)
    with store.read() as session:
        rows = session.scalars(
            select(HubEvent)
            .where(
                HubEvent.shop_id == caller.shop_id,
                HubEvent.hub_seq > after,
                HubEvent.device_id != caller.device_id,
            )
            .order_by(HubEvent.hub_seq)
            .limit(limit + 1)
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        Change(
            hub_seq=row.hub_seq,
            event_id=row.event_id,
            event_type=row.event_type,
            aggregate_id=row.aggregate_id,
            origin_device_id=row.device_id,
            payload=json.loads(row.payload),
            created_at=as_aware_utc(row.created_at),
            received_at=as_aware_utc(row.received_at),
        )
        for row in rows
    ]
    last = rows[-1].hub_seq if rows else after
    return PullResponse(changes=changes, cursor=encode_cursor(last), more=more)
