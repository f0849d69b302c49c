"""The member calendar: sessions (booking seats on them is ``services.bookings``).

Times are naive UTC, like every timestamp in the store; the calendar's days are local.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, insert, select, update

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.pass_token import format_day
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.pass_models import (
    Booking,
    BookingCancellation,
    CheckIn,
    MemberSession,
    PassTier,
)

MAX_DURATION_MINUTES = 24 * 60
MAX_CAPACITY = 10_000
PROMOTED = "promoted from the waitlist"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def as_utc(moment: datetime) -> datetime:
    """``moment`` as the naive UTC the store keeps (an aware time is converted)."""
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def clock(moment: datetime) -> str:
    """A stored time as the host reads it: local '14:02'."""
    return local_time(moment).strftime("%H:%M")


def when(moment: datetime) -> str:
    """A stored time as the host reads it: local '3 May 2026 at 18:00'."""
    return translate("services/calendar", "{day} at {time}").format(
        day=format_day(local_time(moment).date()), time=clock(moment)
    )


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """A session as the host edits it. ``id`` None creates one; ``tier_ids`` () = all."""

    title: str
    starts_at: datetime
    duration_minutes: int
    capacity: int
    venue: str = ""
    tier_ids: tuple[str, ...] = ()
    priority_tier_ids: tuple[str, ...] = ()
    opens_to_all_at: datetime | None = None
    minutes_cost: int = 0
    id: str | None = None


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    title: str
    starts_at: datetime  # naive UTC
    duration_minutes: int
    venue: str
    capacity: int
    tier_ids: tuple[str, ...]
    priority_tier_ids: tuple[str, ...]
    opens_to_all_at: datetime | None
    minutes_cost: int
    cancelled: bool
    booked: int  # live confirmed bookings
    waitlisted: int  # live waitlisted bookings
    checked_in: int  # members checked in (each once, duplicates included once)
    taken: int  # members holding a seat: booked or checked in

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.taken)

    @property
    def full(self) -> bool:
        return self.seats_left == 0

    def allows_tier(self, tier_id: str) -> bool:
        return not self.tier_ids or tier_id in self.tier_ids


_LIVE = ~exists().where(BookingCancellation.booking_id == Booking.id)


def _bookings_count(waitlisted: bool) -> ColumnElement[int]:
    return (
        select(func.count(Booking.id))
        .where(Booking.session_id == MemberSession.id, Booking.waitlisted.is_(waitlisted), _LIVE)
        .scalar_subquery()
    )


_CHECKED_IN = (
    select(func.count(func.distinct(CheckIn.member_id)))
    .where(CheckIn.session_id == MemberSession.id)
    .scalar_subquery()
)
# Booked members not (yet) checked in: with _CHECKED_IN, the seats taken.
_BOOKED_NOT_IN = (
    select(func.count(func.distinct(Booking.member_id)))
    .where(
        Booking.session_id == MemberSession.id,
        Booking.waitlisted.is_(False),
        _LIVE,
        ~exists().where(
            CheckIn.session_id == Booking.session_id, CheckIn.member_id == Booking.member_id
        ),
    )
    .scalar_subquery()
)
_COLUMNS = (
    "id", "title", "starts_at", "duration_minutes", "venue", "capacity", "tier_ids",
    "priority_tier_ids", "opens_to_all_at", "minutes_cost", "cancelled",
)  # fmt: skip
_SESSIONS = select(
    *(MemberSession.__table__.c[name] for name in _COLUMNS),
    _bookings_count(False),
    _bookings_count(True),
    _CHECKED_IN,
    _CHECKED_IN + _BOOKED_NOT_IN,
)


def _info(r: Sequence[Any]) -> SessionInfo:
    booked, waiting, checked, taken = (int(n or 0) for n in r[len(_COLUMNS) :])
    return SessionInfo(
        r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), tuple(json.loads(r[7])),
        r[8], r[9], bool(r[10]), booked, waiting, checked, taken,
    )  # fmt: skip


def load_session(conn: Connection, session_id: str) -> SessionInfo:
    """The session with its counts, inside the caller's transaction (ServiceError if none)."""
    row = conn.execute(_SESSIONS.where(MemberSession.id == session_id)).first()
    if row is None:
        raise ServiceError(translate("services/calendar", "that session is not on this device"))
    return _info(tuple(row))


def session_info(db: Database, session_id: str) -> SessionInfo:
    with db.read() as conn:
        return load_session(conn, session_id)


def sessions_between(db: Database, start: datetime, end: datetime) -> list[SessionInfo]:
    """Sessions starting in [start, end) (naive UTC), cancelled ones included, by start."""
    stmt = _SESSIONS.where(
        MemberSession.starts_at >= as_utc(start), MemberSession.starts_at < as_utc(end)
    ).order_by(MemberSession.starts_at, MemberSession.title)
    with db.read() as conn:
        return [_info(tuple(r)) for r in conn.execute(stmt)]


def _local_midnight(day: date) -> datetime:
    return as_utc(datetime.combine(day, time()).astimezone())


def sessions_by_day(db: Database, first: date, last: date) -> dict[date, list[SessionInfo]]:
    """Every local day from ``first`` to ``last`` (inclusive) with its sessions: a week
    or month of the calendar view (days with no session map to [])."""
    days: dict[date, list[SessionInfo]] = {
        first + timedelta(n): [] for n in range((last - first).days + 1)
    }
    found = sessions_between(db, _local_midnight(first), _local_midnight(last + timedelta(1)))
    for s in found:
        days.setdefault(local_time(s.starts_at).date(), []).append(s)
    return days


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday around ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    return first, after - timedelta(days=1)


# -- sessions ----------------------------------------------------------------------------
def _check_spec(conn: Connection, spec: SessionSpec) -> tuple[str, str]:
    title, venue = spec.title.strip(), spec.venue.strip()
    if not title:
        raise ServiceError(translate("services/calendar", "a session needs a title"))
    if len(title) > 120 or len(venue) > 120:
        raise ServiceError(
            translate("services/calendar", "a title or venue is at most 120 characters")
        )
    if not 0 < spec.duration_minutes <= MAX_DURATION_MINUTES:
        raise ServiceError(
            translate("services/calendar", "a session lasts from 1 minute to 24 hours")
        )
    if not 1 <= spec.capacity <= MAX_CAPACITY:
        raise ServiceError(
            translate("services/calendar", "a session has 1 to {n} seats").format(n=MAX_CAPACITY)
        )
    if not 0 <= spec.minutes_cost <= MAX_DURATION_MINUTES:
        raise ServiceError(
            translate("services/calendar", "the 1:1 minutes a session costs run from 0 to 1440")
        )
    wanted = set(spec.tier_ids) | set(spec.priority_tier_ids)
    known = set(conn.scalars(select(PassTier.id).where(PassTier.id.in_(wanted))))
    if wanted - known:
        raise ServiceError(
            translate(
                "services/calendar", "a tier chosen for this session no longer exists; choose again"
            )
        )
    if spec.tier_ids and not set(spec.priority_tier_ids) <= set(spec.tier_ids):
        raise ServiceError(
            translate("services/calendar", "a priority tier must also be allowed in the session")
        )
    if spec.priority_tier_ids and spec.opens_to_all_at is None:
        raise ServiceError(
            translate(
                "services/calendar",
                "say when booking opens to every member (after the priority tiers)",
            )
        )
    opens = spec.opens_to_all_at
    if opens is not None and as_utc(opens) > as_utc(spec.starts_at):
        raise ServiceError(
            translate(
                "services/calendar", "booking must open to all members before the session starts"
            )
        )
    return title, venue


def save_session(db: Database, spec: SessionSpec, *, now: datetime | None = None) -> str:
    """Create (``spec.id`` None) or edit a session; returns its id.

    A new session, or a moved one, must start in the future. An edit may not cut the
    seats below those taken; added seats go to the waitlist first.
    """
    now = as_utc(now or utcnow())
    starts = as_utc(spec.starts_at)
    opens = as_utc(spec.opens_to_all_at) if spec.opens_to_all_at else None
    with db.write() as conn:
        title, venue = _check_spec(conn, spec)
        old = load_session(conn, spec.id) if spec.id is not None else None
        if (old is None or old.starts_at != starts) and starts <= now:
            raise ServiceError(translate("services/calendar", "a session must start in the future"))
        values = {
            "title": title,
            "starts_at": starts,
            "duration_minutes": spec.duration_minutes,
            "venue": venue,
            "capacity": spec.capacity,
            "tier_ids": json.dumps(list(dict.fromkeys(spec.tier_ids))),
            "priority_tier_ids": json.dumps(list(dict.fromkeys(spec.priority_tier_ids))),
            "opens_to_all_at": opens,
            "minutes_cost": spec.minutes_cost,
        }
        if old is None:
            session_id = new_id()
            conn.execute(
                insert(MemberSession),
                {"id": session_id, "cancelled": False, "created_at": now, **values},
            )
        else:
            session_id = old.id
            if old.cancelled:
                raise ServiceError(
                    translate(
                        "services/calendar", "{title} was cancelled; create a new session instead"
                    ).format(title=old.title)
                )
            if spec.capacity < old.taken:
                raise ServiceError(
                    translate(
                        "services/calendar",
                        "{taken} seats are already taken; the capacity cannot go below that",
                    ).format(taken=old.taken)
                )
            conn.execute(update(MemberSession).where(MemberSession.id == session_id).values(values))
        payload = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()}
        append_event(
            conn,
            db.device_id,
            "session.saved",
            session_id,
            {"session_id": session_id, "created": old is None, **payload},
        )
        if old is not None:
            from popuppos.services.bookings import promote_waitlist

            promote_waitlist(conn, db.device_id, load_session(conn, session_id), now)
    return session_id


def cancel_session(db: Database, session_id: str, *, reason: str = "") -> None:
    """Take a session off the calendar (its bookings stay, as facts, and show it)."""
    with db.write() as conn:
        session = load_session(conn, session_id)
        if session.cancelled:
            raise ServiceError(
                translate("services/calendar", "{title} is already cancelled").format(
                    title=session.title
                )
            )
        if session.checked_in:
            raise ServiceError(
                translate(
                    "services/calendar", "members have checked in to {title}; it took place"
                ).format(title=session.title)
            )
        conn.execute(
            update(MemberSession).where(MemberSession.id == session_id).values(cancelled=True)
        )
        append_event(
            conn,
            db.device_id,
            "session.cancelled",
            session_id,
            {"session_id": session_id, "reason": reason.strip(), "at": utcnow().isoformat()},
        )


# -- bookings ----------------------------------------------------------------------------
def first_name(name: str) -> str:
    return (name.split() or [name])[0]
