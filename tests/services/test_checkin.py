"""Check-in by scan, duplicates after sync, and retention per pass, on real SQLite files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from popuppos.core import pass_token as tok
from popuppos.core.pass_token import RevocationReason
from popuppos.services import bookings, calendar, members, pass_admin, passes, shop
from popuppos.services.calendar import SessionSpec
from popuppos.services.checkin import (
    BOOKING_HELD,
    CheckInKind,
    check_in,
    duplicate_check_ins,
    retention_per_pass,
    retention_summary,
)
from popuppos.services.errors import ServiceError
from popuppos.services.receipts import local_time
from popuppos.store.db import Database, open_database


def at(days: int, hour: int = 12, minute: int = 0) -> datetime:
    """A naive UTC time ``days`` from today (noon keeps the local day the same day)."""
    return datetime.combine(date.today() + timedelta(days=days), time(hour, minute))


def hhmm(moment: datetime) -> str:
    return local_time(moment).strftime("%H:%M")


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one())
            for t in ("check_ins", "outbox", "bookings")
        }


def tier(db: Database, code: str, **kw: Any) -> str:
    spec = passes.TierSpec(name=code.title(), code=code, price=5000, validity_days=30, **kw)
    return passes.save_tier(db, spec)


def holder(db: Database, name: str, tier_id: str, **kw: Any) -> passes.IssuedPass:
    member = members.create_member(db, name=name)
    return passes.issue_pass(db, tier_id=tier_id, member_id=member.id, actor="Ann", **kw)


def session(db: Database, title: str = "Tuesday Breathwork", *, days: int = 3, **kw: Any) -> str:
    kw.setdefault("capacity", 10)
    spec = SessionSpec(title=title, starts_at=at(days), duration_minutes=60, **kw)
    return calendar.save_session(db, spec)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def gold(db: Database) -> str:
    return tier(db, "GOLD", one_to_one_minutes=60)


# -- first scan, second scan -------------------------------------------------------------
def test_first_scan_checks_in_and_queues_the_event(db: Database, gold: str) -> None:
    ana = holder(db, "Ana Lopez", gold)
    sid = session(db)
    before = counts(db)
    result = check_in(db, sid, ana.token, now=at(3, 11, 55), device_name="Stall 2")
    assert result.ok and result.kind is CheckInKind.CHECKED_IN
    assert result.headline == "Checked in to Tuesday Breathwork"
    assert result.first_name == "Ana" and result.pass_id == ana.pass_id
    assert counts(db)["check_ins"] == before["check_ins"] + 1
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM check_ins")).mappings().one()
        event = conn.execute(
            text("SELECT payload FROM outbox WHERE event_type = 'checkin.recorded'")
        ).scalar_one()
    assert row["id"] == result.check_in_id and row["device_id"] == db.device_id
    assert row["device_name"] == "Stall 2" and row["minutes_debited"] == 0
    payload = json.loads(event)
    assert payload["check_in_id"] == result.check_in_id
    assert payload["pass_id"] == ana.pass_id and payload["session_id"] == sid
    assert payload["at"] == at(3, 11, 55).isoformat()
    assert calendar.session_info(db, sid).checked_in == 1


def test_second_scan_says_already_with_time_and_device(db: Database, gold: str) -> None:
    ana = holder(db, "Ana Lopez", gold)
    sid = session(db)
    first = at(3, 12, 2)
    assert check_in(db, sid, ana.token, now=first, device_name="Stall 2").ok
    before = counts(db)
    again = check_in(db, sid, ana.token.lower(), now=at(3, 12, 9), device_name="Stall 1")
    assert not again.ok and again.kind is CheckInKind.ALREADY
    assert again.headline == f"Already checked in at {hhmm(first)} on Stall 2"
    assert again.first_name == "Ana"
    assert counts(db) == before  # nothing written


def test_already_without_a_device_name(db: Database, gold: str) -> None:
    ana = holder(db, "Ana", gold)
    sid = session(db)
    check_in(db, sid, ana.token, now=at(3), device_name="  ")
    again = check_in(db, sid, ana.token, now=at(3, 12, 5), device_name="Stall 1")
    assert again.headline == f"Already checked in at {hhmm(at(3))}"


# -- refusals write nothing ----------------------------------------------------------------
def test_expired_pass_is_refused_with_the_day(db: Database, gold: str) -> None:
    ana = holder(db, "Ana Lopez", gold)  # good for 30 days from today
    sid = session(db, days=40)
    before = counts(db)
    result = check_in(db, sid, ana.token, now=at(40), device_name="Stall 1")
    assert result.kind is CheckInKind.REFUSED and not result.ok
    assert result.headline == f"Pass expired on {tok.format_day(ana.valid_until)}"
    assert result.detail == f"This pass expired on {tok.format_day(ana.valid_until)}."
    assert result.first_name == "Ana"
    assert counts(db) == before


def test_revoked_pass_is_refused_with_the_reason(db: Database, gold: str) -> None:
    ana = holder(db, "Ana Lopez", gold)
    with db.write() as conn:
        passes.revoke_pass_in(conn, db.device_id, ana.pass_id, RevocationReason.REFUNDED, actor="A")
    sid = session(db)
    before = counts(db)
    result = check_in(db, sid, ana.token, now=at(3), device_name="Stall 1")
    assert result.kind is CheckInKind.REFUSED
    assert result.headline == "Pass refunded"
    assert result.detail == "This pass was refunded."
    assert counts(db) == before


def test_forged_passes_are_refused(db: Database, gold: str) -> None:
    ana = holder(db, "Ana Lopez", gold)
    sid = session(db)
    before = counts(db)
    # One changed character of the signature: altered.
    last = ana.token[-1]
    altered = ana.token[:-1] + ("A" if last != "A" else "B")
    result = check_in(db, sid, altered, now=at(3), device_name="Stall 1")
    assert result.kind is CheckInKind.REFUSED and result.headline == "Pass not accepted"
    assert "altered" in result.detail and result.first_name is None
    # The same claims signed by a key the shop never trusted.
    key = tok.SigningKey.generate()
    claims = tok.PassClaims(
        UUID(ana.pass_id), "GOLD", ana.valid_from, ana.valid_until, date.today(), key.key_id
    )
    forged = tok.issue_pass(claims, key)
    result = check_in(db, sid, forged, now=at(3), device_name="Stall 1")
    assert result.kind is CheckInKind.REFUSED
    assert result.detail == "This pass was not issued by this shop."
    garbage = check_in(db, sid, "hello world", now=at(3), device_name="Stall 1")
    assert garbage.headline == "Not a member pass"
    assert counts(db) == before


def test_tier_not_allowed(db: Database, gold: str) -> None:
    silver = tier(db, "SILVER")
    bo = holder(db, "Bo Chen", silver)
    sid = session(db, tier_ids=(gold,))
    result = check_in(db, sid, bo.token, now=at(3), device_name="Stall 1")
    assert result.kind is CheckInKind.REFUSED
    assert result.headline == "Not open to Silver passes" and result.first_name == "Bo"
    assert counts(db)["check_ins"] == 0


def test_check_in_window_and_cancelled_session(db: Database, gold: str) -> None:
    ana = holder(db, "Ana", gold)
    sid = session(db)
    early = check_in(db, sid, ana.token, now=at(3, 10, 59), device_name="S")
    assert early.headline == "Check-in has not opened"
    late = check_in(db, sid, ana.token, now=at(3, 13, 1), device_name="S")
    assert late.headline == "Tuesday Breathwork has ended"
    other = session(db, "Circle", days=4)
    calendar.cancel_session(db, other, reason="teacher ill")
    assert check_in(db, other, ana.token, now=at(4), device_name="S").headline == (
        "Circle was cancelled"
    )
    assert counts(db)["check_ins"] == 0
    with pytest.raises(ServiceError, match="not on this device"):
        check_in(db, "no-such-session", ana.token, now=at(3), device_name="S")


# -- capacity ------------------------------------------------------------------------------
def test_capacity_full_is_refused(db: Database, gold: str) -> None:
    ana, bo = holder(db, "Ana", gold), holder(db, "Bo", gold)
    sid = session(db, capacity=1)
    assert check_in(db, sid, ana.token, now=at(3), device_name="S").ok
    full = check_in(db, sid, bo.token, now=at(3, 12, 1), device_name="S")
    assert full.kind is CheckInKind.REFUSED and full.headline == "Session full"
    assert full.detail == "All 1 seats are taken" and full.first_name == "Bo"
    assert counts(db)["check_ins"] == 1


def test_a_booked_seat_is_held_until_just_after_the_start(db: Database, gold: str) -> None:
    ana, bo = holder(db, "Ana", gold), holder(db, "Bo", gold)
    sid = session(db, capacity=1)
    bookings.book_seat(db, sid, pass_text_or_id=ana.pass_id, now=at(1))
    walk_in = check_in(db, sid, bo.token, now=at(3), device_name="S")
    assert walk_in.headline == "Session full" and "held until" in walk_in.detail
    # Ana does not come: after the hold, her seat goes to the walk-in.
    later = at(3) + BOOKING_HELD
    assert check_in(db, sid, bo.token, now=later, device_name="S").ok
    ana_late = check_in(db, sid, ana.token, now=later, device_name="S")
    assert ana_late.headline == "Session full"  # capacity is respected, even for her
    assert ana_late.detail == "All 1 seats are taken"


def test_a_booked_member_gets_in_when_walk_ins_filled_the_rest(db: Database, gold: str) -> None:
    ana, bo, cy = holder(db, "Ana", gold), holder(db, "Bo", gold), holder(db, "Cy", gold)
    sid = session(db, capacity=2)
    bookings.book_seat(db, sid, pass_text_or_id=ana.token, now=at(1))
    assert check_in(db, sid, bo.token, now=at(3), device_name="S").ok
    assert check_in(db, sid, cy.token, now=at(3), device_name="S").headline == "Session full"
    assert check_in(db, sid, ana.token, now=at(3), device_name="S").ok
    assert calendar.session_info(db, sid).checked_in == 2


# -- 1:1 minutes and included sessions -----------------------------------------------------
def test_minutes_are_debited_until_the_balance_runs_out(db: Database, gold: str) -> None:
    ana = holder(db, "Ana", gold)  # 60 minutes
    s1, s2, s3 = (session(db, f"1:1 #{n}", days=n, minutes_cost=25) for n in (3, 4, 5))
    free = session(db, "Open circle", days=6)
    first = check_in(db, s1, ana.token, now=at(3), device_name="S")
    assert first.ok and first.detail == "35 of 60 1:1 minutes left" and first.minutes_left == 35
    second = check_in(db, s2, ana.token, now=at(4), device_name="S")
    assert second.detail == "10 of 60 1:1 minutes left"
    third = check_in(db, s3, ana.token, now=at(5), device_name="S")
    assert third.kind is CheckInKind.REFUSED and third.headline == "Not enough 1:1 minutes"
    assert third.detail == "10 of 60 1:1 minutes left; 1:1 #5 needs 25"
    assert check_in(db, free, ana.token, now=at(6), device_name="S").ok  # costs nothing
    with db.engine.connect() as conn:
        debited = conn.execute(
            text("SELECT SUM(minutes_debited) FROM check_ins WHERE pass_id = :p"),
            {"p": ana.pass_id},
        ).scalar_one()
    assert debited == 50


def test_a_tier_without_minutes_cannot_take_a_paid_session(db: Database) -> None:
    basic = tier(db, "BASIC")
    bo = holder(db, "Bo", basic)
    sid = session(db, minutes_cost=15)
    result = check_in(db, sid, bo.token, now=at(3), device_name="S")
    assert result.detail == "0 of 0 1:1 minutes left; Tuesday Breathwork needs 15"


def test_included_sessions_cap(db: Database) -> None:
    two = tier(db, "TWO", included_sessions=2)
    ana = holder(db, "Ana", two)
    s1, s2, s3 = (session(db, f"Class {n}", days=n) for n in (3, 4, 5))
    assert check_in(db, s1, ana.token, now=at(3), device_name="S").detail == (
        "1 of 2 included sessions left"
    )
    assert check_in(db, s2, ana.token, now=at(4), device_name="S").ok
    third = check_in(db, s3, ana.token, now=at(5), device_name="S")
    assert third.kind is CheckInKind.REFUSED and third.headline == "No sessions left"
    assert third.detail == "All 2 included sessions are used"


# -- two devices, offline, then synced ------------------------------------------------------
def _copy(
    src: Database, dst: Database, table: str, where: str, *, null: str = "", **params: Any
) -> None:
    """What sync does, by hand: the same rows, same ids, in the other database (``null``:
    a column left out, like a tier's catalogue item that is not part of this test)."""
    with src.engine.connect() as conn:
        found = conn.execute(text(f"SELECT * FROM {table} WHERE {where}"), params).mappings()
        rows = [{**r, **({null: None} if null else {})} for r in found]
    assert rows
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    with dst.engine.begin() as conn:
        conn.execute(text(sql), rows)


def test_two_offline_devices_check_in_one_pass_and_the_duplicate_is_flagged(
    tmp_path: Path,
) -> None:
    a = open_database(tmp_path / "a.sqlite")
    b = open_database(tmp_path / "b.sqlite")
    try:
        assert a.device_id != b.device_id
        gold = tier(a, "GOLD", included_sessions=1, one_to_one_minutes=30)
        ana = holder(a, "Ana Lopez", gold)
        sid = session(a, minutes_cost=10)
        # Earlier syncs brought the tier, the session and A's public key (never the private)...
        _copy(a, b, "pass_tiers", "id = :i", null="variant_id", i=gold)
        _copy(a, b, "member_sessions", "id = :i", i=sid)
        with a.engine.connect() as conn:
            key = conn.execute(text("SELECT * FROM signing_keys")).mappings().one()
        with b.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO signing_keys (key_id, device_id, public_key, private_key,"
                    " created_at) VALUES (:k, :d, :p, NULL, :c)"
                ),
                {"k": key["key_id"], "d": a.device_id, "p": key["public_key"],
                 "c": key["created_at"]},
            )  # fmt: skip
        # ... but neither the pass nor Ana: B has been offline all day since A sold it.
        # The signature is enough to let her in; who she is arrives with the next sync.
        on_a = check_in(a, sid, ana.token, now=at(3, 12, 1), device_name="Stall 1")
        on_b = check_in(b, sid, ana.token, now=at(3, 12, 3), device_name="Stall 2")
        assert on_a.ok and on_b.ok
        assert on_a.first_name == "Ana" and on_b.first_name == ""
        assert on_b.detail == "20 of 30 1:1 minutes left · 0 of 1 included sessions left"
        with b.engine.connect() as conn:
            row = conn.execute(text("SELECT pass_id, member_id FROM check_ins")).one()
        assert row == (ana.pass_id, None)
        assert duplicate_check_ins(a) == []
        # Sync: B's check-in arrives at A.
        _copy(b, a, "check_ins", "id = :i", i=on_b.check_in_id)
        dups = duplicate_check_ins(a)
        assert len(dups) == 1
        dup = dups[0]
        assert dup.session_id == sid and dup.member_name == "Ana Lopez"
        assert dup.kept.id == on_a.check_in_id and dup.kept.device_id == a.device_id
        assert dup.kept.device_name == "Stall 1" and dup.kept.at == at(3, 12, 1)
        assert dup.duplicate.id == on_b.check_in_id and dup.duplicate.device_id == b.device_id
        assert dup.duplicate.device_name == "Stall 2" and dup.duplicate.at == at(3, 12, 3)
        assert dup.duplicate.pass_id == ana.pass_id
        assert "(counted)" in dup.message and "Stall 2" in dup.message
        with a.engine.connect() as conn:  # flagged, not merged: both facts stay
            assert conn.execute(text("SELECT COUNT(*) FROM check_ins")).scalar_one() == 2
        # The duplicate counts once: one seat, one session attended, minutes debited once.
        assert calendar.session_info(a, sid).checked_in == 1
        assert [r.sessions_attended for r in retention_per_pass(a)] == [1]
        again = check_in(a, sid, ana.token, now=at(3, 12, 30), device_name="Stall 1")
        assert again.headline == f"Already checked in at {hhmm(at(3, 12, 1))} on Stall 1"
        # The later one by device time is flagged whichever arrived first. Sync brings
        # Ana and her pass to B too, before A's check-in that names her.
        _copy(a, b, "members", "name = 'Ana Lopez'")
        _copy(a, b, "passes", "id = :i", i=ana.pass_id)
        _copy(a, b, "check_ins", "id = :i", i=on_a.check_in_id)
        flagged = duplicate_check_ins(b)
        assert [d.duplicate.id for d in flagged] == [on_b.check_in_id]
    finally:
        a.close()
        b.close()


# -- retention -----------------------------------------------------------------------------
def test_retention_per_pass_and_average(db: Database, gold: str) -> None:
    silver = tier(db, "SILVER")
    zoe = holder(db, "Zoe None", gold)
    bo = holder(db, "Bo Two", silver)
    cy = holder(db, "Cy Five", gold)
    sessions = [session(db, f"Class {n}", days=n) for n in range(3, 8)]
    for n, sid in enumerate(sessions[:2], start=3):
        assert check_in(db, sid, bo.token, now=at(n), device_name="S").ok
    for n, sid in enumerate(sessions, start=3):
        assert check_in(db, sid, cy.token, now=at(n), device_name="S").ok
    # One duplicate of Cy's first check-in, as another device's row arriving by sync.
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO check_ins (id, session_id, pass_id, member_id, device_id,"
                " device_name, created_at, minutes_debited) SELECT :id, session_id, pass_id,"
                " member_id, 'other-device', 'Stall 9', created_at, 0 FROM check_ins"
                " WHERE pass_id = :p AND session_id = :s"
            ),
            {"id": "dup-1", "p": cy.pass_id, "s": sessions[0]},
        )
    per_pass = retention_per_pass(db)
    assert [(r.pass_id, r.member_name, r.tier_name, r.sessions_attended) for r in per_pass] == [
        (cy.pass_id, "Cy Five", "Gold", 5),
        (bo.pass_id, "Bo Two", "Silver", 2),
        (zoe.pass_id, "Zoe None", "Gold", 0),
    ]
    summary = retention_summary(db)
    holders, attended, average = summary
    assert (holders, attended) == (3, 7)
    assert average == pytest.approx(7 / 3)
    # A window counts the sessions starting in it, for the passes good in it.
    window = retention_per_pass(db, start=at(3, 0), end=at(5, 0))
    assert {r.pass_id: r.sessions_attended for r in window} == {
        cy.pass_id: 2,
        bo.pass_id: 2,
        zoe.pass_id: 0,
    }
    assert retention_summary(db, start=at(100), end=at(101)) == (0, 0, 0.0)


# -- facts ---------------------------------------------------------------------------------
def test_check_ins_are_immutable(db: Database, gold: str) -> None:
    ana = holder(db, "Ana", gold)
    sid = session(db)
    assert check_in(db, sid, ana.token, now=at(3), device_name="S").ok
    with pytest.raises(DatabaseError, match="facts"), db.engine.begin() as conn:
        conn.execute(text("UPDATE check_ins SET minutes_debited = 0"))
    with pytest.raises(DatabaseError, match="facts"), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM check_ins"))


def test_a_transferred_pass_keeps_its_balance_not_a_fresh_one(db: Database) -> None:
    gold = tier(db, "GOLDX", included_sessions=2, one_to_one_minutes=30, transferable=True)
    ana = holder(db, "Ana Lopez", gold)
    bo = members.create_member(db, name="Bo Ng")
    shop.set_manager_pin(db, "2468", current_pin=None, actor="test")
    first = session(db, "One", minutes_cost=20)
    assert check_in(db, first, ana.token, now=at(3), device_name="S").ok
    given = pass_admin.transfer_pass(
        db, ana.pass_id, to_member_id=bo.id, actor="test", manager_pin="2468"
    )
    second = session(db, "Two", days=4, minutes_cost=20)
    refused = check_in(db, second, given.token, now=at(4), device_name="S")
    # 30 minutes bought, 20 used by Ana before the transfer: 10 left for Bo, not 30.
    assert refused.kind is CheckInKind.REFUSED
    assert "10" in refused.detail
