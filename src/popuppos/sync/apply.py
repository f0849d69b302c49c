"""Applying one pulled page: every change at most once, the page and its cursor together.

One write transaction per page (short: a page is at most a few hundred small inserts),
so a sale on this stall waits at most that long for the write lock. Each change runs in a
SAVEPOINT: a change that cannot apply here is rolled back alone, logged with the reason,
and the page moves on:

* ``waiting``: something it needs has not arrived yet (``NotArrived``: its product, sale,
  shift, pass ...). The change itself is kept in ``sync_applied.change`` and retried, in
  hub order, after every page that applied something and at the start of every sync
  (:func:`retry_waiting`), until it applies or turns out impossible;
* ``failed``: it can never apply here (a malformed or older payload): it stays listed,
  with the reason, for a person (:func:`not_applied`).

Unknown event types are logged ``skipped``. The ``sync_applied`` log, keyed by event id,
makes a page applied twice (a crash between apply and the next pull) a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from popuppos.core.i18n import translate
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.sync_models import SyncApplied, SyncState
from popuppos.sync import apply_hub, apply_sales, apply_shop
from popuppos.sync.apply_common import NotArrived, SkipChange, insert_once
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
    waiting: int = 0  # cannot apply yet (something it needs has not arrived): retried
    failed: int = 0  # can never apply here; the reason is in sync_applied.detail
    already: int = 0  # seen before (a page pulled again)
    retried: int = 0  # changes that were waiting and applied after this page


def apply_change(conn: Connection, change: Change) -> tuple[str, str]:
    """(outcome, detail) of applying one change inside ``conn``'s transaction."""
    applier = APPLIERS.get(change.event_type)
    if applier is None:
        return "skipped", translate(
            "sync/apply", "{event_type} is not taken in by this version"
        ).format(event_type=change.event_type)
    savepoint = conn.begin_nested()
    try:
        applier(conn, change)
    except NotArrived as exc:
        savepoint.rollback()
        return "waiting", str(exc)
    except SkipChange as exc:
        savepoint.rollback()
        return "failed", str(exc)
    except (SQLAlchemyError, ServiceError, KeyError, ValueError, TypeError) as exc:
        savepoint.rollback()
        return "failed", f"{exc.__class__.__name__}: {str(exc)[:300]}"
    savepoint.commit()
    return "applied", ""


def apply_page(db: Database, page: PullResponse) -> PageOutcome:
    """Take in ``page`` and store its cursor, in one transaction; then retry the waiting
    changes when the page applied something (it may be what they were waiting for)."""
    counts = dict.fromkeys(("applied", "skipped", "waiting", "failed", "already", "retried"), 0)
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
                    "change": change.model_dump_json() if outcome == "waiting" else None,
                },
            )
        if counts["applied"]:
            counts["retried"] = _retry(conn)
        conn.execute(
            update(SyncState)
            .where(SyncState.id == 1)
            .values(cursor=page.cursor, last_pull_at=utcnow())
        )
    return PageOutcome(**counts)


# -- the changes that wait -----------------------------------------------------------------
_WAITING = SyncApplied.outcome == "waiting"


def retry_waiting(db: Database) -> int:
    """Try the waiting changes again (in hub order); returns how many applied now."""
    with db.read() as conn:
        if not conn.scalar(select(func.count()).select_from(SyncApplied).where(_WAITING)):
            return 0
    with db.write() as conn:
        return _retry(conn)


def _retry(conn: Connection) -> int:
    """Passes over the waiting changes in hub order until a pass applies none (one change
    may be what an earlier one waits for)."""
    applied = 0
    while True:
        rows = conn.execute(
            select(SyncApplied.event_id, SyncApplied.change, SyncApplied.detail)
            .where(_WAITING)
            .order_by(SyncApplied.hub_seq)
        ).all()
        progress = False
        for event_id, raw, before in rows:
            try:
                outcome, detail = apply_change(conn, Change.model_validate_json(raw or ""))
            except ValidationError:  # nothing kept, or not a change: it cannot be retried
                outcome = "failed"
                detail = translate("sync/apply", "{reason}; the change itself was not kept").format(
                    reason=before
                )
            if outcome == "waiting" and detail == before:
                continue
            values: dict[str, object] = {"outcome": outcome, "detail": detail}
            if outcome != "waiting":
                values["applied_at"] = utcnow()
            if outcome in ("applied", "skipped"):
                values["change"] = None
            conn.execute(update(SyncApplied).where(SyncApplied.event_id == event_id).values(values))
            if outcome == "applied":
                applied += 1
                progress = True
        if not progress:
            return applied


@dataclass(frozen=True, slots=True)
class NotApplied:
    """A change from another stall that is not applied here, for a person to see."""

    hub_seq: int
    event_type: str
    origin_device_id: str
    waiting: bool  # True: retried on every sync; False: it can never apply here
    reason: str
    logged_at: datetime  # naive UTC


def not_applied(db: Database) -> list[NotApplied]:
    """The changes waiting or failed, in hub order, with the reason."""
    with db.read() as conn:
        rows = conn.execute(
            select(
                SyncApplied.hub_seq,
                SyncApplied.event_type,
                SyncApplied.origin_device_id,
                SyncApplied.outcome,
                SyncApplied.detail,
                SyncApplied.applied_at,
            )
            .where(SyncApplied.outcome.in_(("waiting", "failed")))
            .order_by(SyncApplied.hub_seq)
        ).all()
    return [
        NotApplied(int(q), str(t), str(o), out == "waiting", str(d), a)
        for q, t, o, out, d, a in rows
    ]
