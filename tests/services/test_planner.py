"""The 12-week planner: template cadence, editing, validation, the merged timeline, outbox."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from helpers import payloads, scalar, seed_products
from popuppos.services import calendar, drops, live, planner
from popuppos.services.calendar import SessionSpec
from popuppos.services.errors import ServiceError
from popuppos.services.plan_timeline import timeline
from popuppos.services.planner import (
    DEFAULT_CADENCE,
    DROP,
    MEMBER_SESSION,
    CadenceStep,
    EventKind,
    PlanEventSpec,
    apply_cadence,
    at_local,
    local_day,
    save_event,
)
from popuppos.services.receipts import local_time
from popuppos.store.db import Database, open_database

# Twelve weeks from here cross the end of summer time in Berlin (31 October 2027).
FIRST_MONDAY = date(2027, 9, 27)
EARLIER = datetime(2027, 1, 1)  # "now" for the writes: before everything planned


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Berlin's (an hour or two off UTC, and with daylight saving)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


def event(
    kind: EventKind = EventKind.FREE_EVENT,
    title: str = "Zine swap",
    day: date = FIRST_MONDAY,
    hour: int = 18,
    minutes: int = 90,
    **kw: object,
) -> PlanEventSpec:
    starts = at_local(day, time(hour))
    return PlanEventSpec(kind.value, title, starts, starts + timedelta(minutes=minutes), **kw)  # type: ignore[arg-type]


def plan_rows(db: Database) -> int:
    return int(scalar(db, "SELECT COUNT(*) FROM plan_events"))


# -- the template cadence ------------------------------------------------------------------
def test_the_default_cadence_is_the_issues_example_carried_to_twelve_weeks() -> None:
    assert [(s.week, s.kind) for s in DEFAULT_CADENCE] == [
        (1, EventKind.FREE_EVENT),
        (2, EventKind.LIVE_DROP),
        (4, EventKind.MEMBER_DROP),
        (6, EventKind.POPUP_DAY),
        (8, EventKind.PASS_RELEASE),
        (10, EventKind.LIVE_DROP),
        (12, EventKind.POPUP_DAY),
    ]


def test_a_cadence_makes_each_kind_in_its_week_on_its_local_day_and_time(db: Database) -> None:
    result = apply_cadence(db, FIRST_MONDAY, DEFAULT_CADENCE, now=EARLIER)

    assert len(result.created) == 7 and not result.skipped
    assert result.summary == "Planned 7 events."
    found = planner.events_between(
        db, at_local(FIRST_MONDAY), at_local(FIRST_MONDAY + timedelta(weeks=12))
    )
    assert [e.id for e in found] == list(result.created)
    for step, e in zip(DEFAULT_CADENCE, found, strict=True):
        start = local_time(e.starts_at)
        assert e.kind is step.kind and e.title == step.title
        assert (start.date() - FIRST_MONDAY).days // 7 + 1 == step.week
        assert start.weekday() == step.weekday
        assert start.time() == step.starts  # 19:00 on the wall clock, summer or winter
        assert e.ends_at - e.starts_at == timedelta(minutes=step.minutes)
    # Week 2's live drop is in summer time (UTC+2), week 10's in winter time (UTC+1).
    assert found[1].starts_at == datetime(2027, 10, 7, 17, 0)
    assert found[5].starts_at == datetime(2027, 12, 2, 18, 0)


def test_applying_a_cadence_again_creates_nothing_twice(db: Database) -> None:
    apply_cadence(db, FIRST_MONDAY, now=EARLIER)
    again = apply_cadence(db, FIRST_MONDAY, now=EARLIER)

    assert again.created == () and len(again.skipped) == 7
    assert again.summary == "Planned 0 events; 7 skipped (already planned that day)."
    assert plan_rows(db) == 7
    assert len(payloads(db, "plan.event_saved")) == 7


def test_only_the_same_kind_on_the_same_local_day_counts_as_a_duplicate(db: Database) -> None:
    week_two_thursday = FIRST_MONDAY + timedelta(days=10)
    # A live drop already planned that Thursday evening; another at 00:30 on the Friday,
    # which is still Thursday in UTC but not on the host's calendar.
    save_event(db, event(EventKind.LIVE_DROP, "Late drop", week_two_thursday, 23), now=EARLIER)
    friday_early = at_local(week_two_thursday + timedelta(days=1), time(0, 30))
    save_event(
        db,
        PlanEventSpec(
            "live_drop", "After midnight", friday_early, friday_early + timedelta(hours=1)
        ),
        now=EARLIER,
    )
    save_event(db, event(EventKind.POPUP_DAY, "Market", FIRST_MONDAY + timedelta(days=5)))

    result = apply_cadence(db, FIRST_MONDAY, now=EARLIER)

    assert [(s.week, s.kind) for s in result.skipped] == [(2, EventKind.LIVE_DROP)]
    assert len(result.created) == 6  # week 1's Saturday free event sits beside the pop-up


def test_a_cadence_starts_on_a_monday_and_its_rows_are_checked(db: Database) -> None:
    with pytest.raises(ServiceError, match="starts on a Monday"):
        apply_cadence(db, FIRST_MONDAY + timedelta(days=1))
    bad = CadenceStep(13, EventKind.LIVE_DROP, "Live drop", 3, time(19), 60)
    with pytest.raises(ServiceError, match="week is 1 to 12"):
        apply_cadence(db, FIRST_MONDAY, (*DEFAULT_CADENCE, bad))
    untitled = CadenceStep(3, EventKind.FREE_EVENT, "  ", 3, time(19), 60)
    with pytest.raises(ServiceError, match="week 3: give the free micro-event a title"):
        apply_cadence(db, FIRST_MONDAY, (untitled,))
    with pytest.raises(ServiceError, match="template is empty"):
        apply_cadence(db, FIRST_MONDAY, ())
    assert plan_rows(db) == 0  # all or nothing


# -- editing -------------------------------------------------------------------------------
def test_an_event_is_created_edited_and_each_write_queues_its_sync_event(db: Database) -> None:
    event_id = save_event(db, event(venue=" The  Courtyard "), now=EARLIER)
    first = planner.event_info(db, event_id)
    assert (first.kind, first.title, first.venue) == (
        EventKind.FREE_EVENT,
        "Zine swap",
        "The Courtyard",
    )

    changed = PlanEventSpec(
        "popup_day", "Winter market", first.starts_at, first.ends_at + timedelta(hours=5),
        notes="Bring the big table", id=event_id,
    )  # fmt: skip
    assert save_event(db, changed, now=EARLIER) == event_id

    again = planner.event_info(db, event_id)
    assert (again.kind, again.title, again.notes) == (
        EventKind.POPUP_DAY, "Winter market", "Bring the big table",
    )  # fmt: skip
    assert again.label == "Pop-up day"
    saved = payloads(db, "plan.event_saved")
    assert [(p["plan_event_id"], p["created"], p["kind"]) for p in saved] == [
        (event_id, True, "free_event"),
        (event_id, False, "popup_day"),
    ]
    assert saved[1]["ends_at"] == again.ends_at.isoformat()


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (event(title="   "), "give the event a title"),
        (event(minutes=0), "the event must end after it starts"),
        (event(minutes=-30), "the event must end after it starts"),
        (event(minutes=14 * 24 * 60 + 1), "an event lasts at most 14 days"),
        (PlanEventSpec("party", "Party", EARLIER, EARLIER + timedelta(hours=1)), "not a kind"),
        (event(drop_id="no-such-drop"), "the drop linked to this event is not on this device"),
        (event(title="x" * 121), "at most 120 characters"),
    ],
)
def test_an_event_that_cannot_be_planned_is_refused_with_the_reason(
    db: Database, spec: PlanEventSpec, message: str
) -> None:
    with pytest.raises(ServiceError, match=message):
        save_event(db, spec)
    assert plan_rows(db) == 0


def test_fourteen_days_exactly_is_allowed(db: Database) -> None:
    save_event(db, event(minutes=14 * 24 * 60))
    assert plan_rows(db) == 1


def test_editing_an_event_that_was_deleted_says_so(db: Database) -> None:
    event_id = save_event(db, event())
    planner.delete_event(db, event_id)
    with pytest.raises(ServiceError, match="no longer in the plan"):
        save_event(
            db, PlanEventSpec("free_event", "Zine", EARLIER, EARLIER + timedelta(1), id=event_id)
        )


def test_moving_keeps_the_local_time_across_daylight_saving(db: Database) -> None:
    saturday = date(2027, 10, 30)  # the day before summer time ends
    event_id = save_event(db, event(day=saturday, hour=19, minutes=60))

    moved = planner.move_event(db, event_id, 7)

    assert local_day(moved.starts_at) == saturday + timedelta(days=7)
    assert local_time(moved.starts_at).time() == time(19, 0)
    assert moved.ends_at - moved.starts_at == timedelta(hours=1)
    back = planner.move_event(db, event_id, -8)
    assert local_day(back.starts_at) == saturday - timedelta(days=1)
    last = payloads(db, "plan.event_saved")[-1]
    assert (last["plan_event_id"], last["created"]) == (event_id, False)
    assert last["starts_at"] == back.starts_at.isoformat()
    with pytest.raises(ServiceError, match="move an event by 1 to 366 days"):
        planner.move_event(db, event_id, 0)


def test_a_plan_event_can_be_deleted_unless_a_live_session_ran_under_it(db: Database) -> None:
    gone = save_event(db, event(title="Maybe"))
    kept = save_event(db, event(EventKind.LIVE_DROP, "Thursday live"))

    planner.delete_event(db, gone)

    assert plan_rows(db) == 1
    (deleted,) = payloads(db, "plan.event_deleted")
    assert (deleted["plan_event_id"], deleted["kind"]) == (gone, "free_event")
    with pytest.raises(ServiceError, match="no longer in the plan"):
        planner.delete_event(db, gone)
    live.start_live(db, "Thursday live", "stream", plan_event_id=kept)
    with pytest.raises(ServiceError, match="a live session ran under “Thursday live”"):
        planner.delete_event(db, kept)
    assert plan_rows(db) == 1
    assert len(payloads(db, "plan.event_deleted")) == 1


# -- the timeline --------------------------------------------------------------------------
def test_the_timeline_merges_plan_events_drops_and_sessions_by_time(db: Database) -> None:
    items = seed_products(db)
    apply_cadence(db, FIRST_MONDAY, now=EARLIER)
    week_two = FIRST_MONDAY + timedelta(weeks=1)
    drop_id = drops.save_drop(
        db,
        drops.DropSpec(
            name="Riso print drop", price=2500, edition_size=30,
            public_start=at_local(week_two + timedelta(days=1), time(12)),
            public_end=at_local(week_two + timedelta(days=9), time(12)),
            parts=((items["MUG"].variant_id, 1),),
        ),
        now=EARLIER,
    )  # fmt: skip
    session = SessionSpec(
        "Breathwork", at_local(week_two + timedelta(days=2), time(18)), 60, 12, venue="Studio 2"
    )
    calendar.save_session(db, session, now=EARLIER)
    cancelled = calendar.save_session(
        db, SessionSpec("Called off", at_local(week_two, time(9)), 60, 12), now=EARLIER
    )
    calendar.cancel_session(db, cancelled)

    weeks = timeline(db, FIRST_MONDAY + timedelta(days=3), now=EARLIER)  # any day of week 1

    assert [w.number for w in weeks] == list(range(1, 13))
    assert weeks[0].first_day == FIRST_MONDAY and weeks[11].last_day == date(2027, 12, 19)
    assert [i.kind for i in weeks[0].items] == ["free_event"]
    two = weeks[1].items
    assert [(i.kind, i.title) for i in two] == [
        (DROP, "Riso print drop"),
        (MEMBER_SESSION, "Breathwork"),
        ("live_drop", "Live drop"),
    ]
    assert two[0].ref_id == drop_id and two[0].detail == "Scheduled · 30 to sell"
    assert two[1].detail == "0/12 booked · Studio 2" and not two[1].editable
    assert two[2].editable and two[2].event is not None and two[2].label == "Live drop"
    # The drop's window runs into week 3: it is on that row too, before the week's events.
    assert [i.kind for i in weeks[2].items] == [DROP]
    assert [i.kind for i in weeks[3].items] == ["member_drop"]
    for w in weeks:
        assert [i.starts_at for i in w.items] == sorted(i.starts_at for i in w.items)
    assert sum(len(w.items) for w in weeks) == 7 + 2 + 1  # the drop twice, one session


def test_a_drop_on_sale_shows_its_state_and_true_remaining_count(db: Database) -> None:
    items = seed_products(db)
    now = at_local(FIRST_MONDAY + timedelta(days=2), time(12))
    drops.save_drop(
        db,
        drops.DropSpec(
            name="Tote drop", price=1500, edition_size=5, public_start=now - timedelta(hours=1),
            public_end=now + timedelta(days=1), parts=((items["TEE-S"].variant_id, 1),),
        ),
        now=EARLIER,
    )  # fmt: skip

    (item,) = timeline(db, FIRST_MONDAY, weeks=1, now=now)[0].items

    assert item.detail == "Live · 5 of 5 left"
    assert item.label == "Drop window"
