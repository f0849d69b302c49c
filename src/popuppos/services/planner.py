"""The 12-week planner: drops, member sessions, free micro-events and pop-up days on one
timeline, started from a template cadence and edited freely.

A *plan event* (table ``plan_events``) is the host's intention: a free micro-event, a live
drop, a member drop, a pop-up day or a pass release. It is not a fact, so it can be edited,
moved and deleted (each write still appends its sync event: ``plan.event_saved``,
``plan.event_deleted``). Drops and member sessions are not plan events: they come from
their own tables (``services.drops``, ``services.calendar``) and are only *shown* on the
timeline, next to the plan.

Times in the store are naive UTC; weeks and days are the host's local ones. A cadence says
"week 2, Thursday, 19:00 local": :func:`apply_cadence` turns that into UTC per date, so the
event stays at 19:00 on the wall clock across a daylight-saving change.

Decisions where the issue is silent:

* ``DEFAULT_CADENCE`` is the issue's example (week 1 free event, week 2 live drop, week 4
  member drop, week 6 pop-up day, week 8 pass release) carried on to fill twelve weeks:
  week 10 another live drop and week 12 another pop-up day.
* Applying a cadence never makes a second event of the same kind on the same local day:
  such a step is skipped and reported (the others are still created), so applying the
  same template twice is harmless.
* An event lasts at most 14 days; events in the past may be saved (the plan may record
  what happened). A plan event a live session ran under cannot be deleted: the session
  points at it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.ids import new_id
from popuppos.services.calendar import as_utc
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop, LiveSession, PlanEvent
from popuppos.store.models import utcnow
from popuppos.store.pass_models import MemberSession

PLAN_WEEKS = 12
MAX_EVENT_DAYS = 14
MAX_TITLE = 120
MAX_NOTES = 2000
MAX_MOVE_DAYS = 366


class EventKind(enum.StrEnum):
    """What a plan event is (stored in ``plan_events.kind``)."""

    FREE_EVENT = "free_event"
    LIVE_DROP = "live_drop"
    MEMBER_DROP = "member_drop"
    POPUP_DAY = "popup_day"
    PASS_RELEASE = "pass_release"

    @property
    def label(self) -> str:
        return translate("services/planner", KIND_LABELS[self.value])


#: Timeline kinds that are not plan events (shown, but edited in their own screens).
DROP = "drop"
MEMBER_SESSION = "member_session"

KIND_LABELS: dict[str, str] = {  # in English; shown through translate()
    "free_event": QT_TRANSLATE_NOOP("services/planner", "Free micro-event"),
    "live_drop": QT_TRANSLATE_NOOP("services/planner", "Live drop"),
    "member_drop": QT_TRANSLATE_NOOP("services/planner", "Member drop"),
    "popup_day": QT_TRANSLATE_NOOP("services/planner", "Pop-up day"),
    "pass_release": QT_TRANSLATE_NOOP("services/planner", "Pass release"),
    DROP: QT_TRANSLATE_NOOP("services/planner", "Drop window"),
    MEMBER_SESSION: QT_TRANSLATE_NOOP("services/planner", "Member session"),
}
TIMELINE_KINDS: tuple[str, ...] = tuple(KIND_LABELS)


def kind_label(kind: str) -> str:
    if kind in KIND_LABELS:
        return translate("services/planner", KIND_LABELS[kind])
    return kind.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class PlanEventSpec:
    """A plan event as the host edits it; ``id`` None creates one. Times naive UTC (an
    aware time is converted)."""

    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    venue: str = ""
    notes: str = ""
    drop_id: str | None = None
    session_id: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class PlanEventInfo:
    id: str
    kind: EventKind
    title: str
    starts_at: datetime  # naive UTC
    ends_at: datetime
    venue: str
    notes: str
    drop_id: str | None
    session_id: str | None

    @property
    def label(self) -> str:
        return self.kind.label

    def spec(self) -> PlanEventSpec:
        return PlanEventSpec(
            self.kind.value, self.title, self.starts_at, self.ends_at, self.venue, self.notes,
            self.drop_id, self.session_id, self.id,
        )  # fmt: skip


_EVENT_ROWS = select(*PlanEvent.__table__.columns)


def _info(r: Row[Any]) -> PlanEventInfo:
    return PlanEventInfo(
        r.id, _kind(r.kind), r.title, r.starts_at, r.ends_at, r.venue, r.notes, r.drop_id,
        r.session_id,
    )  # fmt: skip


def _kind(value: str) -> EventKind:
    try:
        return EventKind(value)
    except ValueError:
        raise ServiceError(
            translate(
                "services/planner", "“{value}” is not a kind of plan event; choose one of: {kinds}"
            ).format(value=value, kinds=", ".join(k.label for k in EventKind))
        ) from None


# -- local days --------------------------------------------------------------------------
def local_day(moment: datetime) -> date:
    """The host's local date of a stored (naive UTC) time."""
    return local_time(moment).date()


def at_local(day: date, at: time = time()) -> datetime:
    """A local wall-clock moment as the naive UTC the store keeps."""
    return as_utc(datetime.combine(day, at).astimezone())


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _shift_local(moment: datetime, days: int) -> datetime:
    """``moment`` ``days`` later on the wall clock (19:00 stays 19:00 across DST)."""
    wall = local_time(moment).replace(tzinfo=None) + timedelta(days=days)
    return as_utc(wall.astimezone())


# -- reading -----------------------------------------------------------------------------
def _load(conn: Connection, event_id: str) -> PlanEventInfo:
    row = conn.execute(_EVENT_ROWS.where(PlanEvent.id == event_id)).first()
    if row is None:
        raise ServiceError(translate("services/planner", "that event is no longer in the plan"))
    return _info(row)


def event_info(db: Database, event_id: str) -> PlanEventInfo:
    with db.read() as conn:
        return _load(conn, event_id)


def overlapping_events(conn: Connection, start: datetime, end: datetime) -> list[PlanEventInfo]:
    stmt = (
        _EVENT_ROWS.where(PlanEvent.starts_at < end, PlanEvent.ends_at > start)
        .order_by(PlanEvent.starts_at, PlanEvent.title)
    )  # fmt: skip
    return [_info(r) for r in conn.execute(stmt)]


def events_between(db: Database, start: datetime, end: datetime) -> list[PlanEventInfo]:
    """Plan events overlapping [start, end) (naive UTC), by start."""
    with db.read() as conn:
        return overlapping_events(conn, as_utc(start), as_utc(end))


# -- writing -----------------------------------------------------------------------------
def _check(conn: Connection, spec: PlanEventSpec) -> dict[str, Any]:
    kind = _kind(spec.kind)
    title = " ".join(spec.title.split())
    venue = " ".join(spec.venue.split())
    notes = spec.notes.strip()
    if not title:
        raise ServiceError(translate("services/planner", "give the event a title"))
    if len(title) > MAX_TITLE or len(venue) > MAX_TITLE:
        raise ServiceError(
            translate("services/planner", "a title or venue is at most {n} characters").format(
                n=MAX_TITLE
            )
        )
    if len(notes) > MAX_NOTES:
        raise ServiceError(
            translate("services/planner", "notes are at most {n} characters").format(n=MAX_NOTES)
        )
    starts, ends = as_utc(spec.starts_at), as_utc(spec.ends_at)
    if ends <= starts:
        raise ServiceError(translate("services/planner", "the event must end after it starts"))
    if ends - starts > timedelta(days=MAX_EVENT_DAYS):
        raise ServiceError(
            translate(
                "services/planner",
                "an event lasts at most {n} days; plan a longer run as several events",
            ).format(n=MAX_EVENT_DAYS)
        )
    if spec.drop_id is not None and not conn.scalar(select(Drop.id).where(Drop.id == spec.drop_id)):
        raise ServiceError(
            translate("services/planner", "the drop linked to this event is not on this device")
        )
    session = select(MemberSession.id).where(MemberSession.id == spec.session_id)
    if spec.session_id is not None and not conn.scalar(session):
        raise ServiceError(
            translate(
                "services/planner", "the member session linked to this event is not on this device"
            )
        )
    return dict(
        kind=kind.value, title=title, starts_at=starts, ends_at=ends, venue=venue, notes=notes,
        drop_id=spec.drop_id, session_id=spec.session_id,
    )  # fmt: skip


def _saved_event(
    conn: Connection, db: Database, event_id: str, values: dict[str, Any], created: bool,
    now: datetime,
) -> None:  # fmt: skip
    payload = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()}
    body = {"plan_event_id": event_id, "created": created, **payload, "at": now.isoformat()}
    append_event(conn, db.device_id, "plan.event_saved", event_id, body)


def _insert(conn: Connection, db: Database, values: dict[str, Any], now: datetime) -> str:
    event_id = new_id()
    conn.execute(
        insert(PlanEvent), {"id": event_id, "created_at": now, "updated_at": now, **values}
    )
    _saved_event(conn, db, event_id, values, True, now)
    return event_id


def save_event(db: Database, spec: PlanEventSpec, *, now: datetime | None = None) -> str:
    """Create (``spec.id`` None) or edit a plan event; returns its id."""
    now = as_utc(now or utcnow())
    with db.write() as conn:
        values = _check(conn, spec)
        if spec.id is None:
            return _insert(conn, db, values, now)
        _load(conn, spec.id)
        conn.execute(
            update(PlanEvent).where(PlanEvent.id == spec.id).values(updated_at=now, **values)
        )
        _saved_event(conn, db, spec.id, values, False, now)
        return spec.id


def move_event(
    db: Database, event_id: str, days: int, *, now: datetime | None = None
) -> PlanEventInfo:
    """Shift an event ``days`` (negative: earlier) on the local calendar; returns it moved."""
    if days == 0 or abs(days) > MAX_MOVE_DAYS:
        raise ServiceError(
            translate(
                "services/planner", "move an event by 1 to {n} days, earlier or later"
            ).format(n=MAX_MOVE_DAYS)
        )
    now = as_utc(now or utcnow())
    with db.write() as conn:
        old = _load(conn, event_id)
        starts, ends = _shift_local(old.starts_at, days), _shift_local(old.ends_at, days)
        conn.execute(
            update(PlanEvent)
            .where(PlanEvent.id == event_id)
            .values(starts_at=starts, ends_at=ends, updated_at=now)
        )
        moved = _load(conn, event_id)
        values = _check(conn, moved.spec())
        _saved_event(conn, db, event_id, values, False, now)
        return moved


def delete_event(db: Database, event_id: str, *, now: datetime | None = None) -> None:
    """Take an event out of the plan (the plan is intention, not a fact: it may go)."""
    now = as_utc(now or utcnow())
    with db.write() as conn:
        event = _load(conn, event_id)
        ran = conn.scalar(select(LiveSession.id).where(LiveSession.plan_event_id == event_id))
        if ran is not None:
            raise ServiceError(
                translate(
                    "services/planner",
                    "a live session ran under “{title}”; it stays in the plan as its record",
                ).format(title=event.title)
            )
        conn.execute(delete(PlanEvent).where(PlanEvent.id == event_id))
        body = {"plan_event_id": event_id, "kind": event.kind.value, "at": now.isoformat()}
        append_event(conn, db.device_id, "plan.event_deleted", event_id, body)


# -- cadence -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CadenceStep:
    """One row of a template: in week ``week`` (1..12), on ``weekday`` (0 = Monday) at
    local ``starts``, an event of ``kind`` called ``title`` lasting ``minutes``."""

    week: int
    kind: EventKind
    title: str
    weekday: int
    starts: time
    minutes: int

    def day(self, first_monday: date) -> date:
        return first_monday + timedelta(days=7 * (self.week - 1) + self.weekday)


Cadence = tuple[CadenceStep, ...]

DEFAULT_CADENCE: Cadence = (
    CadenceStep(1, EventKind.FREE_EVENT, "Free micro-event", 5, time(11, 0), 120),
    CadenceStep(2, EventKind.LIVE_DROP, "Live drop", 3, time(19, 0), 60),
    CadenceStep(4, EventKind.MEMBER_DROP, "Member drop", 2, time(18, 0), 120),
    CadenceStep(6, EventKind.POPUP_DAY, "Pop-up day", 5, time(10, 0), 8 * 60),
    CadenceStep(8, EventKind.PASS_RELEASE, "Pass release", 0, time(12, 0), 60),
    CadenceStep(10, EventKind.LIVE_DROP, "Live drop", 3, time(19, 0), 60),
    CadenceStep(12, EventKind.POPUP_DAY, "Pop-up day", 5, time(10, 0), 8 * 60),
)
"""The issue's example cadence (weeks 1, 2, 4, 6, 8) extended to 12 weeks (10, 12)."""


@dataclass(frozen=True, slots=True)
class CadenceResult:
    created: tuple[str, ...]  # plan event ids, in the cadence's order of days
    skipped: tuple[CadenceStep, ...]  # same kind already planned that local day

    @property
    def summary(self) -> str:
        n = len(self.created)
        if n == 1:
            made = translate("services/planner", "Planned 1 event")
        else:
            made = translate("services/planner", "Planned {n} events").format(n=n)
        if not self.skipped:
            return made + "."
        return translate(
            "services/planner", "{made}; {n} skipped (already planned that day)."
        ).format(made=made, n=len(self.skipped))


def check_cadence(cadence: Iterable[CadenceStep]) -> None:
    """Refuse a template row that cannot be planned, naming the row's week."""
    steps = list(cadence)
    if not steps:
        raise ServiceError(
            translate("services/planner", "the template is empty; add at least one row")
        )
    for s in steps:
        if not 1 <= s.week <= PLAN_WEEKS:
            raise ServiceError(
                translate("services/planner", "a template week is 1 to {n} (not {week})").format(
                    n=PLAN_WEEKS, week=s.week
                )
            )
        if not 0 <= s.weekday <= 6:
            raise ServiceError(
                translate(
                    "services/planner", "week {week}: the day must be Monday to Sunday"
                ).format(week=s.week)
            )
        if not s.title.strip():
            raise ServiceError(
                translate("services/planner", "week {week}: give the {kind} a title").format(
                    week=s.week, kind=s.kind.label.lower()
                )
            )
        if not 0 < s.minutes <= MAX_EVENT_DAYS * 24 * 60:
            raise ServiceError(
                translate(
                    "services/planner", "week {week}: an event lasts 1 minute to {n} days"
                ).format(week=s.week, n=MAX_EVENT_DAYS)
            )


def apply_cadence(
    db: Database,
    first_monday: date,
    cadence: Sequence[CadenceStep] = DEFAULT_CADENCE,
    *,
    now: datetime | None = None,
) -> CadenceResult:
    """Create a template's events from the local Monday ``first_monday`` (week 1), all in
    one transaction. A step whose kind is already planned that local day is skipped."""
    if first_monday.weekday() != 0:
        raise ServiceError(translate("services/planner", "a 12-week plan starts on a Monday"))
    check_cadence(cadence)
    now = as_utc(now or utcnow())
    ordered = sorted(cadence, key=lambda s: (s.day(first_monday), s.starts))
    start = at_local(first_monday)
    end = at_local(first_monday + timedelta(weeks=PLAN_WEEKS))
    created: list[str] = []
    skipped: list[CadenceStep] = []
    with db.write() as conn:
        taken = {(e.kind, local_day(e.starts_at)) for e in overlapping_events(conn, start, end)}
        for step in ordered:
            day = step.day(first_monday)
            if (step.kind, day) in taken:
                skipped.append(step)
                continue
            starts = at_local(day, step.starts)
            spec = PlanEventSpec(
                step.kind.value, step.title, starts, starts + timedelta(minutes=step.minutes)
            )
            created.append(_insert(conn, db, _check(conn, spec), now))
            taken.add((step.kind, day))
    return CadenceResult(tuple(created), tuple(skipped))
