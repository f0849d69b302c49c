"""Applying one pulled page: every change at most once, the page and its cursor together.

One write transaction per page (short: a page is at most a few hundred small inserts),
so a sale on this stall waits at most that long for the write lock. Each change runs in a
SAVEPOINT: a change that cannot apply here (its product is missing, an older payload) is
rolled back alone and logged ``failed`` with the reason, and the page moves on. Unknown
event types are logged ``skipped``. The ``sync_applied`` log, keyed by event id, makes a
page applied twice (a crash between apply and the next pull) a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import SQLAlchemyError

from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.sync_models import SyncApplied, SyncState
from popuppos.sync import apply_hub, apply_sales, apply_shop
from popuppos.sync.apply_common import SkipChange, insert_once
from popuppos.sync.apply_sales import Applier
from popuppos.sync.protocol import Change, PullResponse

APPLIERS: dict[str, Applier] = {
    **apply_sales.APPLIERS,
    **apply_shop.APPLIERS,
    **apply_hub.APPLIERS,
}


@dataclass(frozen=True, slots=True)
class PageOutcome:
    applied: int = 0
    skipped: int = 0  # event types this version does not take in (counted, not fatal)
    failed: int = 0  # could not apply here; the reason is in sync_applied.detail
    already: int = 0  # seen before (a page pulled again)


def apply_change(conn: Connection, change: Change) -> tuple[str, str]:
    """(outcome, detail) of applying one change inside ``conn``'s transaction."""
    applier = APPLIERS.get(change.event_type)
    if applier is None:
        return "skipped", f"{change.event_type} is not taken in by this version"
    savepoint = conn.begin_nested()
    try:
        applier(conn, change)
    except SkipChange as exc:
        savepoint.rollback()
        return "failed", str(exc)
    except (SQLAlchemyError, ServiceError, KeyError, ValueError, TypeError) as exc:
        savepoint.rollback()
        return "failed", f"{exc.__class__.__name__}: {str(exc)[:300]}"
    savepoint.commit()
    return "applied", ""


def apply_page(db: Database, page: PullResponse) -> PageOutcome:
    """Take in ``page`` and store its cursor, in one transaction."""
    counts = {"applied": 0, "skipped": 0, "failed": 0, "already": 0}
    ids = [c.event_id for c in page.changes]
    with db.write() as conn:
        seen = set(conn.scalars(select(SyncApplied.event_id).where(SyncApplied.event_id.in_(ids))))
        for change in page.changes:
            if change.event_id in seen:
                counts["already"] += 1
                continue
            seen.add(change.event_id)
            outcome, detail = apply_change(conn, change)
            counts[outcome] += 1
            insert_once(
                conn,
                SyncApplied,
                {
                    "event_id": change.event_id,
                    "hub_seq": change.hub_seq,
                    "event_type": change.event_type,
                    "origin_device_id": change.origin_device_id,
                    "outcome": outcome,
                    "detail": detail,
                    "applied_at": utcnow(),
                },
            )
        conn.execute(
            update(SyncState)
            .where(SyncState.id == 1)
            .values(cursor=page.cursor, last_pull_at=utcnow())
        )
    return PageOutcome(**counts)
