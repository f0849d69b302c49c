"""Checking members in to sessions, and what the check-ins tell afterwards.

``check_in`` is the one path for every scan (keyboard wedge, camera, typed code). It
answers with a kiosk result (big green or red, the member's first name, one line of what
happened) and, when it lets the member in, writes the ``CheckIn`` fact and its outbox
event in one transaction. A refusal writes nothing.

The rules, in the order they are checked:

* the pass must verify (signature, key, revocation, dates: today is the stall's local day);
* a member checks in once per session: a second scan, of this pass or another pass of
  the same member, answers ALREADY with the time and device of the first check-in;
* the session must not be cancelled, and check-in runs from ``CHECK_IN_OPENS`` before
  its start to its end;
* the pass's tier must be allowed in the session;
* seats: check-ins never exceed capacity. A member with a live confirmed booking has a
  seat held for them until ``BOOKING_HELD`` after the start. Anyone else (a walk-in, or
  someone still on the waitlist) needs a free seat: capacity minus those checked in minus
  the booked seats still held. After the hold, no-shows' seats go to whoever comes first,
  a late booker included;
* a tier with ``included_sessions`` lets a pass into that many distinct sessions;
* a session with a 1:1 ``minutes_cost`` debits it from the pass's balance (the tier's
  minutes less what its earlier check-ins debited); too small a balance is refused.

Two devices offline may both check the same member in to the same session. Both facts
stay (a fact is never merged away): ``duplicate_check_ins`` lists each later one beside
the first (by device time), so the host sees them. Counts that follow from check-ins
(seats, included sessions, minutes debited, retention) count a session once per member
or pass, so a duplicate never costs the member twice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, Subquery, exists, func, insert, or_, select, tuple_

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.ids import new_id
from popuppos.core.pass_token import InvalidPass, PassRefusal, RevocationReason, format_day
from popuppos.services.calendar import (
    SessionInfo,
    as_utc,
    clock,
    first_name,
    load_session,
    when,
)
from popuppos.services.outbox import append_event
from popuppos.services.passes import PassHolder, verify_scan
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.models import Member
from popuppos.store.pass_models import (
    Booking,
    BookingCancellation,
    CheckIn,
    MemberPass,
    MemberSession,
    PassTier,
)

CHECK_IN_OPENS = timedelta(minutes=60)
BOOKING_HELD = timedelta(minutes=10)


class CheckInKind(enum.Enum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """What the kiosk shows: ``headline`` large, ``detail`` below, green only when ok."""

    kind: CheckInKind
    headline: str  # "Checked in to Tuesday Breathwork", "Pass expired on 3 May 2026"
    detail: str = ""  # "45 of 60 1:1 minutes left", the full reason of a refusal
    first_name: str | None = None  # when the pass says who it is
    pass_id: str | None = None
    check_in_id: str | None = None  # the fact written (CHECKED_IN only)
    minutes_left: int | None = None  # the 1:1 balance after this check-in

    @property
    def ok(self) -> bool:
        return self.kind is CheckInKind.CHECKED_IN


_REVOKED_HEADLINES = {
    RevocationReason.TRANSFERRED: QT_TRANSLATE_NOOP("services/checkin", "Pass transferred"),
    RevocationReason.REFUNDED: QT_TRANSLATE_NOOP("services/checkin", "Pass refunded"),
}


def _pass_refused(conn: Connection, exc: InvalidPass) -> CheckInResult:
    claims, name, pass_id = exc.claims, None, None
    if claims is not None:  # the signature was good: the pass is genuinely this member's
        pass_id = str(claims.pass_id)
        name = conn.scalar(
            select(Member.name)
            .join(MemberPass, MemberPass.member_id == Member.id)
            .where(MemberPass.id == pass_id)
        )
    if exc.reason is PassRefusal.EXPIRED and claims is not None:
        headline = translate("services/checkin", "Pass expired on {valid_until}").format(
            valid_until=format_day(claims.valid_until)
        )
    elif exc.reason is PassRefusal.NOT_YET_VALID and claims is not None:
        headline = translate("services/checkin", "Pass valid from {valid_from}").format(
            valid_from=format_day(claims.valid_from)
        )
    elif exc.reason is PassRefusal.REVOKED:
        headline = translate(
            "services/checkin",
            _REVOKED_HEADLINES.get(exc.revocation, "Pass revoked"),  # type: ignore[arg-type]
        )
    elif exc.reason is PassRefusal.MALFORMED:
        headline = translate("services/checkin", "Not a member pass")
    else:
        headline = translate("services/checkin", "Pass not accepted")
    first = first_name(name) if name else None
    return CheckInResult(CheckInKind.REFUSED, headline, str(exc), first, pass_id)


def _used(conn: Connection, pass_id: str) -> tuple[int, int]:
    """(distinct sessions, 1:1 minutes) the pass has used; a duplicate counts once.

    A transferred pass carries its balance: what the passes it replaced used counts too.
    """
    from popuppos.services.pass_admin import pass_chain

    per_session = (
        select(func.max(CheckIn.minutes_debited).label("m"))
        .where(CheckIn.pass_id.in_(pass_chain(conn, pass_id)))
        .group_by(CheckIn.session_id)
        .subquery()
    )
    sessions, minutes = conn.execute(
        select(func.count(), func.coalesce(func.sum(per_session.c.m), 0))
    ).one()
    return int(sessions), int(minutes)


def _seat_refusal(conn: Connection, s: SessionInfo, member_id: str, now: datetime) -> str | None:
    """Why there is no seat for this member, or None when there is one."""
    holding = now < s.starts_at + BOOKING_HELD
    if holding and conn.scalar(
        select(
            exists().where(
                Booking.session_id == s.id,
                Booking.member_id == member_id,
                Booking.waitlisted.is_(False),
                ~exists().where(BookingCancellation.booking_id == Booking.id),
            )
        )
    ):
        return None  # their own seat: bookings never outnumber the free seats
    held = s.taken - s.checked_in if holding else 0
    if s.checked_in + held < s.capacity:
        return None
    if held:
        until = clock(s.starts_at + BOOKING_HELD)
        return translate(
            "services/checkin",
            "All {capacity} seats are taken or booked; booked seats are held until {until}",
        ).format(capacity=s.capacity, until=until)
    return translate("services/checkin", "All {capacity} seats are taken").format(
        capacity=s.capacity
    )


def _refusal(
    conn: Connection, s: SessionInfo, h: PassHolder, now: datetime, used: tuple[int, int]
) -> tuple[str, str]:
    """(headline, detail) of why this holder may not check in now; ("", "") when they may.
    ``used``: the (sessions, 1:1 minutes) the pass has used."""
    if s.cancelled:
        return translate("services/checkin", "{title} was cancelled").format(title=s.title), ""
    if now < s.starts_at - CHECK_IN_OPENS:
        opens = clock(s.starts_at - CHECK_IN_OPENS)
        return translate("services/checkin", "Check-in has not opened"), translate(
            "services/checkin", "{title} starts on {starts_at}; "
        ).format(title=s.title, starts_at=when(s.starts_at)) + (
            translate("services/checkin", "check-in opens at {opens}").format(opens=opens)
        )
    if now > s.ends_at:
        return translate("services/checkin", "{title} has ended").format(title=s.title), translate(
            "services/checkin", "It ended at {ends_at}"
        ).format(ends_at=clock(s.ends_at))
    if not s.allows_tier(h.tier_id):
        return translate("services/checkin", "Not open to {tier_name} passes").format(
            tier_name=h.tier_name
        ), translate("services/checkin", "{title} is for other tiers").format(title=s.title)
    seat = _seat_refusal(conn, s, h.member_id, now)
    if seat is not None:
        return translate("services/checkin", "Session full"), seat
    sessions, minutes = used
    if h.included_sessions and sessions >= h.included_sessions:
        return translate("services/checkin", "No sessions left"), translate(
            "services/checkin", "All {included_sessions} included sessions are used"
        ).format(included_sessions=h.included_sessions)
    balance = h.one_to_one_minutes - minutes
    if s.minutes_cost and balance < s.minutes_cost:
        return translate("services/checkin", "Not enough 1:1 minutes"), (
            f"{max(balance, 0)} of {h.one_to_one_minutes} 1:1 minutes left; "
            f"{s.title} needs {s.minutes_cost}"
        )
    return "", ""


def check_in(
    db: Database, session_id: str, scanned_text: str, *, now: datetime, device_name: str
) -> CheckInResult:
    """Check the scanned pass in to the session, or say why not (see the module doc).

    ``now`` is this device's clock (naive UTC, or aware); ``device_name`` is what a later
    scan elsewhere shows ("Already checked in at 14:02 on Stall 2"). Raises ServiceError
    only for a session that is not on this device.
    """
    now = as_utc(now)
    device_name = device_name.strip()[:80]
    with db.write() as conn:
        session = load_session(conn, session_id)
        try:
            holder = verify_scan(conn, scanned_text, local_time(now).date())
        except InvalidPass as exc:
            return _pass_refused(conn, exc)
        # A genuine pass issued on a stall not synced here yet has no local row: its
        # signature is enough to let the member in (member_id stays unknown until sync).
        first = first_name(holder.member_name) if holder.member_id else ""
        same = CheckIn.pass_id == holder.pass_id
        if holder.member_id:
            same = or_(same, CheckIn.member_id == holder.member_id)
        earlier = conn.execute(
            select(CheckIn.created_at, CheckIn.device_name)
            .where(CheckIn.session_id == session_id, same)
            .order_by(CheckIn.created_at, CheckIn.id)
            .limit(1)
        ).first()
        if earlier is not None:
            where = (
                translate("services/checkin", " on {device_name}").format(
                    device_name=earlier.device_name
                )
                if earlier.device_name
                else ""
            )
            headline = translate(
                "services/checkin", "Already checked in at {created_at}{where}"
            ).format(created_at=clock(earlier.created_at), where=where)
            return CheckInResult(
                CheckInKind.ALREADY, headline, session.title, first, holder.pass_id
            )
        sessions, minutes = _used(conn, holder.pass_id)
        headline, detail = _refusal(conn, session, holder, now, (sessions, minutes))
        if headline:
            return CheckInResult(CheckInKind.REFUSED, headline, detail, first, holder.pass_id)
        check_in_id = new_id()
        row = {
            "session_id": session_id,
            "pass_id": holder.pass_id,
            "member_id": holder.member_id or None,
            "device_name": device_name,
            "minutes_debited": session.minutes_cost,
        }
        fact = {"id": check_in_id, "device_id": db.device_id, "created_at": now}
        conn.execute(insert(CheckIn), {**row, **fact})
        payload = {"check_in_id": check_in_id, **row, "at": now.isoformat()}
        append_event(conn, db.device_id, "checkin.recorded", check_in_id, payload)
    details, left = [], None
    if session.minutes_cost:
        left = holder.one_to_one_minutes - minutes - session.minutes_cost
        details.append(
            translate("services/checkin", "{left} of {one_to_one_minutes} 1:1 minutes left").format(
                left=left, one_to_one_minutes=holder.one_to_one_minutes
            )
        )
    if holder.included_sessions:
        n = holder.included_sessions
        details.append(
            translate("services/checkin", "{left} of {n} included sessions left").format(
                left=n - sessions - 1, n=n
            )
        )
    return CheckInResult(
        CheckInKind.CHECKED_IN,
        translate("services/checkin", "Checked in to {title}").format(title=session.title),
        " · ".join(details),
        first,
        holder.pass_id,
        check_in_id,
        left,
    )


# -- after sync: duplicates --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordedCheckIn:
    id: str
    pass_id: str
    device_id: str
    device_name: str
    at: datetime  # the device's clock, naive UTC
    minutes_debited: int


@dataclass(frozen=True, slots=True)
class DuplicateCheckIn:
    """A member checked in to a session again (two devices offline): ``kept`` is the
    first by device time and counts; ``duplicate`` is flagged, never merged away."""

    session_id: str
    session_title: str
    session_starts_at: datetime
    member_id: str | None  # unknown while the pass's row has not synced here
    member_name: str | None
    kept: RecordedCheckIn
    duplicate: RecordedCheckIn

    @property
    def message(self) -> str:
        k, d = self.kept, self.duplicate
        member = self.member_name or translate("services/checkin", "A member")
        kept_on = k.device_name or translate("services/checkin", "a device")
        duplicate_on = d.device_name or translate("services/checkin", "another device")
        return translate(
            "services/checkin",
            "{member} was checked in twice to {session_title}: {at} on "
            "{kept_on} (counted) and {at2} on {duplicate_on} (duplicate)",
        ).format(
            member=member,
            session_title=self.session_title,
            at=clock(k.at),
            kept_on=kept_on,
            at2=clock(d.at),
            duplicate_on=duplicate_on,
        )


def duplicate_check_ins(db: Database) -> list[DuplicateCheckIn]:
    """Every check-in after the first of the same pass in the same session (after sync,
    two stalls that were offline may both have let the same pass in)."""
    twice = (
        select(CheckIn.session_id, CheckIn.pass_id)
        .group_by(CheckIn.session_id, CheckIn.pass_id)
        .having(func.count() > 1)
    )
    cols = (CheckIn.id, CheckIn.pass_id, CheckIn.device_id, CheckIn.device_name)
    ranked = (
        select(
            *cols,
            CheckIn.created_at,
            CheckIn.minutes_debited,
            CheckIn.session_id,
            CheckIn.member_id,
            func.row_number()
            .over(
                partition_by=(CheckIn.session_id, CheckIn.pass_id),
                order_by=(CheckIn.created_at, CheckIn.id),
            )
            .label("rn"),
        )
        .where(tuple_(CheckIn.session_id, CheckIn.pass_id).in_(twice))
        .cte("ranked")
    )
    k, d = ranked.alias("k"), ranked.alias("d")
    fact_cols = ("id", "pass_id", "device_id", "device_name", "created_at", "minutes_debited")
    stmt = (
        select(MemberSession.id, MemberSession.title, MemberSession.starts_at)
        .add_columns(Member.id, Member.name)
        .add_columns(*(k.c[c] for c in fact_cols), *(d.c[c] for c in fact_cols))
        .select_from(k)
        .join(d, (d.c.session_id == k.c.session_id) & (d.c.pass_id == k.c.pass_id))
        .join(MemberSession, MemberSession.id == k.c.session_id)
        .outerjoin(MemberPass, MemberPass.id == k.c.pass_id)
        .outerjoin(Member, Member.id == func.coalesce(k.c.member_id, MemberPass.member_id))
        .where(k.c.rn == 1, d.c.rn > 1)
        .order_by(MemberSession.starts_at, Member.name, d.c.created_at, d.c.id)
    )
    with db.read() as conn:
        rows = conn.execute(stmt).all()
    return [
        DuplicateCheckIn(
            r[0], r[1], r[2], r[3], r[4], RecordedCheckIn(*r[5:11]), RecordedCheckIn(*r[11:17])
        )
        for r in rows
    ]


# -- retention ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PassRetention:
    pass_id: str
    member_id: str
    member_name: str
    tier_name: str
    sessions_attended: int  # distinct sessions (a duplicate check-in counts once)


class RetentionSummary(NamedTuple):
    holders: int
    sessions_attended: int
    average: float  # sessions per holder; 0.0 with no holders


def _attendance(start: datetime | None, end: datetime | None) -> Subquery:
    """(pass_id, member_id, tier_id, n) for every pass good on some day of [start, end),
    ``n`` the distinct sessions starting in it that the pass checked in to."""
    in_window, pass_window = [], []
    if start is not None:
        in_window.append(MemberSession.starts_at >= as_utc(start))
        pass_window.append(MemberPass.valid_until >= local_time(as_utc(start)).date())
    if end is not None:
        in_window.append(MemberSession.starts_at < as_utc(end))
        last_day = local_time(as_utc(end) - timedelta(microseconds=1)).date()
        pass_window.append(MemberPass.valid_from <= last_day)
    counted = select(CheckIn.pass_id, func.count(func.distinct(CheckIn.session_id)).label("n"))
    if in_window:
        counted = counted.join(MemberSession, MemberSession.id == CheckIn.session_id)
    attended = counted.where(*in_window).group_by(CheckIn.pass_id).subquery()
    return (
        select(
            MemberPass.id.label("pass_id"),
            MemberPass.member_id,
            MemberPass.tier_id,
            func.coalesce(attended.c.n, 0).label("n"),
        )
        .outerjoin(attended, attended.c.pass_id == MemberPass.id)
        .where(*pass_window)
        .subquery()
    )


def retention_per_pass(
    db: Database, *, start: datetime | None = None, end: datetime | None = None
) -> list[PassRetention]:
    """Sessions attended per pass (retention per token), most first; passes good at some
    time in [start, end) are listed, those with no session as 0."""
    a = _attendance(start, end)
    stmt = (
        select(a.c.pass_id, a.c.member_id, Member.name, PassTier.name, a.c.n)
        .select_from(a)
        .join(Member, Member.id == a.c.member_id)
        .join(PassTier, PassTier.id == a.c.tier_id)
        .order_by(a.c.n.desc(), Member.name, a.c.pass_id)
    )
    with db.read() as conn:
        return [PassRetention(*r) for r in conn.execute(stmt)]


def retention_summary(
    db: Database, *, start: datetime | None = None, end: datetime | None = None
) -> RetentionSummary:
    """(holders, sessions attended, average per holder) over the same passes."""
    a = _attendance(start, end)
    with db.read() as conn:
        holders, total = conn.execute(select(func.count(), func.coalesce(func.sum(a.c.n), 0))).one()
    holders, total = int(holders), int(total)
    return RetentionSummary(holders, total, total / holders if holders else 0.0)
