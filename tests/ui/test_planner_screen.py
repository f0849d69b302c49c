"""The 12-week planner end to end: real widgets, a real SQLite file, the services underneath."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import scalar, seed_products
from popuppos.services import calendar, drops, planner
from popuppos.services.calendar import SessionSpec
from popuppos.services.planner import EventKind, PlanEventSpec, at_local, monday_of
from popuppos.services.receipts import local_time
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.planner.event_dialog import EventDialog
from popuppos.ui.planner.look import short_day
from popuppos.ui.planner.planner_screen import PlannerScreen
from popuppos.ui.planner.timeline_view import Chip, WeekRow
from popuppos.ui.qt import QAbstractButton, QPoint, Qt, QTime

THIS_MONDAY = monday_of(date.today())
NEXT_MONDAY = THIS_MONDAY + timedelta(weeks=1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, settings=get_settings(db))


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> PlannerScreen:
    widget = PlannerScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.loads >= 1)
    return widget


def reloaded(qtbot: QtBot, screen: PlannerScreen, before: int) -> None:
    qtbot.waitUntil(lambda: screen.loads > before)


def chips(screen: PlannerScreen, week: int) -> list[Chip]:
    return screen.view.rows[week - 1].chips


def titles(screen: PlannerScreen, week: int) -> list[str]:
    return [c.item.title for c in chips(screen, week)]


def day_of(chip: Chip) -> date:
    return planner.local_day(chip.item.starts_at)


def plan(db: Database, title: str, day: date, kind: EventKind = EventKind.FREE_EVENT) -> str:
    starts = at_local(day, time(18))
    return planner.save_event(
        db, PlanEventSpec(kind.value, title, starts, starts + timedelta(hours=2), venue="Studio")
    )


def columns(row: WeekRow, chip: Chip) -> tuple[int, int]:
    """(first day column, days spanned) of ``chip`` in ``row`` (0 = Monday)."""
    _, col, _, span = row.days.grid.getItemPosition(row.days.grid.indexOf(chip))
    return col, span


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_chip(qtbot: QtBot, screen: PlannerScreen, title: str) -> EventDialog:
    chip = next(c for c in screen.view.chips() if c.item.title == title)
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# -- the template --------------------------------------------------------------------------
def test_a_template_edited_in_its_dialog_plans_the_twelve_weeks_shown_as_rows(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    dialog = screen.plan_from_template()
    assert dialog.first_monday() == NEXT_MONDAY
    assert [r.step().week for r in dialog.rows] == [1, 2, 4, 6, 8, 10, 12]
    assert dialog.create_button.text() == "Create 7 events"
    dialog.rows[0].title.setText("Sketch club")
    dialog.rows[0].day.setCurrentIndex(2)  # Wednesday
    dialog.rows[0].starts.setTime(QTime(17, 30))
    click(qtbot, dialog.rows[-1].remove)  # no second pop-up day in week 12
    assert dialog.create_button.text() == "Create 6 events"

    loads = screen.loads
    click(qtbot, dialog.create_button)
    reloaded(qtbot, screen, loads)

    assert not dialog.isVisible()
    assert screen.first_monday == NEXT_MONDAY
    assert [(r.week.number, r.week.first_day) for r in screen.view.rows][:2] == [
        (1, NEXT_MONDAY),
        (2, NEXT_MONDAY + timedelta(weeks=1)),
    ]
    (sketch,) = chips(screen, 1)
    assert sketch.item.title == "Sketch club" and sketch.item.kind == "free_event"
    assert day_of(sketch) == NEXT_MONDAY + timedelta(days=2)
    assert local_time(sketch.item.starts_at).time() == time(17, 30)
    assert sketch.head() == "17:30" and sketch.second_line == "Free micro-event"
    assert [c.item.kind for c in chips(screen, 2)] == ["live_drop"]
    assert [c.item.kind for c in chips(screen, 8)] == ["pass_release"]
    assert chips(screen, 12) == []
    assert screen.banner.text() == f"Planned 6 events, from {short_day(NEXT_MONDAY)}."
    assert scalar(db, "SELECT COUNT(*) FROM plan_events") == 6


def test_applying_the_template_twice_plans_nothing_twice(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    planner.apply_cadence(db, NEXT_MONDAY)
    dialog = screen.plan_from_template()
    loads = screen.loads
    click(qtbot, dialog.create_button)
    reloaded(qtbot, screen, loads)

    assert screen.banner.text().startswith("Planned 0 events; 7 skipped (already planned that day)")
    assert scalar(db, "SELECT COUNT(*) FROM plan_events") == 7
    assert sum(len(r.chips) for r in screen.view.rows) == 7


def test_a_template_row_without_a_title_cannot_be_created(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    dialog = screen.plan_from_template()
    dialog.rows[1].title.setText("  ")
    assert not dialog.create_button.isEnabled()
    assert dialog.notice.text() == "Give every row a title."
    dialog.start_date.setDate(dialog.start_date.date().addDays(3))  # a Thursday: back to Monday
    assert dialog.first_monday().weekday() == 0
    assert dialog.start_date.date().dayOfWeek() == 1


# -- plan events ---------------------------------------------------------------------------
def test_an_event_edited_in_its_dialog_shows_on_its_row(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    event_id = plan(db, "Zine swap", THIS_MONDAY + timedelta(days=9))
    loads = screen.loads
    screen.refresh()
    reloaded(qtbot, screen, loads)
    assert titles(screen, 2) == ["Zine swap"]

    dialog = open_chip(qtbot, screen, "Zine swap")
    assert dialog.title_edit.text() == "Zine swap" and dialog.venue_edit.text() == "Studio"
    click(qtbot, dialog.kind_buttons[EventKind.POPUP_DAY])
    dialog.title_edit.setText("Winter market")
    dialog.end_date.setDate(dialog.end_date.date().addDays(1))  # over two days
    loads = screen.loads
    click(qtbot, dialog.save_button)
    reloaded(qtbot, screen, loads)

    assert not dialog.isVisible()
    (chip,) = chips(screen, 2)
    assert (chip.item.title, chip.item.kind, chip.item.ref_id) == (
        "Winter market",
        "popup_day",
        event_id,
    )
    assert chip.second_line == "Pop-up day · Studio"
    assert columns(screen.view.rows[1], chip) == (2, 2)  # Wednesday and Thursday
    saved = planner.event_info(db, event_id)
    assert (saved.title, saved.kind) == ("Winter market", EventKind.POPUP_DAY)


def test_the_dialog_says_what_is_wrong_before_saving(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    dialog = screen.add_event(THIS_MONDAY + timedelta(days=10))
    dialog.end_time.setTime(QTime(17, 0))  # before the 18:00 start
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert dialog.title_error.text() == "Give the event a title."
    assert dialog.when_error.text() == "The event must end after it starts."
    assert not dialog.save_button.isEnabled()
    dialog.title_edit.setText("Open studio")
    dialog.end_date.setDate(dialog.end_date.date().addDays(15))
    assert dialog.when_error.text().startswith("An event lasts at most 14 days")
    dialog.end_date.setDate(dialog.start_date.date())
    dialog.end_time.setTime(QTime(21, 0))
    assert dialog.save_button.isEnabled()
    assert scalar(db, "SELECT COUNT(*) FROM plan_events") == 0


def test_tapping_a_free_day_plans_an_event_on_it(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    days = screen.view.rows[2].days  # week 3: empty
    thursday = days.grid.cellRect(0, 3)
    qtbot.mouseClick(
        days, Qt.MouseButton.LeftButton, pos=QPoint(thursday.center().x(), days.height() - 4)
    )
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.start_date.date().toPython() == THIS_MONDAY + timedelta(weeks=2, days=3)
    click(qtbot, dialog.kind_buttons[EventKind.LIVE_DROP])
    dialog.title_edit.setText("Thursday live")
    loads = screen.loads
    click(qtbot, dialog.save_button)
    reloaded(qtbot, screen, loads)

    (chip,) = chips(screen, 3)
    assert chip.item.title == "Thursday live" and day_of(chip).weekday() == 3
    assert screen.banner.text().startswith("Saved Thursday live")


def test_moving_an_event_a_week_later_moves_its_chip_to_the_next_row(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    plan(db, "Zine swap", THIS_MONDAY + timedelta(days=9))
    loads = screen.loads
    screen.refresh()
    reloaded(qtbot, screen, loads)
    dialog = open_chip(qtbot, screen, "Zine swap")
    later = dialog.move_buttons[3]
    assert later.text() == "1 week ›"

    dialog.title_edit.setText("Zine swap!")  # unsaved changes: moving waits for them
    assert not later.isEnabled()
    dialog.title_edit.setText("Zine swap")
    assert later.isEnabled()
    loads = screen.loads
    click(qtbot, later)
    reloaded(qtbot, screen, loads)

    assert dialog.isVisible() and dialog.notice.text().startswith("Moved to")
    assert titles(screen, 2) == [] and titles(screen, 3) == ["Zine swap"]
    assert dialog.start_date.date().toPython() == THIS_MONDAY + timedelta(days=16)


def test_deleting_takes_a_second_tap(qtbot: QtBot, screen: PlannerScreen, db: Database) -> None:
    plan(db, "Maybe", THIS_MONDAY + timedelta(days=2))
    loads = screen.loads
    screen.refresh()
    reloaded(qtbot, screen, loads)
    dialog = open_chip(qtbot, screen, "Maybe")

    click(qtbot, dialog.delete_button)
    assert dialog.isVisible() and dialog.delete_button.text() == "Tap again to delete"
    loads = screen.loads
    click(qtbot, dialog.delete_button)
    reloaded(qtbot, screen, loads)

    assert not dialog.isVisible()
    assert titles(screen, 1) == []
    assert scalar(db, "SELECT COUNT(*) FROM plan_events") == 0
    assert screen.banner.text() == "Deleted the event from the plan."


# -- what the planner only shows -----------------------------------------------------------
def test_drops_and_sessions_are_shown_and_say_where_they_are_edited(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    items = seed_products(db)
    earlier = datetime.combine(THIS_MONDAY - timedelta(days=30), time(9))
    wednesday = THIS_MONDAY + timedelta(weeks=1, days=2)
    drops.save_drop(
        db,
        drops.DropSpec(
            name="Riso print drop", price=2500, edition_size=30,
            public_start=at_local(wednesday, time(12)),
            public_end=at_local(wednesday + timedelta(days=2), time(12)),
            parts=((items["MUG"].variant_id, 1),),
        ),
        now=earlier,
    )  # fmt: skip
    calendar.save_session(
        db, SessionSpec("Breathwork", at_local(wednesday, time(18)), 60, 12), now=earlier
    )
    plan(db, "Live drop", wednesday, EventKind.LIVE_DROP)
    screen = PlannerScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.loads >= 1)

    drop, event, session = chips(screen, 2)  # by start; at one time, the plan first
    assert [c.item.kind for c in (drop, event, session)] == ["drop", "live_drop", "member_session"]
    assert drop.second_line == "Scheduled · 30 to sell"
    assert "Drops screen" in drop.toolTip() and "Member sessions" in session.toolTip()
    assert not drop.item.editable and event.item.editable
    assert columns(screen.view.rows[1], drop) == (2, 3)  # Wednesday to Friday

    qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
    assert screen.dialog is None
    assert screen.banner.text().startswith("Riso print drop: Drops are set up and edited")


def test_the_screen_reloads_when_the_catalogue_changes_and_steps_twelve_weeks(
    qtbot: QtBot, screen: PlannerScreen, ctx: AppContext
) -> None:
    loads = screen.loads
    ctx.events.catalog_changed.emit()
    reloaded(qtbot, screen, loads)

    loads = screen.loads
    click(qtbot, screen.next_button)
    reloaded(qtbot, screen, loads)
    assert screen.first_monday == THIS_MONDAY + timedelta(weeks=12)
    assert screen.view.rows[0].week.first_day == THIS_MONDAY + timedelta(weeks=12)
    loads = screen.loads
    click(qtbot, screen.today_button)
    reloaded(qtbot, screen, loads)
    assert screen.first_monday == THIS_MONDAY
    assert screen.view.rows[0].number_label.text() == "Week 1"


def test_every_control_is_big_enough_to_tap(
    qtbot: QtBot, screen: PlannerScreen, db: Database
) -> None:
    plan(db, "Zine swap", THIS_MONDAY + timedelta(days=3))
    loads = screen.loads
    screen.refresh()
    reloaded(qtbot, screen, loads)
    assert screen.width() <= 1280
    targets = [*screen.findChildren(QAbstractButton), *screen.view.chips()]
    assert targets and all(t.height() >= 44 for t in targets if t.isVisible())
    dialog = open_chip(qtbot, screen, "Zine swap")
    small = [b.text() for b in dialog.findChildren(QAbstractButton) if b.height() < 44]
    assert small == []
