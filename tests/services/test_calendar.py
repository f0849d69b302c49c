"""The member calendar: sessions, priority booking, the waitlist and its promotions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from popuppos.core.pass_token import RevocationReason
from popuppos.services import calendar, members, passes
from popuppos.services.bookings import (
    book_seat,
    bookings_for,
    cancel_booking,
)
from popuppos.services.calendar import (
    PROMOTED,
    SessionSpec,
    save_session,
    session_info,
    sessions_between,
)
from popuppos.services.checkin import check_in
from popuppos.services.errors import ServiceError
from popuppos.services.receipts import local_time
from popuppos.store.db import Database, open_database


def at(days: int, hour: int = 12, minute: int = 0) -> datetime:
    """A naive UTC time ``days`` from today (noon keeps the local day the same day)."""
    return datetime.combine(date.today() + timedelta(days=days), time(hour, minute))


def tier(db: Database, code: str, **kw: Any) -> str:
    spec = passes.TierSpec(name=code.title(), code=code, price=5000, validity_days=30, **kw)
    return passes.save_tier(db, spec)


def holder(db: Database, name: str, tier_id: str) -> passes.IssuedPass:
    member = members.create_member(db, name=name)
    return passes.issue_pass(db, tier_id=tier_id, member_id=member.id, actor="Ann")


def spec(title: str = "Tuesday Breathwork", *, days: int = 5, **kw: Any) -> SessionSpec:
    kw.setdefault("capacity", 10)
    return SessionSpec(title=title, starts_at=at(days), duration_minutes=60, **kw)


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def events(db: Database, event_type: str) -> list[dict[str, Any]]:
    found = rows(db, "SELECT payload FROM outbox WHERE event_type = :t ORDER BY seq", t=event_type)
    return [json.loads(p) for (p,) in found]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def gold(db: Database) -> str:
    return tier(db, "GOLD")


@pytest.fixture
def silver(db: Database) -> str:
    return tier(db, "SILVER")


# -- sessions ------------------------------------------------------------------------------
def test_a_session_is_saved_with_its_event(db: Database, gold: str) -> None:
    sid = save_session(db, spec(venue="Back room", tier_ids=(gold,), minutes_cost=15))
    info = session_info(db, sid)
    assert (info.title, info.venue, info.capacity, info.tier_ids) == (
        "Tuesday Breathwork",
        "Back room",
        10,
        (gold,),
    )
    assert info.starts_at == at(5) and info.ends_at == at(5, 13)
    assert (info.booked, info.waitlisted, info.checked_in, info.seats_left) == (0, 0, 0, 10)
    assert info.allows_tier(gold) and not info.allows_tier("other")
    (event,) = events(db, "session.saved")
    assert event["session_id"] == sid and event["created"] is True
    assert event["minutes_cost"] == 15 and event["starts_at"] == at(5).isoformat()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"duration_minutes": 0}, "1 minute to 24 hours"),
        ({"capacity": 0}, "1 to 10000 seats"),
        ({"minutes_cost": -5}, "1:1 minutes"),
        ({"tier_ids": ("no-such-tier",)}, "no longer exists"),
        ({"priority_tier_ids": ("GOLD",)}, "no longer exists"),
        # Times as day offsets, turned into datetimes when the test runs: computed at
        # collection they drift a day when the run crosses midnight.
        ({"starts_at": -1}, "must start in the future"),
        ({"opens_to_all_at": 6}, "before the session starts"),
    ],
)
def test_session_validation(db: Database, changes: dict[str, Any], message: str) -> None:
    base = spec()
    changes = {k: at(v) if k.endswith("_at") else v for k, v in changes.items()}
    values = {f: getattr(base, f) for f in SessionSpec.__dataclass_fields__} | changes
    with pytest.raises(ServiceError, match=message):
        save_session(db, SessionSpec(**values))
    assert rows(db, "SELECT COUNT(*) FROM member_sessions") == [(0,)]


def test_priority_tiers_need_an_opening_time_and_to_be_allowed(
    db: Database, gold: str, silver: str
) -> None:
    with pytest.raises(ServiceError, match="opens to every member"):
        save_session(db, spec(priority_tier_ids=(gold,)))
    with pytest.raises(ServiceError, match="must also be allowed"):
        save_session(db, spec(tier_ids=(silver,), priority_tier_ids=(gold,), opens_to_all_at=at(2)))


def test_editing_a_session(db: Database, gold: str) -> None:
    sid = save_session(db, spec(capacity=2))
    a, b = holder(db, "Ana", gold), holder(db, "Bo", gold)
    book_seat(db, sid, pass_text_or_id=a.pass_id, now=at(1))
    book_seat(db, sid, pass_text_or_id=b.pass_id, now=at(1))
    with pytest.raises(ServiceError, match="2 seats are already taken"):
        save_session(db, spec(capacity=1, id=sid))
    assert save_session(db, spec("Breathwork", capacity=3, id=sid)) == sid
    info = session_info(db, sid)
    assert (info.title, info.capacity, info.seats_left) == ("Breathwork", 3, 1)
    assert events(db, "session.saved")[-1]["created"] is False
    with pytest.raises(ServiceError, match="not on this device"):
        save_session(db, spec(id="missing"))


def test_sessions_between_and_the_calendar_days(db: Database, gold: str) -> None:
    first = save_session(db, spec("Early", days=3, capacity=2))
    second = save_session(db, spec("Late", days=10))
    cancelled = save_session(db, spec("Dropped", days=4))
    calendar.cancel_session(db, cancelled, reason="teacher ill")
    a = holder(db, "Ana", gold)
    book_seat(db, first, pass_text_or_id=a.token, now=at(1))
    found = sessions_between(db, at(0), at(7))
    assert [s.title for s in found] == ["Early", "Dropped"]
    assert found[0].booked == 1 and found[0].seats_left == 1
    assert found[1].cancelled
    assert [s.id for s in sessions_between(db, at(0), at(30))] == [first, cancelled, second]
    monday, sunday = calendar.week_of(date.today())
    assert monday.weekday() == 0 and (sunday - monday).days == 6
    start, end = calendar.month_of(date(2026, 2, 14))
    assert (start, end) == (date(2026, 2, 1), date(2026, 2, 28))
    early_day = local_time(at(3)).date()  # the calendar's days are the stall's local days
    days = calendar.sessions_by_day(db, early_day - timedelta(days=1), early_day)
    assert list(days) == [early_day - timedelta(days=1), early_day]
    assert [s.title for s in days[early_day]] == ["Early"]
    assert days[early_day - timedelta(days=1)] == []


def test_cancel_session(db: Database, gold: str) -> None:
    sid = save_session(db, spec())
    calendar.cancel_session(db, sid, reason="rain")
    assert session_info(db, sid).cancelled
    assert events(db, "session.cancelled")[0]["reason"] == "rain"
    with pytest.raises(ServiceError, match="already cancelled"):
        calendar.cancel_session(db, sid)
    a = holder(db, "Ana", gold)
    with pytest.raises(ServiceError, match="was cancelled"):
        book_seat(db, sid, pass_text_or_id=a.token, now=at(1))
    held = save_session(db, spec("Held", days=3))
    assert check_in(db, held, a.token, now=at(3), device_name="S").ok
    with pytest.raises(ServiceError, match="it took place"):
        calendar.cancel_session(db, held)


# -- booking -------------------------------------------------------------------------------
def test_booking_by_scan_or_by_pass_id(db: Database, gold: str) -> None:
    sid = save_session(db, spec())
    a, b = holder(db, "Ana Lopez", gold), holder(db, "Bo", gold)
    by_scan = book_seat(db, sid, pass_text_or_id=a.token, now=at(1))
    assert not by_scan.waitlisted and by_scan.booking.position is None
    assert by_scan.booking.pass_id == a.pass_id and by_scan.message.startswith("Ana has a seat")
    by_id = book_seat(db, sid, pass_text_or_id=b.pass_id, now=at(1))
    assert by_id.booking.member_name == "Bo"
    assert [e["booking_id"] for e in events(db, "booking.created")] == [
        by_scan.booking.id,
        by_id.booking.id,
    ]
    with pytest.raises(ServiceError, match="Ana already has a seat"):
        book_seat(db, sid, pass_text_or_id=a.pass_id, now=at(1))
    with pytest.raises(ServiceError, match="not on this device"):
        book_seat(db, sid, pass_text_or_id="0190f0b0-0000-7000-8000-000000000000", now=at(1))


def test_booking_refusals(db: Database, gold: str, silver: str) -> None:
    sid = save_session(db, spec(tier_ids=(gold,)))
    s = holder(db, "Sam", silver)
    with pytest.raises(ServiceError, match="not open to Silver passes"):
        book_seat(db, sid, pass_text_or_id=s.token, now=at(1))
    g = holder(db, "Gil", gold)
    with pytest.raises(ServiceError, match="has started"):
        book_seat(db, sid, pass_text_or_id=g.token, now=at(5))
    far = save_session(db, spec("Far away", days=45))
    with pytest.raises(ServiceError, match=r"expired on .* The session is on"):
        book_seat(db, far, pass_text_or_id=g.token, now=at(1))
    with db.write() as conn:
        passes.revoke_pass_in(
            conn, db.device_id, g.pass_id, RevocationReason.TRANSFERRED, actor="A"
        )
    with pytest.raises(ServiceError, match="transferred"):
        book_seat(db, sid, pass_text_or_id=g.pass_id, now=at(1))
    assert rows(db, "SELECT COUNT(*) FROM bookings") == [(0,)]


def test_priority_booking_before_opens_to_all(db: Database, gold: str, silver: str) -> None:
    sid = save_session(db, spec(priority_tier_ids=(gold,), opens_to_all_at=at(3)))
    g, s = holder(db, "Gil", gold), holder(db, "Sam", silver)
    assert not book_seat(db, sid, pass_text_or_id=g.token, now=at(1)).waitlisted
    with pytest.raises(ServiceError, match=r"opens to all members on .*Silver passes cannot"):
        book_seat(db, sid, pass_text_or_id=s.token, now=at(2, 23, 59))
    assert not book_seat(db, sid, pass_text_or_id=s.token, now=at(3)).waitlisted
    assert session_info(db, sid).booked == 2


def test_waitlist_when_full_and_promotion_on_cancellation(db: Database, gold: str) -> None:
    sid = save_session(db, spec(capacity=2))
    a, b, c, d = (holder(db, n, gold) for n in ("Ana", "Bo", "Cy", "Di"))
    first = book_seat(db, sid, pass_text_or_id=a.token, now=at(1, 9))
    book_seat(db, sid, pass_text_or_id=b.token, now=at(1, 10))
    cy = book_seat(db, sid, pass_text_or_id=c.token, now=at(1, 11))
    di = book_seat(db, sid, pass_text_or_id=d.token, now=at(1, 12))
    assert cy.waitlisted and cy.booking.position == 1 and "number 1 on the waitlist" in cy.message
    assert di.waitlisted and di.booking.position == 2
    with pytest.raises(ServiceError, match="Cy is on the waitlist"):
        book_seat(db, sid, pass_text_or_id=c.token, now=at(1, 13))
    info = session_info(db, sid)
    assert (info.booked, info.waitlisted, info.seats_left, info.full) == (2, 2, 0, True)

    done = cancel_booking(db, first.booking.id, "can't make it", now=at(2))
    (promoted,) = done.promoted
    assert promoted.member_name == "Cy" and not promoted.waitlisted
    listing = bookings_for(db, sid)
    assert [(x.member_name, x.waitlisted, x.position) for x in listing] == [
        ("Bo", False, None),
        ("Cy", False, None),
        ("Di", True, 1),
    ]
    # As facts: Ana's and Cy's waitlisted booking cancelled, a new seat booking for Cy.
    reasons = rows(db, "SELECT booking_id, reason FROM booking_cancellations ORDER BY rowid")
    assert reasons == [(first.booking.id, "can't make it"), (cy.booking.id, PROMOTED)]
    assert rows(db, "SELECT COUNT(*) FROM bookings") == [(5,)]
    created = events(db, "booking.created")[-1]
    assert created["booking_id"] == promoted.id and created["promoted_from"] == cy.booking.id
    assert [e["booking_id"] for e in events(db, "booking.cancelled")] == [
        first.booking.id,
        cy.booking.id,
    ]
    with pytest.raises(ServiceError, match="already cancelled"):
        cancel_booking(db, first.booking.id)
    with pytest.raises(DatabaseError, match="facts"), db.engine.begin() as conn:
        conn.execute(text("UPDATE bookings SET waitlisted = 0"))


def test_cancelling_a_waitlisted_booking_and_a_used_one(db: Database, gold: str) -> None:
    sid = save_session(db, spec(capacity=1, days=3))
    a, b, c = (holder(db, n, gold) for n in ("Ana", "Bo", "Cy"))
    ana = book_seat(db, sid, pass_text_or_id=a.token, now=at(1))
    bo = book_seat(db, sid, pass_text_or_id=b.token, now=at(1))
    cy = book_seat(db, sid, pass_text_or_id=c.token, now=at(1))
    assert cancel_booking(db, bo.booking.id, now=at(2)).promoted == ()
    assert [x.position for x in bookings_for(db, sid)] == [None, 1]  # Cy moved up
    assert bookings_for(db, sid)[1].id == cy.booking.id
    assert check_in(db, sid, a.token, now=at(3), device_name="S").ok
    with pytest.raises(ServiceError, match="already checked in"):
        cancel_booking(db, ana.booking.id, now=at(3))
    with pytest.raises(ServiceError, match="already checked in"):
        book_seat(db, sid, pass_text_or_id=a.token, now=at(2))
    with pytest.raises(ServiceError, match="not on this device"):
        cancel_booking(db, "missing")


def test_more_seats_go_to_the_waitlist_first(db: Database, gold: str) -> None:
    sid = save_session(db, spec(capacity=1))
    a, b, c = (holder(db, n, gold) for n in ("Ana", "Bo", "Cy"))
    for h in (a, b, c):
        book_seat(db, sid, pass_text_or_id=h.token, now=at(1))
    save_session(db, spec(capacity=2, id=sid), now=at(2))
    listing = bookings_for(db, sid)
    assert [(x.member_name, x.position) for x in listing] == [
        ("Ana", None),
        ("Bo", None),
        ("Cy", 1),
    ]
