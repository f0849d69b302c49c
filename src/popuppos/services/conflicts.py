"""The conflicts the shop hub flagged, as a host reads them, and marking one resolved.

The hub decides (``hub/conflicts.py``) and every stall pulls the flag; here each is told
in one plain sentence with this stall's names for things (the member, the session, the
product, local times), falling back to the hub's own sentence. Marking one resolved is a
fact (``conflict_resolutions``) with a ``conflict.resolved`` event: the hub closes the
conflict and every other stall records the same resolution.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.money import format_money
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.receipts import local_time
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop
from popuppos.store.models import Member, utcnow
from popuppos.store.pass_models import MemberPass, MemberSession
from popuppos.store.sync_models import ConflictResolution, SyncConflict

CONFLICT_RESOLVED = "conflict.resolved"  # sync.protocol.CONFLICT_RESOLVED


@dataclass(frozen=True, slots=True)
class FlaggedConflict:
    id: str
    kind: str  # oversell, double_check_in, revoked_use, catalog
    subject_id: str
    sentence: str
    flagged_at: datetime  # naive UTC (the hub's clock)
    resolved_by: str | None  # None while open


_OPEN = SyncConflict.id.not_in(select(ConflictResolution.conflict_id))


def open_conflict_count(conn: Connection) -> int:
    return int(conn.scalar(select(func.count()).select_from(SyncConflict).where(_OPEN)) or 0)


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[FlaggedConflict]:
    """Open conflicts, oldest first (with ``include_resolved``, the resolved ones too)."""
    with db.read() as conn:
        marks = select(ConflictResolution.conflict_id, ConflictResolution.resolved_by)
        resolved = {str(c): str(by) for c, by in conn.execute(marks)}
        stmt = select(*SyncConflict.__table__.columns).order_by(
            SyncConflict.flagged_at, SyncConflict.id
        )
        if not include_resolved:
            stmt = stmt.where(_OPEN)
        out = []
        for row in conn.execute(stmt).all():
            details = json.loads(row.details or "{}")
            out.append(
                FlaggedConflict(
                    row.id,
                    row.kind,
                    row.subject_id,
                    sentence(conn, row.kind, row.summary, details),
                    row.flagged_at,
                    resolved.get(row.id),
                )
            )
        return out


def resolve_conflict(db: Database, conflict_id: str, *, resolved_by: str, note: str = "") -> str:
    """Mark a flagged conflict resolved (a fact, synced); returns the resolution id."""
    who = " ".join(resolved_by.split())[:80]
    if not who:
        raise ServiceError(translate("services/conflicts", "say who resolved it"))
    now = utcnow()
    with db.write() as conn:
        if conn.scalar(select(SyncConflict.id).where(SyncConflict.id == conflict_id)) is None:
            raise ServiceError(
                translate("services/conflicts", "that conflict is not on this device")
            )
        done = conn.scalar(
            select(ConflictResolution.resolved_by).where(
                ConflictResolution.conflict_id == conflict_id
            )
        )
        if done is not None:
            raise ServiceError(
                translate(
                    "services/conflicts", "that conflict was already resolved by {name}"
                ).format(name=done)
            )
        resolution_id = new_id()
        row = {"conflict_id": conflict_id, "resolved_by": who, "note": note.strip()[:500]}
        conn.execute(
            insert(ConflictResolution),
            {"id": resolution_id, "device_id": db.device_id, "created_at": now, **row},
        )
        append_event(
            conn,
            db.device_id,
            CONFLICT_RESOLVED,
            conflict_id,
            {"resolution_id": resolution_id, **row, "at": now.isoformat()},
        )
    return resolution_id


# -- sentences ---------------------------------------------------------------------------
def _clock(value: Any) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return "?"
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return local_time(moment).strftime("%H:%M")


def _member(conn: Connection, details: dict[str, Any]) -> str:
    member_id = details.get("member_id") or conn.scalar(
        select(MemberPass.member_id).where(MemberPass.id == details.get("pass_id"))
    )
    name = conn.scalar(select(Member.name).where(Member.id == member_id)) if member_id else None
    return str(name) if name else "A member"


def sentence(conn: Connection, kind: str, summary: str, d: dict[str, Any]) -> str:
    """The conflict in one sentence with this stall's names; the hub's when unknown."""
    try:
        if kind == "double_check_in":
            title = conn.scalar(
                select(MemberSession.title).where(MemberSession.id == d["session_id"])
            )
            return (
                f"{_member(conn, d)} was checked in twice to {title or 'a session'}: first on "
                f"{d['kept_device']} at {_clock(d['kept_at'])} (that one counts), again on "
                f"{d['flagged_device']} at {_clock(d['flagged_at'])}."
            )
        if kind == "revoked_use":
            return (
                f"{_member(conn, d)}'s pass was revoked on {d['revoked_device']} at "
                f"{_clock(d['revoked_at'])} but used on {d['used_device']} at "
                f"{_clock(d['used_at'])}, before the revocation reached it."
            )
        if kind == "catalog":
            settings = load_settings(conn)
            prices = ", ".join(
                f"{sku} at {format_money(int(p), settings.currency, settings.locale)}"
                for sku, p in d["lost"]["prices"].items()
                if p is not None
            )
            lost = f"{d['lost']['name']}, {prices}" if prices else str(d["lost"]["name"])
            return (
                f"{d['product']} was edited on {d['lost_device']} and on {d['kept_device']} "
                f"while they were apart: {d['kept_device']}'s edit is kept (it reached the "
                f"hub last); {d['lost_device']}'s edit ({lost}) is kept in the history."
            )
        if kind == "oversell":
            name = conn.scalar(select(Drop.name).where(Drop.id == d["drop_id"])) or d["name"]
            n = int(d["units_over"])
            why = f": {d['reason']}" if d.get("reason") else ""
            return (
                f"{d['device']} sold {n} unit{'s' if n != 1 else ''} of {name} beyond its "
                f"share of {d['allocated']} (a manager approved it{why}); the drop may be "
                "oversold."
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        pass
    return summary
