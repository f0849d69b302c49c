"""Booking seats on member sessions, and the waitlist.

Seats. A session's seats are *taken* by the members who hold a live (not cancelled,
not waitlisted) booking or who have checked in; a member counts once. Booking is open to
a pass whose tier the session allows, until the session starts; before
``opens_to_all_at`` only holders of a priority tier may book. A booking made when no seat
is left goes on the waitlist, in booking order.

Bookings are facts (immutable rows). Cancelling writes a ``BookingCancellation``.
Promoting the first waitlisted booking into a freed seat is two facts in the same
transaction: a cancellation of the waitlisted booking (reason ``PROMOTED``) and a new,
confirmed booking for the same pass. Both get their usual outbox events; the new
booking's event names the one it replaces (``promoted_from``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, Connection, exists, insert, select

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.pass_token import InvalidPass, PassRefusal, format_day
from popuppos.services.calendar import (
    _LIVE,
    PROMOTED,
    SessionInfo,
    as_utc,
    first_name,
    load_session,
    when,
)
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.passes import PassHolder, verify_scan
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.models import Member, utcnow
from popuppos.store.pass_models import (
    Booking,
    BookingCancellation,
    CheckIn,
    MemberPass,
)

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def resolve_holder(conn: Connection, pass_text_or_id: str, day: date) -> PassHolder:
    """The holder of a scanned pass, or of a pass id from the member screen, checked as
    on ``day`` (a pass id is checked through its stored token: the same rules as a scan)."""
    text = pass_text_or_id.strip()
    if _UUID.fullmatch(text):
        token = conn.scalar(select(MemberPass.token).where(MemberPass.id == text.lower()))
        if token is None:
            raise ServiceError(translate("services/bookings", "that pass is not on this device"))
        text = token
    try:
        holder = verify_scan(conn, text, day)
    except InvalidPass as exc:
        if exc.reason in (PassRefusal.EXPIRED, PassRefusal.NOT_YET_VALID):
            raise ServiceError(
                translate("services/bookings", "{exc} The session is on {day}.").format(
                    exc=exc, day=format_day(day)
                )
            ) from None
        raise ServiceError(str(exc)) from None
    if not holder.member_id:
        raise ServiceError(
            translate(
                "services/bookings",
                "this pass has not synced to this stall yet; sync, then try again",
            )
        )
    return holder


@dataclass(frozen=True, slots=True)
class BookingInfo:
    id: str
    session_id: str
    pass_id: str
    member_id: str
    member_name: str
    created_at: datetime
    waitlisted: bool
    position: int | None  # 1-based place on the waitlist; None for a seat
    checked_in: bool


@dataclass(frozen=True, slots=True)
class BookingResult:
    booking: BookingInfo
    message: str  # for the host: "Ana has a seat at ..." / "... number 2 on the waitlist"

    @property
    def waitlisted(self) -> bool:
        return self.booking.waitlisted


@dataclass(frozen=True, slots=True)
class CancelledBooking:
    cancellation_id: str
    promoted: tuple[BookingInfo, ...]  # the waitlisted members who got the freed seat(s)


def _member_in(session_id: str, member_id: str) -> ColumnElement[bool]:
    return exists().where(CheckIn.session_id == session_id, CheckIn.member_id == member_id)


def _bookings(conn: Connection, session_id: str) -> list[BookingInfo]:
    checked = exists().where(
        CheckIn.session_id == Booking.session_id, CheckIn.member_id == Booking.member_id
    )
    rows = conn.execute(
        select(*(Booking.__table__.c[n] for n in ("id", "session_id", "pass_id", "member_id")))
        .add_columns(Member.name, Booking.created_at, Booking.waitlisted, checked)
        .join(Member, Member.id == Booking.member_id)
        .where(Booking.session_id == session_id, _LIVE)
        .order_by(Booking.waitlisted, Booking.created_at, Booking.id)
    ).all()
    out, place = [], 0
    for bid, sid, pid, mid, name, at, waiting, is_in in rows:
        place += bool(waiting)
        pos = place if waiting else None
        out.append(BookingInfo(bid, sid, pid, mid, name, at, bool(waiting), pos, bool(is_in)))
    return out


def bookings_for(db: Database, session_id: str) -> list[BookingInfo]:
    """A session's live bookings: seats in booking order, then the waitlist in order."""
    with db.read() as conn:
        return _bookings(conn, session_id)


def _book(
    conn: Connection, device_id: str, b: BookingInfo, *, promoted_from: str | None = None
) -> None:
    row = {k: getattr(b, k) for k in ("session_id", "pass_id", "member_id", "waitlisted")}
    at, fact = b.created_at, {"id": b.id, "device_id": device_id}
    conn.execute(insert(Booking), {**row, **fact, "created_at": at})
    extra = {"promoted_from": promoted_from} if promoted_from else {}
    payload = {"booking_id": b.id, **row, "at": at.isoformat(), **extra}
    append_event(conn, device_id, "booking.created", b.id, payload)


def _cancel(conn: Connection, device_id: str, booking_id: str, reason: str, now: datetime) -> str:
    cancellation_id, row = new_id(), {"booking_id": booking_id, "reason": reason}
    fact = {"id": cancellation_id, "device_id": device_id, "created_at": now}
    conn.execute(insert(BookingCancellation), {**row, **fact})
    payload = {"cancellation_id": cancellation_id, **row, "at": now.isoformat()}
    append_event(conn, device_id, "booking.cancelled", booking_id, payload)
    return cancellation_id


def promote_waitlist(
    conn: Connection, device_id: str, session: SessionInfo, now: datetime
) -> tuple[BookingInfo, ...]:
    """Give free seats to the waitlist, first come first served, until the session starts.

    Each promotion is two facts: the waitlisted booking cancelled (reason ``PROMOTED``)
    and a new confirmed booking for the same pass."""
    if session.cancelled or now >= session.starts_at or session.seats_left == 0:
        return ()
    waiting = [b for b in _bookings(conn, session.id) if b.waitlisted and not b.checked_in]
    promoted = []
    for old in waiting[: session.seats_left]:
        _cancel(conn, device_id, old.id, PROMOTED, now)
        new = replace(old, id=new_id(), created_at=now, waitlisted=False, position=None)
        _book(conn, device_id, new, promoted_from=old.id)
        promoted.append(new)
    return tuple(promoted)


def book_seat(
    db: Database, session_id: str, *, pass_text_or_id: str, now: datetime
) -> BookingResult:
    """Book the pass holder a seat, or a place on the waitlist when the session is full.

    ``pass_text_or_id`` is a scanned pass or a pass id; the pass must be good on the
    session's day and its tier allowed. A member books once per session.
    """
    now = as_utc(now)
    with db.write() as conn:
        session = load_session(conn, session_id)
        title = session.title
        if session.cancelled:
            raise ServiceError(
                translate("services/bookings", "{title} was cancelled").format(title=title)
            )
        if now >= session.starts_at:
            raise ServiceError(
                translate(
                    "services/bookings", "{title} has started; members check in at the door"
                ).format(title=title)
            )
        holder = resolve_holder(conn, pass_text_or_id, local_time(session.starts_at).date())
        name = first_name(holder.member_name)
        if not session.allows_tier(holder.tier_id):
            raise ServiceError(
                translate("services/bookings", "{title} is not open to {tier_name} passes").format(
                    title=title, tier_name=holder.tier_name
                )
            )
        opens = session.opens_to_all_at
        if opens is not None and now < opens and holder.tier_id not in session.priority_tier_ids:
            raise ServiceError(
                translate(
                    "services/bookings",
                    "Booking for {title} opens to all members on {opens}; "
                    "{tier_name} passes cannot book before then",
                ).format(title=title, opens=when(opens), tier_name=holder.tier_name)
            )
        if conn.scalar(select(_member_in(session_id, holder.member_id))):
            raise ServiceError(
                translate("services/bookings", "{name} has already checked in to {title}").format(
                    name=name, title=title
                )
            )
        mine = [b for b in _bookings(conn, session_id) if b.member_id == holder.member_id]
        if mine:
            where = (
                translate("services/bookings", "is on the waitlist")
                if mine[0].waitlisted
                else translate("services/bookings", "already has a seat")
            )
            raise ServiceError(
                translate("services/bookings", "{name} {where} for {title}").format(
                    name=name, where=where, title=title
                )
            )
        if promote_waitlist(conn, db.device_id, session, now):
            session = load_session(conn, session_id)
        new = BookingInfo(
            new_id(), session_id, holder.pass_id, holder.member_id, holder.member_name,
            now, session.full, None, False,
        )  # fmt: skip
        _book(conn, db.device_id, new)
        booking = next(b for b in _bookings(conn, session_id) if b.id == new.id)
    if booking.position is None:
        message = translate(
            "services/bookings", "{name} has a seat at {title} on {starts_at}"
        ).format(name=name, title=title, starts_at=when(session.starts_at))
    else:
        message = translate(
            "services/bookings", "{title} is full: {name} is number {position} on the waitlist"
        ).format(title=title, name=name, position=booking.position)
    return BookingResult(booking, message)


def cancel_booking(
    db: Database, booking_id: str, reason: str = "", *, now: datetime | None = None
) -> CancelledBooking:
    """Cancel a booking (a fact); a freed seat goes to the first on the waitlist."""
    now = as_utc(now or utcnow())
    with db.write() as conn:
        row = conn.execute(
            select(Booking.session_id, Booking.member_id, Booking.waitlisted).where(
                Booking.id == booking_id
            )
        ).first()
        if row is None:
            raise ServiceError(translate("services/bookings", "that booking is not on this device"))
        session_id, member_id, waitlisted = row
        if conn.scalar(select(exists().where(BookingCancellation.booking_id == booking_id))):
            raise ServiceError(translate("services/bookings", "that booking is already cancelled"))
        if not waitlisted and conn.scalar(select(_member_in(session_id, member_id))):
            raise ServiceError(
                translate(
                    "services/bookings", "the member has already checked in; the booking was used"
                )
            )
        cancellation_id = _cancel(conn, db.device_id, booking_id, reason.strip(), now)
        promoted = promote_waitlist(conn, db.device_id, load_session(conn, session_id), now)
    return CancelledBooking(cancellation_id, promoted)
