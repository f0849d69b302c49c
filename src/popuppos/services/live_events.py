"""What live mode reads: the plan events a live session can belong to, the live board
(session, figures and drops on sale in one call) and the drop the customer display shows.

Read-only; the writes are :mod:`.live` (start, end) and :mod:`.checkout` (a sale).

Decisions where the issue is silent:

* "Upcoming" plan events are those not over yet (``ends_at`` after now), soonest first;
  one happening now is listed first and offered as the default.
* The customer display shows the drop the host chose when it is on sale; otherwise the
  drop on sale with units left that ends soonest; otherwise a sold-out one (still in its
  window: "Sold out" is true and worth showing); with none on sale, the next scheduled
  drop ("opens at ...") and nothing else about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from popuppos.core.drop_rules import DropState
from popuppos.services.drops import DROP_ROWS, DropStatus, statuses
from popuppos.services.live import LiveInfo, LiveStats, current_live, live_stats
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop, PlanEvent
from popuppos.store.models import utcnow

ON_SALE = (DropState.MEMBERS_ONLY, DropState.LIVE, DropState.SOLD_OUT)


@dataclass(frozen=True, slots=True)
class PlanEventChoice:
    """A plan event a live session may be linked to."""

    id: str
    title: str
    kind: str
    starts_at: datetime  # naive UTC
    ends_at: datetime
    venue: str

    def happening(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at


@dataclass(frozen=True, slots=True)
class LiveBoard:
    """Everything the live screen shows, read at one moment."""

    live: LiveInfo | None
    stats: LiveStats | None  # None when nothing is live
    on_sale: tuple[DropStatus, ...]  # window open now (sold out included), soonest end first
    next_drop: DropStatus | None  # the next scheduled drop, when none is on sale
    now: datetime


@dataclass(frozen=True, slots=True)
class DisplayPick:
    """What the customer display shows: a drop on sale, or the next one, or neither."""

    drop: DropStatus | None
    next_drop: DropStatus | None
    now: datetime


def upcoming_plan_events(
    db: Database, *, now: datetime | None = None, limit: int = 30
) -> list[PlanEventChoice]:
    """Plan events not over yet, happening-now first, then soonest start."""
    now = now or utcnow()
    with db.read() as conn:
        rows = conn.execute(
            select(
                PlanEvent.id,
                PlanEvent.title,
                PlanEvent.kind,
                PlanEvent.starts_at,
                PlanEvent.ends_at,
                PlanEvent.venue,
            )
            .where(PlanEvent.ends_at > now)
            .order_by(PlanEvent.starts_at, PlanEvent.title)
            .limit(limit)
        ).all()
    events = [PlanEventChoice(*r) for r in rows]
    return sorted(events, key=lambda e: (not e.happening(now), e.starts_at))


def current_drops(db: Database, now: datetime) -> list[DropStatus]:
    """Drops not over yet (on sale or scheduled) with their true counts, in one read.

    Ended drops are left out in the query itself: the display reads this after every sale,
    and a shop's past drops only grow.
    """
    with db.read() as conn:
        rows = conn.execute(
            DROP_ROWS.where(
                Drop.public_end > now, or_(Drop.ended_at.is_(None), Drop.ended_at > now)
            ).order_by(Drop.public_start, Drop.name)
        ).all()
        return statuses(conn, rows, now)


def _split(drops: list[DropStatus]) -> tuple[list[DropStatus], DropStatus | None]:
    on_sale = sorted((d for d in drops if d.state in ON_SALE), key=lambda d: d.terms.closes_at)
    scheduled = [d for d in drops if d.state is DropState.SCHEDULED]
    upcoming = min(scheduled, key=lambda d: d.terms.members_from, default=None)
    return on_sale, upcoming


def live_board(db: Database, *, now: datetime | None = None) -> LiveBoard:
    """The running live session with its figures, and the drops on sale now."""
    now = now or utcnow()
    live = current_live(db)
    stats = live_stats(db, live.id, now=now) if live is not None else None
    on_sale, upcoming = _split(current_drops(db, now))
    return LiveBoard(live, stats, tuple(on_sale), upcoming if not on_sale else None, now)


def display_pick(
    db: Database, *, preferred: str | None = None, now: datetime | None = None
) -> DisplayPick:
    """The drop the customer display shows now (see the module's decisions)."""
    now = now or utcnow()
    on_sale, upcoming = _split(current_drops(db, now))
    if not on_sale:
        return DisplayPick(None, upcoming, now)
    chosen = next((d for d in on_sale if d.id == preferred), None)
    if chosen is None:
        chosen = next((d for d in on_sale if d.remaining > 0), on_sale[0])
    return DisplayPick(chosen, None, now)
