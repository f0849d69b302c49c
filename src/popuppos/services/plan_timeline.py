"""The planner's timeline: plan events, drop windows and member sessions, week by week.

What the 12-week planner screen shows (see :mod:`popuppos.services.planner` for the plan
itself). Drops and sessions are only shown here; they are edited in their own screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection

from popuppos.core.drop_rules import DropState
from popuppos.core.i18n import translate
from popuppos.services.calendar import as_utc, sessions_between
from popuppos.services.drops import DROP_ROWS, DropStatus, statuses
from popuppos.services.errors import ServiceError
from popuppos.services.planner import (
    DROP,
    MEMBER_SESSION,
    PLAN_WEEKS,
    TIMELINE_KINDS,
    PlanEventInfo,
    at_local,
    kind_label,
    monday_of,
    overlapping_events,
)
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop
from popuppos.store.models import utcnow


# -- the timeline ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One thing on the timeline. ``kind`` is an :class:`EventKind` value, ``DROP`` or
    ``MEMBER_SESSION``; ``ref_id`` the plan event's, drop's or session's id."""

    kind: str
    title: str
    starts_at: datetime  # naive UTC
    ends_at: datetime
    ref_id: str
    detail: str = ""
    event: PlanEventInfo | None = None  # set for plan events (what the editor needs)

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def editable(self) -> bool:
        """Whether the planner edits it (drops and sessions have their own screens)."""
        return self.event is not None


@dataclass(frozen=True, slots=True)
class TimelineWeek:
    number: int  # 1 for the first week shown
    first_day: date  # local Monday
    items: tuple[TimelineItem, ...]  # every item overlapping the week, by start

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=6)


_ORDER = {kind: n for n, kind in enumerate(TIMELINE_KINDS)}


def _drop_detail(d: DropStatus) -> str:
    if d.state is DropState.SCHEDULED:
        return translate("services/plan_timeline", "Scheduled · {size} to sell").format(
            size=d.edition_size
        )
    if d.state in (DropState.ENDED, DropState.SOLD_OUT):
        return translate("services/plan_timeline", "{state} · {sold} sold").format(
            state=d.state.label, sold=d.sold
        )
    return translate("services/plan_timeline", "{state} · {left} of {size} left").format(
        state=d.state.label, left=d.remaining, size=d.edition_size
    )


def _drop_items(
    conn: Connection, start: datetime, end: datetime, now: datetime
) -> list[TimelineItem]:
    rows = conn.execute(
        DROP_ROWS.where(
            Drop.public_start < end + timedelta(days=31),  # members-first is at most 30 days
            Drop.public_end > start,
        )
    ).all()
    out = []
    for d in statuses(conn, rows, now):
        opens, closes = d.terms.members_from, d.terms.closes_at
        if opens < end and closes > start and closes > opens:
            out.append(TimelineItem(DROP, d.name, opens, closes, d.id, _drop_detail(d)))
    return out


def timeline(
    db: Database, first_day: date, weeks: int = PLAN_WEEKS, *, now: datetime | None = None
) -> list[TimelineWeek]:
    """``weeks`` local weeks from the Monday of ``first_day``'s week, each with every plan
    event, drop window and (not cancelled) member session overlapping it, by start.

    An item spanning several weeks is in each of them."""
    if not 1 <= weeks <= 53:
        raise ServiceError(translate("services/plan_timeline", "show 1 to 53 weeks"))
    now = as_utc(now or utcnow())
    monday = monday_of(first_day)
    start, end = at_local(monday), at_local(monday + timedelta(weeks=weeks))
    with db.read() as conn:
        items = [
            TimelineItem(e.kind.value, e.title, e.starts_at, e.ends_at, e.id, e.venue, e)
            for e in overlapping_events(conn, start, end)
        ]
        items += _drop_items(conn, start, end, now)
    for s in sessions_between(db, start - timedelta(days=1), end):
        if not s.cancelled and s.ends_at > start:
            booked = translate("services/plan_timeline", "{taken}/{capacity} booked").format(
                taken=s.taken, capacity=s.capacity
            )
            detail = f"{booked} · {s.venue}" if s.venue else booked
            items.append(
                TimelineItem(MEMBER_SESSION, s.title, s.starts_at, s.ends_at, s.id, detail)
            )
    items.sort(key=lambda i: (i.starts_at, _ORDER.get(i.kind, 99), i.title))
    out = []
    for n in range(weeks):
        first = monday + timedelta(weeks=n)
        lo, hi = at_local(first), at_local(first + timedelta(weeks=1))
        out.append(
            TimelineWeek(
                n + 1, first, tuple(i for i in items if i.starts_at < hi and i.ends_at > lo)
            )
        )
    return out
