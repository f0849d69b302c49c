"""What the hub decided, taken in here: this device's share of a drop, the conflicts the
hub flagged, and other devices' oversell overrides and conflict resolutions (facts).

A flagged catalogue conflict carries the winning edit; it is applied again here, after
whatever this stall applied before it in pull order, so every stall ends on the winner.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from popuppos.core.i18n import translate
from popuppos.store.drop_models import Drop, DropAllocation, DropOverride
from popuppos.store.models import Setting
from popuppos.store.sync_models import ConflictResolution, SyncConflict
from popuppos.sync.apply_common import (
    NotArrived,
    SkipChange,
    created,
    exists,
    insert_once,
    when,
)
from popuppos.sync.apply_sales import Applier
from popuppos.sync.apply_shop import APPLIERS as SHOP_APPLIERS
from popuppos.sync.protocol import (
    CONFLICT_FLAGGED,
    CONFLICT_RESOLVED,
    DROP_ALLOCATED,
    DROP_OVERSOLD,
    Change,
)


def _this_device(conn: Connection) -> str:
    return str(conn.scalar(select(Setting.value).where(Setting.key == "device_id")))


def _drop_allocated(conn: Connection, change: Change) -> None:
    p = change.payload
    drop_id = str(p["drop_id"])
    if not exists(conn, Drop.id, drop_id):
        raise NotArrived(translate("sync/apply", "the drop has not reached this stall"))
    me = _this_device(conn)
    units = p.get("units", {})
    values = {
        "device_id": me,
        "units": int(units.get(me, 0)) if isinstance(units, dict) else 0,  # left out: none
        "edition_size": int(p["edition_size"]),
        "event_id": change.event_id,
        "set_at": when(p.get("at"), created(change)),
    }
    stmt = sqlite_insert(DropAllocation).values(drop_id=drop_id, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["drop_id"], set_=values))


def _conflict_flagged(conn: Connection, change: Change) -> None:
    p = change.payload
    insert_once(
        conn,
        SyncConflict,
        {
            "id": str(p["conflict_id"]),
            "kind": str(p["kind"])[:24],
            "subject_id": str(p.get("subject_id", ""))[:64],
            "summary": str(p.get("summary", "")),
            "details": json.dumps(p.get("details", {}), separators=(",", ":")),
            "flagged_at": when(p.get("flagged_at"), created(change)),
            "event_id": change.event_id,
        },
    )
    winner = p.get("winner")
    if p["kind"] == "catalog" and isinstance(winner, dict):
        apply = SHOP_APPLIERS.get(str(winner.get("event_type")))
        if apply is not None:
            stamp = datetime.fromisoformat(str(winner["created_at"]))
            again = conn.begin_nested()  # the flag is kept even if the winner cannot apply
            try:
                apply(
                    conn,
                    Change(
                        hub_seq=change.hub_seq,
                        event_id=str(winner["event_id"]),
                        event_type=str(winner["event_type"]),
                        aggregate_id=str(winner.get("aggregate_id", "")) or "-",
                        origin_device_id=str(winner["origin_device_id"]),
                        payload=winner["payload"],
                        created_at=stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC),
                        received_at=change.received_at,
                    ),
                )
            except (SkipChange, SQLAlchemyError, KeyError, ValueError, TypeError):
                again.rollback()
            else:
                again.commit()


def _conflict_resolved(conn: Connection, change: Change) -> None:
    p = change.payload
    insert_once(
        conn,
        ConflictResolution,
        {
            "id": str(p["resolution_id"]),
            "conflict_id": str(p["conflict_id"]),
            "device_id": change.origin_device_id,
            "resolved_by": str(p.get("resolved_by", ""))[:80],
            "note": str(p.get("note", "")),
            "created_at": when(p.get("at"), created(change)),
        },
    )


def _drop_oversold(conn: Connection, change: Change) -> None:
    p = change.payload
    insert_once(
        conn,
        DropOverride,
        {
            "id": str(p["override_id"]),
            "device_id": change.origin_device_id,
            "drop_id": str(p["drop_id"]),
            "sale_id": str(p["sale_id"]),
            "units_over": int(p["units_over"]),
            "allocated": int(p["allocated"]),
            "approved_by": str(p.get("approved_by", ""))[:80],
            "reason": str(p.get("reason", "")),
            "created_at": when(p.get("at"), created(change)),
        },
    )


APPLIERS: dict[str, Applier] = {
    DROP_ALLOCATED: _drop_allocated,
    CONFLICT_FLAGGED: _conflict_flagged,
    CONFLICT_RESOLVED: _conflict_resolved,
    DROP_OVERSOLD: _drop_oversold,
}
