"""The audit log: who did what, when and why, for every action that needs a manager."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from popuppos.core.ids import new_id
from popuppos.store.db import Database
from popuppos.store.models import AuditEntry, utcnow


def record(
    conn: Connection,
    device_id: str,
    *,
    actor: str,
    action: str,
    subject_id: str | None,
    reason: str = "",
    approved_by: str | None = None,
    details: dict[str, Any] | None = None,
) -> str:
    entry_id = new_id()
    conn.execute(
        insert(AuditEntry),
        {
            "id": entry_id,
            "device_id": device_id,
            "created_at": utcnow(),
            "actor": actor,
            "approved_by": approved_by,
            "action": action,
            "subject_id": subject_id,
            "reason": reason,
            "details": json.dumps(details or {}, separators=(",", ":")),
        },
    )
    return entry_id


@dataclass(frozen=True, slots=True)
class AuditRow:
    created_at: datetime
    actor: str
    approved_by: str | None
    action: str
    subject_id: str | None
    reason: str
    details: dict[str, Any]


def recent(db: Database, limit: int = 200) -> list[AuditRow]:
    with db.read() as conn:
        rows = conn.execute(
            select(AuditEntry).order_by(AuditEntry.created_at.desc()).limit(limit)
        ).all()
    return [
        AuditRow(
            r.created_at,
            r.actor,
            r.approved_by,
            r.action,
            r.subject_id,
            r.reason,
            json.loads(r.details),
        )
        for r in rows
    ]
